/**
 * Search over the whole dataset: results as you type, grouped by kind.
 * Choosing an event (or a claim) opens its comparison; a name shows what it
 * is and the events it appears in; an outlet shows where to find its reports.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';

import type { EntityView } from '@/lib/compare/types';
import { ENTITY_KINDS, type EntityKind } from '@/lib/dataset/types';
import { t } from '@/lib/i18n/t';
import type { Result } from '@/lib/messaging/result';
import { fromResult, type Loadable } from '@/lib/panel/loadable';
import { groupHits, LatestSearch, SEARCH_DELAY_MS, type SearchHit } from '@/lib/panel/search';

import type { LoadEvent } from './EventLoader';
import { SearchDetail, type Chosen } from './SearchDetail';

/** How many results one query shows. */
const RESULT_LIMIT = 40;

/** Props: how to search and how to load what a result opens. */
export interface SearchPanelProps {
  search: (query: string, limit: number) => Promise<Result<SearchHit[]>>;
  loadEvent: LoadEvent;
  loadEntity: (entityId: string) => Promise<Result<EntityView>>;
  /** The outlet of the page in the panel's tab, to mark its rows. */
  hereOutletId: string | null;
}

function kindOf(hit: SearchHit): EntityKind | null {
  return hit.kind === 'entity' && (ENTITY_KINDS as readonly string[]).includes(hit.detail ?? '')
    ? (hit.detail as EntityKind)
    : null;
}

function countText(count: number): string {
  return count === 1 ? t('panelSearchCountOne') : t('panelSearchCount', count);
}

function chosenFor(hit: SearchHit): Chosen {
  // A claim opens the comparison of its event, where its table is.
  if (hit.kind === 'claim' && hit.detail) return { kind: 'event', id: hit.detail, label: hit.label, claimId: hit.id };
  return { kind: hit.kind === 'claim' ? 'event' : hit.kind, id: hit.id, label: hit.label };
}

/** The search tab: a labelled search box, live grouped results, and the chosen result's detail. */
export function SearchPanel({ search, loadEvent, loadEntity, hereOutletId }: SearchPanelProps) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Loadable<SearchHit[]>>({ status: 'idle' });
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const lastChosenKey = useRef<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const runner = useMemo(
    () =>
      new LatestSearch<Loadable<SearchHit[]>>({
        delayMs: SEARCH_DELAY_MS,
        blank: { status: 'idle' },
        run: async (q) => fromResult(await search(q, RESULT_LIMIT)),
        onResult: (_q, value) => setResults(value),
      }),
    [search],
  );
  useEffect(() => () => runner.dispose(), [runner]);

  // Back from a detail: focus returns to the result that opened it.
  useEffect(() => {
    if (chosen !== null || lastChosenKey.current === null) return;
    listRef.current
      ?.querySelector<HTMLButtonElement>(`button[data-hit="${CSS.escape(lastChosenKey.current)}"]`)
      ?.focus();
  }, [chosen]);

  const onInput = (value: string): void => {
    setQuery(value);
    setChosen(null);
    lastChosenKey.current = null;
    runner.input(value);
  };
  const choose = (hit: SearchHit): void => {
    lastChosenKey.current = `${hit.kind}:${hit.id}`;
    setChosen(chosenFor(hit));
  };

  const hits = results.status === 'ok' ? results.value : [];
  let status = '';
  if (results.status === 'ok')
    status = hits.length === 0 ? t('panelSearchNothing', query.trim()) : countText(hits.length);
  if (results.status === 'error') status = t('panelSearchError', results.message);

  return (
    <div class="search">
      {/* The tab shows the view's name; the heading gives screen readers the same outline as "On this page". */}
      <h2 class="sr-only">{t('panelTabSearch')}</h2>
      <form role="search" class="search-form" onSubmit={(event) => event.preventDefault()}>
        <label for="panel-search-input">{t('panelSearchLabel')}</label>
        <input
          id="panel-search-input"
          type="search"
          autoComplete="off"
          spellcheck={false}
          value={query}
          aria-describedby="panel-search-hint"
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        <p id="panel-search-hint" class="hint">
          {t('panelSearchHint')}
        </p>
      </form>
      <p class="search-status" role="status" data-status={results.status}>
        {status}
      </p>
      {chosen ? (
        <SearchDetail
          chosen={chosen}
          onBack={() => setChosen(null)}
          onChoose={setChosen}
          loadEvent={loadEvent}
          loadEntity={loadEntity}
          hereOutletId={hereOutletId}
        />
      ) : (
        <div class="results" ref={listRef}>
          {groupHits(hits).map((group) => (
            <section key={group.kind} class="result-group" data-group={group.kind}>
              <h3>{t(`panelGroup_${group.kind}`)}</h3>
              <ul class="result-list">
                {group.hits.map((hit) => (
                  <li key={`${hit.kind}:${hit.id}`}>
                    <button
                      type="button"
                      class="result"
                      data-hit={`${hit.kind}:${hit.id}`}
                      data-kind={hit.kind}
                      onClick={() => choose(hit)}
                    >
                      <span class="result-label">{hit.label}</span>
                      {kindOf(hit) ? <span class="result-detail">{t(`kind_${kindOf(hit) as EntityKind}`)}</span> : null}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
