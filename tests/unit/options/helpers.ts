/** Steps shared by the options and popup view tests. */
import { act } from 'preact/test-utils';

import { settle } from '../render';

/** Types `value` into a field as a reader would, firing `input`. */
export async function type(field: Element | null, value: string): Promise<void> {
  if (!(field instanceof HTMLInputElement)) throw new Error('No field to type into.');
  await act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Commits a field (Enter or leaving it), firing `change`. */
export async function commit(field: Element | null): Promise<void> {
  if (!(field instanceof HTMLInputElement)) throw new Error('No field to commit.');
  await act(() => {
    field.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Ticks a checkbox or radio as a click would. */
export async function toggle(input: Element | null): Promise<void> {
  if (!(input instanceof HTMLInputElement)) throw new Error('No input to toggle.');
  await act(() => input.click());
}

/** Presses a key on `target`. */
export async function press(target: Element | null, key: string): Promise<void> {
  if (!target) throw new Error('No key target.');
  await act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}

/** Chooses a file in a file input. */
export async function chooseFile(input: Element | null, name: string, text: string): Promise<void> {
  if (!(input instanceof HTMLInputElement)) throw new Error('No file input.');
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** The text of the page's save status line. */
export function status(root: ParentNode): string {
  return root.querySelector('[role="status"]')?.textContent ?? '';
}

/** Lets the views settle until `check` holds (IndexedDB replies take several ticks), failing after `ms`. */
export async function settleUntil(check: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('The view never reached the expected state.');
    await settle(10);
  }
}

/** Lets the views settle until nothing on the page is still loading (settings, muted entities, dataset facts). */
export async function settleLoaded(root: ParentNode): Promise<void> {
  await settleUntil(() => root.querySelector('.loading') === null);
}
