/**
 * "On this page": the page's title and outlet, then every event and name
 * Parallax found there in reading order. Choosing one scrolls the page to it;
 * an event also opens its comparison across outlets.
 */
import { useState } from 'preact/hooks';

import { t } from '@/lib/i18n/t';
import type { PageItem, PageSummary, RevealKind } from '@/lib/messaging/tab-protocol';
import type { Loadable } from '@/lib/panel/loadable';

import { EventLoader, type LoadEvent } from './EventLoader';

/** Props: the summary of the tab, and what to do when the reader chooses something. */
export interface OnThisPageProps {
  /** Null when the panel has no tab to describe. */
  tabId: number | null;
  summary: Loadable<PageSummary>;
  loadEvent: LoadEvent;
  onReveal: (kind: RevealKind, id: string, label: string) => void;
  /** A sentence about the last reveal that failed, if any. */
  revealProblem: string | null;
}

function stateMessage(summary: PageSummary): string | null {
  switch (summary.state) {
    case 'scanning':
      return t('panelScanning');
    case 'off':
      return t('panelOff');
    case 'not-article':
      return t('panelNotArticle');
    case 'ready':
      return summary.items.length === 0 ? t('panelNothingFound') : null;
  }
}

function Item({
  item,
  hereOutletId,
  loadEvent,
  onReveal,
}: {
  item: PageItem;
  hereOutletId: string | null;
  loadEvent: LoadEvent;
  onReveal: OnThisPageProps['onReveal'];
}) {
  const [open, setOpen] = useState(false);
  const regionId = `compare-${item.id}`;
  const count = item.count === 1 ? t('panelHighlightsOne') : t('panelHighlights', item.count);
  return (
    <li
      class={`found found-${item.kind}`}
      data-kind={item.kind}
      data-event-id={item.kind === 'event' ? item.id : undefined}
      data-entity-id={item.kind === 'entity' ? item.id : undefined}
    >
      <div class="found-line">
        <button
          type="button"
          class="reveal"
          data-reveal={item.id}
          onClick={() => onReveal(item.kind, item.id, item.label)}
        >
          <span class="found-kind">{item.kind === 'event' ? t('panelKindEvent') : t('panelKindEntity')}</span>
          <span class="found-label">{item.label}</span>
        </button>
        <span class="found-count">{count}</span>
        {item.kind === 'event' ? (
          <button
            type="button"
            class="disclose"
            aria-expanded={open}
            aria-controls={regionId}
            data-compare={item.id}
            onClick={() => setOpen(!open)}
          >
            {t('panelCompare')}
          </button>
        ) : null}
      </div>
      {item.kind === 'event' ? (
        <div id={regionId} class="found-detail" hidden={!open}>
          {open ? (
            <EventLoader eventId={item.id} hereOutletId={hereOutletId} loadEvent={loadEvent} showTitle={false} />
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

function Page({
  summary,
  loadEvent,
  onReveal,
  revealProblem,
}: { summary: PageSummary } & Pick<OnThisPageProps, 'loadEvent' | 'onReveal' | 'revealProblem'>) {
  const message = stateMessage(summary);
  return (
    <>
      <header class="page-head">
        <h2 class="page-title">{summary.title || summary.url}</h2>
        <p class="meta" data-outlet={summary.outletId ?? undefined}>
          {summary.outletName ? t('panelOutlet', summary.outletName) : t('panelOutletUnknown')}
        </p>
      </header>
      {message ? (
        <p class="state" data-state={summary.state}>
          {message}
        </p>
      ) : null}
      {summary.items.length > 0 ? (
        <section class="found-section">
          <h3>{t('panelFoundHeading')}</h3>
          <p class="hint">{t('panelRevealHint')}</p>
          {revealProblem ? (
            <p class="error" role="alert">
              {revealProblem}
            </p>
          ) : null}
          <ul class="found-list">
            {summary.items.map((item) => (
              <Item
                key={`${item.kind}:${item.id}`}
                item={item}
                hereOutletId={summary.outletId}
                loadEvent={loadEvent}
                onReveal={onReveal}
              />
            ))}
          </ul>
          {summary.notDrawn > 0 ? (
            <p class="note">{summary.notDrawn === 1 ? t('panelNotDrawnOne') : t('panelNotDrawn', summary.notDrawn)}</p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

/** The "On this page" view, with every state of the tab described in words. */
export function OnThisPage({ tabId, summary, loadEvent, onReveal, revealProblem }: OnThisPageProps) {
  if (tabId === null) return <p class="state">{t('panelNoTab')}</p>;
  if (summary.status === 'error') {
    return (
      <p class="state" data-state="error">
        {summary.code === 'no-content-script' ? t('panelNotRunning') : t('panelPageError', summary.message)}
      </p>
    );
  }
  if (summary.status !== 'ok') return <p class="loading">{t('panelLoading')}</p>;
  return <Page summary={summary.value} loadEvent={loadEvent} onReveal={onReveal} revealProblem={revealProblem} />;
}
