/**
 * The side panel: "On this page" for the tab it describes, a search over
 * the whole dataset, and the reader's flags. The tab and its changes come in as props; every request
 * goes through `api`, so the panel renders the same with sample data.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';

import { t } from '@/lib/i18n/t';
import type { RevealKind } from '@/lib/messaging/tab-protocol';
import { rememberResults, type PanelApi } from '@/lib/panel/api';
import { useLoadable } from '@/lib/panel/loadable';

import { FlagsTab } from './FlagsTab';
import { OnThisPage } from './OnThisPage';
import { SearchPanel } from './SearchPanel';
import { Tabs } from './Tabs';

/** Props: the requests, the tab described, and counters that change whenever that tab's page, or any page, changed. */
export interface PanelAppProps {
  api: PanelApi;
  tabId: number | null;
  pageVersion: number;
  /** Changes whenever any tab's page was rescanned, which happens when flags change. */
  flagsVersion?: number;
}

/** Same tab, new content: the old list stays until the new one arrives; another tab's list never does. */
function sameTab(previousKey: string, key: string): boolean {
  return previousKey.split('|')[0] === key.split('|')[0];
}

/** The whole panel. */
export function PanelApp({ api, tabId, pageVersion, flagsVersion = 0 }: PanelAppProps) {
  const [selected, setSelected] = useState('page');
  const [revealProblem, setRevealProblem] = useState<string | null>(null);
  // A failed reveal speaks of the page it was tried on.
  useEffect(() => setRevealProblem(null), [tabId]);
  const loadEvent = useMemo(
    () => rememberResults(api.compareEvent, (eventId, outletId) => `${eventId}|${outletId ?? ''}`),
    [api],
  );
  const loadEntity = useMemo(() => rememberResults(api.entityView, (entityId) => entityId), [api]);
  const summary = useLoadable(
    tabId === null ? null : `${tabId}|${pageVersion}`,
    () => api.pageSummary(tabId ?? -1),
    sameTab,
  );
  const hereOutletId = summary.status === 'ok' ? summary.value.outletId : null;

  const onReveal = (kind: RevealKind, id: string, label: string): void => {
    if (tabId === null) return;
    setRevealProblem(null);
    void api.reveal(tabId, kind, id).then((result) => {
      if (!result.ok) setRevealProblem(t('panelPageError', result.error.message));
      else if (!result.value) setRevealProblem(t('panelRevealMissing', label));
    });
  };

  return (
    <main class="panel">
      <h1 class="sr-only">{t('extName')}</h1>
      <Tabs
        label={t('panelTabsLabel')}
        selected={selected}
        onSelect={setSelected}
        tabs={[
          {
            id: 'page',
            label: t('panelTabPage'),
            content: (
              <OnThisPage
                tabId={tabId}
                summary={summary}
                loadEvent={loadEvent}
                onReveal={onReveal}
                revealProblem={revealProblem}
              />
            ),
          },
          {
            id: 'search',
            label: t('panelTabSearch'),
            content: (
              <SearchPanel
                search={api.search}
                loadEvent={loadEvent}
                loadEntity={loadEntity}
                hereOutletId={hereOutletId}
              />
            ),
          },
          {
            id: 'flags',
            label: t('panelTabFlags'),
            content: <FlagsTab api={api} active={selected === 'flags'} version={flagsVersion} />,
          },
        ]}
      />
    </main>
  );
}
