/** The `data-parallax-state` attribute on `<html>` that tools and tests wait for (PRODUCT.md contract). */

/** `ready` after the first scan (also when nothing matched); `off` while disabled for the site. */
export type PageState = 'scanning' | 'ready' | 'off';

/** Sets the page state attribute. */
export function setPageState(state: PageState): void {
  document.documentElement.setAttribute('data-parallax-state', state);
}

/** Removes the attribute, leaving `<html>` as the page had it. */
export function clearPageState(): void {
  document.documentElement.removeAttribute('data-parallax-state');
}
