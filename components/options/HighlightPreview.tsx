/**
 * A sample sentence drawn with the real highlight stylesheet (`markCss`) for
 * the chosen look, so the reader sees each choice before reading an article.
 * Kinds that are switched off are shown as plain text, as on a page.
 */
import { h } from 'preact';

import { t } from '@/lib/i18n/t';
import { MARK_ELEMENT } from '@/lib/page/mark-element';
import { markCss, type MarkLook } from '@/lib/page/mark-styles';
import type { CategorySettings } from '@/lib/settings/schema';

/** Props: the look and which kinds are shown. */
export interface HighlightPreviewProps {
  look: MarkLook;
  show: CategorySettings;
}

function mark(kind: 'entity' | 'claim' | 'flag', shown: boolean, text: string) {
  if (!shown) return <span data-preview-kind={kind}>{text}</span>;
  return h(
    MARK_ELEMENT,
    { 'data-parallax-kind': kind, 'data-parallax-id': `preview-${kind}`, 'data-preview-kind': kind },
    text,
  );
}

/** The preview paragraph and its stylesheet. */
export function HighlightPreview({ look, show }: HighlightPreviewProps) {
  return (
    <figure class="preview" aria-labelledby="preview-caption">
      {/* Our own page: the stylesheet text is ours, set as text, never parsed as markup. */}
      <style data-preview-style="">{markCss(look)}</style>
      <figcaption id="preview-caption">{t('optionsPreviewCaption')}</figcaption>
      <p class="preview-text">
        {mark('entity', show.entities, t('optionsPreviewEntity'))}
        {t('optionsPreviewMiddle')}
        {mark('claim', show.claims, t('optionsPreviewClaim'))}
        {t('optionsPreviewJoin')}
        {mark('flag', show.flags, t('optionsPreviewFlag'))}
        {t('optionsPreviewEnd')}
      </p>
    </figure>
  );
}
