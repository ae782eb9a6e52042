/**
 * Compiles every alias of every entity into a token trie: each alias becomes a
 * path of entity keys (see keys.ts), stored in typed-array hash tables so the
 * finder walks the page once and the compiled form can be cached as is.
 */
import type { Claim, Entity, PackEvent } from '../dataset/types';
import { buildPairTable, buildStringTable, Interner, type PairTable, type StringTable } from './hash';
import { entityKey } from './keys';
import { builtOnFirstUse } from './memo';
import { COMMON_WORDS, NAME_LIKE_WORDS, STOPWORDS } from './stoplist';
import { createTokens, TokenFlag, tokenize, type Tokens } from './tokenize';

/** Alias flags, combined bitwise. */
export const enum AliasFlag {
  /** Shown only with context (see `Alias.ambiguous`). */
  Ambiguous = 1,
  /** A common word: the page must capitalise it. */
  NeedsCapital = 2,
  /** A short acronym: the page must write it in capitals. */
  NeedsAllCaps = 4,
  /**
   * Its first word is written in plain Latin letters: a word the page writes in lower case with marks on
   * its letters is another word folded to the same letters (Romanian puțin, "little", is not Putin).
   */
  Plain = 8,
}

/** The compiled entity side of a match index; plain data, structured-cloneable. */
export interface EntityIndex {
  entityIds: string[];
  /** 1 for people, organisations and units (actors), 0 for places. */
  entityActor: Uint8Array;
  /** CSR adjacency: entities that share an event or a claim. */
  relatedStart: Int32Array;
  related: Int32Array;
  vocab: StringTable;
  /** (node, token id) → child node; node 0 is the root. */
  trie: PairTable;
  /** CSR: node → alias candidates ending there. */
  nodeCandStart: Int32Array;
  candAlias: Int32Array;
  aliasEntity: Int32Array;
  aliasFlags: Uint8Array;
  aliasText: string[];
  aliasLang: string[];
  /** Folded tokens of the alias joined by spaces: breaks ties between stems. */
  aliasExact: string[];
}

const TOKEN_SPACE = 2 ** 22;
const MAX_ACRONYM = 5;

function relatedLists(entityIndex: Map<string, number>, groups: string[][]): { start: Int32Array; list: Int32Array } {
  const sets: Set<number>[] = Array.from({ length: entityIndex.size }, () => new Set<number>());
  for (const group of groups) {
    const members = group.map((id) => entityIndex.get(id)).filter((i): i is number => i !== undefined);
    for (const a of members) for (const b of members) if (a !== b) sets[a]?.add(b);
  }
  const start = new Int32Array(sets.length + 1);
  sets.forEach((s, i) => (start[i + 1] = (start[i] as number) + s.size));
  const list = new Int32Array(start[sets.length] as number);
  sets.forEach((s, i) =>
    list.set(
      [...s].sort((x, y) => x - y),
      start[i] as number,
    ),
  );
  return { start, list };
}

/** Vowels of Russian and Ukrainian, folded. */
const CYRILLIC_VOWEL = /[аеиоуыэюяіє]/;

/** The words of `NAME_LIKE_WORDS` as names are matched (Douma and duma are one). */
const NAME_LIKE_KEYS = builtOnFirstUse(() => new Set([...NAME_LIKE_WORDS].map((w) => entityKey(w, 0))));

/** Latin letters only, none with a mark, and a capital after the first letter but not only capitals: MoD. */
const INNER_CAPITAL = /^[A-Za-z][a-z]*[A-Z][A-Za-z]*$/;

/** The alias flags of `text`, whose `n` tokens `toks` holds. */
function aliasFlags(ambiguous: boolean, text: string, toks: Tokens, n: number): number {
  const first = toks.norm[0] ?? '';
  const tokenFlags = toks.flags[0] ?? 0;
  const firstText = text.slice(toks.start[0] ?? 0, toks.end[0] ?? 0);
  const single = n === 1;
  let flags = ambiguous ? AliasFlag.Ambiguous : 0;
  // A name spelt as words is told from them by its capital: a common word, or a name made only of common
  // words written capitalised (The Way Home, National Guard), a word of another language (duma), or one
  // written with a capital inside (MoD, where Romanian writes "în mod").
  const commonWords = toks.norm.slice(0, n).every((w) => COMMON_WORDS.has(w));
  if (
    (commonWords && (single || tokenFlags & TokenFlag.Capitalised)) ||
    (single && (NAME_LIKE_KEYS().has(entityKey(first, tokenFlags)) || INNER_CAPITAL.test(firstText)))
  )
    flags |= AliasFlag.NeedsCapital;
  if (/^[A-Za-z]+$/.test(firstText)) flags |= AliasFlag.Plain;
  // An acronym must be written in capitals to be told from a word, except a Cyrillic one without a
  // vowel (ЛНР, ДНР, РФ, ФСБ): no word is spelt so, and Ukrainian outlets write лнр, днр, рф in lower case.
  const plainAcronym = tokenFlags & TokenFlag.Cyrillic && !CYRILLIC_VOWEL.test(first);
  if (single && tokenFlags & TokenFlag.AllCaps && first.length <= MAX_ACRONYM && !plainAcronym)
    flags |= AliasFlag.NeedsAllCaps;
  return flags;
}

/** Compiles entities (and the events and claims that relate them) into an entity index. */
export function compileEntityIndex(entities: Entity[], events: PackEvent[] = [], claims: Claim[] = []): EntityIndex {
  const entityIndex = new Map(entities.map((e, i) => [e.id, i]));
  const rel = relatedLists(entityIndex, [...events.map((e) => e.entityIds), ...claims.map((c) => c.hints.entityIds)]);
  const vocab = new Interner();
  const transitions = new Map<number, number>();
  const nodeCands = new Map<number, number[]>();
  const seen = new Set<string>();
  const aliasEntity: number[] = [];
  const aliasFlagList: number[] = [];
  const aliasText: string[] = [];
  const aliasLang: string[] = [];
  const aliasExact: string[] = [];
  const toks = createTokens(16);
  let nodeCount = 1;
  entities.forEach((entity, ei) => {
    for (const alias of entity.aliases) {
      toks.count = 0;
      tokenize(alias.text, toks);
      const n = toks.count;
      const first = toks.norm[0] ?? '';
      const firstFlags = toks.flags[0] ?? 0;
      if (n === 0 || (n === 1 && (STOPWORDS.has(first) || first.length < 2 || firstFlags & TokenFlag.Numeric)))
        continue;
      const exact = toks.norm.slice(0, n).join(' ');
      if (seen.has(`${ei}\u0001${exact}`)) continue;
      seen.add(`${ei}\u0001${exact}`);
      let node = 0;
      for (let t = 0; t < n; t++) {
        const tok = vocab.intern(entityKey(toks.norm[t] ?? '', toks.flags[t] ?? 0));
        const key = node * TOKEN_SPACE + tok;
        let child = transitions.get(key);
        if (child === undefined) {
          child = nodeCount++;
          transitions.set(key, child);
        }
        node = child;
      }
      const ai = aliasEntity.length;
      aliasEntity.push(ei);
      aliasFlagList.push(aliasFlags(alias.ambiguous === true, alias.text, toks, n));
      aliasText.push(alias.text);
      aliasLang.push(alias.lang);
      aliasExact.push(exact);
      const list = nodeCands.get(node);
      if (list) list.push(ai);
      else nodeCands.set(node, [ai]);
    }
  });
  const keysA: number[] = [];
  const keysB: number[] = [];
  const values: number[] = [];
  for (const [key, child] of transitions) {
    keysA.push(Math.floor(key / TOKEN_SPACE));
    keysB.push(key % TOKEN_SPACE);
    values.push(child);
  }
  const nodeCandStart = new Int32Array(nodeCount + 1);
  for (const [node, list] of nodeCands) nodeCandStart[node + 1] = list.length;
  for (let i = 0; i < nodeCount; i++)
    nodeCandStart[i + 1] = (nodeCandStart[i + 1] as number) + (nodeCandStart[i] as number);
  const candAlias = new Int32Array(nodeCandStart[nodeCount] as number);
  for (const [node, list] of nodeCands) candAlias.set(list, nodeCandStart[node] as number);
  return {
    entityIds: entities.map((e) => e.id),
    entityActor: Uint8Array.from(entities, (e) => (e.kind === 'place' ? 0 : 1)),
    relatedStart: rel.start,
    related: rel.list,
    vocab: buildStringTable(vocab.strings),
    trie: buildPairTable(keysA, keysB, values),
    nodeCandStart,
    candAlias,
    aliasEntity: Int32Array.from(aliasEntity),
    aliasFlags: Uint8Array.from(aliasFlagList),
    aliasText,
    aliasLang,
    aliasExact,
  };
}
