/**
 * The toolbar popup: Parallax on or off for this site and everywhere, the side
 * panel, the settings, and which dataset is installed. Small (at most 360 px).
 */
import { useCallback, useState } from 'preact/hooks';

import { t } from '@/lib/i18n/t';
import { ok } from '@/lib/messaging/result';
import type { PopupApi } from '@/lib/options/popup-api';
import { siteSwitchPatch } from '@/lib/options/sites';
import { useSettings } from '@/lib/options/use-settings';
import { useLoadable } from '@/lib/panel/loadable';

import { SaveStatus } from '../options/SaveStatus';
import { Switch } from '../options/Switch';
import { formatDate } from '../shared/format';
import { SiteSwitch } from './SiteSwitch';

/** Props: the requests. */
export interface PopupAppProps {
  api: PopupApi;
}

/** The whole popup. */
export function PopupApp({ api }: PopupAppProps) {
  const control = useSettings(api);
  const tab = useLoadable('tab', async () => ok(await api.activeTab()));
  const info = useLoadable('info', api.datasetInfo);
  const [problem, setProblem] = useState<string | null>(null);
  const settings = control.settings;
  const { update } = control;

  const switchSite = useCallback(
    (site: string, on: boolean) => {
      if (settings.status === 'ok') update(siteSwitchPatch(settings.value, site, on));
    },
    [settings, update],
  );

  const openPanel = (): void => {
    if (!api.openSidePanel) return;
    const target = tab.status === 'ok' ? tab.value : { tabId: null, windowId: null };
    setProblem(null);
    // Called at once, inside the click: the browser opens panels only in answer to a user action.
    void api
      .openSidePanel({ tabId: target.tabId, windowId: target.windowId })
      .then((result) => (result.ok ? api.close() : setProblem(t('popupPanelFailed', result.error.message))));
  };
  const openOptions = (): void => {
    void api
      .openOptions()
      .then((result) => (result.ok ? api.close() : setProblem(t('popupOptionsFailed', result.error.message))));
  };

  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      {settings.status === 'ok' ? (
        <div class="switches">
          <SiteSwitch tab={tab} settings={settings.value} onSwitch={switchSite} />
          <Switch
            id="everywhere"
            label={t('popupOnEverywhere')}
            checked={settings.value.enabled}
            onChange={(enabled) => update({ enabled })}
          />
        </div>
      ) : settings.status === 'error' ? (
        <p class="error" role="alert">
          {t('optionsLoadFailed', settings.message)}
        </p>
      ) : (
        <p class="loading">{t('optionsLoading')}</p>
      )}
      <div class="popup-actions">
        {api.openSidePanel ? (
          <button type="button" class="primary open-panel" onClick={openPanel}>
            {t('popupOpenPanel')}
          </button>
        ) : null}
        <button type="button" class="secondary open-options" onClick={openOptions}>
          {t('popupSettings')}
        </button>
      </div>
      {problem ? (
        <p class="error" role="alert">
          {problem}
        </p>
      ) : null}
      <SaveStatus state={control.save} />
      <p class="dataset-line">
        {info.status === 'ok' && info.value
          ? t('popupDataset', info.value.version, formatDate(info.value.date))
          : info.status === 'ok'
            ? t('optionsDatasetNone')
            : ''}
      </p>
    </main>
  );
}
