/**
 * Compiles claims into a BM25F inverted index (claims are the documents): the
 * statement and the hint terms are two fields, each normalised by its own
 * length (https://en.wikipedia.org/wiki/Okapi_BM25#Modifications), and every
 * posting holds its final weight so scoring a sentence is a sum over postings.
 * A claim's statements in other languages are fields of their own, each weighed
 * among the statements of its language; the words only they have get postings
 * apart, which only pages in those languages read.
 */
import type { Claim, PackEvent } from '../dataset/types';
import { claimDoc, claimWeights, fieldFrequencies, SELF_SLOTS, type FieldParams } from './claim-fields';
import { ENTITY_PREFIX, isBigram, NUMBER_PREFIX } from './claim-terms';
import type { EntityIndex } from './entity-index';
import { findNumbers, isDistinctiveFigure } from './figures';
import { buildStringTable, Interner, lookupString, type StringTable } from './hash';
import { claimTerm } from './keys';
import { builtOnFirstUse } from './memo';
import { COMMON_WORDS } from './stoplist';

/** Tuning of the claim index: its fields' BM25F weighting, and how page words weigh. */
export interface ClaimIndexParams extends FieldParams {
  /** Page-side weight of bigram terms (free-text ranking ignores bigrams). */
  bigramWeight: number;
  /** Page-side weight of words common in all news (war, soldiers, forces). */
  commonWeight: number;
}

/** Defaults: BM25F tuned on the CheckThat 2020 training split; page weights on the fixture articles. */
export const DEFAULT_CLAIM_PARAMS: ClaimIndexParams = {
  k1: 1.2,
  b: 0.65,
  hintTf: 1.5,
  bigramWeight: 1,
  commonWeight: 0.4,
};

/** The compiled claim side of a match index; plain data, structured-cloneable. */
export interface ClaimIndex {
  claimIds: string[];
  eventIds: string[];
  terms: StringTable;
  postStart: Int32Array;
  postClaim: Int32Array;
  postWeight: Float32Array;
  /**
   * CSR: term → the claims that have it only in their statements in other languages, and its weight
   * there; apart from the postings of the English fields, which pages in English read alone.
   */
  statedStart: Int32Array;
  statedClaim: Int32Array;
  statedWeight: Float32Array;
  /** Per term: how much it counts when matching page sentences (common words and bigrams weigh less or more). */
  termWeight: Float32Array;
  /**
   * What a sentence must cover to restate a claim in full, in `SELF_SLOTS`
   * runs of one value per claim [Latin, Cyrillic, then each of
   * `STATEMENT_LANGS`; see `selfScoreOf`]: the weight of the
   * English statement's own words (entity terms excluded), of the Cyrillic hint
   * terms, and of the words of its statement in each language (0 where it has
   * none). Latin hint terms are not added: they are alternative wordings of the
   * same content (refusal, refused, declined), so a longer hint list must not
   * make a claim harder to recognise; they still count when a sentence uses them.
   */
  selfScore: Float32Array;
  /** CSR: claim → its distinct term ids (sorted), for explanations. */
  claimTermStart: Int32Array;
  claimTerms: Int32Array;
  /** Per entry of `claimTerms`, 1 when the term is only in the claim's statements in other languages. */
  claimTermStated: Uint8Array;
  /** CSR: claim → entity indices (hinted or named in the statement). */
  entStart: Int32Array;
  ents: Int32Array;
  /** CSR: claim → figures. */
  figStart: Int32Array;
  figs: Float64Array;
  /** Per claim, 1 when its statement writes a figure that identifies it: a claim that is a number (see isNumberClaim). */
  statedFigure: Uint8Array;
  /** Per claim, the event's first and last day as yyyymmdd (0 = unknown). */
  dates: Int32Array;
}

const CYRILLIC_RE = /[\u0400-\u052f]/;

const COMMON_STEMS = builtOnFirstUse(
  () => new Set([...COMMON_WORDS].map((w) => claimTerm(w, 0)).filter((t): t is string => t !== null)),
);

function csr<T extends Int32Array | Float32Array | Float64Array>(
  lists: number[][],
  make: (n: number) => T,
): { start: Int32Array; flat: T } {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => (start[i + 1] = (start[i] as number) + l.length));
  const flat = make(start[lists.length] as number);
  lists.forEach((l, i) => flat.set(l, start[i] as number));
  return { start, flat };
}

function toDay(iso: string | undefined): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]) : 0;
}

/** Compiles claims; `entityIndex` links claims to the entities they name. */
export function compileClaimIndex(
  claims: Claim[],
  events: PackEvent[],
  entityIndex: EntityIndex,
  params: ClaimIndexParams = DEFAULT_CLAIM_PARAMS,
): ClaimIndex {
  const vocab = new Interner();
  const byId = new Map(entityIndex.entityIds.map((id, i) => [id, i]));
  const compiled = claims.map((claim) => claimDoc(claim, entityIndex, byId, vocab));
  const fields = fieldFrequencies(compiled, params);
  const n = claims.length;
  const weighed = claimWeights(fields, vocab.strings.length, params);
  const common = COMMON_STEMS();
  const termWeight = Float32Array.from(vocab.strings, (term) =>
    isBigram(term) ? params.bigramWeight : common.has(term) ? params.commonWeight : 1,
  );
  // Postings per term: the English fields', and apart, those of terms only statements in other languages have.
  const postings: [number, number][][] = Array.from({ length: vocab.strings.length }, () => []);
  const statedPostings: [number, number][][] = Array.from({ length: vocab.strings.length }, () => []);
  const selfScore = new Float32Array(n * SELF_SLOTS);
  const isEntity = vocab.strings.map((t) => t.startsWith(ENTITY_PREFIX));
  const isCyr = vocab.strings.map((t) => CYRILLIC_RE.test(t));
  const isNum = vocab.strings.map((t) => t.startsWith(NUMBER_PREFIX));
  weighed.forEach(({ weights, english: inEnglish }, c) => {
    const latin = selfAt(n, c, 0);
    const cyrillic = selfAt(n, c, 1);
    for (const [id, w] of weights) {
      const english = inEnglish.has(id);
      (english ? postings : statedPostings)[id]?.push([c, w]);
      if (isEntity[id]) continue;
      const pw = w * (termWeight[id] as number);
      if (english && ((!isCyr[id] && compiled[c]?.statement.has(id) === true) || isNum[id]))
        selfScore[latin] = (selfScore[latin] as number) + pw;
      if (english && (isCyr[id] || isNum[id])) selfScore[cyrillic] = (selfScore[cyrillic] as number) + pw;
    }
    for (const f of compiled[c]?.stated ?? [])
      for (const id of f.terms.keys()) {
        if (isEntity[id]) continue;
        const at = selfAt(n, c, f.slot);
        selfScore[at] = (selfScore[at] as number) + (weights.get(id) ?? 0) * (termWeight[id] as number);
      }
  });
  const int = (k: number): Int32Array => new Int32Array(k);
  const float = (k: number): Float32Array => new Float32Array(k);
  // Each term's postings as CSR arrays: where its list starts, its claims and their weights.
  const layOut = (lists: [number, number][][]): { start: Int32Array; claims: Int32Array; weights: Float32Array } => {
    const claims = csr(
      lists.map((p) => p.map(([c]) => c)),
      int,
    );
    const weights = csr(
      lists.map((p) => p.map(([, w]) => w)),
      float,
    );
    return { start: claims.start, claims: claims.flat, weights: weights.flat };
  };
  const english = layOut(postings);
  const stated = layOut(statedPostings);
  const claimTerms = csr(
    weighed.map(({ weights }) => [...weights.keys()].sort((a, b) => a - b)),
    int,
  );
  const claimTermStated = new Uint8Array(claimTerms.flat.length);
  weighed.forEach(({ english }, c) => {
    for (let k = claimTerms.start[c] as number; k < (claimTerms.start[c + 1] as number); k++)
      if (!english.has(claimTerms.flat[k] as number)) claimTermStated[k] = 1;
  });
  const ents = csr(
    compiled.map((d) => d.ents),
    int,
  );
  // Figures written in a statement count even when the hints omit them (flags have no hints).
  const statedNumbers = claims.map((c) => findNumbers(c.statement).map((f) => f.value));
  const figs = csr(
    claims.map((c, i) => [...new Set([...(c.hints.figures ?? []), ...(statedNumbers[i] ?? [])])]),
    (k) => new Float64Array(k),
  );
  const statedFigure = Uint8Array.from(statedNumbers, (values) => (values.some(isDistinctiveFigure) ? 1 : 0));
  const eventById = new Map(events.map((e) => [e.id, e]));
  const dates = new Int32Array(n * 2);
  claims.forEach((c, i) => {
    const date = eventById.get(c.eventId)?.date;
    dates[i * 2] = toDay(date?.start);
    dates[i * 2 + 1] = toDay(date?.end ?? date?.start);
  });
  return {
    claimIds: claims.map((c) => c.id),
    eventIds: claims.map((c) => c.eventId),
    terms: buildStringTable(vocab.strings),
    postStart: english.start,
    postClaim: english.claims,
    postWeight: english.weights,
    statedStart: stated.start,
    statedClaim: stated.claims,
    statedWeight: stated.weights,
    termWeight,
    selfScore,
    claimTermStart: claimTerms.start,
    claimTerms: claimTerms.flat,
    claimTermStated,
    entStart: ents.start,
    ents: ents.flat,
    figStart: figs.start,
    figs: figs.flat,
    statedFigure,
    dates,
  };
}

/**
 * Where claim `c`'s value of `slot` stands in `selfScore`, of `n` claims. A slot's values lie side by side: a
 * page reads one or two slots for thousands of claims, and one run of them stays in the processor's cache
 * where claim after claim would not.
 */
function selfAt(n: number, c: number, slot: number): number {
  return slot * n + c;
}

/** Claim `c`'s `selfScore` in `slot`. */
export function selfScoreOf(ix: ClaimIndex, c: number, slot: number): number {
  return ix.selfScore[selfAt(ix.claimIds.length, c, slot)] as number;
}

/** Term id of `term` in the claim index, or -1. */
export function termId(ix: ClaimIndex, term: string): number {
  return lookupString(ix.terms, term);
}
