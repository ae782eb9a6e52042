/**
 * Everything Parallax asks the browser for, with the reason, one line each.
 * The package tests require the built manifests to ask for exactly this, and
 * the README's Permissions table to list exactly this; change all three together.
 */

/** A store target. */
export type Browser = 'chrome' | 'firefox';

/** One grant the extension asks for. */
export interface Grant {
  /** A permission name, or a match pattern for content scripts. */
  name: string;
  kind: 'permission' | 'content script';
  browsers: readonly Browser[];
  why: string;
}

const BOTH: readonly Browser[] = ['chrome', 'firefox'];

/** The complete, minimal list. Host permissions: none (no `host_permissions`, no origins in `permissions`). */
export const GRANTS: readonly Grant[] = [
  {
    name: 'http://*/*',
    kind: 'content script',
    browsers: BOTH,
    why: 'Parallax recognises articles wherever the reader reads, not on a list of domains',
  },
  { name: 'https://*/*', kind: 'content script', browsers: BOTH, why: 'the same, for pages served over HTTPS' },
  {
    name: 'activeTab',
    kind: 'permission',
    browsers: BOTH,
    why: "the toolbar popup reads the current tab's site to switch Parallax off for it",
  },
  { name: 'contextMenus', kind: 'permission', browsers: BOTH, why: '"Flag claim" on selected text' },
  {
    name: 'sidePanel',
    kind: 'permission',
    browsers: ['chrome'],
    why: 'the side-by-side comparison of all sources (Firefox’s sidebar needs no permission)',
  },
];

/** What `browser`'s manifest must ask for, by kind, sorted. */
export function expectedGrants(browser: Browser, kind: Grant['kind']): string[] {
  return GRANTS.filter((g) => g.kind === kind && g.browsers.includes(browser))
    .map((g) => g.name)
    .sort();
}

/**
 * Files web pages may load from the extension: only the two parts the content
 * script imports on pages that need them, the wiring on pages that look like
 * articles (lib/content/first-look.ts) and the heavy part (reading, drawing,
 * popover, flag form, their styles) on pages with something to show
 * (lib/content/page-module.ts).
 */
export const WEB_ACCESSIBLE = ['parallax-look.js', 'parallax-page.js'];
