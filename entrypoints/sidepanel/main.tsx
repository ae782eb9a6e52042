/**
 * The side panel page (Chrome `side_panel`, Firefox `sidebar_action`): follows
 * the tab it describes, hears when that tab's page changes, and redraws.
 */
import '@/assets/styles/sidepanel.css';
import '@/assets/styles/flags.css';

import { render } from 'preact';

import { PanelApp } from '@/components/sidepanel/PanelApp';
import { t } from '@/lib/i18n/t';
import { onPageEvent } from '@/lib/messaging/tab-client';
import { browserPanelApi } from '@/lib/panel/api';
import { pinnedTabId } from '@/lib/panel/follow';
import { followTabs } from '@/lib/panel/tab-follower';

// The HTML title is a manifest placeholder (the Firefox sidebar's name); the page shows it localised.
document.title = t('extName');
const root = document.getElementById('app');
const api = browserPanelApi();
const lifetime = new AbortController();
let tabId: number | null = null;
// Bumped on every change of the described page; the app refetches the summary for each value.
let pageVersion = 0;
// Bumped when any tab's page changed: a page is rescanned whenever flags change, and a visit finds flags again or orphans them.
let flagsVersion = 0;

function draw(): void {
  if (root) render(<PanelApp api={api} tabId={tabId} pageVersion={pageVersion} flagsVersion={flagsVersion} />, root);
}

onPageEvent(
  'page.changed',
  (_payload, sender) => {
    flagsVersion += 1;
    if (sender !== null && sender === tabId) pageVersion += 1;
    draw();
  },
  lifetime.signal,
);

// The search index is built while the reader looks at the panel, not on their first keystroke.
void api.warmSearch();

void followTabs(
  pinnedTabId(location.search),
  {
    onTab: (id) => {
      tabId = id;
      pageVersion += 1;
      draw();
    },
    onReload: () => {
      pageVersion += 1;
      draw();
    },
  },
  lifetime.signal,
);

addEventListener('pagehide', () => lifetime.abort());
draw();
