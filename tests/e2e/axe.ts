/** Runs axe-core inside a page (main world) and returns the serious and critical violations. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One violation, reduced to what a failing test should print. */
export interface AxeProblem {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * `include` follows axe's context syntax; nested arrays reach into shadow roots,
 * e.g. `[['parallax-popover', '.popover']]`.
 */
export async function seriousA11yProblems(page: Page, include?: string[][]): Promise<AxeProblem[]> {
  // CDP evaluation is not subject to the page's CSP, unlike an injected script tag.
  await page.evaluate(axeSource);
  return page.evaluate(async (context) => {
    interface AxeResult {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    }
    const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<AxeResult> } }).axe;
    const result = await axe.run(context ? { include: context } : document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, include ?? null);
}
