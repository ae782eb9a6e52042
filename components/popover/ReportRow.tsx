/** One outlet's report of a claim: headline, source, certainty, figures, wording. */
import type { ComparisonRow } from '@/lib/compare/types';
import { CERTAINTY_HELP, figureLabel, formatDate } from '../shared/format';

/** Props: the row to show. */
export interface ReportRowProps {
  row: ComparisonRow;
}

/** A list item describing how one outlet reported the claim, with its differences marked. */
export function ReportRow({ row }: ReportRowProps) {
  const { report, outlet, marks } = row;
  const differing = new Set(marks.flatMap((m) => (m.kind === 'figure-differs' ? [m.figure] : [])));
  const assertsAlone = marks.some((m) => m.kind === 'asserted-vs-attributed');
  return (
    <li class="row" data-outlet={outlet.id}>
      <div class="row-head">
        <span class="outlet">{outlet.name}</span>
        <span class="date">{formatDate(report.date)}</span>
        <span class={`certainty certainty-${report.certainty}${assertsAlone ? ' differs' : ''}`} title={CERTAINTY_HELP[report.certainty]}>
          {report.certainty}
          {assertsAlone ? <span class="sr-only"> (others attribute it)</span> : null}
        </span>
      </div>
      {report.headline ? (
        <a class="headline" href={report.url} target="_blank" rel="noopener noreferrer">
          {report.headline}
        </a>
      ) : (
        <span class="headline none">No headline recorded</span>
      )}
      {report.attributedTo.length > 0 ? <div class="attrib">Attributed to {report.attributedTo.join(', ')}</div> : null}
      {report.figures.length > 0 ? (
        <ul class="figures" aria-label="Figures">
          {report.figures.map((figure, i) => (
            <li key={i} class={differing.has(figure) ? 'differs' : undefined}>
              {figureLabel(figure)}
              {differing.has(figure) ? <span class="badge" title="Other outlets give a different figure">differs</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {report.keyTerms.length > 0 ? (
        <div class="terms" aria-label="Key terms">
          {report.keyTerms.map((term) => (
            <span key={term} class="term">
              {term}
            </span>
          ))}
        </div>
      ) : null}
    </li>
  );
}
