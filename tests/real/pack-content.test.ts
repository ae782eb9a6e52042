// The bundled pack's content rules (PRODUCT.md): coverage of the sources, our own wording, and aliases in three scripts.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import { packStats } from '@/lib/dataset/stats';

import { realPack } from '../unit/dataset/real-pack';

// The seeds are our own documents and live in the fixtures; the outlet reports are
// read from the shared data folder beside the repository (override with PARALLAX_SHARED_DIR).
const SEEDS = resolve(__dirname, '../fixtures/seeds');
const SHARED = resolve(process.env.PARALLAX_SHARED_DIR ?? resolve(__dirname, '../../../shared'));

interface SourceReport {
  outlet_domain: string;
  url: string;
  headline: string | null;
  certainty: string;
  summary: string;
  key_terms: string[];
}
const source = JSON.parse(readFileSync(resolve(SHARED, 'data/outlet-reports.json'), 'utf8')) as {
  reports: SourceReport[];
};
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(resolve(SEEDS, f), 'utf8'));

/** Every run of `n` consecutive words, lowercased, for spotting copied sentences. */
function shingles(text: string, n: number): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}

describe('the bundled pack', () => {
  const pack = realPack();
  const stats = packStats(pack);

  it('has at least 20 events and 30 claims, and four outlets on each headline event', () => {
    expect(stats.events).toBeGreaterThanOrEqual(20);
    expect(stats.claims).toBeGreaterThanOrEqual(30);
    expect(stats.outletsPerEvent['lpr-unit-refusal-video']).toBeGreaterThanOrEqual(4);
    expect(stats.outletsPerEvent['darya-dugina-killing']).toBeGreaterThanOrEqual(4);
  });

  it('maps every one of the source reports to its own pack report with the same facts', () => {
    const used = new Set<string>();
    for (const r of source.reports) {
      const match = pack.reports.find((p) => {
        const outlet = pack.outlets.find((o) => o.id === p.outletId);
        return (
          !used.has(p.id) &&
          p.url === r.url &&
          outlet?.domains.includes(r.outlet_domain) &&
          p.certainty === r.certainty &&
          p.keyTerms.join('|') === r.key_terms.join('|')
        );
      });
      expect(match, r.url).toBeDefined();
      if (match) used.add(match.id);
    }
    expect(used.size).toBe(source.reports.length);
  });

  it('tests the shared seeds: the fixture copies are the same files', () => {
    const shared = resolve(SHARED, 'seeds');
    const files = readdirSync(shared)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(
      readdirSync(SEEDS)
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    ).toEqual(files);
    for (const f of files)
      expect(readFileSync(resolve(SEEDS, f), 'utf8'), f).toBe(readFileSync(resolve(shared, f), 'utf8'));
  });

  it('knows every outlet of the sources and the seeds by domain', () => {
    const domains = new Set(pack.outlets.flatMap((o) => o.domains));
    for (const d of [
      ...source.reports.map((r) => r.outlet_domain),
      'huffingtonpost.co.uk',
      'express.co.uk',
      'kyivpost.com',
      'newsweek.com',
      'beyondnews.org',
    ]) {
      expect(domains.has(d), d).toBe(true);
    }
  });

  it('writes its own summaries, statements and descriptions: no eight-word run copied from a source', () => {
    const copied = new Set<string>();
    for (const text of [...seeds, ...source.reports.map((r) => r.summary)])
      for (const s of shingles(text, 8)) copied.add(s);
    const ours = [
      ...pack.events.map((e) => e.summary),
      ...pack.claims.map((c) => c.statement),
      ...pack.entities.map((e) => e.description),
    ];
    const overlaps = ours.flatMap((text) => [...shingles(text, 8)].filter((s) => copied.has(s)));
    expect(overlaps).toEqual([]);
  });

  it('spells the headline entities in English, Ukrainian and Russian, marking short forms ambiguous', () => {
    const aliases = (id: string) => pack.entities.find((e) => e.id === id)?.aliases ?? [];
    const texts = (id: string) => aliases(id).map((a) => a.text);
    expect(texts('luhansk-peoples-republic')).toEqual(
      expect.arrayContaining([
        "Luhansk People's Republic",
        "Lugansk People's Republic",
        'LPR',
        'LNR',
        'ЛНР',
        'Луганская Народная Республика',
        'Луганська народна республіка',
      ]),
    );
    expect(texts('darya-dugina')).toEqual(
      expect.arrayContaining([
        'Darya Dugina',
        'Daria Dugina',
        'Darja Dugina',
        'Dugina',
        'Дарья Дугина',
        "Дар'я Дугіна",
      ]),
    );
    expect(texts('darya-dugina').some((t) => t.endsWith("'s"))).toBe(false);
    for (const [id, short] of [
      ['luhansk-peoples-republic', 'LPR'],
      ['donetsk-peoples-republic', 'DPR'],
      ['fsb', 'FSB'],
      ['gru', 'GRU'],
      ['uk-ministry-of-defence', 'MoD'],
      ['conflict-intelligence-team', 'CIT'],
    ] as const) {
      expect(aliases(id).find((a) => a.text === short)?.ambiguous, short).toBe(true);
    }
    for (const e of pack.entities)
      expect(new Set(e.aliases.map((a) => a.lang)).size, e.id).toBeGreaterThanOrEqual(
        e.id === 'conflict-intelligence-team' ? 1 : 2,
      );
  });

  it('keeps Ukraine’s count of dead apart from the US count of dead and wounded', () => {
    const figures = (claimId: string) => pack.reports.filter((r) => r.claimId === claimId).flatMap((r) => r.figures);
    const measures = (claimId: string, value: number) =>
      new Set(
        figures(claimId)
          .filter((f) => f.value === value)
          .map((f) => f.measure),
      );
    expect(measures('ukraine-estimate-45000-killed', 45000)).toEqual(new Set(['russian-troops-killed']));
    expect(measures('us-estimate-70-80k-casualties', 80000)).toEqual(
      new Set(['russian-troops-killed-and-wounded-upper']),
    );
    // "About 50 on each side" and "about 50 in total" are different counts, even with the same number.
    expect(measures('chechen-buryat-shootout-kyselivka', 50)).toEqual(
      new Set(['kyselivka-soldiers-per-side', 'kyselivka-soldiers-in-total']),
    );
    expect(pack.reports.flatMap((r) => r.figures).every((f) => typeof f.measure === 'string')).toBe(true);
    expect(figures('ukraine-estimate-45000-killed').every((f) => !/wounded|injured/.test(f.what))).toBe(true);
    expect(
      figures('us-estimate-70-80k-casualties')
        .filter((f) => f.unit === 'people' && f.value >= 70000)
        .every((f) => /wounded|injured/.test(f.what)),
    ).toBe(true);
  });
});
