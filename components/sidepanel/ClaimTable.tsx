/**
 * One claim compared across outlets: a data table, one row per outlet,
 * sortable by outlet, date and certainty, with differences marked in the cells
 * and explained in words below.
 */
import { useState } from 'preact/hooks';

import type { ClaimComparison, ComparisonRow } from '@/lib/compare/types';
import { t, type MessageKey } from '@/lib/i18n/t';
import { ariaSortOf, nextSort, sortRows, type SortKey, type SortState } from '@/lib/panel/sort';

import { differingFigureKeys, figureKey, figureLabel, formatDate, outletContext } from '../shared/format';

/** Props: the claim's comparison. */
export interface ClaimTableProps {
  comparison: ClaimComparison;
}

const SORTABLE: Record<SortKey, MessageKey> = {
  outlet: 'panelColOutlet',
  date: 'panelColDate',
  certainty: 'panelColCertainty',
};

function SortHeader({
  column,
  sort,
  onSort,
}: {
  column: SortKey;
  sort: SortState | null;
  onSort: (key: SortKey) => void;
}) {
  const direction = ariaSortOf(sort, column);
  return (
    // Explicit roles keep the table's semantics when narrow widths restyle its rows as cards:
    // https://adrianroselli.com/2018/02/tables-css-display-properties-and-aria.html
    <th scope="col" role="columnheader" aria-sort={direction} class={`col-${column}`}>
      <button type="button" class="sort" data-sort={column} onClick={() => onSort(column)}>
        {t(SORTABLE[column])}
        <span class="sort-arrow" aria-hidden="true">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}

function PlainHeader({ label, name }: { label: MessageKey; name: string }) {
  return (
    <th scope="col" role="columnheader" class={`col-${name}`}>
      {t(label)}
    </th>
  );
}

function None() {
  return <span class="none">{t('panelNone')}</span>;
}

/**
 * Figures are compared by value, not identity: the comparison arrives through
 * extension messaging, which copies a mark's figure apart from the report's.
 */
function FiguresCell({ row }: { row: ComparisonRow }) {
  const differing = differingFigureKeys(row.marks);
  if (row.report.figures.length === 0) return <None />;
  return (
    <ul class="cell-list">
      {row.report.figures.map((figure, i) => {
        const differs = differing.has(figureKey(figure));
        // The source is worth repeating only where the row's attribution does not already name it.
        const ownSource = figure.source && !row.report.attributedTo.includes(figure.source);
        return (
          <li key={i} class={differs ? 'differs' : undefined} data-differs={differs ? '' : undefined}>
            {figureLabel(figure)}
            {ownSource ? <span class="figure-source"> ({figure.source})</span> : null}
            {differs ? (
              <span class="badge" title={t('figureDiffersHelp')}>
                {t('figureDiffers')}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function CertaintyCell({ row }: { row: ComparisonRow }) {
  const assertsAlone = row.marks.some((m) => m.kind === 'asserted-vs-attributed');
  const doubts = row.marks.some((m) => m.kind === 'stronger-doubt');
  const { certainty } = row.report;
  return (
    <span
      class={`certainty certainty-${certainty}${assertsAlone || doubts ? ' differs' : ''}`}
      title={t(`certaintyHelp_${certainty}`)}
    >
      {t(`certainty_${certainty}`)}
      {assertsAlone ? <span class="badge"> {t('othersAttribute')}</span> : null}
      {doubts ? <span class="badge"> {t('panelStrongerDoubt')}</span> : null}
    </span>
  );
}

function Row({ row, here }: { row: ComparisonRow; here: boolean }) {
  const { report, outlet } = row;
  return (
    <tr role="row" class={here ? 'here' : undefined} data-outlet={outlet.id} data-here={here ? '' : undefined}>
      <th scope="row" role="rowheader" class="col-outlet">
        {outlet.name}
        {here ? <span class="here-badge"> {t('panelThisPage')}</span> : null}
        <span class="outlet-context">{outletContext(outlet)}</span>
      </th>
      <td role="cell" class="col-date">
        {report.date ? <time dateTime={report.date}>{formatDate(report.date)}</time> : formatDate(null)}
      </td>
      <td role="cell" class="col-headline" data-label={t('panelColHeadline')}>
        {report.headline ? (
          <a href={report.url} target="_blank" rel="noopener noreferrer">
            {report.headline}
          </a>
        ) : (
          <a href={report.url} target="_blank" rel="noopener noreferrer" class="no-headline">
            {t('noHeadline')}
          </a>
        )}
      </td>
      <td role="cell" class="col-attributed" data-label={t('panelColAttributed')}>
        {report.attributedTo.length > 0 ? report.attributedTo.join(', ') : <None />}
      </td>
      <td role="cell" class="col-certainty">
        <CertaintyCell row={row} />
      </td>
      <td role="cell" class="col-figures" data-label={t('panelColFigures')}>
        <FiguresCell row={row} />
      </td>
      <td role="cell" class="col-terms" data-label={t('panelColTerms')}>
        {report.keyTerms.length > 0 ? report.keyTerms.join(' · ') : <None />}
      </td>
    </tr>
  );
}

/** The table of one claim's reports, followed by where the outlets differ. */
export function ClaimTable({ comparison }: ClaimTableProps) {
  const [sort, setSort] = useState<SortState | null>(null);
  const hereIds = new Set(comparison.here.map((r) => r.report.id));
  const rows = sortRows([...comparison.here, ...comparison.others], sort);
  const onSort = (key: SortKey): void => setSort((current) => nextSort(current, key));
  return (
    <section class="claim-block" data-claim-id={comparison.claim.id}>
      <div class="table-wrap">
        <table role="table" class="compare">
          <caption class="sr-only">{t('panelClaimCaption', comparison.claim.statement)}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <SortHeader column="outlet" sort={sort} onSort={onSort} />
              <SortHeader column="date" sort={sort} onSort={onSort} />
              <PlainHeader label="panelColHeadline" name="headline" />
              <PlainHeader label="panelColAttributed" name="attributed" />
              <SortHeader column="certainty" sort={sort} onSort={onSort} />
              <PlainHeader label="panelColFigures" name="figures" />
              <PlainHeader label="panelColTerms" name="terms" />
            </tr>
          </thead>
          <tbody role="rowgroup">
            {rows.map((row) => (
              <Row key={row.report.id} row={row} here={hereIds.has(row.report.id)} />
            ))}
          </tbody>
        </table>
      </div>
      {comparison.discrepancies.length > 0 ? (
        <div class="differences">
          <h5>{t('whereTheyDiffer')}</h5>
          <ul>
            {comparison.discrepancies.map((d, i) => (
              <li key={i} class={`difference difference-${d.kind}`} data-discrepancy={d.kind}>
                {d.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
