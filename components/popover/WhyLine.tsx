/** The sentence that says why a piece of text was highlighted. */
import type { Entity } from '@/lib/dataset/types';
import { t } from '@/lib/i18n/t';
import type { ClaimWhy, EntityWhy } from '@/lib/match/types';

import { formatDate } from '../shared/format';

/** Props: a claim or entity explanation, and entities to name. */
export interface WhyLineProps {
  claim?: ClaimWhy;
  entity?: EntityWhy;
  entities?: readonly Entity[];
}

function quoteList(items: readonly string[]): string {
  return items.map((t) => `“${t}”`).join(', ');
}

/** What in the whole article pointed to the claim's event, as one line. */
function articleLine(why: NonNullable<ClaimWhy['article']>, entities: readonly Entity[]): string {
  const parts: string[] = [];
  const names = why.entityIds.map((id) => entities.find((e) => e.id === id)?.name ?? id);
  if (names.length) parts.push(t('whyNames', names.slice(0, 4).join(', ')));
  if (why.terms.length) parts.push(t('whyWords', quoteList(why.terms.slice(0, 5))));
  if (why.figures.length) parts.push(t('whyFigures', why.figures.join(', ')));
  if (why.dates.length) parts.push(t('whyArticleDates', why.dates.join(', ')));
  if (why.headline) parts.push(t('whyArticleHeadline'));
  if (why.published) parts.push(t('whyArticlePublished', formatDate(why.published)));
  return t('whyArticle', parts.join('; '), String(why.kinds));
}

/** Explains a match: the words, names and figures found and the score, then the article-level evidence. */
export function WhyLine({ claim, entity, entities = [] }: WhyLineProps) {
  const parts: string[] = [];
  if (claim) {
    if (claim.terms.length) parts.push(t('whyWords', quoteList(claim.terms.slice(0, 6))));
    const names = claim.entityIds.map((id) => entities.find((e) => e.id === id)?.name ?? id);
    if (names.length) parts.push(t('whyNames', names.slice(0, 4).join(', ')));
    if (claim.figures.length) parts.push(t('whyFigures', claim.figures.join(', ')));
    parts.push(t('whyScore', claim.score.toFixed(1), claim.threshold.toFixed(1)));
  }
  if (entity) {
    parts.push(t('whyAlias', entity.alias, entity.lang));
    if (entity.context) parts.push(t('whyContext', entity.context));
  }
  return (
    <p class="why">
      <span class="why-label">{t('whyLabel')}</span> {parts.join('; ')}.
      {claim?.article ? <span class="why-article"> {articleLine(claim.article, entities)}</span> : null}
    </p>
  );
}
