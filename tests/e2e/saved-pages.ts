/** The saved real pages (Mozilla Readability's test pages) both browsers' real-page suites load. */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the pages are: PARALLAX_READABILITY_DIR, by default ../shared/fixtures/readability. */
export const READABILITY_DIR = resolve(process.env.PARALLAX_READABILITY_DIR ?? '../shared/fixtures/readability');

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
