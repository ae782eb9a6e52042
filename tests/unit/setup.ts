// Every unit test gets a fresh in-memory IndexedDB, as a new browser profile
// would, and a browser.i18n backed by the real English catalogue.
import 'fake-indexeddb/auto';

import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import messages from '@/assets/public/_locales/en/messages.json';
import { setDisplayLocale } from '@/components/shared/format';
import { formatMessage } from '@/lib/i18n/format';

beforeEach(() => {
  // Views show dates in the browser's locale; the tests read them as a British English browser would.
  setDisplayLocale('en-GB');
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
    formatMessage(
      messages,
      key,
      typeof subs === 'string' ? [subs] : (subs ?? []),
    )) as typeof fakeBrowser.i18n.getMessage;
});
