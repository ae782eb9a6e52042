import { afterEach, describe, expect, it, vi } from 'vitest';

import { FlagButton } from '@/components/flags/FlagButton';
import { FlagForm } from '@/components/flags/FlagForm';
import type { FlagSuggestion } from '@/lib/flags/types';

import { choose, click, key, labelOf, mount, type, type Mounted } from '../render';

let view: Mounted | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

const QUOTE = 'about 45,000 Russian soldiers have been killed';
const SUGGESTIONS: FlagSuggestion[] = [
  {
    claimId: 'us-80000-casualties',
    eventId: 'russian-casualties-aug-2022',
    statement: 'US officials put Russian casualties at 70,000–80,000.',
    eventTitle: 'Russian losses, August 2022',
    score: 0.4,
  },
  {
    claimId: 'ukraine-army-45000-killed',
    eventId: 'russian-casualties-aug-2022',
    statement: "Ukraine's army put Russian dead at about 45,000.",
    eventTitle: 'Russian losses, August 2022',
    score: 0.9,
  },
];

describe('the Flag claim button', () => {
  it('is a focusable button named and labelled "Flag claim" that reports a press', async () => {
    const onFlag = vi.fn();
    view = await mount(<FlagButton left={40} top={100} onFlag={onFlag} />);
    const button = view.root.querySelector('button');
    expect(button?.textContent).toBe('Flag claim');
    expect(button?.getAttribute('aria-label')).toBeNull();
    expect(button?.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(button?.tabIndex).toBe(0);
    expect(button?.style.left).toBe('40px');
    await click(button);
    expect(onFlag).toHaveBeenCalledTimes(1);
  });

  it('keeps the page selection when pressed with a pointer', async () => {
    view = await mount(<FlagButton onFlag={() => undefined} />);
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    view.root.querySelector('button')?.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
  });
});

describe('the flag form', () => {
  it('shows the quote, best suggestion first, "None of these" chosen, and labelled fields', async () => {
    view = await mount(
      <FlagForm quote={QUOTE} suggestions={SUGGESTIONS} onSave={() => undefined} onCancel={() => undefined} />,
    );
    const form = view.root.querySelector('form');
    const title = form?.getAttribute('aria-labelledby');
    expect(view.root.querySelector(`#${CSS.escape(title ?? '')}`)?.textContent).toBe('Flag a claim');
    expect(view.root.querySelector('blockquote')?.textContent).toBe(QUOTE);
    expect(view.root.querySelector('figcaption')?.textContent).toBe('Selected text');
    expect(view.root.querySelector('legend')?.textContent).toBe('Link to a known claim');
    const radios = [...view.root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((radio) => radio.closest('label')?.textContent)).toEqual([
      "Ukraine's army put Russian dead at about 45,000.Event: Russian losses, August 2022",
      'US officials put Russian casualties at 70,000–80,000.Event: Russian losses, August 2022',
      'None of these',
    ]);
    expect(radios.map((radio) => radio.checked)).toEqual([false, false, true]);
    expect(labelOf(view.root.querySelector('textarea'))).toBe('Note');
    const select = view.root.querySelector('select') as HTMLSelectElement;
    expect(labelOf(select)).toBe('Label');
    expect(select.value).toBe('unverified');
    expect([...select.options].map((option) => option.textContent)).toEqual([
      'Unverified',
      'Disputed',
      'Misleading',
      'Important',
    ]);
  });

  it('puts focus on the first control when it opens', async () => {
    view = await mount(
      <FlagForm quote={QUOTE} suggestions={SUGGESTIONS} onSave={() => undefined} onCancel={() => undefined} />,
    );
    expect(document.activeElement?.closest('label')?.textContent).toBe('None of these');
    view.unmount();
    view = await mount(<FlagForm quote={QUOTE} suggestions={[]} onSave={() => undefined} onCancel={() => undefined} />);
    expect(view.root.querySelector('fieldset')).toBeNull();
    expect(document.activeElement).toBe(view.root.querySelector('textarea'));
  });

  it('saves the chosen claim, note and label', async () => {
    const onSave = vi.fn();
    view = await mount(<FlagForm quote={QUOTE} suggestions={SUGGESTIONS} onSave={onSave} onCancel={() => undefined} />);
    await click(view.root.querySelector('input[type="radio"]'));
    await type(view.root.querySelector('textarea') as HTMLTextAreaElement, 'Only one source.\nCheck US figures.');
    await choose(view.root.querySelector('select') as HTMLSelectElement, 'disputed');
    await click(view.root.querySelector('button[type="submit"]'));
    expect(onSave).toHaveBeenCalledWith({
      note: 'Only one source.\nCheck US figures.',
      label: 'disputed',
      claimId: 'ukraine-army-45000-killed',
      eventId: 'russian-casualties-aug-2022',
    });
  });

  it('cancels on Escape and on Cancel, without saving', async () => {
    const onSave = vi.fn();
    const onCancel = vi.fn();
    view = await mount(<FlagForm quote={QUOTE} suggestions={SUGGESTIONS} onSave={onSave} onCancel={onCancel} />);
    await key(view.root.querySelector('textarea') as Element, { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(1);
    await click([...view.root.querySelectorAll('button')].find((button) => button.textContent === 'Cancel'));
    expect(onCancel).toHaveBeenCalledTimes(2);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('keeps Enter in the note as a new line, and saves on Ctrl+Enter or Cmd+Enter', async () => {
    const onSave = vi.fn();
    view = await mount(<FlagForm quote={QUOTE} suggestions={[]} onSave={onSave} onCancel={() => undefined} />);
    const note = view.root.querySelector('textarea') as HTMLTextAreaElement;
    await key(note, { key: 'Enter' });
    expect(onSave).not.toHaveBeenCalled();
    await key(note, { key: 'Enter', ctrlKey: true });
    await key(note, { key: 'Enter', metaKey: true });
    expect(onSave).toHaveBeenCalledTimes(2);
    expect(onSave).toHaveBeenLastCalledWith({ note: '', label: 'unverified', claimId: null, eventId: null });
  });

  it('edits an existing flag: its values filled in, its link kept even when not suggested', async () => {
    const onSave = vi.fn();
    const initial = {
      note: 'Earlier note',
      label: 'misleading' as const,
      claimId: 'dugina-car-bomb',
      eventId: 'dugina-killing',
    };
    view = await mount(
      <FlagForm quote={QUOTE} suggestions={SUGGESTIONS} initial={initial} onSave={onSave} onCancel={() => undefined} />,
    );
    expect(view.root.querySelector('h2')?.textContent).toBe('Edit flag');
    expect((view.root.querySelector('textarea') as HTMLTextAreaElement).value).toBe('Earlier note');
    expect((view.root.querySelector('select') as HTMLSelectElement).value).toBe('misleading');
    const checked = view.root.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    expect(checked?.closest('label')?.textContent).toBe('Keep the current link (dugina-car-bomb)');
    await click(view.root.querySelector('button[type="submit"]'));
    expect(onSave).toHaveBeenCalledWith(initial);
  });
});
