/** Export and import controls of the flags tab, and what the last import did. */
import { useId } from 'preact/hooks';

import type { FlagImportResult } from '@/lib/flags/types';
import { t } from '@/lib/i18n/t';

/** Props: the two actions and the last import's outcome. */
export interface FlagExchangeProps {
  onExport: () => void;
  onImport: (text: string) => void;
  importResult?: FlagImportResult | null;
}

/** An Export button, a labelled file input, and the import's counts or problems. */
export function FlagExchange({ onExport, onImport, importResult }: FlagExchangeProps) {
  const id = useId();
  const onFile = async (event: Event): Promise<void> => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    // Cleared so that choosing the same file again (after fixing it) imports again.
    input.value = '';
    onImport(text);
  };
  return (
    <div class="flag-exchange">
      <button type="button" class="flag-export" onClick={onExport}>
        {t('flagExport')}
      </button>
      {/* The input comes first so its focus can be drawn on the label that stands in for it. */}
      <input
        id={`${id}-file`}
        class="flag-import-input"
        type="file"
        accept="application/json,.json"
        onChange={(event) => void onFile(event)}
      />
      <label class="flag-import" for={`${id}-file`}>
        {t('flagImport')}
      </label>
      <div class="flag-import-result" role="status">
        {importResult?.ok ? (
          <p>{t('flagImportDone', importResult.added, importResult.updated, importResult.unchanged)}</p>
        ) : null}
      </div>
      {importResult && !importResult.ok ? (
        <div class="flag-import-errors" role="alert">
          <p>{t('flagImportFailed')}</p>
          <ul>
            {importResult.errors.map((issue, index) => (
              <li key={index}>{issue.path ? `${issue.path}: ${issue.message}` : issue.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
