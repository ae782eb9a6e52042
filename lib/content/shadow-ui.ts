/**
 * Parallax's in-page UI hosts: a `parallax-…` element at the end of the body
 * with a closed shadow root holding the content script's styles, so page CSS
 * cannot reach the UI, the UI's CSS cannot leak into the page, and page scripts
 * can neither read what the reader types (a flag's note) nor change a field:
 * `host.shadowRoot` is null to them.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';

import flagsCss from '@/assets/styles/flags.css?inline';
import popoverCss from '@/assets/styles/popover.css?inline';

import { ignoreSyntheticInput } from './page-guards';

/** A UI host, put on the page the first time it is needed. */
export interface ShadowUi {
  /** The element Preact renders into; null until mounted, and once removed. */
  container: () => HTMLElement | null;
  /** Mounts the host if it is not yet; resolves with the container (null once removed). */
  ready: () => Promise<HTMLElement | null>;
  remove: () => void;
}

/**
 * A shadow-root host named `name` (it must start with `parallax-`), mounted on
 * the first `ready()` and handed to `guard` (see `keepTypingPrivate`): most readers never hover or select on most pages, and
 * those pages are spared the element, its stylesheet and the work of adding them.
 */
export function lazyShadowUi(
  ctx: ContentScriptContext,
  name: `parallax-${string}`,
  guard: (root: ShadowRoot) => void,
): ShadowUi {
  let container: HTMLElement | null = null;
  let removed = false;
  let mounted: Promise<HTMLElement | null> | null = null;
  let remove: (() => void) | null = null;
  const ready = (): Promise<HTMLElement | null> => {
    mounted ??= createShadowRootUi(ctx, {
      name,
      mode: 'closed',
      // The styles travel inside this part of the content script: nothing is fetched, nothing is exposed to pages.
      css: `${popoverCss}\n${flagsCss}`,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount: (uiContainer, shadow) => {
        container = uiContainer;
        // Page scripts must not be able to click or type in Parallax's UI on the reader's behalf.
        ignoreSyntheticInput(uiContainer, ctx.signal);
        guard(shadow);
      },
      onRemove: () => {
        if (container) render(null, container);
        container = null;
      },
    }).then((ui) => {
      if (removed) return null;
      ui.mount();
      remove = () => ui.remove();
      return container;
    });
    return mounted;
  };
  return {
    container: () => container,
    ready,
    remove: () => {
      removed = true;
      remove?.();
    },
  };
}
