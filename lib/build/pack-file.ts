/**
 * Where the build puts the bundled dataset pack in the extension: a file of its own beside the scripts, which the
 * service worker fetches only to install it (lib/db/load.ts, `ensurePackLoaded`). Read by wxt.config.ts, the
 * background and the tests. (`PACK_FILE` of lib/cli/dataset-build.ts is the pack's source in the repository.)
 */
export const EXTENSION_PACK_FILE = 'parallax.pack.json';
