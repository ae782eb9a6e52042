// Flags on a real article DOM: a selection read through the page reader, the
// page re-rendered with changes, the flag found again and mapped to DOM ranges.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import { anchorFlag, describeSelection } from '@/lib/flags/anchor';
import { findArticleRegion } from '@/lib/page/article';
import { readPageText, type PageReading } from '@/lib/page/text-map';

const HTML = readFileSync(resolve(__dirname, '../../fixtures/pages/news-article.html'), 'utf8');

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function read(document: Document): PageReading {
  const region = findArticleRegion(document);
  if (!region) throw new Error('no article found');
  return readPageText(region);
}

/** The DOM text a highlight of `[start, end)` would wrap, joined. */
function rangesText(reading: PageReading, start: number, end: number): string {
  return reading.map
    .pieces(start, end)
    .map((piece) => piece.node.data.slice(piece.start, piece.end))
    .join('');
}

describe('flags on an article page', () => {
  const first = read(load(HTML));
  // The reader selects across an inline <em> element.
  const quote = 'it was treating the blast as premeditated murder';
  const start = first.page.text.indexOf(quote);
  const selectors = describeSelection(first.page, start, start + quote.length);

  it('describes a selection that crosses inline elements', () => {
    expect(start).toBeGreaterThan(0);
    expect(selectors.quote.exact).toBe(quote);
    expect(rangesText(first, start, start + quote.length)).toBe(quote);
  });

  it('is found again after the page gains a paragraph and its markup is re-indented', () => {
    const changed = HTML.replace(
      '<p id="p1">',
      '<p id="p0">Live: this story is being updated.</p>\n        <p id="p1">',
    ).replace(
      'treating the blast as <em>premeditated murder</em>',
      'treating the blast as\n          <strong><em>premeditated   murder</em></strong>',
    );
    const reading = read(load(changed));
    const anchor = anchorFlag(reading.page, selectors);
    expect(anchor?.exactness).toBe('exact');
    if (!anchor) return;
    expect(rangesText(reading, anchor.start, anchor.end).replace(/\s+/g, ' ')).toBe(quote);
  });

  it('is orphaned once the paragraph is gone', () => {
    const reading = read(load(HTML.replace(/<p id="p2">[\s\S]*?<\/p>/, '')));
    expect(anchorFlag(reading.page, selectors)).toBeNull();
  });
});
