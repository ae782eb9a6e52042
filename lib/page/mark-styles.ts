/**
 * The one stylesheet for highlights. Every selector starts with
 * `parallax-mark[`, so it styles nothing of the page's; and nothing in it
 * takes layout space (no padding, margin or border), so text never reflows
 * when highlights come and go.
 */
import { ACTIVE_ATTRIBUTE, FLASH_ATTRIBUTE, MARK_ELEMENT } from './mark-element';

const M = `${MARK_ELEMENT}[data-parallax-kind]`;
const kind = (name: string): string => `${MARK_ELEMENT}[data-parallax-kind="${name}"]`;

/** How highlights look: the reader's choice of style and palette (see lib/settings). */
export interface MarkLook {
  style: 'underline' | 'background';
  palette: 'standard' | 'distinct';
}

/** RGB triples for claims, entities and flags. `distinct` is Okabe–Ito, told apart by colour-blind readers. */
const PALETTES = {
  standard: {
    claim: '255, 193, 7',
    entity: '37, 99, 235',
    flag: '147, 51, 234',
    claimDark: '255, 213, 79',
    entityDark: '147, 197, 253',
    flagDark: '216, 180, 254',
  },
  distinct: {
    claim: '230, 159, 0',
    entity: '0, 114, 178',
    flag: '204, 121, 167',
    claimDark: '240, 228, 66',
    entityDark: '86, 180, 233',
    flagDark: '204, 121, 167',
  },
} as const;

/** The highlight stylesheet text for a look. Kinds differ in shape too (fill or solid, dotted, wavy lines), never in colour alone. */
export function markCss(look: MarkLook = { style: 'background', palette: 'standard' }): string {
  const c = PALETTES[look.palette];
  const claim =
    look.style === 'background'
      ? `background-color: rgba(${c.claim}, 0.18);`
      : `text-decoration-line: underline; text-decoration-style: solid; text-decoration-thickness: 0.12em; text-decoration-color: rgba(${c.claim}, 0.9); text-underline-offset: 0.2em;`;
  const claimDark =
    look.style === 'background'
      ? `background-color: rgba(${c.claimDark}, 0.22);`
      : `text-decoration-color: rgba(${c.claimDark}, 0.9);`;
  return `
${M} { display: inline; margin: 0; padding: 0; border: 0; font: inherit; color: inherit; letter-spacing: inherit;
  cursor: help; border-radius: 2px; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
${kind('claim')} { ${claim} }
${kind('entity')} { text-decoration-line: underline; text-decoration-style: dotted; text-decoration-thickness: 0.09em;
  text-decoration-color: rgba(${c.entity}, 0.85); text-underline-offset: 0.18em; }
${kind('flag')} { background-color: rgba(${c.flag}, 0.14); text-decoration-line: underline; text-decoration-style: wavy;
  text-decoration-color: rgba(${c.flag}, 0.7); text-decoration-thickness: 0.06em; text-underline-offset: 0.22em; }
${kind('claim')}[${ACTIVE_ATTRIBUTE}] { background-color: rgba(${c.claim}, 0.42); }
${kind('entity')}[${ACTIVE_ATTRIBUTE}] { background-color: rgba(${c.entity}, 0.14); }
${kind('flag')}[${ACTIVE_ATTRIBUTE}] { background-color: rgba(${c.flag}, 0.3); }
${M}[${ACTIVE_ATTRIBUTE}] { outline: 2px solid rgba(${c.entity}, 0.9); outline-offset: 1px; }
${M}[${FLASH_ATTRIBUTE}] { animation: parallax-mark-flash 1.2s ease-out 1; }
@keyframes parallax-mark-flash { 0%, 30% { background-color: rgba(${c.claim}, 0.75); } 100% { background-color: transparent; } }
@media (prefers-color-scheme: dark) {
  ${kind('claim')} { ${claimDark} }
  ${kind('entity')} { text-decoration-color: rgba(${c.entityDark}, 0.9); }
  ${kind('flag')} { background-color: rgba(${c.flagDark}, 0.2); text-decoration-color: rgba(${c.flagDark}, 0.8); }
  ${M}[${ACTIVE_ATTRIBUTE}] { outline-color: rgba(${c.entityDark}, 0.95); }
}
@media (prefers-reduced-motion: reduce) {
  ${M}[${FLASH_ATTRIBUTE}] { animation: none; outline: 2px solid rgba(${c.claim}, 0.9); outline-offset: 1px; }
}
@media (forced-colors: active) {
  ${kind('claim')}, ${kind('flag')} { forced-color-adjust: none; background-color: Mark; color: MarkText; }
  ${kind('entity')} { text-decoration-color: LinkText; }
  ${M}[${ACTIVE_ATTRIBUTE}], ${M}[${FLASH_ATTRIBUTE}] { outline: 2px solid Highlight; }
}
`;
}

/** The default highlight stylesheet text. */
export const MARK_CSS = markCss();

/** Attribute on the fallback `<style>` element. */
export const STYLE_ATTRIBUTE = 'data-parallax';

/**
 * Adds the stylesheet to `document` and returns its remover. Prefers
 * `adoptedStyleSheets`, which leaves the DOM untouched; falls back to a
 * `<style data-parallax>` where constructing or adopting a sheet fails, as in
 * Firefox content scripts (https://github.com/DimensionDev/Maskbook/pull/6878).
 */
export function injectMarkStyles(document: Document, css: string = MARK_CSS): () => void {
  const view = document.defaultView;
  try {
    if (view && typeof view.CSSStyleSheet === 'function' && Array.isArray(document.adoptedStyleSheets)) {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      if (document.adoptedStyleSheets.includes(sheet)) {
        return () => {
          document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
        };
      }
    }
  } catch {
    // Fall through to a style element.
  }
  const style = document.createElement('style');
  style.setAttribute(STYLE_ATTRIBUTE, '');
  style.textContent = css;
  (document.head ?? document.documentElement).append(style);
  return () => style.remove();
}
