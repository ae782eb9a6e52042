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
import { ENTITY_PREFIX, entityTerm, isBigram, NUMBER_PREFIX, textTerms } from './claim-terms';
import type { EntityIndex } from './entity-index';
import { findNumbers } from './figures';
import { buildStringTable, Interner, lookupString, type StringTable } from './hash';
import { claimTerm } from './keys';
import { LANGS, READ_AS, readAs, type Lang } from './lang/languages';
import { COMMON_WORDS } from './stoplist';

/**
 * The languages a claim may be stated in besides English (`Claim.statements`), each read as itself: a
 * Croatian page is measured against the Serbian statement. Each has a slot of `selfScore` after the two
 * script slots.
 */
export const STATEMENT_LANGS: readonly Lang[] = LANGS.filter((l) => l !== 'en' && !(l in READ_AS));

/** Slots of `selfScore` per claim: Latin, Cyrillic, then one per statement language. */
export const SELF_SLOTS = 2 + STATEMENT_LANGS.length;

/** The `selfScore` slot of the statement a page in `lang` is measured against, or -1 (English, none). */
export function statementSlot(lang: Lang): number {
  const at = STATEMENT_LANGS.indexOf(readAs(lang));
  return at < 0 ? -1 : 2 + at;
}

/** Tuning of the claim index. */
export interface ClaimIndexParams {
  k1: number;
  /** Length normalisation, the same for both fields. */
  b: number;
  /** Weight of the hint field against the statement field (1). */
  hintTf: number;
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
   * What a sentence must cover to restate a claim in full, `SELF_SLOTS` per
   * claim [Latin, Cyrillic, then each of `STATEMENT_LANGS`]: the weight of the
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
  /** Per claim, the event's first and last day as yyyymmdd (0 = unknown). */
  dates: Int32Array;
}

const CYRILLIC_RE = /[\u0400-\u052f]/;

const COMMON_STEMS = new Set([...COMMON_WORDS].map((w) => claimTerm(w, 0)).filter((t): t is string => t !== null));

function csr<T extends Int32Array | Float64Array>(
  lists: number[][],
  make: (n: number) => T,
): { start: Int32Array; flat: T } {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => (start[i + 1] = (start[i] as number) + l.length));
  const flat = make(start[lists.length] as number);
  lists.forEach((l, i) => flat.set(l, start[i] as number));
  return { start, flat };
}

/** A claim's statement in one language other than English: its slot, terms (term → frequency) and length. */
interface StatedField {
  slot: number;
  terms: Map<number, number>;
  len: number;
}

/**
 * A claim's two fields (term → frequency), their lengths in words, and the entities it names or hints at;
 * and its statements in other languages, each a field of its own.
 */
interface ClaimDoc {
  statement: Map<number, number>;
  hints: Map<number, number>;
  lens: [number, number];
  ents: number[];
  stated: StatedField[];
}

function claimDoc(claim: Claim, ix: EntityIndex, byId: Map<string, number>, vocab: Interner): ClaimDoc {
  const fields = [new Map<number, number>(), new Map<number, number>()] as const;
  const lens: [number, number] = [0, 0];
  const ents = new Set<number>();
  const add = (text: string, f: 0 | 1): void => {
    const list = textTerms(text, ix, true, f === 1);
    for (const t of list.terms) {
      if (t.startsWith(ENTITY_PREFIX)) continue;
      const id = vocab.intern(t);
      fields[f].set(id, (fields[f].get(id) ?? 0) + 1);
      // Length counts words and numbers; bigrams only restate them.
      if (!isBigram(t)) lens[f]++;
    }
    for (const e of list.entities) ents.add(e);
  };
  add(claim.statement, 0);
  for (const hint of claim.hints.terms) add(hint, 1);
  for (const id of claim.hints.entityIds) {
    const e = byId.get(id);
    if (e !== undefined) ents.add(e);
  }
  const stated: StatedField[] = [];
  for (const [tag, text] of Object.entries(claim.statements ?? {})) {
    const slot = statementSlot(tag as Lang);
    if (slot < 0 || !text || stated.some((f) => f.slot === slot)) continue;
    const field: StatedField = { slot, terms: new Map(), len: 0 };
    const list = textTerms(text, ix, true, false, tag as Lang);
    for (const t of list.terms) {
      if (t.startsWith(ENTITY_PREFIX)) continue;
      const id = vocab.intern(t);
      field.terms.set(id, (field.terms.get(id) ?? 0) + 1);
      if (!isBigram(t)) field.len++;
    }
    // The names it writes are the English statement's: they neither add to nor change the claim's own.
    stated.push(field);
  }
  const sorted = [...ents].sort((a, b) => a - b);
  for (const e of sorted) fields[0].set(vocab.intern(entityTerm(e)), 1);
  return { statement: fields[0], hints: fields[1], lens, ents: sorted, stated };
}

/** A statement in another language as BM25 reads it: its slot, and term → normalised frequency. */
interface StatedFrequencies {
  slot: number;
  tf: Map<number, number>;
}

/**
 * Per claim, term → BM25F pseudo-frequency: each field's frequency over its normalised length, hints
 * weighted; and each of its statements in other languages, normalised by the statements in that language.
 */
function fieldFrequencies(
  docs: ClaimDoc[],
  params: ClaimIndexParams,
): { english: Map<number, number>; stated: StatedFrequencies[] }[] {
  const avg = [0, 1].map((f) => docs.reduce((sum, d) => sum + (d.lens[f] as number), 0) / Math.max(1, docs.length));
  const statedLen = new Float64Array(SELF_SLOTS);
  const statedCount = new Float64Array(SELF_SLOTS);
  for (const d of docs)
    for (const f of d.stated) {
      statedLen[f.slot] = (statedLen[f.slot] as number) + f.len;
      statedCount[f.slot] = (statedCount[f.slot] as number) + 1;
    }
  const bm25Norm = (len: number, mean: number): number => 1 - params.b + (params.b * len) / Math.max(1e-9, mean);
  return docs.map((d) => {
    const english = new Map<number, number>();
    const ns = bm25Norm(d.lens[0], avg[0] as number);
    const nh = bm25Norm(d.lens[1], avg[1] as number);
    for (const [id, n] of d.statement) english.set(id, n / ns);
    for (const [id, n] of d.hints) english.set(id, (english.get(id) ?? 0) + (params.hintTf * n) / nh);
    const stated = d.stated.map((f) => {
      const nf = bm25Norm(f.len, (statedLen[f.slot] as number) / Math.max(1, statedCount[f.slot] as number));
      return { slot: f.slot, tf: new Map([...f.terms].map(([id, n]) => [id, n / nf])) };
    });
    return { english, stated };
  });
}

/**
 * Term → BM25 weight, per claim: the English fields' as ever (their frequency and document frequency
 * alone, so that what a claim weighs on an English page does not depend on its translations), then each
 * term only its statements in other languages have, weighed within the statements of that language (a
 * word common in Serbian statements is common on Serbian pages) and, written in several, at its heaviest.
 */
function claimWeights(
  fields: { english: Map<number, number>; stated: StatedFrequencies[] }[],
  vocabulary: number,
  params: ClaimIndexParams,
): { weights: Map<number, number>; english: Set<number> }[] {
  const n = fields.length;
  const bm25 = (idf: number, tf: number): number => (idf * tf * (params.k1 + 1)) / (tf + params.k1);
  const idfOf = (count: number, of: number): number => Math.log(1 + (of - count + 0.5) / (count + 0.5));
  const df = new Int32Array(vocabulary);
  const statedDf = new Map<number, Map<number, number>>();
  const statedN = new Int32Array(SELF_SLOTS);
  for (const f of fields) {
    for (const id of f.english.keys()) df[id] = (df[id] as number) + 1;
    for (const { slot, tf } of f.stated) {
      statedN[slot] = (statedN[slot] as number) + 1;
      let counts = statedDf.get(slot);
      if (!counts) statedDf.set(slot, (counts = new Map()));
      for (const id of tf.keys()) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return fields.map((f) => {
    const weights = new Map<number, number>();
    for (const [id, tf] of f.english) weights.set(id, bm25(idfOf(df[id] as number, n), tf));
    for (const { slot, tf } of f.stated)
      for (const [id, x] of tf) {
        if (f.english.has(id)) continue;
        const w = bm25(idfOf(statedDf.get(slot)?.get(id) ?? 0, statedN[slot] as number), x);
        if (w > (weights.get(id) ?? 0)) weights.set(id, w);
      }
    return { weights, english: new Set(f.english.keys()) };
  });
}

/** Postings per term as CSR arrays: where each term's list starts, and its claims and weights. */
function flatPostings(lists: (readonly [number, number, boolean])[][]): {
  start: Int32Array;
  claim: Int32Array;
  weight: Float32Array;
} {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((p, i) => (start[i + 1] = (start[i] as number) + p.length));
  const claim = new Int32Array(start[lists.length] as number);
  const weight = new Float32Array(claim.length);
  lists.forEach((p, i) => {
    p.forEach(([c, w], k) => {
      claim[(start[i] as number) + k] = c;
      weight[(start[i] as number) + k] = w;
    });
  });
  return { start, claim, weight };
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
  const termWeight = Float32Array.from(vocab.strings, (term) =>
    isBigram(term) ? params.bigramWeight : COMMON_STEMS.has(term) ? params.commonWeight : 1,
  );
  const postings: [number, number, boolean][][] = Array.from({ length: vocab.strings.length }, () => []);
  const selfScore = new Float32Array(n * SELF_SLOTS);
  const isEntity = vocab.strings.map((t) => t.startsWith(ENTITY_PREFIX));
  const isCyr = vocab.strings.map((t) => CYRILLIC_RE.test(t));
  const isNum = vocab.strings.map((t) => t.startsWith(NUMBER_PREFIX));
  weighed.forEach(({ weights, english: inEnglish }, c) => {
    for (const [id, w] of weights) {
      const english = inEnglish.has(id);
      postings[id]?.push([c, w, !english]);
      if (isEntity[id]) continue;
      const pw = w * (termWeight[id] as number);
      const at = c * SELF_SLOTS;
      if (english && ((!isCyr[id] && compiled[c]?.statement.has(id) === true) || isNum[id]))
        selfScore[at] = (selfScore[at] as number) + pw;
      if (english && (isCyr[id] || isNum[id])) selfScore[at + 1] = (selfScore[at + 1] as number) + pw;
    }
    for (const f of compiled[c]?.stated ?? [])
      for (const id of f.terms.keys()) {
        if (isEntity[id]) continue;
        const at = c * SELF_SLOTS + f.slot;
        selfScore[at] = (selfScore[at] as number) + (weights.get(id) ?? 0) * (termWeight[id] as number);
      }
  });
  const english = flatPostings(postings.map((p) => p.filter(([, , stated]) => !stated)));
  const stated = flatPostings(postings.map((p) => p.filter(([, , only]) => only)));
  const claimTerms = csr(
    weighed.map(({ weights }) => [...weights.keys()].sort((a, b) => a - b)),
    (k) => new Int32Array(k),
  );
  const claimTermStated = new Uint8Array(claimTerms.flat.length);
  weighed.forEach(({ english }, c) => {
    for (let k = claimTerms.start[c] as number; k < (claimTerms.start[c + 1] as number); k++)
      if (!english.has(claimTerms.flat[k] as number)) claimTermStated[k] = 1;
  });
  const ents = csr(
    compiled.map((d) => d.ents),
    (k) => new Int32Array(k),
  );
  // Figures written in a statement count even when the hints omit them (flags have no hints).
  const figs = csr(
    claims.map((c) => [...new Set([...(c.hints.figures ?? []), ...findNumbers(c.statement).map((f) => f.value)])]),
    (k) => new Float64Array(k),
  );
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
    postClaim: english.claim,
    postWeight: english.weight,
    statedStart: stated.start,
    statedClaim: stated.claim,
    statedWeight: stated.weight,
    termWeight,
    selfScore,
    claimTermStart: claimTerms.start,
    claimTerms: claimTerms.flat,
    claimTermStated,
    entStart: ents.start,
    ents: ents.flat,
    figStart: figs.start,
    figs: figs.flat,
    dates,
  };
}

/** Term id of `term` in the claim index, or -1. */
export function termId(ix: ClaimIndex, term: string): number {
  return lookupString(ix.terms, term);
}
