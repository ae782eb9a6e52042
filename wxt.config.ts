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
    name: 'Parallax',
    description: 'See how other outlets reported the claim you are reading.',
    permissions: browser === 'firefox' ? [] : ['sidePanel'],
    action: { default_title: 'Parallax' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'parallax@parallax.local', strict_min_version: '115.0' } } }
      : {}),
  }),
});
