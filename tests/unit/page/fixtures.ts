// Loads the HTML pages in tests/fixtures/pages, either as a separate document or
// into the test's global document (which has a window: custom elements, styles).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const PAGES = resolve(__dirname, '../../fixtures/pages');

/** The HTML text of a fixture page. */
export function fixtureHtml(name: string): string {
  return readFileSync(resolve(PAGES, name), 'utf8');
}

/** Replaces the global document's content with a fixture page (or HTML text) and returns the document. */
export function loadIntoDocument(nameOrHtml: string): Document {
  const html = nameOrHtml.trimStart().startsWith('<') ? nameOrHtml : fixtureHtml(nameOrHtml);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const root = document.importNode(parsed.documentElement, true);
  // happy-dom rejects `replaceWith` on the root element; remove-then-append is equivalent.
  document.documentElement.remove();
  document.appendChild(root);
  return document;
}
