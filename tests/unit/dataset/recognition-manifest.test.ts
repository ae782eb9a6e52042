// The real-coverage manifest names the articles recognition is measured on (tests/bench/recognition.ts).
// A later session gathers the texts again from it, so every entry must stay usable: one id and one page
// each, a known kind and split, and labels that name events the bundled pack holds.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import { bareHostname } from '@/lib/settings/site';

import type { Entry } from '../../bench/recognition';
import { realPack } from './real-pack';

const manifest = JSON.parse(readFileSync(resolve('tests/bench/recognition/manifest.json'), 'utf8')) as {
  articles: Entry[];
};
const eventIds = new Set(realPack().events.map((e) => e.id));
const articles = manifest.articles;

/** The same page whatever its scheme, a leading www. or a trailing slash. */
const samePage = (url: string): string => {
  const page = new URL(url.trim());
  return `${bareHostname(page.hostname)}${page.pathname.replace(/\/$/, '')}${page.search}`.toLowerCase();
};

const repeated = (values: string[]): string[] => values.filter((v, i) => values.indexOf(v) !== i);

describe('real-coverage manifest', () => {
  it('gives every article one id and one page', () => {
    expect(articles.length).toBeGreaterThan(1000);
    expect(repeated(articles.map((a) => a.id))).toEqual([]);
    expect(repeated(articles.map((a) => samePage(a.url)))).toEqual([]);
    for (const a of articles) {
      expect(a.id, JSON.stringify(a)).toMatch(/^[a-z0-9-]+$/);
      expect(() => new URL(a.url), a.id).not.toThrow();
      expect(a.outlet.trim(), a.id).not.toBe('');
      expect(a.lang, a.id).toMatch(/^[a-z]{2}$/);
    }
  });

  it('says of every article what kind it is and which half it belongs to', () => {
    const kinds = articles.filter((a) => !['positive', 'near-miss', 'unrelated'].includes(a.kind));
    const splits = articles.filter((a) => !['tune', 'held-out'].includes(a.split));
    expect(kinds.map((a) => a.id)).toEqual([]);
    expect(splits.map((a) => a.id)).toEqual([]);
    // Both halves hold every kind, so each can be scored for recall and for near misses.
    for (const split of ['tune', 'held-out'])
      for (const kind of ['positive', 'near-miss', 'unrelated'])
        expect(
          articles.filter((a) => a.split === split && a.kind === kind).length,
          `${split} ${kind}`,
        ).toBeGreaterThanOrEqual(10);
  });

  it('labels reports with events of the bundled pack, and near misses with none', () => {
    const unlabelled = articles.filter((a) => a.kind === 'positive' && a.events.length === 0);
    const labelledNegatives = articles.filter((a) => a.kind !== 'positive' && a.events.length > 0);
    const unknown = articles.flatMap((a) => a.events.filter((e) => !eventIds.has(e)).map((e) => `${a.id}: ${e}`));
    expect(unlabelled.map((a) => a.id)).toEqual([]);
    expect(labelledNegatives.map((a) => a.id)).toEqual([]);
    expect(unknown).toEqual([]);
    expect(articles.filter((a) => repeated(a.events).length > 0).map((a) => a.id)).toEqual([]);
  });
});
