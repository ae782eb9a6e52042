/**
 * Compiles claims into a BM25 inverted index (claims are the documents):
 * statement terms count once, hint terms count more, and every posting holds
 * its final BM25 weight so scoring a sentence is a sum over postings.
 */
import type { Claim, PackEvent } from '../dataset/types';
import { ENTITY_PREFIX, entityTerm, isBigram, NUMBER_PREFIX, textTerms } from './claim-terms';
import type { EntityIndex } from './entity-index';
import { findNumbers } from './figures';
import { buildStringTable, Interner, lookupString, type StringTable } from './hash';
import { claimTerm } from './keys';
import { COMMON_WORDS } from './stoplist';

/** Tuning of the claim index. */
export interface ClaimIndexParams {
  k1: number;
  b: number;
  /** Term frequency a hint term adds (a statement word adds 1). */
  hintTf: number;
  /** Page-side weight of bigram terms (free-text ranking ignores bigrams). */
  bigramWeight: number;
  /** Page-side weight of words common in all news (war, soldiers, forces). */
  commonWeight: number;
}

/** Defaults: BM25 tuned on the CheckThat 2020 training split; page weights on the fixture articles. */
export const DEFAULT_CLAIM_PARAMS: ClaimIndexParams = { k1: 1.2, b: 0.75, hintTf: 2, bigramWeight: 1, commonWeight: 0.4 };

/** The compiled claim side of a match index; plain data, structured-cloneable. */
export interface ClaimIndex {
  claimIds: string[];
  eventIds: string[];
  terms: StringTable;
  postStart: Int32Array;
  postClaim: Int32Array;
  postWeight: Float32Array;
  /** Per term: how much it counts when matching page sentences (common words and bigrams weigh less or more). */
  termWeight: Float32Array;
  /**
   * Score of a claim against its own word terms (entity terms excluded): the
   * most a sentence's words can reach. Two per claim, [Latin, Cyrillic], since
   * a sentence in one script cannot match hint terms written in the other.
   */
  selfScore: Float32Array;
  /** CSR: claim → its distinct term ids (sorted), for explanations. */
  claimTermStart: Int32Array;
  claimTerms: Int32Array;
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

function csr<T extends Int32Array | Float64Array>(lists: number[][], make: (n: number) => T): { start: Int32Array; flat: T } {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => (start[i + 1] = (start[i] as number) + l.length));
  const flat = make(start[lists.length] as number);
  lists.forEach((l, i) => flat.set(l, start[i] as number));
  return { start, flat };
}

/** Term frequencies of one claim and the entities it names or hints at. */
function claimDoc(claim: Claim, ix: EntityIndex, byId: Map<string, number>, vocab: Interner, params: ClaimIndexParams): { tf: Map<number, number>; ents: number[] } {
  const tf = new Map<number, number>();
  const ents = new Set<number>();
  const add = (text: string, weight: number): void => {
    const list = textTerms(text, ix);
    for (const t of list.terms) {
      if (t.startsWith(ENTITY_PREFIX)) continue;
      const id = vocab.intern(t);
      tf.set(id, (tf.get(id) ?? 0) + weight);
    }
    for (const e of list.entities) ents.add(e);
  };
  add(claim.statement, 1);
  for (const hint of claim.hints.terms) add(hint, params.hintTf);
  for (const id of claim.hints.entityIds) {
    const e = byId.get(id);
    if (e !== undefined) ents.add(e);
  }
  const sorted = [...ents].sort((a, b) => a - b);
  for (const e of sorted) tf.set(vocab.intern(entityTerm(e)), 1);
  return { tf, ents: sorted };
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
  const compiled = claims.map((claim) => claimDoc(claim, entityIndex, byId, vocab, params));
  const docs = compiled.map((d) => d.tf);
  const n = claims.length;
  const df = new Int32Array(vocab.strings.length);
  let totalLen = 0;
  const lens = docs.map((doc) => {
    let len = 0;
    for (const [id, tf] of doc) {
      df[id] = (df[id] as number) + 1;
      len += tf;
    }
    totalLen += len;
    return len;
  });
  const avgLen = totalLen / Math.max(1, n);
  const idf = Array.from(df, (d) => Math.log(1 + (n - d + 0.5) / (d + 0.5)));
  const termWeight = Float32Array.from(vocab.strings, (term) =>
    isBigram(term) ? params.bigramWeight : COMMON_STEMS.has(term) ? params.commonWeight : 1,
  );
  const postings: [number, number][][] = Array.from({ length: vocab.strings.length }, () => []);
  const selfScore = new Float32Array(n * 2);
  const isEntity = vocab.strings.map((t) => t.startsWith(ENTITY_PREFIX));
  const isCyr = vocab.strings.map((t) => CYRILLIC_RE.test(t));
  const isNum = vocab.strings.map((t) => t.startsWith(NUMBER_PREFIX));
  docs.forEach((doc, c) => {
    const norm = params.k1 * (1 - params.b + (params.b * (lens[c] as number)) / avgLen);
    for (const [id, tf] of doc) {
      const w = ((idf[id] as number) * tf * (params.k1 + 1)) / (tf + norm);
      postings[id]?.push([c, w]);
      if (isEntity[id]) continue;
      const pw = w * (termWeight[id] as number);
      if (!isCyr[id] || isNum[id]) selfScore[c * 2] = (selfScore[c * 2] as number) + pw;
      if (isCyr[id] || isNum[id]) selfScore[c * 2 + 1] = (selfScore[c * 2 + 1] as number) + pw;
    }
  });
  const postStart = new Int32Array(postings.length + 1);
  postings.forEach((p, i) => (postStart[i + 1] = (postStart[i] as number) + p.length));
  const postClaim = new Int32Array(postStart[postings.length] as number);
  const postWeight = new Float32Array(postClaim.length);
  postings.forEach((p, i) => {
    p.forEach(([c, w], k) => {
      postClaim[(postStart[i] as number) + k] = c;
      postWeight[(postStart[i] as number) + k] = w;
    });
  });
  const claimTerms = csr(docs.map((doc) => [...doc.keys()].sort((a, b) => a - b)), (k) => new Int32Array(k));
  const ents = csr(compiled.map((d) => d.ents), (k) => new Int32Array(k));
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
    postStart,
    postClaim,
    postWeight,
    termWeight,
    selfScore,
    claimTermStart: claimTerms.start,
    claimTerms: claimTerms.flat,
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
