/**
 * What Parallax costs on pages where it has nothing to show, which are most
 * pages a reader opens: a web-app page with no article, and a 40-paragraph
 * local-news article about nothing in the dataset. Five Chromium profiles,
 * launched alike, load each page in turn, load after load: one with the built
 * extension, two with no extension, and one with an extension whose content
 * script does nothing but mark the page (the floor any content script costs),
 * and one whose content script does the least a check of the page can do: it
 * reads the paragraphs' text once, sends it to its service worker and listens
 * for the side panel's requests (the floor of reading the page at all: an
 * isolated world pays for every DOM interface and extension API it first
 * touches). Taking turns spreads the machine's drift over all five. The renderer's
 * main-thread script and task time come from CDP's `Performance.getMetrics`
 * once the load has settled; the rows give the medians with Parallax against
 * the medians without any extension, the floor, and the difference between
 * the two profiles without an extension: what this measure reads where there
 * is no cost at all, its noise on this machine.
 * Goals: at most 0.5 ms of script and 3 ms of task time added per page.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

import { EXTENSION_DIR, launchBareProfile, launchWithExtension } from '../e2e/browser';
import { startStaticServer } from '../e2e/server';
import { writeFloorExtension, writeReadingFloorExtension } from './floor-extensions';
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
export function localNews(count: number): string {
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
export function webApp(): string {
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

/** A profile the pages are loaded in, and whether it has a content script that marks the page when done. */
interface Profile {
  context: BrowserContext;
  marks: boolean;
  close: () => Promise<void>;
}

/** Loads `url` in a fresh page and reads the renderer's script and task time once the page settled. */
async function costOf(profile: Profile, url: string): Promise<Cost> {
  const page: Page = await profile.context.newPage();
  const cdp = await profile.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  // Nothing is evaluated in the page before the metrics are read: the test driver's own scripts would count.
  await new Promise((done) => setTimeout(done, SETTLE_MS));
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string): number => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
  const cost = { scriptMs: value('ScriptDuration'), taskMs: value('TaskDuration') };
  const state = await page.getAttribute('html', 'data-parallax-state');
  if (profile.marks && state !== 'ready')
    throw new Error(`The content script had not finished with ${url} after ${SETTLE_MS} ms (state ${state}).`);
  await cdp.detach();
  await page.close();
  return cost;
}

/** A Chromium profile launched as the extension's is, with `extensionDir` loaded or no extension at all. */
async function launchProfile(extensionDir: string | null): Promise<Profile> {
  if (extensionDir === null) {
    const bare = await launchBareProfile();
    return { context: bare.context, marks: false, close: bare.close };
  }
  const browser = await launchWithExtension({ extensionDir });
  return {
    context: browser.context,
    marks: true,
    close: async () => {
      const errors = browser.extensionErrors.slice();
      await browser.close();
      if (errors.length > 0) throw new Error(`The extension raised errors: ${errors.join('; ')}`);
    },
  };
}

type Samples = { script: number[]; task: number[] };

/** Median cost of `loads` loads of each page in each profile, the profiles taking turns, after one warm-up round. */
async function measure(profiles: readonly Profile[], urls: readonly string[], loads: number): Promise<Cost[][]> {
  const samples: Samples[][] = profiles.map(() => urls.map(() => ({ script: [], task: [] })));
  for (let i = 0; i <= loads; i++) {
    for (const [u, url] of urls.entries()) {
      for (const [p, profile] of profiles.entries()) {
        const cost = await costOf(profile, url);
        if (i === 0) continue;
        samples[p]?.[u]?.script.push(cost.scriptMs);
        samples[p]?.[u]?.task.push(cost.taskMs);
      }
    }
  }
  return samples.map((rows) => rows.map((s) => ({ scriptMs: median(s.script), taskMs: median(s.task) })));
}

/** The cost rows: script and task time added by Parallax on each page with nothing to show. */
export async function benchQuietPages(loads = 21): Promise<BenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-quiet-'));
  await writeFile(join(dir, 'web-app.html'), webApp());
  await writeFile(join(dir, 'local-news.html'), localNews(40));
  const floorDir = join(dir, 'floor-extension');
  await writeFloorExtension(floorDir);
  const readingDir = join(dir, 'reading-floor-extension');
  await writeReadingFloorExtension(readingDir);
  const server = await startStaticServer({ gen: dir });
  const urls = [server.url('gen', 'web-app.html'), server.url('gen', 'local-news.html')];
  const names = ['web-app page, no article', '40-paragraph local-news article with nothing in the dataset'];
  const profiles: Profile[] = [];
  let rows: BenchRow[];
  let closed: PromiseSettledResult<void>[];
  try {
    profiles.push(
      await launchProfile(null),
      await launchProfile(null),
      await launchProfile(floorDir),
      await launchProfile(readingDir),
      await launchProfile(EXTENSION_DIR),
    );
    const [without, alsoWithout, floor, reading, withParallax] = (await measure(profiles, urls, loads)) as [
      Cost[],
      Cost[],
      Cost[],
      Cost[],
      Cost[],
    ];
    rows = names.flatMap((name, i): BenchRow[] => {
      const o = without[i] as Cost;
      const n = alsoWithout[i] as Cost;
      /** The script or task time `cost` adds to the page's own, and its row; a goal when it is Parallax's. */
      const added = (metric: 'script' | 'task', what: string, cost: Cost, goalMs?: number): BenchRow => {
        const key = metric === 'script' ? 'scriptMs' : 'taskMs';
        const ms = cost[key] - o[key];
        const label = metric === 'script' ? 'script time' : 'main-thread task time';
        return {
          name: `Chromium, ${name}: ${label} added by ${what}${cost[key].toFixed(metric === 'script' ? 2 : 1)} ms), vs the page's own without it`,
          ms,
          baselineMs: o[key],
          ratio: cost[key] / o[key],
          ...(goalMs === undefined ? {} : { goal: `≤ ${goalMs} ms`, pass: ms <= goalMs }),
        };
      };
      const parallax = `Parallax (median of ${loads} loads, with `;
      const empty = 'an empty content script (the floor; ';
      const readingOnce = 'a content script that reads the page once and asks its worker (the reading floor; ';
      return [
        added('script', parallax, withParallax[i] as Cost, 0.5),
        added('script', empty, floor[i] as Cost),
        added('script', readingOnce, reading[i] as Cost),
        added('task', parallax, withParallax[i] as Cost, 3),
        added('task', empty, floor[i] as Cost),
        added('task', readingOnce, reading[i] as Cost),
        {
          name: `Chromium, ${name}: script and task time of a second profile without any extension (the noise; script ${(n.scriptMs - o.scriptMs).toFixed(2)} ms), task time vs the first`,
          ms: n.taskMs - o.taskMs,
          baselineMs: o.taskMs,
          ratio: n.taskMs / o.taskMs,
        },
      ];
    });
  } finally {
    closed = await Promise.allSettled(profiles.map((profile) => profile.close()));
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
  // Errors the extension raised fail the bench: its cost on a page where it fails means nothing.
  const failed = closed.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return rows;
}
