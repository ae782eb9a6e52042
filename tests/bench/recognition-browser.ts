/**
 * `npm run bench:recognition:browser -- DIR [--split held-out|tune|all] [--layout NAME] [--firefox] [--no-lang] [--no-date] [--show]`:
 * recognition on real coverage as a reader meets it. Each article of the
 * manifest is rendered as the same news page `bench:recognition` reads, served
 * from 127.0.0.1 and opened in Chromium (or Firefox) with the built extension; a pair
 * (article, event) is found when a claim highlight of that event is on the
 * page (`data-parallax-event`). The baseline, measured in the same run, is the
 * in-process bench on the same pages: the extension's page code and matcher
 * without the browser. Where the two disagree, the browser path (the quick
 * look, the article check, reading the rendered page) lost or added something.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { launchWithExtension } from '../e2e/browser';
import { launchFirefox } from '../e2e/firefox/browser';
import { waitForReady } from '../e2e/page-helpers';
import { startStaticServer } from '../e2e/server';
import {
  benchOptions,
  bundledIndex,
  entriesOf,
  evaluate,
  langLabel,
  newsPage,
  printGroups,
  printPrecision,
  withTeasers,
  type Article,
  type BenchOptions,
  type Entry,
  type Found,
} from './recognition';

/** A browser with the extension: opens a page, waits for the first scan, and gives the events its claim highlights name. */
interface Reader {
  events: (url: string) => Promise<string[]>;
  /** Errors the extension raised so far. */
  errors: () => string[];
  close: () => Promise<void>;
}

const CLAIM_MARKS = 'parallax-mark[data-parallax-kind="claim"]';
const READY = 'html[data-parallax-state="ready"]';

/** The event of each claim highlight, run in the page by either driver. */
const eventsOfMarks = (marks: Element[]): string[] => marks.map((m) => m.getAttribute('data-parallax-event') ?? '');

async function chromiumReader(): Promise<Reader> {
  const browser = await launchWithExtension();
  return {
    events: async (url) => {
      const page = await browser.newPage();
      await page.goto(url);
      await waitForReady(page);
      const events = await page.$$eval(CLAIM_MARKS, eventsOfMarks);
      await page.close();
      return events;
    },
    errors: () => browser.extensionErrors,
    close: () => browser.close(),
  };
}

async function firefoxReader(): Promise<Reader> {
  const firefox = await launchFirefox();
  return {
    events: async (url) => {
      const page = await firefox.newPage();
      await page.goto(url);
      await page.waitForSelector(READY, { timeout: 30_000 });
      const events = await page.$$eval(CLAIM_MARKS, eventsOfMarks);
      await page.close();
      return events;
    },
    // Firefox reports the extension's errors with the page's: every one counts here (the pages have no scripts).
    errors: () => firefox.errors,
    close: () => firefox.close(),
  };
}

function args(argv: string[]): BenchOptions & { firefox: boolean } {
  const usage =
    'usage: npm run bench:recognition:browser -- DIR [--split held-out|tune|all] [--layout NAME] [--firefox] [--no-lang] [--no-date] [--show]';
  return { ...benchOptions(argv, usage), firefox: argv.includes('--firefox') };
}

/** Opens every article in the browser with the extension and reads which events its claim highlights name. */
async function inBrowser(entries: Entry[], opts: BenchOptions & { firefox: boolean }): Promise<Found[]> {
  const { dir, firefox } = opts;
  const pages = await mkdtemp(join(tmpdir(), 'parallax-recognition-'));
  const rendering = withTeasers(opts, entries, dir);
  for (const entry of entries) {
    const article = JSON.parse(await readFile(join(dir, 'texts', `${entry.id}.json`), 'utf8')) as Article;
    await writeFile(join(pages, `${entry.id}.html`), newsPage(entry, article, rendering));
  }
  const server = await startStaticServer({ rc: pages });
  const reader = firefox ? await firefoxReader() : await chromiumReader();
  try {
    const out: Found[] = [];
    for (const entry of entries) {
      const events = await reader.events(server.url('rc', `${entry.id}.html`));
      out.push({ entry, found: new Set(events.filter((e) => e !== '')) });
    }
    if (reader.errors().length > 0) throw new Error(`The extension raised errors: ${reader.errors().join('; ')}`);
    return out;
  } finally {
    await reader.close();
    await server.close();
    await rm(pages, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const opts = args(process.argv.slice(2));
  const { entries, missing } = entriesOf(opts.dir, opts.split);
  if (entries.length === 0) {
    console.error(`No texts for split ${opts.split} in ${opts.dir}/texts.`);
    process.exit(2);
  }
  const started = performance.now();
  const browser = await inBrowser(entries, opts);
  const name = opts.firefox ? 'Firefox' : 'Chromium';
  const ms = performance.now() - started;
  const inProcess = evaluate(bundledIndex(), entries, opts.dir, true, opts);

  console.log(
    `Recognition in ${name} with the built extension: split ${opts.split}, ${entries.length} articles${missing ? ` (${missing} missing)` : ''}, html lang ${langLabel(opts)}, publication day ${opts.date ? 'stated' : 'absent'}, ${opts.layout} markup, ${(ms / entries.length).toFixed(0)} ms per page`,
  );
  printGroups(browser, inProcess, `  group                 in ${name.padEnd(20)}in process (baseline)  ratio`, 23);
  printPrecision(browser, inProcess);
  const differ = browser.filter((o, i) => {
    const other = inProcess[i]?.found ?? new Set<string>();
    return o.found.size !== other.size || [...o.found].some((e) => !other.has(e));
  });
  console.log(`  articles where ${name} and the in-process bench differ: ${differ.length}/${entries.length}`);
  if (opts.show)
    for (const o of differ) {
      const other = inProcess.find((p) => p.entry === o.entry)?.found ?? new Set<string>();
      console.log(
        `  ${o.entry.id} [${o.entry.lang} ${o.entry.kind}] expected ${o.entry.events.join(' ') || '-'}; ${name} ${[...o.found].join(' ') || '-'}; in process ${[...other].join(' ') || '-'}`,
      );
    }
}

await main();
