// The heavy part of the content script (see lib/content/page-module.ts):
// reading, drawing, the popover and the flag form, with their styles. Built as
// its own file and imported by the content script only when a page needs it.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

import { mountFlagging } from '@/lib/content/flagging';
import { registerPageModule } from '@/lib/content/page-module';
import { mountPopover } from '@/lib/content/popover';
import { PageSession } from '@/lib/content/session';
import { findArticleRegion } from '@/lib/page/article';

export default defineUnlistedScript(() => {
  registerPageModule({ PageSession, mountPopover, mountFlagging, findArticleRegion });
});
