/** Shared loading for the matcher tests: packs and fixture text as `PageText`. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import type { Pack } from '../../../lib/dataset/types';
import { compileIndex, matchPage, type MatchIndex } from '../../../lib/match/index';
import type { PageText, TextSpan } from '../../../lib/match/types';

const ROOT = resolve(__dirname, '../../..');

/** Reads a file relative to the repository root. */
export function readRepoFile(path: string): string {
  return readFileSync(resolve(ROOT, path), 'utf8');
}

/** Compiles a pack file (relative to the repository root), optionally with some of its records replaced. */
export function indexFor(packPath: string, replace: Partial<Pick<Pack, 'claims' | 'entities'>> = {}): MatchIndex {
  const pack = { ...(JSON.parse(readRepoFile(packPath)) as Pack), ...replace };
  return compileIndex({ entities: pack.entities, claims: pack.claims, events: pack.events });
}

/** Plain text with one block per non-empty line, as the command line reads text files. */
export function pageOf(text: string): PageText {
  const blocks: TextSpan[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) blocks.push({ start: pos, end: pos + line.length });
    pos += line.length + 1;
  }
  return { text, blocks };
}

/** A news page of lines: the first is its headline; its language and publication day are declared. */
export function newsPage(lines: readonly string[], lang: string, published: string): PageText {
  const page = pageOf(lines.join('\n'));
  return { ...page, ...(page.blocks[0] ? { headline: page.blocks[0] } : {}), lang, published };
}

/** The claims `matchPage` highlights on `page`, each as `event/claim`. */
export function claimKeysOn(index: MatchIndex, page: PageText): string[] {
  return matchPage(index, page).claims.map((c) => `${c.eventId}/${c.id}`);
}
