/** One outlet's report of a claim: headline, source, certainty, figures, wording. */
import type { ComparisonRow } from '@/lib/compare/types';
import { t } from '@/lib/i18n/t';

import { differingFigureKeys, figureKey, figureLabel, formatDate, outletContext } from '../shared/format';

/** Props: the row to show. */
export interface ReportRowProps {
  row: ComparisonRow;
}

/** A list item describing how one outlet reported the claim, with its differences marked. */
export function ReportRow({ row }: ReportRowProps) {
  const { report, outlet, marks } = row;
  const differing = differingFigureKeys(marks);
  const assertsAlone = marks.some((m) => m.kind === 'asserted-vs-attributed');
  return (
    <li class="row" data-outlet={outlet.id}>
      <div class="row-head">
        <span class="outlet" title={outletContext(outlet)}>
          {outlet.name}
        </span>
        <span class="outlet-context">{outletContext(outlet)}</span>
        <span class="date">{formatDate(report.date)}</span>
        <span
          class={`certainty certainty-${report.certainty}${assertsAlone ? ' differs' : ''}`}
          title={t(`certaintyHelp_${report.certainty}`)}
        >
          {t(`certainty_${report.certainty}`)}
          {assertsAlone ? <span class="sr-only"> {t('othersAttribute')}</span> : null}
        </span>
      </div>
      {report.headline ? (
        <a class="headline" href={report.url} target="_blank" rel="noopener noreferrer">
          {report.headline}
        </a>
      ) : (
        <span class="headline none">{t('noHeadline')}</span>
      )}
      {report.attributedTo.length > 0 ? (
        <div class="attrib">{t('attributedTo', report.attributedTo.join(', '))}</div>
      ) : null}
      {report.figures.length > 0 ? (
        <ul class="figures" aria-label={t('figuresLabel')}>
          {report.figures.map((figure, i) => (
            <li key={i} class={differing.has(figureKey(figure)) ? 'differs' : undefined}>
              {figureLabel(figure)}
              {differing.has(figureKey(figure)) ? (
                <span class="badge" title={t('figureDiffersHelp')}>
                  {t('figureDiffers')}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {report.keyTerms.length > 0 ? (
        <div class="terms" aria-label={t('keyTermsLabel')}>
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
