/** Renders Preact views into happy-dom for the panel's component tests. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** A mounted view: its container, a way to re-render with new props, and cleanup. */
export interface Mounted {
  root: HTMLElement;
  update: (next: ComponentChild) => Promise<void>;
  unmount: () => void;
}

/** Renders `view` into a fresh container attached to the document. */
export async function mount(view: ComponentChild): Promise<Mounted> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(view, root));
  return {
    root,
    update: async (next) => act(() => render(next, root)),
    unmount: () => {
      render(null, root);
      root.remove();
    },
  };
}

/** Lets pending promises and effects run, inside `act` so Preact flushes its updates. */
export async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((done) => setTimeout(done, ms));
  });
}

/** Clicks an element inside `act`. */
export async function click(element: Element | null | undefined): Promise<void> {
  if (!(element instanceof HTMLElement)) throw new Error('Nothing to click.');
  await act(() => element.click());
}

/** The trimmed text of every element matching `selector`. */
export function texts(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
}
