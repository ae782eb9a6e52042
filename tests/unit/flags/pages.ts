/** Page texts for the flag tests: seed articles read as the page reader would, and changed copies of them. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import type { PageText, TextSpan } from '@/lib/match/types';

/** Builds page text from paragraphs, joined by the page reader's block separator. */
export function pageFrom(paragraphs: readonly string[]): PageText {
  const blocks: TextSpan[] = [];
  let text = '';
  for (const paragraph of paragraphs) {
    if (text) text += '\n\n';
    blocks.push({ start: text.length, end: text.length + paragraph.length });
    text += paragraph;
  }
  return { text, blocks };
}

/** The paragraphs of a seed article (HuffPost UK on the LPR refusal, with its curly quotes). */
export function seedParagraphs(name = '000_416081c9e06a5122.txt'): string[] {
  const text = readFileSync(resolve(__dirname, '../../fixtures/seeds', name), 'utf8');
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The span of `needle` in `page`, failing loudly if it is not there exactly once. */
export function spanOf(page: PageText, needle: string): TextSpan {
  const start = page.text.indexOf(needle);
  if (start === -1 || page.text.indexOf(needle, start + 1) !== -1)
    throw new Error(`"${needle}" is not in the page exactly once`);
  return { start, end: start + needle.length };
}

/** A deterministic pseudo-random word list (xorshift), for large pages. */
export function words(count: number, seed = 7): string[] {
  const vocabulary = [
    'the',
    'army',
    'said',
    'forces',
    'Moscow',
    'Kyiv',
    'officials',
    'reported',
    'that',
    'soldiers',
    'refused',
    'to',
    'deploy',
    'in',
    'Donetsk',
    'of',
    'a',
    'unit',
    'video',
    'claimed',
    'near',
    'region',
    'war',
    'and',
    'on',
    'for',
    'with',
    'was',
    'statement',
    'ministry',
  ];
  let state = seed;
  const out: string[] = [];
  for (let index = 0; index < count; index += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out.push(vocabulary[Math.abs(state) % vocabulary.length] as string);
  }
  return out;
}
