/**
 * `npm run bench:recognition -- DIR [--split held-out|tune|all] [--layout NAME] [--no-lang|--wrong-lang] [--no-date] [--show] [--layouts]`:
 * recognition on real coverage. Each article of the manifest
 * (tests/bench/recognition/manifest.json) is read from DIR/texts/<id>.json,
 * rendered as a news page, read by the extension's own page code (article
 * region, text map, outlet hints) and matched by its engine against the bundled
 * pack. A pair (article, event) is found when a claim of that event is
 * highlighted. Printed: recall per language group, precision, and claim
 * highlights on near-miss and unrelated articles, next to a baseline measured
 * in the same run: the same matcher with the article-level evidence switched off.
 * With `--layouts`, every article is also rendered in the other markups real
 * sites use (see `LAYOUTS`), each against the article markup of the same run.
 *
 * A text file is `{"headline": "…", "text": "…"}`: the stored copy of the page
 * at the entry's URL, as found again by that URL. Its text is the copy as it
 * is; a copy that begins `date YYYY-MM-DD` gives the page's publication day.
 * Its headline is the page's title where the copy has one, else its first
 * line; a copy that begins with its date or with a paragraph of more than 200
 * characters has no headline line, and the words of the URL's path stand in.
 * An article whose page cannot be found again is left out, and counted as
 * missing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';

import type { Pack } from '@/lib/dataset/types';
import { compileIndex, matchPage, type MatchIndex } from '@/lib/match/index';
import { LANGS } from '@/lib/match/lang/languages';
import type { PageText } from '@/lib/match/types';
import { findArticleRegion } from '@/lib/page/article';
import { readPageFacts } from '@/lib/page/outlet';
import { readPageText } from '@/lib/page/text-map';

export interface Entry {
  id: string;
  url: string;
  outlet: string;
  lang: string;
  kind: 'positive' | 'near-miss' | 'unrelated';
  events: string[];
  split: 'tune' | 'held-out';
}

export interface Article {
  headline: string;
  text: string;
}

/** An article and the events found in it. */
export type Found = Pick<Outcome, 'entry' | 'found'>;

export interface Outcome {
  entry: Entry;
  found: Set<string>;
  article: boolean;
  /** Why each found event was found (for --show). */
  why: Map<string, string>;
}

export const MANIFEST = resolve('tests/bench/recognition/manifest.json');
/** The languages the matcher analyses (stemming, detection); others get names and figures only. */
export const ANALYSED = new Set<string>(LANGS);
const PACK = resolve('assets/pack/parallax.pack.json');

/** The bundled pack's compiled index, as the extension builds it. */
export function bundledIndex(): MatchIndex {
  const pack = JSON.parse(readFileSync(PACK, 'utf8')) as Pack;
  return compileIndex({ entities: pack.entities, claims: pack.claims, events: pack.events });
}

/** The manifest's articles of `split` whose texts are in `dir`, and how many are missing. */
export function entriesOf(dir: string, split: string): { entries: Entry[]; missing: number } {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { articles: Entry[] };
  const wanted = manifest.articles.filter((e) => split === 'all' || e.split === split);
  const entries = wanted.filter((e) => existsSync(join(dir, 'texts', `${e.id}.json`)));
  return { entries, missing: wanted.length - entries.length };
}

/** The options both recognition benches take: the texts' folder, the split, and two switches. */
export interface BenchOptions {
  dir: string;
  split: string;
  /** What `<html lang>` says (see `DeclaredLang`). */
  lang: DeclaredLang;
  /** Whether the page states its publication day (`--no-date` leaves it out, as many pages do). */
  date: boolean;
  show: boolean;
  /** Also read every article in each other markup of `LAYOUTS`, against the article markup. */
  layouts: boolean;
  /** The markup the articles are rendered in (`--layout NAME`, default `article`). */
  layout: Layout;
}

/** Reads `DIR [--split held-out|tune|all] [--layout NAME] [--no-lang|--wrong-lang] [--no-date] [--show] [--layouts]`; prints `usage` and exits without a folder or with an unknown markup. */
export function benchOptions(argv: string[], usage: string): BenchOptions {
  const dir = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--split' && argv[i - 1] !== '--layout');
  const at = argv.indexOf('--split');
  const layout = argv[argv.indexOf('--layout') + 1] ?? 'article';
  if (!dir || (argv.includes('--layout') && !(LAYOUTS as readonly string[]).includes(layout))) {
    console.error(usage);
    process.exit(2);
  }
  return {
    dir: resolve(dir),
    split: at >= 0 ? (argv[at + 1] ?? 'held-out') : 'held-out',
    lang: argv.includes('--no-lang') ? 'absent' : argv.includes('--wrong-lang') ? 'wrong' : 'declared',
    date: !argv.includes('--no-date'),
    show: argv.includes('--show'),
    layouts: argv.includes('--layouts'),
    layout: argv.includes('--layout') ? (layout as Layout) : 'article',
  };
}

/** How the benches describe the rendering's `<html lang>`. */
export const langLabel = (opts: BenchOptions): string =>
  opts.lang === 'wrong' ? 'declared wrong (en, or ru on English pages)' : opts.lang;

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * How the article's page is marked up. `article`: an article element with an h1 and paragraphs, as most news
 * sites write it. The others are ways real sites write the same story: paragraphs as `div`s with no article
 * element (`divs`), lines split by `<br>` in one block (`lines`), a cookie notice and a "most read" list
 * beside the article (`sidebar`), a headline in a `div` with no heading element at all (`no-h1`), and links to
 * other stories of the outlet set in the article's body (`teasers`): "Read also: …" after the second paragraph,
 * and a list of headlines under "Read also" at its end, the headlines of other articles of the set; or the same
 * links with no words to open them (`links`): a paragraph that is only a bold link, and a bare list of links.
 */
export const LAYOUTS = ['article', 'divs', 'lines', 'sidebar', 'no-h1', 'teasers', 'links'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** Unrelated headlines of a "most read" list. */
const MOST_READ = [
  'Council approves new budget for city schools',
  'Storm brings heavy rain to the coast this weekend',
  'Late goal secures win for the home side',
  'Fuel prices rise for the third week in a row',
  'Museum reopens after two years of renovation',
];

/** How sites open a link to another story, by language, as they write it (English where not listed). */
const READ_ALSO: Record<string, string> = {
  en: 'Read also:',
  de: 'Lesen Sie auch:',
  fr: 'Lire aussi :',
  es: 'Lee también:',
  it: 'Leggi anche:',
  pt: 'Leia também:',
  nl: 'Lees ook:',
  pl: 'Czytaj też:',
  cs: 'Přečtěte si také:',
  sk: 'Čítajte aj:',
  ro: 'Citește și:',
  fi: 'Lue myös:',
  sr: 'Pročitajte još:',
  ru: 'Читайте также:',
  uk: 'Читайте також:',
  bg: 'Прочетете още:',
  da: 'Læs også:',
  no: 'Les også:',
};

/**
 * The paragraphs with teasers of `others` (headlines): one inline after the second paragraph, the rest listed at
 * the end, each opened by the words sites use in `lang`, or (`opened` false) by nothing.
 */
function teasedParagraphs(lang: string, paragraphs: string[], others: readonly string[], opened: boolean): string {
  const opener = opened ? `<strong>${escape(READ_ALSO[lang] ?? 'Read more:')}</strong>` : '';
  const [first, ...rest] = others;
  const link = (headline: string): string => `<a href="/story">${escape(headline)}</a>`;
  const ps = paragraphs.map((p) => `<p>${escape(p)}</p>`);
  if (first !== undefined)
    ps.splice(2, 0, opened ? `<p>${opener} ${link(first)}</p>` : `<p><strong>${link(first)}</strong></p>`);
  if (rest.length > 0)
    ps.push(`${opened ? `<p>${opener}</p>` : ''}<ul>${rest.map((h) => `<li>${link(h)}</li>`).join('')}</ul>`);
  return ps.join('\n');
}

/** The page's main part in `layout`: the headline, the date line and the paragraphs. */
function storyMarkup(
  layout: Layout,
  headline: string,
  date: string | undefined,
  paragraphs: string[],
  teasers: { lang: string; others: readonly string[] },
): string {
  const h1 = `<h1>${escape(headline)}</h1>`;
  const dateLine = date ? `<p class="byline"><time datetime="${date}">${date}</time></p>` : '';
  const ps = paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n');
  switch (layout) {
    case 'divs':
      return `<div class="page"><div class="content">${h1}${dateLine}${paragraphs.map((p) => `<div class="para">${escape(p)}</div>`).join('\n')}</div></div>`;
    case 'lines':
      return `<div id="story">${h1}${dateLine}<div class="text">${paragraphs.map(escape).join('<br><br>\n')}</div></div>`;
    case 'sidebar':
      return `<div class="cookie-notice"><p>We use cookies to improve your experience on our site. By continuing you agree to our cookie policy.</p><button>Accept</button></div>
<main><article>${h1}${dateLine}${ps}</article><aside><h3>Most read</h3><ul>${MOST_READ.map((x) => `<li><a href="/">${x}</a></li>`).join('')}</ul></aside></main>`;
    case 'teasers':
    case 'links':
      return `<main><article>\n${h1}\n${dateLine}\n${teasedParagraphs(teasers.lang, paragraphs, teasers.others, layout === 'teasers')}\n</article></main>`;
    case 'no-h1':
      return `<div class="page"><div class="story-headline">${escape(headline)}</div>${dateLine}<div class="body">${paragraphs.map((p) => `<div>${escape(p)}</div>`).join('\n')}</div></div>`;
    default:
      return `<main><article>\n${h1}\n${dateLine}\n${ps}\n</article></main>`;
  }
}

/**
 * What a rendered page's `<html lang>` says: the article's language, the wrong one (`en` on a page in another
 * language, `ru` on one in English, as a site template's default does), or nothing.
 */
export type DeclaredLang = 'declared' | 'wrong' | 'absent';

/** How an article is rendered: with its language declared, with its publication day, in which markup. */
export interface PageOptions {
  lang: DeclaredLang;
  date: boolean;
  layout: Layout;
  /** For the `teasers` and `links` markups: the headlines of other stories teased on each article's page, by article id. */
  teasers?: ReadonlyMap<string, readonly string[]>;
}

/** Stories teased on a page, at most. */
const TEASERS = 3;

/** Headlines longer than this are a copy's first paragraph, not its headline. */
const TEASED_HEADLINE_CHARS = 160;

/**
 * The headlines teased on each article's page in the `teasers` markup: those of other reports in its language
 * (English where it has too few) of events it does not report, picked in turn. The near misses' pages thus
 * tease the very events the pack knows.
 */
export function teaserHeadlines(entries: readonly Entry[], dir: string): Map<string, string[]> {
  const reports = entries
    .filter((e) => e.kind === 'positive')
    .map((e) => ({
      entry: e,
      headline: (JSON.parse(readFileSync(join(dir, 'texts', `${e.id}.json`), 'utf8')) as Article).headline.trim(),
    }))
    // A copy's first line stands in for a headline it lacks: only what reads as a headline is teased.
    .filter((r) => r.headline.length > 0 && r.headline.length <= TEASED_HEADLINE_CHARS);
  const out = new Map<string, string[]>();
  entries.forEach((entry, i) => {
    const other = (r: (typeof reports)[number]): boolean =>
      r.entry.id !== entry.id && !r.entry.events.some((e) => entry.events.includes(e));
    let pool = reports.filter((r) => r.entry.lang === entry.lang && other(r));
    if (pool.length < TEASERS) pool = [...pool, ...reports.filter((r) => r.entry.lang === 'en' && other(r))];
    out.set(
      entry.id,
      Array.from(
        { length: Math.min(TEASERS, pool.length) },
        (_, k) => pool[(i * 7 + k * 13) % pool.length]?.headline ?? '',
      ),
    );
  });
  return out;
}

/** `rendering` with the headlines its pages tease, when its markup has teasers and they are not given. */
export function withTeasers<T extends PageOptions>(rendering: T, entries: readonly Entry[], dir: string): T {
  return (rendering.layout === 'teasers' || rendering.layout === 'links') && !rendering.teasers
    ? { ...rendering, teasers: teaserHeadlines(entries, dir) }
    : rendering;
}

/** The article as a news page: site header, headline, date line, paragraphs, footer (see `PageOptions`). */
export function newsPage(entry: Entry, article: Article, options: PageOptions): string {
  const { layout } = options;
  const declared = options.lang === 'wrong' ? (entry.lang === 'en' ? 'ru' : 'en') : entry.lang;
  let body = article.text;
  const dated = /^\s*date (\d{4}-\d{2}-\d{2})\s*/.exec(body);
  const date = options.date ? dated?.[1] : undefined;
  if (dated) body = body.slice(dated[0].length);
  const paragraphs = body
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0 && p !== article.headline.trim());
  const host = new URL(entry.url).hostname;
  return `<!DOCTYPE html>
<html${options.lang !== 'absent' ? ` lang="${escape(declared)}"` : ''}>
<head><meta charset="utf-8"><title>${escape(article.headline)} | ${escape(entry.outlet)}</title>
<link rel="canonical" href="${escape(entry.url)}">
<meta property="og:site_name" content="${escape(entry.outlet)}">
${date ? `<meta property="article:published_time" content="${date}T08:00:00Z">` : ''}
</head>
<body>
<header><a href="/">${escape(host)}</a><nav><ul><li><a href="/">Home</a></li><li><a href="/">World</a></li><li><a href="/">Politics</a></li></ul></nav></header>
${storyMarkup(layout, article.headline, date, paragraphs, { lang: entry.lang, others: options.teasers?.get(entry.id) ?? [] })}
<footer><p>© ${escape(entry.outlet)}</p></footer>
</body></html>`;
}

/** Reads a page as the content script does, with the day it says it was published; null when it is no article. */
export function readPage(html: string, url: string): PageText | null {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  window.document.write(html);
  const document = window.document as unknown as Document;
  try {
    const region = findArticleRegion(document);
    if (!region) return null;
    const { page } = readPageText(region);
    const { published } = readPageFacts(document, new URL(url));
    return published ? { ...page, published } : page;
  } finally {
    void window.happyDOM.close();
  }
}

export function evaluate(
  index: MatchIndex,
  entries: Entry[],
  dir: string,
  articleLevel: boolean,
  rendering: PageOptions,
  dump?: object[],
): Outcome[] {
  const options = withTeasers(rendering, entries, dir);
  return entries.map((entry) => {
    const article = JSON.parse(readFileSync(join(dir, 'texts', `${entry.id}.json`), 'utf8')) as Article;
    const page = readPage(newsPage(entry, article, options), entry.url);
    if (!page) return { entry, found: new Set<string>(), article: false, why: new Map<string, string>() };
    const rows: Record<string, unknown>[] = [];
    const matches = matchPage(index, page, {
      article: articleLevel,
      onVerdicts: (verdicts) => {
        if (dump)
          for (const v of verdicts)
            rows.push({
              id: entry.id,
              kind: entry.kind,
              lang: entry.lang,
              event: v.eventId,
              label: entry.events.includes(v.eventId),
              recognised: v.recognised,
              contradicted: v.contradicted,
              ...v.why,
            });
      },
    });
    const highlighted = new Set(matches.claims.map((c) => c.eventId));
    for (const row of rows) dump?.push({ ...row, highlighted: highlighted.has(row.event as string) });
    const why = new Map<string, string>();
    for (const c of matches.claims) {
      const a = c.why.article;
      if (!why.has(c.eventId))
        why.set(
          c.eventId,
          a
            ? `article ${a.score} k${a.kinds} e[${a.entityIds.join(',')}] t[${a.terms.join(',')}] f[${a.figures.join(',')}] d[${a.dates.join(',')}]${a.headline ? ' H' : ''}${a.published ? ' P' : ''}`
            : `sentence ${c.score} [${c.why.terms.join(',')}]`,
        );
    }
    return { entry, found: new Set(matches.claims.map((c) => c.eventId)), article: true, why };
  });
}

export interface Score {
  pairs: number;
  hits: number;
  predicted: number;
  correct: number;
  falseArticles: number;
  negatives: number;
}

export function score(outcomes: Found[]): Score {
  const s: Score = { pairs: 0, hits: 0, predicted: 0, correct: 0, falseArticles: 0, negatives: 0 };
  for (const o of outcomes) {
    const expected = new Set(o.entry.events);
    s.pairs += expected.size;
    for (const e of expected) if (o.found.has(e)) s.hits++;
    s.predicted += o.found.size;
    for (const e of o.found) if (expected.has(e)) s.correct++;
    if (o.entry.kind !== 'positive') {
      s.negatives++;
      if (o.found.size > 0) s.falseArticles++;
    }
  }
  return s;
}

export const ratio = (a: number, b: number): string => (b === 0 ? '–' : (a / b).toFixed(3));

/** Recall per language group of `subject` against `baseline` (outcomes of the same articles). */
export function printGroups(subject: Found[], baseline: Found[], header: string, width: number): void {
  const groups: [string, (e: Entry) => boolean][] = [
    ['English', (e) => e.lang === 'en'],
    ['other languages', (e) => e.lang !== 'en'],
    ['  of which analysed', (e) => e.lang !== 'en' && ANALYSED.has(e.lang)],
    ['all', () => true],
  ];
  console.log(header);
  for (const [name, test] of groups) {
    const a = score(subject.filter((o) => test(o.entry)));
    const b = score(baseline.filter((o) => test(o.entry)));
    console.log(
      `  ${name.padEnd(20)}  ${ratio(a.hits, a.pairs)} (${a.hits}/${a.pairs})`.padEnd(46) +
        `${ratio(b.hits, b.pairs)} (${b.hits}/${b.pairs})`.padEnd(width) +
        ratio(a.hits / Math.max(1, a.pairs), b.hits / Math.max(1, b.pairs)),
    );
  }
}

/** Precision of `subject` and its claim highlights on near misses, against `baseline`. */
export function printPrecision(subject: Found[], baseline: Found[]): void {
  const a = score(subject);
  const b = score(baseline);
  console.log(
    `  precision (pairs)     ${ratio(a.correct, a.predicted)} (${a.correct}/${a.predicted})        baseline ${ratio(b.correct, b.predicted)} (${b.correct}/${b.predicted})`,
  );
  console.log(
    `  near-miss or unrelated articles with a claim highlight: ${a.falseArticles}/${a.negatives}   baseline ${b.falseArticles}/${b.negatives}`,
  );
}

/** The same articles in each other markup, against the article markup read in the same run. */
function printLayouts(index: MatchIndex, entries: Entry[], opts: BenchOptions, inArticle: Outcome[]): void {
  const base = score(inArticle);
  console.log(
    '  markup     read      recall (pairs)        precision (pairs)     near-miss   found differently   recall ratio',
  );
  for (const layout of LAYOUTS.slice(1)) {
    const outcomes = evaluate(index, entries, opts.dir, true, { ...opts, layout });
    const s = score(outcomes);
    const differ = outcomes.filter((o, i) => {
      const other = inArticle[i]?.found ?? new Set<string>();
      return o.found.size !== other.size || [...o.found].some((e) => !other.has(e));
    }).length;
    console.log(
      `  ${layout.padEnd(9)}  ${`${outcomes.filter((o) => o.article).length}/${entries.length}`.padEnd(8)}  ` +
        `${ratio(s.hits, s.pairs)} (${s.hits}/${s.pairs})`.padEnd(22) +
        `${ratio(s.correct, s.predicted)} (${s.correct}/${s.predicted})`.padEnd(22) +
        `${s.falseArticles}/${s.negatives}`.padEnd(12) +
        `${differ}/${entries.length}`.padEnd(20) +
        ratio(s.hits / Math.max(1, s.pairs), base.hits / Math.max(1, base.pairs)),
    );
  }
}

function main(): void {
  const opts = benchOptions(
    process.argv.slice(2),
    'usage: npm run bench:recognition -- DIR [--split held-out|tune|all] [--layout NAME] [--no-lang|--wrong-lang] [--no-date] [--show] [--layouts]',
  );
  if (!existsSync(join(opts.dir, 'texts'))) {
    console.error(`No texts in ${opts.dir}: gather the articles of ${MANIFEST} into DIR/texts/<id>.json first.`);
    process.exit(2);
  }
  const { entries, missing } = entriesOf(opts.dir, opts.split);
  const index = bundledIndex();
  const started = performance.now();
  const dump: object[] = [];
  const withArticle = evaluate(index, entries, opts.dir, true, opts, process.env.RECOGNITION_DUMP ? dump : undefined);
  if (process.env.RECOGNITION_DUMP)
    writeFileSync(process.env.RECOGNITION_DUMP, dump.map((d) => JSON.stringify(d)).join('\n'));
  const ms = performance.now() - started;
  const baseline = evaluate(index, entries, opts.dir, false, opts);

  console.log(
    `Recognition on real coverage: split ${opts.split}, ${entries.length} articles${missing ? ` (${missing} missing from ${opts.dir})` : ''}, html lang ${langLabel(opts)}, publication day ${opts.date ? 'stated' : 'absent'}, ${opts.layout} markup`,
  );
  console.log(
    `  read as an article: ${withArticle.filter((o) => o.article).length}/${entries.length}; ${(ms / Math.max(1, entries.length)).toFixed(1)} ms per article`,
  );
  printGroups(withArticle, baseline, '  group                 recall (pairs)          baseline recall   ratio', 18);
  const langs = [...new Set(entries.map((e) => e.lang))].sort();
  console.log(
    `  per language: ${langs
      .map((l) => {
        const s = score(withArticle.filter((o) => o.entry.lang === l));
        return `${l} ${s.hits}/${s.pairs}`;
      })
      .join(', ')}`,
  );
  printPrecision(withArticle, baseline);
  if (opts.layouts) printLayouts(index, entries, opts, withArticle);
  if (opts.show) {
    for (const o of withArticle) {
      const expected = new Set(o.entry.events);
      const missed = [...expected].filter((e) => !o.found.has(e));
      const wrong = [...o.found].filter((e) => !expected.has(e));
      if (missed.length || wrong.length)
        console.log(
          `  ${o.entry.id} [${o.entry.lang} ${o.entry.kind}]${o.article ? '' : ' NOT READ'} missed: ${missed.join(' ') || '-'} wrong: ${wrong.join(' ') || '-'}`,
        );
      for (const e of wrong) console.log(`      ${e}: ${o.why.get(e) ?? ''}`);
    }
  }
}

// Run when started as a script; other benches import its page and scoring.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
