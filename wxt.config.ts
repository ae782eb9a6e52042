import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { matcherSourceDefine } from './lib/build/matcher-source';

// One code base, two targets: Chrome MV3 (side_panel) and Firefox (sidebar_action).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  srcDir: '.',
  publicDir: 'assets/public',
  // The sources package holds what builds the extension; test fixtures are not part of it.
  zip: { excludeSources: ['tests/fixtures/**'] },
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
    ...(browser === 'firefox'
      ? {
          // Firefox asks every add-on to declare what it collects (nothing: it all stays on the device);
          // the key needs Firefox 140 on desktop and 142 on Android.
          browser_specific_settings: {
            gecko: { id: 'parallax@parallax.local', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
