/**
 * Parallax's in-page UI hosts: a `parallax-…` element at the end of the body
 * with an open shadow root holding the content script's styles, so page CSS
 * cannot reach the UI and the UI's CSS cannot leak into the page.
 */
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ignoreSyntheticInput } from './page-guards';

/** A mounted UI host: where to render, and how to take it away. */
export interface ShadowUi {
  /** The element Preact renders into; null once removed. */
  container: () => HTMLElement | null;
  remove: () => void;
}

/** Mounts a shadow-root host named `name` (it must start with `parallax-`). */
export async function mountShadowUi(ctx: ContentScriptContext, name: `parallax-${string}`): Promise<ShadowUi> {
  let container: HTMLElement | null = null;
  const ui = await createShadowRootUi(ctx, {
    name,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount: (uiContainer) => {
      container = uiContainer;
      // Page scripts must not be able to click or type in Parallax's UI on the reader's behalf.
      ignoreSyntheticInput(uiContainer, ctx.signal);
    },
    onRemove: () => {
      if (container) render(null, container);
      container = null;
    },
  });
  ui.mount();
  return { container: () => container, remove: () => ui.remove() };
}
