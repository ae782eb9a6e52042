/**
 * Compiles claims into a BM25F inverted index (claims are the documents): the
 * statement and the hint terms are two fields, each normalised by its own
 * length (https://en.wikipedia.org/wiki/Okapi_BM25#Modifications), and every
 * posting holds its final weight so scoring a sentence is a sum over postings.
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
  /** Per term: how much it counts when matching page sentences (common words and bigrams weigh less or more). */
  termWeight: Float32Array;
  /**
   * What a sentence must cover to restate a claim in full, two per claim
   * [Latin, Cyrillic]: the weight of the statement's own words (entity terms
   * excluded), and of the Cyrillic hint terms (the statements are English).
   * Latin hint terms are not added: they are alternative wordings of the same
   * content (refusal, refused, declined), so a longer hint list must not make a
   * claim harder to recognise; they still count when a sentence uses them.
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

/** A claim's two fields (term → frequency), their lengths in words, and the entities it names or hints at. */
interface ClaimDoc {
  statement: Map<number, number>;
  hints: Map<number, number>;
  lens: [number, number];
  ents: number[];
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
  const sorted = [...ents].sort((a, b) => a - b);
  for (const e of sorted) fields[0].set(vocab.intern(entityTerm(e)), 1);
  return { statement: fields[0], hints: fields[1], lens, ents: sorted };
}

/** Per claim, term → BM25F pseudo-frequency: each field's frequency over its normalised length, hints weighted. */
function fieldFrequencies(docs: ClaimDoc[], params: ClaimIndexParams): Map<number, number>[] {
  const avg = [0, 1].map((f) => docs.reduce((sum, d) => sum + (d.lens[f] as number), 0) / Math.max(1, docs.length));
  const norm = (len: number, f: number): number => 1 - params.b + (params.b * len) / Math.max(1e-9, avg[f] as number);
  return docs.map((d) => {
    const tf = new Map<number, number>();
    const ns = norm(d.lens[0], 0);
    const nh = norm(d.lens[1], 1);
    for (const [id, n] of d.statement) tf.set(id, n / ns);
    for (const [id, n] of d.hints) tf.set(id, (tf.get(id) ?? 0) + (params.hintTf * n) / nh);
    return tf;
  });
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
  const docs = fieldFrequencies(compiled, params);
  const n = claims.length;
  const df = new Int32Array(vocab.strings.length);
  for (const doc of docs) for (const id of doc.keys()) df[id] = (df[id] as number) + 1;
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
    for (const [id, tf] of doc) {
      const w = ((idf[id] as number) * tf * (params.k1 + 1)) / (tf + params.k1);
      postings[id]?.push([c, w]);
      if (isEntity[id]) continue;
      const pw = w * (termWeight[id] as number);
      if ((!isCyr[id] && compiled[c]?.statement.has(id) === true) || isNum[id])
        selfScore[c * 2] = (selfScore[c * 2] as number) + pw;
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
  const claimTerms = csr(
    docs.map((doc) => [...doc.keys()].sort((a, b) => a - b)),
    (k) => new Int32Array(k),
  );
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
