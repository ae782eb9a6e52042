import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// One code base, two targets: Chrome MV3 (side_panel) and Firefox (sidebar_action).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  srcDir: '.',
  publicDir: 'assets/public',
  vite: () => ({
    plugins: [preact()],
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
      ? { browser_specific_settings: { gecko: { id: 'parallax@parallax.local', strict_min_version: '115.0' } } }
      : {}),
  }),
});
