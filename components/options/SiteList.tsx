/** The sites where Parallax is off: each with a remove button, and a field to add one. */
import { useRef, useState } from 'preact/hooks';

import { t } from '@/lib/i18n/t';
import { parseSiteInput, type SiteInputProblem } from '@/lib/options/hostname';

/** Props: the sites, and what adding or removing one does. */
export interface SiteListProps {
  sites: readonly string[];
  onAdd: (site: string) => void;
  onRemove: (site: string) => void;
}

function problemText(problem: SiteInputProblem): string {
  return problem === 'empty' ? t('optionsSiteEmpty') : t('optionsSiteInvalid');
}

/** The list and the add form. */
export function SiteList({ sites, onAdd, onRemove }: SiteListProps) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const add = (event: Event): void => {
    event.preventDefault();
    const parsed = parseSiteInput(text);
    if (!parsed.ok) {
      setProblem(problemText(parsed.error));
      field.current?.focus();
      return;
    }
    if (sites.includes(parsed.value)) {
      setProblem(t('optionsSiteKnown', parsed.value));
      return;
    }
    setProblem(null);
    setText('');
    onAdd(parsed.value);
  };

  const remove = (site: string, index: number): void => {
    onRemove(site);
    // The button pressed goes away: focus its neighbour, or the heading when the list empties.
    requestAnimationFrame(() => {
      const buttons = heading.current?.parentElement?.querySelectorAll<HTMLButtonElement>('.site-list button');
      const next = buttons?.[Math.min(index, buttons.length - 1)];
      if (next) next.focus();
      else field.current?.focus();
    });
  };

  return (
    <div class="sites">
      <h3 ref={heading} id="sites-title">
        {t('optionsSitesTitle')}
      </h3>
      {sites.length === 0 ? (
        <p class="empty">{t('optionsSitesEmpty')}</p>
      ) : (
        <ul class="site-list" aria-labelledby="sites-title">
          {sites.map((site, index) => (
            <li key={site} class="site" data-site={site}>
              <span class="site-name">{site}</span>
              <button
                type="button"
                class="secondary"
                aria-label={t('optionsSiteRemoveLabel', site)}
                onClick={() => remove(site, index)}
              >
                {t('optionsSiteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="site-add" onSubmit={add} noValidate>
        <label for="site-input">{t('optionsSiteAddLabel')}</label>
        <div class="inline">
          <input
            ref={field}
            id="site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder={t('optionsSitePlaceholder')}
            value={text}
            aria-invalid={problem !== null}
            aria-describedby={problem ? 'site-problem' : 'site-hint'}
            onInput={(event) => setText(event.currentTarget.value)}
          />
          <button type="submit">{t('optionsSiteAdd')}</button>
        </div>
        {problem ? (
          <p class="error" id="site-problem" role="alert">
            {problem}
          </p>
        ) : (
          <p class="hint" id="site-hint">
            {t('optionsSiteHint')}
          </p>
        )}
      </form>
    </div>
  );
}
