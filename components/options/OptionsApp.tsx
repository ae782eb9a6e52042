/**
 * The options page: every setting, saved as soon as it changes, with one live
 * line saying so. Every request goes through `api`, so the page renders the
 * same with sample data.
 */
import { useCallback, useState } from 'preact/hooks';

import { t } from '@/lib/i18n/t';
import type { MutedEntity, OptionsApi } from '@/lib/options/api';
import { useSettings } from '@/lib/options/use-settings';
import { useLoadable } from '@/lib/panel/loadable';

import { DatasetSection } from './DatasetSection';
import { GeneralSection } from './GeneralSection';
import { HighlightSection } from './HighlightSection';
import { HoverSection } from './HoverSection';
import { MutedSection } from './MutedSection';
import { ResetSection } from './ResetSection';
import { SaveStatus } from './SaveStatus';

/** Props: the requests, and a counter bumped whenever the page should ask again (it became visible). */
export interface OptionsAppProps {
  api: OptionsApi;
  refresh: number;
}

// Lists stay on screen while they are fetched again, so a refresh does not flicker.
const keep = (): boolean => true;

/** The whole options page. */
export function OptionsApp({ api, refresh }: OptionsAppProps) {
  const control = useSettings(api, refresh);
  const [mutesVersion, setMutesVersion] = useState(0);
  const [datasetVersion, setDatasetVersion] = useState(0);
  const mutes = useLoadable(`${refresh}|${mutesVersion}`, api.listMutes, keep);
  const info = useLoadable(`${refresh}|${datasetVersion}`, api.datasetInfo, keep);
  const { report } = control;

  const unmute = useCallback(
    async (entity: MutedEntity) => {
      const result = await api.unmute(entity.entityId);
      if (result.ok) {
        report({ status: 'saved', at: Date.now(), what: 'change' });
        setMutesVersion((v) => v + 1);
      }
      return result;
    },
    [api, report],
  );
  const importPack = useCallback(
    async (text: string) => {
      const result = await api.importDataset(text);
      if (result.ok) setDatasetVersion((v) => v + 1);
      return result;
    },
    [api],
  );

  const settings = control.settings;
  return (
    <div class="options-page">
      <header class="options-head">
        <h1>{t('optionsTitle')}</h1>
        <SaveStatus state={control.save} />
      </header>
      <main class="options">
        {settings.status === 'ok' ? (
          <>
            <GeneralSection settings={settings.value} onUpdate={control.update} />
            <HighlightSection settings={settings.value} onUpdate={control.update} />
            <HoverSection settings={settings.value} onUpdate={control.update} />
          </>
        ) : settings.status === 'error' ? (
          <p class="error" role="alert">
            {t('optionsLoadFailed', settings.message)}
          </p>
        ) : (
          <p class="loading">{t('optionsLoading')}</p>
        )}
        <MutedSection mutes={mutes} onUnmute={unmute} />
        <DatasetSection info={info} onImport={importPack} />
        {settings.status === 'ok' ? <ResetSection onReset={() => control.replace(api.resetSettings)} /> : null}
      </main>
    </div>
  );
}
