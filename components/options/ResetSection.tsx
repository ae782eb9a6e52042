/**
 * Reset to defaults, in two steps on the page itself: the first button asks,
 * the second confirms. Escape or Cancel steps back; focus follows each step.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

import { t } from '@/lib/i18n/t';

import { Section } from './Section';

/** Props: the reset request, resolving true when it succeeded. */
export interface ResetSectionProps {
  onReset: () => Promise<boolean>;
}

/** The reset section. */
export function ResetSection({ onReset }: ResetSectionProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const ask = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    // Only after the reader acted: the page must not grab focus when it opens.
    if (!moved.current) return;
    if (asking) confirm.current?.focus();
    else ask.current?.focus();
  }, [asking]);

  const step = (next: boolean): void => {
    moved.current = true;
    setAsking(next);
  };
  const reset = (): void => {
    setBusy(true);
    void onReset().then(() => {
      setBusy(false);
      step(false);
    });
  };

  return (
    <Section id="reset" title={t('optionsResetTitle')} intro={t('optionsResetIntro')}>
      {asking ? (
        <div
          class="confirm"
          role="group"
          aria-labelledby="reset-question"
          onKeyDown={(event) => {
            if (event.key === 'Escape') step(false);
          }}
        >
          <p id="reset-question">{t('optionsResetQuestion')}</p>
          <div class="inline">
            <button ref={confirm} type="button" class="danger" disabled={busy} onClick={reset}>
              {t('optionsResetConfirm')}
            </button>
            <button type="button" class="secondary" disabled={busy} onClick={() => step(false)}>
              {t('optionsResetCancel')}
            </button>
          </div>
        </div>
      ) : (
        <button ref={ask} type="button" class="secondary" onClick={() => step(true)}>
          {t('optionsResetAsk')}
        </button>
      )}
    </Section>
  );
}
