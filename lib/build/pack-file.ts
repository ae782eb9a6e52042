/**
 * The bundled dataset pack's two places: in the repository, where `npm run dataset:build` writes it and the
 * build, the command-line tools and the tests read it; and in the extension, where the build puts it as a file of
 * its own beside the scripts, which the service worker fetches only to install it (lib/db/load.ts,
 * `ensurePackLoaded`).
 */

/** The built pack in the repository, relative to its root. */
export const PACK_SOURCE_FILE = 'assets/pack/parallax.pack.json';

/** The pack in the extension, relative to its root. */
export const EXTENSION_PACK_FILE = 'parallax.pack.json';
