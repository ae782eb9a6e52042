/**
 * Runs benchmark code in real Chromium: bundles an entry module with esbuild,
 * serves it from 127.0.0.1 on a blank page, and hands back the page so the
 * caller can call what the entry put on `window`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';

import { launchPlainChromium } from '../e2e/browser';

/** A Chromium page with a bundle loaded, and how to shut it down. */
export interface BenchPage {
  page: Page;
  close: () => Promise<void>;
}

/** Bundles `entry` for the browser and opens it in headless Chromium. */
export async function openBenchPage(entry: string): Promise<BenchPage> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    target: 'chrome120',
    logLevel: 'silent',
  });
  const script = result.outputFiles[0]?.text;
  if (!script) throw new Error(`esbuild produced nothing for ${entry}`);
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          '<!DOCTYPE html><html><head><meta charset="utf-8"><script src="/bench.js"></script></head><body></body></html>',
        );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const browser = await launchPlainChromium();
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  return {
    page,
    close: async () => {
      await browser.close();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
