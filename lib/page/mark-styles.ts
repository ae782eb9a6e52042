/**
 * The one stylesheet for highlights. Every selector starts with
 * `parallax-mark[`, so it styles nothing of the page's; and nothing in it
 * takes layout space (no padding, margin or border), so text never reflows
 * when highlights come and go.
 */
import { ACTIVE_ATTRIBUTE, FLASH_ATTRIBUTE, MARK_ELEMENT } from './mark-element';

const M = `${MARK_ELEMENT}[data-parallax-kind]`;
const kind = (name: string): string => `${MARK_ELEMENT}[data-parallax-kind="${name}"]`;

/** The highlight stylesheet text. */
export const MARK_CSS = `
${M} { display: inline; margin: 0; padding: 0; border: 0; font: inherit; color: inherit; letter-spacing: inherit;
  cursor: help; border-radius: 2px; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
${kind('claim')} { background-color: rgba(255, 193, 7, 0.18); }
${kind('entity')} { text-decoration-line: underline; text-decoration-style: dotted; text-decoration-thickness: 0.09em;
  text-decoration-color: rgba(37, 99, 235, 0.85); text-underline-offset: 0.18em; }
${kind('flag')} { background-color: rgba(147, 51, 234, 0.14); text-decoration-line: underline; text-decoration-style: wavy;
  text-decoration-color: rgba(147, 51, 234, 0.7); text-decoration-thickness: 0.06em; text-underline-offset: 0.22em; }
${kind('claim')}[${ACTIVE_ATTRIBUTE}] { background-color: rgba(255, 193, 7, 0.42); }
${kind('entity')}[${ACTIVE_ATTRIBUTE}] { background-color: rgba(37, 99, 235, 0.14); }
${kind('flag')}[${ACTIVE_ATTRIBUTE}] { background-color: rgba(147, 51, 234, 0.3); }
${M}[${ACTIVE_ATTRIBUTE}] { outline: 2px solid rgba(37, 99, 235, 0.9); outline-offset: 1px; }
${M}[${FLASH_ATTRIBUTE}] { animation: parallax-mark-flash 1.2s ease-out 1; }
@keyframes parallax-mark-flash { 0%, 30% { background-color: rgba(255, 193, 7, 0.75); } 100% { background-color: transparent; } }
@media (prefers-color-scheme: dark) {
  ${kind('claim')} { background-color: rgba(255, 213, 79, 0.22); }
  ${kind('entity')} { text-decoration-color: rgba(147, 197, 253, 0.9); }
  ${kind('flag')} { background-color: rgba(216, 180, 254, 0.2); text-decoration-color: rgba(216, 180, 254, 0.8); }
  ${M}[${ACTIVE_ATTRIBUTE}] { outline-color: rgba(147, 197, 253, 0.95); }
}
@media (prefers-reduced-motion: reduce) {
  ${M}[${FLASH_ATTRIBUTE}] { animation: none; outline: 2px solid rgba(255, 193, 7, 0.9); outline-offset: 1px; }
}
@media (forced-colors: active) {
  ${kind('claim')}, ${kind('flag')} { forced-color-adjust: none; background-color: Mark; color: MarkText; }
  ${kind('entity')} { text-decoration-color: LinkText; }
  ${M}[${ACTIVE_ATTRIBUTE}], ${M}[${FLASH_ATTRIBUTE}] { outline: 2px solid Highlight; }
}
`;

/** Attribute on the fallback `<style>` element. */
export const STYLE_ATTRIBUTE = 'data-parallax';

/**
 * Adds the stylesheet to `document` and returns its remover. Prefers
 * `adoptedStyleSheets`, which leaves the DOM untouched; falls back to a
 * `<style data-parallax>` where constructing or adopting a sheet fails, as in
 * Firefox content scripts (https://github.com/DimensionDev/Maskbook/pull/6878).
 */
export function injectMarkStyles(document: Document): () => void {
  const view = document.defaultView;
  try {
    if (view && typeof view.CSSStyleSheet === 'function' && Array.isArray(document.adoptedStyleSheets)) {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(MARK_CSS);
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
  style.textContent = MARK_CSS;
  (document.head ?? document.documentElement).append(style);
  return () => style.remove();
}
