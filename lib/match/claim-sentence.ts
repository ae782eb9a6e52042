/**
 * One sentence against the claims (see claim-matcher.ts): its score for the
 * best claim of each event, and the words that explain a kept candidate.
 */
import { accumulate, claimHasEnglishTerm, claimHasTerm, resetScorer } from './bm25';
import { NOT_MEASURED, type Candidate } from './claim-candidate';
import {
  entityEvidence,
  isNumberClaim,
  matchingFigures,
  sentenceFigures,
  sentenceNumbers,
  type SentenceFigures,
} from './claim-evidence';
import { statementSlot } from './claim-fields';
import { selfScoreOf, termId } from './claim-index';
import { languageTerms } from './claim-language';
import { CLAIM_SCORING } from './claim-scoring';
import { isBigram, numberTermsOf, tokenTerms, type TermList } from './claim-terms';
import type { MatchIndex } from './index-types';
import type { Lang } from './lang/detect';
import { TokenFlag, type Tokens } from './tokenize';
import type { TextSpan } from './types';

/**
 * The words of a sentence that claim `c` has, as the page writes them, and the places they stand at; and
 * how many of them, and at how many places, its English fields have (`stated`: the page reads its
 * statements in other languages too).
 */
function surfaceTerms(
  ix: MatchIndex,
  c: number,
  text: string,
  toks: Tokens,
  list: TermList,
  ids: number[],
  stated: boolean,
  dated: readonly { start: number; end: number }[] = [],
): { terms: string[]; places: number; english: number; englishPlaces: number } {
  const seen = new Set<string>();
  const english = new Set<string>();
  const at: number[] = [];
  const englishAt: number[] = [];
  list.terms.forEach((term, k) => {
    const t = ids[k] as number;
    if (t < 0 || isBigram(term) || (list.tokA[k] as number) < 0 || !claimHasTerm(ix.claims, c, t)) return;
    const tok = list.tokA[k] as number;
    const from = toks.start[tok] as number;
    // The words of a date ("September 26, 2022") are one piece of evidence, counted as the date.
    if (dated.some((d) => from >= d.start && from < d.end)) return;
    const word = text.slice(from, toks.end[tok]);
    const inEnglish = claimHasEnglishTerm(ix.claims, c, t);
    // A word only the claim's statements have counted only where the page reads them.
    if (!inEnglish && !stated) return;
    seen.add(word);
    if (inEnglish) {
      english.add(word);
      englishAt.push(tok);
    }
    at.push(tok);
  });
  return { terms: [...seen], places: phrasePlaces(at), english: english.size, englishPlaces: phrasePlaces(englishAt) };
}

/** Where `phrasePlaces` sorts the tokens it is given, kept between calls: it runs for every candidate claim. */
let sorted = new Int32Array(64);

/**
 * How many separate places of a sentence its claim words stand at: words next to each other, or one
 * word apart ("сдача в плен", "Financial Times"), are one phrase, one piece of evidence, not two.
 */
export function phrasePlaces(tokens: readonly number[]): number {
  if (tokens.length > sorted.length) sorted = new Int32Array(tokens.length * 2);
  // An insertion sort into the kept buffer: a sentence has few claim words, and nothing is allocated.
  let n = 0;
  for (const tok of tokens) {
    let i = n++;
    while (i > 0 && (sorted[i - 1] as number) > tok) {
      sorted[i] = sorted[i - 1] as number;
      i--;
    }
    sorted[i] = tok;
  }
  let places = 0;
  for (let i = 0; i < n; i++) {
    const gap = i === 0 ? Infinity : (sorted[i] as number) - (sorted[i - 1] as number);
    // The same token twice is one word; more than phraseGap apart, another place.
    if (gap > CLAIM_SCORING.phraseGap) places++;
  }
  return places;
}

/** Adds the hint words each word of the sentence meets by its stem in the page's language (one term each). */
function addLanguageTerms(
  ix: MatchIndex,
  ctx: SentenceContext,
  range: [number, number],
  list: TermList,
  ids: number[],
): void {
  const { toks } = ctx;
  const seen = new Set(ids);
  const own = new Map<number, number>();
  list.terms.forEach((term, k) => {
    if (!isBigram(term) && (list.tokA[k] as number) >= 0) own.set(list.tokA[k] as number, ids[k] as number);
  });
  for (let t = range[0]; t < range[1]; t++) {
    if (ctx.mask[t] || ctx.stop?.[t]) continue;
    const extra = languageTerms(ix, ctx.lang, toks.norm[t] ?? '', toks.flags[t] ?? 0, own.get(t) ?? -1);
    for (const id of extra) {
      if (seen.has(id)) continue;
      seen.add(id);
      list.terms.push(ix.claims.terms.strings[id] ?? '');
      list.tokA.push(t);
      list.tokB.push(t);
      ids.push(id);
    }
  }
}

/**
 * The figures of `written` that are not dates. (A function of its own: a closure written in the loop of
 * `scoreSentence` would hold that loop's variables, and V8 would then allocate them anew for every claim a
 * sentence touches, tens of thousands per page.)
 */
function strongOnly(written: readonly string[], dates: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of written) if (!dates.includes(w)) out.push(w);
  return out;
}

/** A sentence's score from its word coverage, its entity and figure evidence, and the factor for missing ones. */
function sentenceScore(cover: number, factor: number, entScore: number, figScore: number): number {
  return factor * (cover + entScore * Math.min(1, cover / CLAIM_SCORING.fullEntityCoverage) + figScore);
}

/** What scoring a sentence needs of its page. */
export interface SentenceContext {
  text: string;
  toks: Tokens;
  mask: Uint8Array;
  /** Function words of the page's language (see pageFunctionWords), or null. */
  stop: Uint8Array | null;
  inSentence: Set<number>;
  near: Set<number>;
  /** Event number of each claim (looked up once per page, not per claim and sentence). */
  claimEvent: Int32Array;
  /** The page is in another language than English (declared or detected). */
  otherLanguage: boolean;
  /** The page's language, whose stemmer also reads its words against the claims' hints (claim-language.ts). */
  lang: Lang;
}

/**
 * Scores one sentence against every claim sharing a term with it: the share of the claim's BM25 weight the
 * sentence covers, plus entity and figure evidence. Keeps the best claim per event; reads the explaining
 * words only of candidates that can be kept.
 */
export function scoreSentence(
  ix: MatchIndex,
  ctx: SentenceContext,
  span: TextSpan,
  range: [number, number],
  minCoverage: number,
): Candidate[] {
  const { text, toks, inSentence, near } = ctx;
  const list: TermList = { terms: [], tokA: [], tokB: [] };
  tokenTerms(toks, range[0], range[1], list, true, ctx.mask, ctx.stop ?? undefined);
  // The sentence's numbers, found once: its number terms, and its figures should a claim come near.
  const numbers = sentenceNumbers(text, span.start, span.end);
  numberTermsOf(numbers, list);
  const ids = list.terms.map((t) => termId(ix.claims, t));
  if (ctx.otherLanguage) addLanguageTerms(ix, ctx, range, list, ids);
  const unique = [...new Set(ids)].filter((t) => t >= 0);
  const s = ix.scorer;
  resetScorer(s);
  const maxPostings = Math.max(
    CLAIM_SCORING.minSkippedPostings,
    ix.claims.claimIds.length * CLAIM_SCORING.maxTermShare,
  );
  // A page in a language claims are stated in also reads the statements' own words.
  const slot = ctx.otherLanguage ? statementSlot(ctx.lang) : -1;
  accumulate(
    ix.claims,
    s,
    unique,
    unique.map((t) => ix.claims.termWeight[t] as number),
    maxPostings,
    slot >= 0,
  );
  // Figures are read only for a sentence that shares enough words with some claim.
  let figures: SentenceFigures | null = null;
  let cyrillic = 0;
  for (let t = range[0]; t < range[1]; t++) if ((toks.flags[t] as number) & TokenFlag.Cyrillic) cyrillic++;
  const script = cyrillic * 2 > range[1] - range[0] ? 1 : 0;
  const best = new Map<number, Candidate>();
  for (let k = 0; k < s.touchedCount; k++) {
    const c = s.touched[k] as number;
    if ((s.hits[c] as number) < CLAIM_SCORING.minTerms) continue;
    // Measured against the English statement (or the Cyrillic hints), of which a sentence in another
    // language can meet only a share; and, for a claim stated in the page's language, against that statement.
    const self = selfScoreOf(ix.claims, c, script);
    const cap = CLAIM_SCORING.coverageCap * (ctx.otherLanguage && script === 0 ? CLAIM_SCORING.otherLanguageShare : 1);
    const stated = slot < 0 ? 0 : selfScoreOf(ix.claims, c, slot);
    // The English measure needs as many words of the English fields as any claim does.
    const english =
      (s.hits[c] as number) - (s.statedHits[c] as number) < CLAIM_SCORING.minTerms
        ? 0
        : Math.min(1, ((s.scores[c] as number) - (s.stated[c] as number)) / Math.max(1e-9, self * cap));
    const lex = Math.max(
      english,
      stated > 0 ? Math.min(1, (s.scores[c] as number) / (stated * CLAIM_SCORING.coverageCap)) : 0,
    );
    const event = ctx.claimEvent[c] ?? -1;
    // The lower floor serves only claims of known events (the article may recognise them); others keep the usual one.
    const floor = event >= 0 ? minCoverage : CLAIM_SCORING.minCoverage;
    if (lex < floor) continue;
    const ent = entityEvidence(ix.claims, ix.entities.entityActor, c, inSentence, near);
    const entScore =
      ent.total === 0
        ? 0
        : (CLAIM_SCORING.entitySentence * ent.sentence.length + CLAIM_SCORING.entityNear * ent.block.length) /
          ent.total;
    figures ??= sentenceFigures(text, span.start, span.end, numbers);
    const figs = matchingFigures(ix.claims, c, figures);
    const figScore = figs.strong ? CLAIM_SCORING.figure : figs.written.length > 0 ? CLAIM_SCORING.weakFigure : 0;
    // A claim that is a number (an estimate, a toll) is not reported by a sentence without it.
    const figureFactor = figs.strong || !isNumberClaim(ix.claims, c) ? 1 : CLAIM_SCORING.missingFigureFactor;
    const factor = (ent.actorPresent || figs.strong ? 1 : CLAIM_SCORING.noActorFactor) * figureFactor;
    const score = sentenceScore(lex, factor, entScore, figScore);
    const held = best.get(event);
    if (held === undefined || score > held.score) {
      best.set(event, {
        span,
        claim: c,
        event,
        score,
        coverage: lex,
        alone: {
          score: english === lex ? score : english < floor ? 0 : sentenceScore(english, factor, entScore, figScore),
          coverage: english,
          terms: 0,
          places: 0,
        },
        terms: [],
        places: 0,
        entities: [...ent.sentence, ...ent.block],
        figures: figs.written,
        strongFigures: figs.strong ? strongOnly(figs.written, figs.dates) : [],
        dates: figs.dates,
        list,
        ids,
      });
    }
  }
  const out: Candidate[] = [];
  // The sentence's dates, where its words are found: the same for every candidate.
  const dated = (figures?.dates ?? []).map((d) => ({ start: span.start + d.start, end: span.start + d.end }));
  for (const cand of best.values()) {
    // Explaining words cost a pass over the sentence's terms: only a candidate that can be kept needs them.
    if (cand.score < CLAIM_SCORING.recognisedThreshold) {
      out.push(cand);
      continue;
    }
    const surface = surfaceTerms(ix, cand.claim, text, toks, cand.list, cand.ids, slot >= 0, dated);
    cand.terms = surface.terms;
    cand.places = surface.places;
    // Measured against the English fields, the sentence needs as many of their words as any sentence does.
    cand.alone =
      surface.english < CLAIM_SCORING.minTerms
        ? NOT_MEASURED
        : { ...cand.alone, terms: surface.english, places: surface.englishPlaces };
    if (cand.terms.length >= CLAIM_SCORING.minTerms) out.push(cand);
  }
  return out;
}
