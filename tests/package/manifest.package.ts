import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, inject, it } from 'vitest';

import { declaredAccess, messageNames, namedFiles } from './manifest-facts';
import { extensionOf, loadPackages, manifestOf, text, type Manifest, type Packages } from './packages';
import { expectedGrants, GRANTS, WEB_ACCESSIBLE, type Browser } from './permissions';

const BROWSERS: readonly Browser[] = ['chrome', 'firefox'];
const CONTENT_MATCHES = expectedGrants('chrome', 'content script');
// Store limits on the resolved strings: addons.mozilla.org takes names up to 50 characters, both
// stores descriptions up to 132 (https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/manifest.json/name,
// https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/manifest.json/description).
const MAX_NAME = 50;
const MAX_DESCRIPTION = 132;

type Messages = Record<string, { message?: string }>;

/** The first cell of each row of the README's Permissions table. */
async function readmePermissionCells(): Promise<string[]> {
  const readme = await readFile('README.md', 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Permissions'));
  if (!section) throw new Error('README.md has no "## Permissions" section.');
  const rows = section.split('\n').filter((line) => line.startsWith('|'));
  // Skip the header row and the |---| row.
  return rows.slice(2).map((row) => row.split('|')[1]?.trim() ?? '');
}

describe('the store packages’ manifests', () => {
  let packages: Packages;
  const manifests = {} as Record<Browser, Manifest>;

  beforeAll(async () => {
    packages = await loadPackages(inject('packageDir'));
    for (const browser of BROWSERS) manifests[browser] = manifestOf(extensionOf(packages, browser));
  });

  it('builds Chrome as Manifest V3 with a service worker and the side panel', () => {
    const chrome = manifests.chrome;
    expect(chrome.manifest_version).toBe(3);
    expect(chrome.background?.service_worker).toBe('background.js');
    expect(chrome.side_panel?.default_path).toBe('sidepanel.html');
    expect(chrome.sidebar_action).toBeUndefined();
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('builds Firefox with a sidebar and a fixed add-on id', () => {
    const firefox = manifests.firefox;
    expect([2, 3]).toContain(firefox.manifest_version);
    expect(firefox.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(firefox.side_panel).toBeUndefined();
    expect(firefox.browser_specific_settings?.gecko?.id).toBe('parallax@parallax.local');
    // Firefox runs background scripts in an event page; it has no extension service workers.
    expect(firefox.background?.scripts).toEqual(['background.js']);
  });

  it('asks for exactly the permissions it needs, no host permissions and nothing optional', () => {
    const rows = GRANTS.map(
      (g) => `  ${g.name.padEnd(13)} ${g.kind.padEnd(15)} ${g.browsers.join('+').padEnd(15)} ${g.why}`,
    );
    console.log(['Permissions (name, kind, browsers, why):', ...rows].join('\n'));
    for (const browser of BROWSERS) {
      const access = declaredAccess(manifests[browser]);
      expect(access.permissions, browser).toEqual(expectedGrants(browser, 'permission'));
      expect(access.contentScriptMatches, browser).toEqual(expectedGrants(browser, 'content script'));
      expect(access.hostPermissions, browser).toEqual([]);
      expect(access.optional, browser).toEqual([]);
    }
  });

  it('lets web pages load only the content script’s stylesheet, on the pages it runs on', () => {
    for (const browser of BROWSERS) {
      const access = declaredAccess(manifests[browser]);
      expect(access.webAccessible, browser).toEqual(WEB_ACCESSIBLE);
      // MV2 has no per-resource matches; MV3 must not widen them beyond the content script's.
      if (manifests[browser].manifest_version === 3)
        expect(access.webAccessibleMatches, browser).toEqual(CONTENT_MATCHES);
    }
  });

  it('opens no door to other extensions, sites or update servers, and keeps the default content security policy', () => {
    for (const browser of BROWSERS) {
      const manifest = manifests[browser];
      expect(manifest.externally_connectable, browser).toBeUndefined();
      expect(manifest.content_security_policy, browser).toBeUndefined();
      expect(manifest.update_url, browser).toBeUndefined();
    }
  });

  it('tells Firefox that it collects no data', () => {
    // Required of every new add-on since November 2025:
    // https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/
    expect(manifests.firefox.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({
      required: ['none'],
    });
  });

  it('resolves every __MSG_…__ of both manifests from the English messages, within the stores’ length limits', () => {
    for (const browser of BROWSERS) {
      const manifest = manifests[browser];
      const zip = extensionOf(packages, browser);
      expect(manifest.default_locale, browser).toBe('en');
      const messages = JSON.parse(text(zip, '_locales/en/messages.json')) as Messages;
      const names = messageNames(manifest);
      expect(names, browser).toEqual(expect.arrayContaining(['extDescription', 'extName']));
      const missing = names.filter((name) => !messages[name]?.message?.trim());
      expect(missing, `${browser}: messages missing from _locales/en/messages.json`).toEqual([]);
      const resolve = (value: string): string =>
        value.replace(/__MSG_([A-Za-z0-9_@]+)__/g, (_, name: string) => messages[name]?.message ?? '');
      expect(resolve(manifest.name).length, browser).toBeLessThanOrEqual(MAX_NAME);
      expect(resolve(manifest.description).length, browser).toBeLessThanOrEqual(MAX_DESCRIPTION);
    }
  });

  it('contains every file the manifest names', () => {
    for (const browser of BROWSERS) {
      const zip = extensionOf(packages, browser);
      const named = namedFiles(manifests[browser]);
      expect(named.length, browser).toBeGreaterThanOrEqual(6);
      expect(
        named.filter((file) => !zip.files.has(file)),
        browser,
      ).toEqual([]);
    }
  });

  it('matches the README’s Permissions table, row for row', async () => {
    const cells = await readmePermissionCells();
    const listed = cells.flatMap((cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string)).sort();
    expect(listed).toEqual(GRANTS.map((g) => g.name).sort());
    // A grant for one browser only says which, e.g. "`sidePanel` (Chrome)".
    for (const grant of GRANTS.filter((g) => g.browsers.length === 1)) {
      const cell = cells.find((c) => c.includes(`\`${grant.name}\``)) ?? '';
      expect(cell.toLowerCase(), grant.name).toContain(grant.browsers[0]);
    }
  });
});
