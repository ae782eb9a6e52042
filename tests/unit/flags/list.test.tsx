import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { FlagList, type FlagListProps, type ListedFlag } from '@/components/flags/FlagList';

import { buttons, choose, click, labelOf, mount, settle, type, type Mounted } from '../render';
import { bareFlag, casualtyFlag } from './sample-flags';

let view: Mounted | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

const NOW = Date.UTC(2024, 6, 1, 12);

function props(overrides: Partial<FlagListProps> = {}): FlagListProps {
  const flags: ListedFlag[] = [casualtyFlag(), { ...bareFlag(), orphaned: true }];
  return {
    flags,
    onOpen: vi.fn(),
    onUpdate: vi.fn(),
    onDelete: vi.fn(),
    undoable: false,
    onUndo: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn(),
    now: () => NOW,
    ...overrides,
  };
}

const items = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('.flag-item')];
const quotes = (root: HTMLElement) => items(root).map((item) => item.querySelector('blockquote')?.textContent);

describe('the flags tab', () => {
  it('shows each flag’s quote, outlet, page title, date, label and note, and marks orphans', async () => {
    view = await mount(<FlagList {...props()} />);
    const [casualty, bare] = items(view.root);
    expect(casualty?.querySelector('blockquote')?.textContent).toBe('about 45,000 Russian soldiers');
    expect(casualty?.querySelector('.flag-item-meta')?.textContent).toBe(
      'Kyiv PostUkraine says 45,000 Russian soldiers killedFlagged 30 Apr 2024',
    );
    expect(casualty?.querySelector('.flag-badge-label')?.textContent).toBe('Disputed');
    expect(casualty?.querySelector('.flag-item-note')?.textContent).toBe(
      'Only one source; US figures count killed and injured.\nCheck again.',
    );
    expect(casualty?.textContent).toContain('Linked to a known claim');
    expect(casualty?.querySelector('.flag-badge-orphaned')).toBeNull();
    expect(bare?.querySelector('.flag-item-meta')?.textContent).toBe('Unknown outletUntitled pageFlagged 1 Jan 2023');
    expect(bare?.querySelector('.flag-badge-orphaned')?.textContent).toBe(
      'orphaned — The flagged text was not found on the page the last time it was visited. The flag is kept.',
    );
  });

  it('names each flag’s actions by its quote', async () => {
    view = await mount(<FlagList {...props()} />);
    const del = buttons(view.root, 'Delete')[0];
    const described = view.root.querySelector(`#${CSS.escape(del?.getAttribute('aria-describedby') ?? '')}`);
    expect(described?.textContent).toBe('about 45,000 Russian soldiers');
  });

  it('filters by words in the quote, note or outlet, and by label', async () => {
    view = await mount(<FlagList {...props()} />);
    const filter = view.root.querySelector<HTMLInputElement>('input[type="search"]') as HTMLInputElement;
    expect(labelOf(filter)).toBe('Filter flags');
    await type(filter, 'kyiv');
    expect(quotes(view.root)).toEqual(['about 45,000 Russian soldiers']);
    expect(view.root.querySelector('.flag-count')?.textContent).toBe('1 of 2 flags');
    await type(filter, 'us figures');
    expect(quotes(view.root)).toEqual(['about 45,000 Russian soldiers']);
    await type(filter, 'FIGHT');
    expect(quotes(view.root)).toEqual(['refusing to fight']);
    await type(filter, '');
    const label = view.root.querySelector<HTMLSelectElement>('select.flag-label-filter') as HTMLSelectElement;
    expect(labelOf(label)).toBe('Show label');
    await choose(label, 'important');
    expect(quotes(view.root)).toEqual(['refusing to fight']);
    await choose(label, 'misleading');
    expect(quotes(view.root)).toEqual([]);
    expect(view.root.querySelector('.flag-empty')?.textContent).toBe('No flag matches this filter.');
  });

  it('says how to flag when there are no flags', async () => {
    view = await mount(<FlagList {...props({ flags: [] })} />);
    expect(view.root.querySelector('.flag-empty')?.textContent).toBe(
      'No flags yet. Select a sentence on a news page and choose Flag claim.',
    );
  });

  it('opens and deletes the flag the button belongs to, without the view’s orphaned mark', async () => {
    const p = props();
    view = await mount(<FlagList {...p} />);
    await click(buttons(view.root, 'Open page')[0]);
    expect(p.onOpen).toHaveBeenCalledWith(casualtyFlag());
    await click(buttons(view.root, 'Delete')[1]);
    expect(p.onDelete).toHaveBeenCalledWith(bareFlag());
  });

  it('offers Undo after a delete while the container says it is undoable', async () => {
    const p = props();
    view = await mount(<FlagList {...p} />);
    const status = view.root.querySelector('.flag-undo');
    expect(status?.getAttribute('role')).toBe('status');
    expect(status?.textContent).toBe('');
    await view.update(<FlagList {...p} undoable />);
    expect(status?.textContent).toBe('Flag deleted. Undo');
    await click(buttons(view.root, 'Undo')[0]);
    expect(p.onUndo).toHaveBeenCalledTimes(1);
    await view.update(<FlagList {...p} undoable={false} />);
    expect(status?.textContent).toBe('');
  });

  it('edits a flag inline and hands back the edited flag stamped with the time', async () => {
    const p = props();
    view = await mount(<FlagList {...p} />);
    await click(buttons(view.root, 'Edit')[0]);
    const form = view.root.querySelector('.flag-item form') as HTMLFormElement;
    expect(form.querySelector('h2')?.textContent).toBe('Edit flag');
    expect(document.activeElement).toBe(form.querySelector('input[type="radio"]:checked'));
    await type(form.querySelector('textarea') as HTMLTextAreaElement, 'Checked: US counts differ.');
    await choose(form.querySelector('select') as HTMLSelectElement, 'misleading');
    await click(form.querySelector('button[type="submit"]'));
    expect(p.onUpdate).toHaveBeenCalledWith({
      ...casualtyFlag(),
      note: 'Checked: US counts differ.',
      label: 'misleading',
      updatedAt: NOW,
    });
    expect(view.root.querySelector('.flag-item form')).toBeNull();
  });

  it('cancels an edit with Escape, changing nothing', async () => {
    const p = props();
    view = await mount(<FlagList {...p} />);
    await click(buttons(view.root, 'Edit')[1]);
    await act(() => {
      view?.root
        .querySelector('textarea')
        ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(view.root.querySelector('form')).toBeNull();
    expect(p.onUpdate).not.toHaveBeenCalled();
    // Focus returns to the Edit button the form replaced.
    expect(document.activeElement).toBe(buttons(view.root, 'Edit')[1]);
  });

  it('says how many flags there are, in a live region the filter updates', async () => {
    view = await mount(<FlagList {...props()} />);
    const count = view.root.querySelector('.flag-count');
    expect(count?.getAttribute('role')).toBe('status');
    expect(count?.textContent).toBe('2 flags');
    await view.update(<FlagList {...props({ flags: [casualtyFlag()] })} />);
    expect(count?.textContent).toBe('1 flag');
  });

  it('exports, and imports the text of a chosen file', async () => {
    const p = props();
    view = await mount(<FlagList {...p} />);
    await click(buttons(view.root, 'Export flags')[0]);
    expect(p.onExport).toHaveBeenCalledTimes(1);
    const input = view.root.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
    expect(labelOf(input)).toBe('Import flags (JSON)');
    Object.defineProperty(input, 'files', {
      value: [new File(['{"items":[]}'], 'flags.json', { type: 'application/json' })],
    });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(p.onImport).toHaveBeenCalledWith('{"items":[]}');
  });

  it('reports what an import did, or every problem of a rejected file', async () => {
    const p = props();
    view = await mount(<FlagList {...p} importResult={{ ok: true, added: 3, updated: 1, unchanged: 2 }} />);
    expect(view.root.querySelector('.flag-import-result')?.textContent).toBe(
      'Imported: 3 added, 1 updated, 2 unchanged.',
    );
    await view.update(
      <FlagList
        {...p}
        importResult={{
          ok: false,
          errors: [
            {
              path: 'items[1].target.source',
              message: 'only http and https addresses can be imported, not javascript',
            },
            { path: '', message: 'and more problems; only the first 50 are listed' },
          ],
        }}
      />,
    );
    const alert = view.root.querySelector('[role="alert"]');
    expect(alert?.querySelector('p')?.textContent).toBe('Nothing was imported. The file has these problems:');
    expect([...(alert?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'items[1].target.source: only http and https addresses can be imported, not javascript',
      'and more problems; only the first 50 are listed',
    ]);
    expect(view.root.querySelector('.flag-import-result')?.textContent).toBe('');
  });
});
