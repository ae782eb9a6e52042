/**
 * A claim's fields as BM25F reads them (see claim-index.ts): its English
 * statement, its hint terms, and its statement in each other language the
 * matcher reads, each field normalised by its own length, and the weight of
 * every term in every claim.
 */
import type { Claim } from '../dataset/types';
import { ENTITY_PREFIX, entityTerm, isBigram, textTerms } from './claim-terms';
import type { EntityIndex } from './entity-index';
import type { Interner } from './hash';
import { LANGS, READ_AS, readAs, type Lang } from './lang/languages';

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

/** The BM25F parameters of the fields. */
export interface FieldParams {
  k1: number;
  /** Length normalisation, the same for every field. */
  b: number;
  /** Weight of the hint field against the statement field (1). */
  hintTf: number;
}

/** Adds `terms` (names aside) to `into` as term id → frequency; returns the field's length in words and numbers. */
function countTerms(terms: readonly string[], into: Map<number, number>, vocab: Interner): number {
  let len = 0;
  for (const t of terms) {
    if (t.startsWith(ENTITY_PREFIX)) continue;
    const id = vocab.intern(t);
    into.set(id, (into.get(id) ?? 0) + 1);
    // Bigrams only restate the words.
    if (!isBigram(t)) len++;
  }
  return len;
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
export interface ClaimDoc {
  statement: Map<number, number>;
  hints: Map<number, number>;
  lens: [number, number];
  ents: number[];
  stated: StatedField[];
}

export function claimDoc(claim: Claim, ix: EntityIndex, byId: Map<string, number>, vocab: Interner): ClaimDoc {
  const fields = [new Map<number, number>(), new Map<number, number>()] as const;
  const lens: [number, number] = [0, 0];
  const ents = new Set<number>();
  const add = (text: string, f: 0 | 1): void => {
    const list = textTerms(text, ix, true, f === 1);
    lens[f] += countTerms(list.terms, fields[f], vocab);
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
    const terms = new Map<number, number>();
    // The names it writes are the English statement's: they neither add to nor change the claim's own.
    const len = countTerms(textTerms(text, ix, true, false, tag as Lang).terms, terms, vocab);
    stated.push({ slot, terms, len });
  }
  const sorted = [...ents].sort((a, b) => a - b);
  for (const e of sorted) fields[0].set(vocab.intern(entityTerm(e)), 1);
  return { statement: fields[0], hints: fields[1], lens, ents: sorted, stated };
}

/** A statement in another language as BM25 reads it: its slot, and term → normalised frequency. */
export interface StatedFrequencies {
  slot: number;
  tf: Map<number, number>;
}

/**
 * Per claim, term → BM25F pseudo-frequency: each field's frequency over its normalised length, hints
 * weighted; and each of its statements in other languages, normalised by the statements in that language.
 */
export function fieldFrequencies(
  docs: ClaimDoc[],
  params: FieldParams,
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
export function claimWeights(
  fields: { english: Map<number, number>; stated: StatedFrequencies[] }[],
  vocabulary: number,
  params: FieldParams,
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
