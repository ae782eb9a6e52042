/**
 * Dataset: what is installed, and importing another pack from a file. A pack
 * the background rejects changes nothing; its problems are listed.
 */
import { useState } from 'preact/hooks';

import { t } from '@/lib/i18n/t';
import type { Result } from '@/lib/messaging/result';
import type { DatasetInfo, ImportSummary } from '@/lib/options/api';
import { importFailure, type ImportFailure } from '@/lib/options/import-error';
import type { Loadable } from '@/lib/panel/loadable';

import { DatasetFacts } from './DatasetFacts';
import { Section } from './Section';

/** The most characters the background accepts in one pack (see `dataset.import` in lib/messaging/protocol). */
const MAX_PACK_CHARS = 200_000_000;
/** A UTF-8 character takes at most four bytes: a larger file cannot fit, and is refused unread. */
const MAX_PACK_BYTES = MAX_PACK_CHARS * 4;

const tooLarge = (): Result<never> => ({
  ok: false,
  error: { code: 'too-large', message: t('optionsImportTooLarge') },
});

/** Reads the chosen file and hands its text to `onImport`, refusing what the background would. */
async function importFile(
  file: File,
  onImport: (text: string) => Promise<Result<ImportSummary>>,
): Promise<Result<ImportSummary>> {
  if (file.size > MAX_PACK_BYTES) return tooLarge();
  let text: string;
  try {
    text = await file.text();
  } catch (thrown) {
    return { ok: false, error: { code: 'unreadable', message: String(thrown) } };
  }
  return text.length > MAX_PACK_CHARS ? tooLarge() : onImport(text);
}

/** Props: the installed pack as loaded, and the import request. */
export interface DatasetSectionProps {
  info: Loadable<DatasetInfo | null>;
  onImport: (text: string) => Promise<Result<ImportSummary>>;
}

type ImportState =
  | { status: 'idle' }
  | { status: 'reading'; name: string }
  | { status: 'done'; summary: ImportSummary }
  | { status: 'failed'; failure: ImportFailure };

/** The dataset section. */
export function DatasetSection({ info, onImport }: DatasetSectionProps) {
  const [state, setState] = useState<ImportState>({ status: 'idle' });

  const pick = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    if (!file) return;
    setState({ status: 'reading', name: file.name });
    const result = await importFile(file, onImport);
    // The same file can be chosen again after a fix.
    input.value = '';
    setState(
      result.ok
        ? { status: 'done', summary: result.value }
        : { status: 'failed', failure: importFailure(result.error.message) },
    );
  };

  return (
    <Section id="dataset" title={t('optionsDatasetTitle')} intro={t('optionsDatasetIntro')}>
      {info.status === 'ok' ? <DatasetFacts info={info.value} /> : null}
      {info.status === 'error' ? (
        <p class="error" role="alert">
          {t('optionsLoadFailed', info.message)}
        </p>
      ) : null}
      {info.status === 'loading' ? <p class="loading">{t('optionsLoading')}</p> : null}
      <div class="field import">
        <label for="pack-file">{t('optionsImportLabel')}</label>
        <input
          id="pack-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="pack-hint"
          disabled={state.status === 'reading'}
          onChange={(event) => void pick(event.currentTarget)}
        />
        <p class="hint" id="pack-hint">
          {t('optionsImportHint')}
        </p>
      </div>
      <div class="import-result" aria-live="polite">
        {state.status === 'reading' ? <p class="loading">{t('optionsImporting', state.name)}</p> : null}
        {state.status === 'done' ? (
          <p class="success">
            {state.summary.previousVersion
              ? t('optionsImported', state.summary.version, state.summary.previousVersion)
              : t('optionsImportedFresh', state.summary.version)}
          </p>
        ) : null}
      </div>
      {state.status === 'failed' ? (
        <div class="import-error" role="alert">
          <p class="error">{state.failure.summary}</p>
          {state.failure.problems.length > 0 ? (
            <ul class="problems">
              {state.failure.problems.map((problem, i) => (
                <li key={i}>{problem}</li>
              ))}
            </ul>
          ) : null}
          <p class="hint">{t('optionsImportUnchanged')}</p>
        </div>
      ) : null}
    </Section>
  );
}
