/** Muted entities: each with an Unmute button that brings its highlights back on every open page. */
import { useState } from 'preact/hooks';

import { t } from '@/lib/i18n/t';
import type { Result } from '@/lib/messaging/result';
import type { MutedEntity } from '@/lib/options/api';
import type { Loadable } from '@/lib/panel/loadable';

import { Section } from './Section';

/** Props: the muted entities as loaded, and the unmute request. */
export interface MutedSectionProps {
  mutes: Loadable<MutedEntity[]>;
  onUnmute: (entity: MutedEntity) => Promise<Result<null>>;
}

/** The muted entities section. */
export function MutedSection({ mutes, onUnmute }: MutedSectionProps) {
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const unmute = (entity: MutedEntity): void => {
    setBusy(entity.entityId);
    setProblem(null);
    void onUnmute(entity).then((result) => {
      setBusy(null);
      if (!result.ok) setProblem(t('optionsUnmuteFailed', entity.name, result.error.message));
    });
  };

  let body;
  if (mutes.status === 'ok') {
    body =
      mutes.value.length === 0 ? (
        <p class="empty">{t('optionsMutedEmpty')}</p>
      ) : (
        <ul class="muted-list" aria-labelledby="muted-title">
          {mutes.value.map((entity) => (
            <li key={entity.entityId} class="muted" data-entity-id={entity.entityId}>
              <span class="muted-name">{entity.name}</span>
              <button
                type="button"
                class="secondary unmute"
                disabled={busy === entity.entityId}
                aria-label={t('optionsUnmuteLabel', entity.name)}
                onClick={() => unmute(entity)}
              >
                {t('optionsUnmute')}
              </button>
            </li>
          ))}
        </ul>
      );
  } else if (mutes.status === 'error') {
    body = (
      <p class="error" role="alert">
        {t('optionsLoadFailed', mutes.message)}
      </p>
    );
  } else {
    body = <p class="loading">{t('optionsLoading')}</p>;
  }

  return (
    <Section id="muted" title={t('optionsMutedTitle')} intro={t('optionsMutedIntro')}>
      {body}
      {problem ? (
        <p class="error" role="alert">
          {problem}
        </p>
      ) : null}
    </Section>
  );
}
