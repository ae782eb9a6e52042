/**
 * What Parallax costs on pages where it has nothing to show, which are most
 * pages a reader opens: a web-app page with no article, and a 40-paragraph
 * local-news article about nothing in the dataset. Each page is loaded the
 * same number of times in Chromium with the built extension and in Chromium
 * without it, in the same run; the page's own main-thread script and task time
 * come from CDP's `Performance.getMetrics` after the load has settled. The
 * rows give the medians with Parallax against the medians without it.
 * Goals: at most 0.5 ms of script and 3 ms of task time added per page.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

import { launchPlainChromium, launchWithExtension } from '../e2e/browser';
import { startStaticServer } from '../e2e/server';
import { median } from './measure';
import type { BenchRow } from './types';

/** Settling time after the load event: Parallax's quick look and its answer come and go within it. */
const SETTLE_MS = 700;

/** Words for the unrelated article: a town's council, roads and weather. */
const WORDS = [
  'council',
  'bridge',
  'river',
  'school',
  'market',
  'weather',
  'road',
  'library',
  'residents',
  'budget',
  'meeting',
  'park',
  'bus',
  'station',
  'hospital',
  'harbour',
  'festival',
  'repairs',
  'winter',
  'mayor',
  'teachers',
  'parking',
  'football',
  'bakery',
  'garden',
];

function sentence(seed: number): string {
  const words = Array.from({ length: 14 }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length] ?? 'town');
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}, the town said on Tuesday.`;
}

/** A local-news article of `count` paragraphs that names nothing the dataset knows. */
function localNews(count: number): string {
  const paragraphs = Array.from(
    { length: count },
    (_, i) => `<p>${sentence(i)} ${sentence(i + 101)} ${sentence(i + 211)}</p>`,
  ).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council agrees bridge repairs before winter</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-10-02T08:00:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/local">Local</a></nav></header>
<main><article><h1>Council agrees bridge repairs before winter</h1>${paragraphs}</article></main>
<footer><p>Local News Example, 12 Market Street.</p></footer></body></html>`;
}

/** A web-app page: a toolbar, a list its own script renders, no article. */
function webApp(): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Inbox (12)</title></head>
<body><div id="app"><div class="toolbar"><button>Compose</button><input placeholder="Search mail"></div><ul id="list"></ul></div>
<script>
const list = document.getElementById('list');
for (let i = 0; i < 300; i++) {
  const item = document.createElement('li');
  item.innerText = 'Message ' + i + ' from sender ' + (i % 17);
  list.append(item);
}
</script></body></html>`;
}

interface Cost {
  scriptMs: number;
  taskMs: number;
}

/** Loads `url` in a fresh page and reads the renderer's script and task time once the page settled. */
async function costOf(context: BrowserContext, url: string, extension: boolean): Promise<Cost> {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  // Nothing is evaluated in the page before the metrics are read: the test driver's own scripts would count.
  await new Promise((done) => setTimeout(done, SETTLE_MS));
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string): number => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
  const cost = { scriptMs: value('ScriptDuration'), taskMs: value('TaskDuration') };
  const state = await page.getAttribute('html', 'data-parallax-state');
  if (extension && state !== 'ready')
    throw new Error(`Parallax had not finished with ${url} after ${SETTLE_MS} ms (state ${state}).`);
  await cdp.detach();
  await page.close();
  return cost;
}

/** Median cost of `loads` loads (after one warm-up load) of each page. */
async function measure(
  context: BrowserContext,
  urls: readonly string[],
  loads: number,
  extension: boolean,
): Promise<Cost[]> {
  const samples = urls.map(() => ({ script: [] as number[], task: [] as number[] }));
  for (let i = 0; i <= loads; i++) {
    for (const [index, url] of urls.entries()) {
      const cost = await costOf(context, url, extension);
      if (i === 0) continue;
      samples[index]?.script.push(cost.scriptMs);
      samples[index]?.task.push(cost.taskMs);
    }
  }
  return samples.map((s) => ({ scriptMs: median(s.script), taskMs: median(s.task) }));
}

/** The cost rows: script and task time added by Parallax on each page with nothing to show. */
export async function benchQuietPages(loads = 15): Promise<BenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-quiet-'));
  await writeFile(join(dir, 'web-app.html'), webApp());
  await writeFile(join(dir, 'local-news.html'), localNews(40));
  const server = await startStaticServer({ gen: dir });
  const urls = [server.url('gen', 'web-app.html'), server.url('gen', 'local-news.html')];
  const names = ['web-app page, no article', '40-paragraph local-news article with nothing in the dataset'];
  try {
    const withBrowser = await launchWithExtension();
    let withParallax: Cost[];
    try {
      withParallax = await measure(withBrowser.context, urls, loads, true);
      if (withBrowser.extensionErrors.length > 0)
        throw new Error(`The extension raised errors: ${withBrowser.extensionErrors.join('; ')}`);
    } finally {
      await withBrowser.close();
    }
    const plain = await launchPlainChromium();
    let without: Cost[];
    try {
      without = await measure(
        await plain.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' }),
        urls,
        loads,
        false,
      );
    } finally {
      await plain.close();
    }
    return names.flatMap((name, i) => {
      const w = withParallax[i] as Cost;
      const o = without[i] as Cost;
      const script = w.scriptMs - o.scriptMs;
      const task = w.taskMs - o.taskMs;
      return [
        {
          name: `Chromium, ${name}: script time added by Parallax (median of ${loads} loads, with ${w.scriptMs.toFixed(2)} ms), vs the page's own without it`,
          ms: script,
          baselineMs: o.scriptMs,
          ratio: w.scriptMs / o.scriptMs,
          goal: '≤ 0.5 ms',
          pass: script <= 0.5,
        },
        {
          name: `Chromium, ${name}: main-thread task time added by Parallax (median of ${loads} loads, with ${w.taskMs.toFixed(1)} ms), vs the page's own without it`,
          ms: task,
          baselineMs: o.taskMs,
          ratio: w.taskMs / o.taskMs,
          goal: '≤ 3 ms',
          pass: task <= 3,
        },
      ];
    });
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
