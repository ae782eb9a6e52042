/**
 * The saved real pages (Mozilla Readability's test pages, outside the
 * repository), read by every suite that needs them: the article-region test,
 * both browsers' real-page suites and the timing script. They run under
 * `npm run test:real` and the benches, never under `npm test`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Where the pages are: PARALLAX_READABILITY_DIR, by default ../shared/fixtures/readability beside the clone. */
export const READABILITY_DIR = resolve(ROOT, process.env.PARALLAX_READABILITY_DIR ?? '../shared/fixtures/readability');

/** The name of every saved page (a folder holding `source.html`); none when the folder is absent. */
export function savedPages(dir = READABILITY_DIR): string[] {
  return existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(resolve(dir, d.name, 'source.html')))
        .map((d) => d.name)
    : [];
}

/** An HTML fragment's words, lowercased, tags and entities dropped: to tell whether a highlight is in the article. */
export function words(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Expects every highlight's text to lie in the article Readability extracts from page `name`. */
export function expectInsideArticle(name: string, marks: readonly string[], dir = READABILITY_DIR): void {
  const expected = words(readFileSync(resolve(dir, name, 'expected.html'), 'utf8'));
  for (const mark of marks)
    expect(expected, `highlight "${mark}" is outside the article`).toContain(words(mark).trim());
}
