import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

import { matcherSourceDefine } from './lib/build/matcher-source';
import { EXTENSION_PACK_FILE, PACK_SOURCE_FILE } from './lib/build/pack-file';

/** The bundled dataset pack, shipped as a file of its own (lib/build/pack-file.ts): the worker's script carries its version only. */
const PACK_SOURCE = fileURLToPath(new URL(`./${PACK_SOURCE_FILE}`, import.meta.url));

/** The entrypoints that run in web pages: the content script and the two parts it loads on demand. */
const CONTENT_ENTRYPOINTS = new Set(['parallax', 'parallax-look', 'parallax-page']);

// One code base, two targets: Chrome MV3 (side_panel) and Firefox (sidebar_action).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  srcDir: '.',
  publicDir: 'assets/public',
  // The sources package holds what builds the extension; test fixtures are not part of it.
  // Nor is what running the project leaves in the folder (the demo's screenshots, test results, logs), which git ignores too.
  zip: { excludeSources: ['tests/fixtures/**', 'demo-output/**', 'test-results/**', '.tmp/**', 'dist/**', '**/*.log'] },
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: PACK_SOURCE, relativeDest: EXTENSION_PACK_FILE });
    },
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(EXTENSION_PACK_FILE);
    },
    // The content script's two parts (lib/content/page-module.ts) use the browser's own API, not the polyfill
    // (lib/build/native-browser.ts): they run on every page, where its wrapping costs time.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => CONTENT_ENTRYPOINTS.has(entry.name))) return;
      const own = {
        find: /^wxt\/browser$/,
        replacement: fileURLToPath(new URL('./lib/build/native-browser.ts', import.meta.url)),
      };
      const alias = config.resolve?.alias ?? [];
      const list = Array.isArray(alias)
        ? alias
        : Object.entries(alias).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve = { ...config.resolve, alias: [own, ...list] };
    },
  },
  vite: () => ({
    plugins: [preact()],
    // The compiled-index cache key hashes the matcher's source (lib/build/matcher-source.ts).
    define: matcherSourceDefine(fileURLToPath(new URL('.', import.meta.url))),
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: browser === 'firefox' ? ['activeTab', 'contextMenus'] : ['activeTab', 'contextMenus', 'sidePanel'],
    commands: {
      'open-side-panel': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_commandOpenPanel__' },
    },
    action: { default_title: '__MSG_actionTitle__' },
    // The two parts of the content script it imports on pages that need them: the wiring, on pages that look
    // like articles (lib/content/first-look.ts), and the heavy part, on pages with something to show
    // (lib/content/page-module.ts). Chrome gives them URLs that change every session, so pages cannot probe
    // for Parallax; Firefox's host is random per install.
    web_accessible_resources:
      browser === 'firefox'
        ? ['parallax-look.js', 'parallax-page.js']
        : [
            {
              resources: ['parallax-look.js', 'parallax-page.js'],
              matches: ['http://*/*', 'https://*/*'],
              use_dynamic_url: true,
            },
          ],
    ...(browser === 'firefox'
      ? {
          // Firefox asks every add-on to declare what it collects (nothing: it all stays on the device);
          // the key needs Firefox 140 on desktop and 142 on Android.
          browser_specific_settings: {
            gecko: {
              id: 'parallax@parallax.local',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
