/**
 * Flagging a claim on the page: a "Flag claim" button appears next to a text
 * selection inside the article; it, the context menu or Alt+Shift+F opens the
 * flag form with known claims the quote may belong to. Saving hands the flag to
 * the background, which stores it and has every tab look again.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import { FlagButton } from '../../components/flags/FlagButton';
import { FlagForm } from '../../components/flags/FlagForm';
import { describeSelection } from '../flags/anchor';
import { createFlag, flaggableSpan, type FlagPageInfo } from '../flags/create';
import type { FlagDraft, FlagSelectors, FlagSuggestion } from '../flags/types';
import { t } from '../i18n/t';
import type { SendToBackground } from '../messaging/client';
import { readPageText } from '../page/text-map';
import type { ArticleRegion } from '../page/types';
import { afterRendering } from '../page/yield';
import { followAnchor } from '../ui/floating';
import { lazyShadowUi } from './shadow-ui';

/** What flagging needs from the page session. */
export interface FlaggingDeps {
  region: () => ArticleRegion | null;
  pageInfo: () => FlagPageInfo;
  /** Makes the form's fields private to the reader (see `keepTypingPrivate`). */
  guard: (root: ShadowRoot) => void;
  /** How requests reach the background. */
  send: SendToBackground;
}

/** Starts and ends flagging. */
export interface FlaggingController {
  /** Opens the form for the current selection; false when nothing flaggable is selected. */
  begin: () => boolean;
  destroy: () => void;
}

interface Draft {
  quote: string;
  selectors: FlagSelectors;
  suggestions: FlagSuggestion[];
  /** The flagged words, live: the form follows them as the page scrolls or reflows. */
  range: Range;
  /** False while the form waits for its known claims. */
  shown: boolean;
}

/** How long the form waits for the known claims a quote may belong to before it opens without them. */
const SUGGESTIONS_WAIT_MS = 600;

/** The selection as a range inside the article, or null. */
function articleSelection(region: ArticleRegion | null): Range | null {
  const selection = document.getSelection();
  if (!region || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const inside = (node: Node): boolean => region.root.contains(node) || (region.headline?.contains(node) ?? false);
  return inside(range.startContainer) && inside(range.endContainer) ? range : null;
}

/** Mounts the flag button and form in a shadow root and follows the reader's selection. */
export async function mountFlagging(ctx: ContentScriptContext, deps: FlaggingDeps): Promise<FlaggingController> {
  let container: HTMLElement | null = null;
  let button: DOMRect | null = null;
  let draft: Draft | null = null;
  let following: { draft: Draft; stop: () => void } | null = null;

  const unfollow = (): void => {
    following?.stop();
    following = null;
  };

  const close = (): void => {
    draft = null;
    button = null;
    draw();
  };

  const save = (value: FlagDraft): void => {
    if (!draft) return;
    const flag = createFlag(deps.pageInfo(), draft.selectors, value);
    close();
    document.getSelection()?.removeAllRanges();
    // The background stores the flag and has every tab, this one included, draw it.
    void deps.send('flags.save', { flag });
  };

  function draw(): void {
    if (!container) {
      // The host goes on the page the first time there is something to show.
      if (draft || button) {
        void ui.ready().then((mounted) => {
          container = mounted;
          if (mounted) draw();
        });
      }
      return;
    }
    if (!draft) unfollow();
    if (draft && !draft.shown) {
      render(null, container);
    } else if (draft) {
      const shown = draft;
      render(
        <div class="flag-dialog" role="dialog" aria-modal="false" aria-label={t('flagFormTitle')}>
          <FlagForm quote={shown.quote} suggestions={shown.suggestions} onSave={save} onCancel={close} />
        </div>,
        container,
      );
      const dialog = container.querySelector<HTMLElement>('.flag-dialog');
      if (dialog && following?.draft !== shown) {
        unfollow();
        const words = shown.range;
        following = {
          draft: shown,
          stop: followAnchor(
            {
              getBoundingClientRect: () => words.getBoundingClientRect(),
              getClientRects: () => words.getClientRects(),
              contextElement: deps.region()?.root,
            },
            dialog,
          ),
        };
      }
    } else if (button) {
      const left = Math.min(window.innerWidth - 120, Math.max(8, button.right - 40));
      const top = Math.min(window.innerHeight - 40, button.bottom + 6);
      render(<FlagButton left={left} top={top} onFlag={() => void begin()} />, container);
    } else {
      render(null, container);
    }
  }

  function begin(): boolean {
    const region = deps.region();
    const range = articleSelection(region);
    if (!region || !range) return false;
    // Read afresh: highlights split text nodes since the first reading, and offsets must match the DOM now.
    const reading = readPageText(region);
    const start = reading.map.offsetOf(range.startContainer, range.startOffset);
    const end = reading.map.offsetOf(range.endContainer, range.endOffset);
    const span = start === null || end === null ? null : flaggableSpan(reading.page.text, start, end);
    if (!span) return false;
    const selectors = describeSelection(reading.page, span.start, span.end);
    const opened: Draft = {
      quote: selectors.quote.exact,
      selectors,
      suggestions: [],
      range: range.cloneRange(),
      shown: false,
    };
    draft = opened;
    button = null;
    // The form opens with its known claims in place: drawn later, they would push Save from under the pointer.
    // A slow answer does not hold it up for long; its claims come in when they arrive.
    const show = (): void => {
      if (draft !== opened) return;
      opened.shown = true;
      draw();
    };
    const wait = setTimeout(show, SUGGESTIONS_WAIT_MS);
    draw(); // takes the flag button away at once
    void deps.send('flags.suggest', { text: opened.quote }).then((reply) => {
      clearTimeout(wait);
      if (reply.ok) opened.suggestions = reply.value;
      show();
    });
    return true;
  }

  const ui = lazyShadowUi(ctx, 'parallax-flag', deps.guard);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const selectionChanged = (): void => {
    if (draft) return;
    clearTimeout(timer);
    // Wait for the selection to settle: a drag fires this event on every character.
    timer = setTimeout(() => {
      const range = articleSelection(deps.region());
      const text = range?.toString().trim() ?? '';
      button = range && text.length > 0 && text.length <= 2000 ? range.getBoundingClientRect() : null;
      draw();
    }, 200);
  };
  ctx.addEventListener(document, 'selectionchange', selectionChanged);
  // Loaded by a selection already made (a page where nothing was highlighted): offer to flag it. Looked at
  // once the page is laid out: mounted just after drawing, reading the selection would lay it out at once.
  afterRendering(() => {
    if (document.getSelection()?.isCollapsed === false) selectionChanged();
  }, ctx.signal);

  return {
    begin,
    destroy: () => {
      clearTimeout(timer);
      unfollow();
      ui.remove();
    },
  };
}
