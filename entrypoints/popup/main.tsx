/**
 * The toolbar popup. `?tabId=N` makes it speak about tab N, so it can be
 * opened as a page (tests, deep links), as the side panel can.
 */
import '@/assets/styles/popup.css';

import { render } from 'preact';

import { PopupApp } from '@/components/popup/PopupApp';
import { t } from '@/lib/i18n/t';
import { browserPopupApi } from '@/lib/options/popup-api';
import { pinnedTabId } from '@/lib/panel/follow';

// The <title> holds the manifest's tooltip message (see index.html); the page itself is named here.
document.title = t('extName');
const root = document.getElementById('app');
if (root) render(<PopupApp api={browserPopupApi(pinnedTabId(location.search))} />, root);
