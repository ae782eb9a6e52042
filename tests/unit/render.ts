/** Renders Preact views into happy-dom for component tests, with helpers that act as a reader would. */
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

/** Clicks an element inside `act`. */
export async function click(element: Element | null | undefined): Promise<void> {
  if (!(element instanceof HTMLElement)) throw new Error('Nothing to click.');
  await act(() => element.click());
}

/** Dispatches a keydown inside `act`. */
export async function key(target: Element, init: KeyboardEventInit): Promise<void> {
  await act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
  });
}

/** Sets a text field's value as typing would. */
export async function type(control: HTMLTextAreaElement | HTMLInputElement, value: string): Promise<void> {
  await act(() => {
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Picks an option of a select. */
export async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Lets pending promises and effects run, inside `act`. */
export async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((done) => setTimeout(done, ms));
  });
}

/** The text of the `<label for>` of a form control. */
export function labelOf(control: Element | null): string {
  if (!control) throw new Error('No control.');
  const label = control.ownerDocument.querySelector(`label[for="${CSS.escape(control.id)}"]`);
  return (label?.textContent ?? '').trim();
}

/** The buttons of `root` whose text is `text`. */
export function buttons(root: ParentNode, text: string): HTMLButtonElement[] {
  return [...root.querySelectorAll('button')].filter((button) => (button.textContent ?? '').trim() === text);
}

/** The trimmed text of every element matching `selector`. */
export function texts(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
}
