/** The content script's answers to tab requests (side panel, background), each handed to the scan controller. */
import type { TabHandlers } from '../messaging/tab-client';
import type { ScanController } from './scan-controller';

/** One handler per tab request, answering for `controller`'s page. */
export function tabHandlers(controller: ScanController): TabHandlers {
  return {
    'page.summary': async () => controller.summary(),
    'page.reveal': async ({ kind, id }) => controller.reveal(kind, id),
    'page.suppress': async (suppression) => controller.suppress(suppression),
    'page.rescan': async () => {
      controller.rescan();
      return null;
    },
    'flag.begin': () => controller.beginFlag(),
    'settings.changed': async ({ settings }) => {
      controller.applySettings(settings);
      return null;
    },
  };
}
