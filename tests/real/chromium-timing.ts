// Times the page layer in real Chromium on the saved real pages (Mozilla
// Readability's test pages, outside the repo). For each page: finding the
// article and reading its text, as a ratio to a baseline measured in the same
// page and run (one TreeWalker pass over every text node of <body>); then 300
// highlights: the longest time slice and whether removeAll restored the DOM.
//
// Usage: tsx tests/real/chromium-timing.ts [readability-dir]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

import { launchPlainChromium } from '../e2e/browser';

const ROOT = resolve(import.meta.dirname, '../..');
const DIR = resolve(ROOT, process.argv[2] ?? process.env.PARALLAX_READABILITY_DIR ?? '../shared/fixtures/readability');

interface PageResult {
  found: boolean;
  regionMs: number;
  baselineMs: number;
  longestSliceMs: number;
  drawn: number;
  restored: boolean;
}

// The probe is bundled rather than passed as a function: tsx's transform adds helpers
// (`__name`) that do not exist inside the page (https://github.com/privatenumber/tsx/issues/113).
async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'page-probe.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
  });
  return result.outputFiles[0]?.text ?? '';
}

async function main(): Promise<void> {
  const pages = readdirSync(DIR)
    .filter((name) => existsSync(join(DIR, name, 'source.html')))
    .sort();
  const code = await bundle();
  const server = createServer((request, response) => {
    const name = decodeURIComponent((request.url ?? '/').split('/')[1] ?? '');
    const file = join(DIR, name, 'source.html');
    if (!pages.includes(name) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await launchPlainChromium();
  // Page scripts are off: their resources are unreachable here, and the DOM must hold still while timed.
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  console.log(`${'page'.padEnd(42)} found  region/baseline  region ms  longest slice ms  drawn  restored`);
  const ratios: number[] = [];
  let allRestored = true;
  for (const name of pages) {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/${encodeURIComponent(name)}/`, { waitUntil: 'domcontentloaded' });
    await page.evaluate(code);
    const result = (await page.evaluate('globalThis.parallaxProbe()')) as PageResult;
    await page.close();
    const ratio = result.regionMs / Math.max(result.baselineMs, 0.01);
    if (result.found) ratios.push(ratio);
    allRestored &&= result.restored;
    console.log(
      `${name.padEnd(42)} ${(result.found ? 'yes' : 'null').padEnd(5)}  ${ratio.toFixed(1).padStart(15)}  ${result.regionMs.toFixed(2).padStart(9)}  ${result.longestSliceMs.toFixed(2).padStart(16)}  ${String(result.drawn).padStart(5)}  ${result.restored}`,
    );
  }
  ratios.sort((a, b) => a - b);
  console.log(
    `median region/baseline ratio ${ratios[Math.floor(ratios.length / 2)]?.toFixed(1)}, worst ${ratios[ratios.length - 1]?.toFixed(1)}; DOM restored on every page: ${allRestored}`,
  );
  await browser.close();
  server.close();
  if (!allRestored) process.exitCode = 1;
}

await main();
