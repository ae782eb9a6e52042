/** Runs axe-core inside a page (main world) and returns the serious and critical violations. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

import { inShadow } from './shadow';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One violation, reduced to what a failing test should print. */
export interface AxeProblem {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const COPY_HOST = 'axe-shadow-copy';

/**
 * Copies the content of a closed shadow root (styles included) into an open
 * one axe can read, next to the original so it inherits the same page styles.
 */
async function openCopyOf(page: Page, host: string): Promise<void> {
  await inShadow(
    page,
    host,
    (root, name) => {
      const original = root.host;
      const copy = document.createElement(name);
      copy.attachShadow({ mode: 'open' }).append(...[...root.childNodes].map((node) => node.cloneNode(true)));
      original.after(copy);
    },
    COPY_HOST,
  );
}

/**
 * `include` follows axe's context syntax, with `[host, selector]` pairs reaching
 * into Parallax's closed shadow roots, e.g. `[['parallax-popover', '.popover']]`:
 * those are checked on an open copy made through the DevTools protocol.
 */
export async function seriousA11yProblems(page: Page, include?: string[][]): Promise<AxeProblem[]> {
  // CDP evaluation is not subject to the page's CSP, unlike an injected script tag.
  await page.evaluate(axeSource);
  const hosts = (include ?? []).filter((part) => part.length === 2 && part[0]?.startsWith('parallax-'));
  for (const [host] of hosts) if (host) await openCopyOf(page, host);
  const context = include?.map((part) => (hosts.includes(part) ? [COPY_HOST, ...part.slice(1)] : part));
  try {
    return await run(page, context);
  } finally {
    await page.evaluate((name) => document.querySelectorAll(name).forEach((copy) => copy.remove()), COPY_HOST);
  }
}

async function run(page: Page, include: string[][] | undefined): Promise<AxeProblem[]> {
  return page.evaluate(async (context) => {
    interface AxeResult {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    }
    const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<AxeResult> } }).axe;
    const result = await axe.run(context ? { include: context } : document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => JSON.stringify(n.target)),
      }));
  }, include ?? null);
}
