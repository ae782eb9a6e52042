/** One sentence's best claim of one event, as the sentence matcher scores it. */
import type { TermList } from './claim-terms';
import type { TextSpan } from './types';

/** A candidate claim hit: the sentence, the claim, its event and the evidence behind the score. */
export interface Candidate {
  span: TextSpan;
  claim: number;
  /** Event number (see event-index.ts), -1 for a claim of no known event (a reader's flag). */
  event: number;
  score: number;
  coverage: number;
  /**
   * The score and coverage measured against the English statement and the hints alone: what a sentence
   * needs when the article does not recognise its event (a statement in the page's language lets a
   * sentence of a recognised event meet its claim, not a stray sentence make one), with the words of
   * those fields found (0 until the terms are read) and the places they stand at.
   */
  alone: { score: number; coverage: number; terms: number; places: number };
  terms: string[];
  /** Separate places of the sentence its claim words stand at (see phrasePlaces); 0 until the terms are read. */
  places: number;
  entities: number[];
  figures: string[];
  /** Distinctive figures (not dates) and dates that agree with the claim. */
  strongFigures: string[];
  dates: string[];
  /** Token range of the sentence, for explanations. */
  list: TermList;
  ids: number[];
}

/** No English measure: a sentence with too few words of the English fields, or a candidate no sentence was measured for. */
export const NOT_MEASURED: Candidate['alone'] = Object.freeze({ score: 0, coverage: 0, terms: 0, places: 0 });
