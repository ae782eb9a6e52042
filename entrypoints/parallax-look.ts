// Parallax wired to a page that looks like an article (lib/content/wiring.ts):
// built as its own file and imported by the content script's first look only
// on such pages, so that every other page evaluates only the first look.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

import { registerLookModule, wirePage } from '@/lib/content/wiring';

export default defineUnlistedScript(() => {
  registerLookModule({ wirePage });
});
