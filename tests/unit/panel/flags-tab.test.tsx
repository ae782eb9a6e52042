import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { FlagsTab, type FlagsTabProps } from '@/components/sidepanel/FlagsTab';
import { exportFlags } from '@/lib/flags/exchange';
import { REVOKE_DELAY_MS } from '@/lib/panel/download';

import { bareFlag, casualtyFlag } from '../flags/sample-flags';
import { click, mount, settle, texts, type Mounted } from '../render';
import { fakeFlags } from './fake-flags';

let view: Mounted | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
  vi.useRealTimers();
});

const NOW = new Date(2024, 6, 1, 12).getTime();
const quotes = (root: ParentNode) => texts(root, '.flag-item blockquote');
const button = (root: ParentNode, text: string, index = 0) =>
  [...root.querySelectorAll('button')].filter((b) => b.textContent?.trim() === text)[index];

async function typeInto(control: Element | null, value: string): Promise<void> {
  if (!(control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement))
    throw new Error('No text field.');
  await act(() => {
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Chooses a file with `text` in the import input, as a reader would. */
async function importFile(root: ParentNode, text: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('No file input.');
  Object.defineProperty(input, 'files', {
    value: [new File([text], 'flags.json', { type: 'application/json' })],
    configurable: true,
  });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
  await settle();
}

async function showTab(
  props: Partial<FlagsTabProps> = {},
  flags = [casualtyFlag(), { ...bareFlag(), orphaned: true }],
) {
  const fake = fakeFlags(flags);
  const all: FlagsTabProps = { api: fake.api, active: true, version: 0, now: () => NOW, ...props };
  view = await mount(<FlagsTab {...all} />);
  await settle();
  return { ...fake, root: view.root, props: all };
}

describe('the Flags tab', () => {
  it('fetches the flags when it is shown and lists them newest first, with the orphan marked', async () => {
    const { root, log, api, props } = await showTab({ active: false });
    expect(log.lists).toBe(0);
    await view?.update(<FlagsTab {...props} api={api} active />);
    await settle();
    expect(log.lists).toBe(1);
    expect(quotes(root)).toEqual(['about 45,000 Russian soldiers', 'refusing to fight']);
    expect(root.querySelector('.flag-count')?.textContent).toBe('2 flags');
    expect(root.querySelector('[data-flag-id="flag-0a1b2c3d4e"] .flag-badge-orphaned')).not.toBeNull();
    expect(root.querySelector('[data-flag-id="flag-lx2k9a0b1c2d3e"] .flag-item-meta')?.textContent).toBe(
      'Kyiv PostUkraine says 45,000 Russian soldiers killedFlagged 30 Apr 2024',
    );
  });

  it('says how to flag when there is nothing yet', async () => {
    const { root } = await showTab({}, []);
    expect(root.querySelector('.flag-empty')?.textContent).toBe(
      'No flags yet. Select a sentence on a news page and choose Flag claim.',
    );
    expect(root.querySelector('.flag-count')?.textContent).toBe('');
  });

  it('fetches again each time it is shown and whenever a page was rescanned, keeping the list meanwhile', async () => {
    const { root, log, api, props, stored } = await showTab();
    let release: () => void = () => undefined;
    const slow = {
      ...api,
      listFlags: () =>
        new Promise<Awaited<ReturnType<typeof api.listFlags>>>(
          (done) => (release = () => void api.listFlags().then(done)),
        ),
    };
    await view?.update(<FlagsTab {...props} api={slow} active={false} />);
    await settle();
    expect(log.lists).toBe(1);
    // A flag made in a page meanwhile appears when the tab is shown again.
    await api.saveFlag(
      bareFlag({
        id: 'flag-newone1',
        quote: 'a new claim',
        selectors: {
          ...bareFlag().selectors,
          quote: { type: 'TextQuoteSelector', exact: 'a new claim', prefix: '', suffix: '' },
        },
        createdAt: NOW,
      }),
    );
    expect(stored()).toHaveLength(3);
    await view?.update(<FlagsTab {...props} api={slow} active />);
    await settle();
    expect(quotes(root)).toEqual(['about 45,000 Russian soldiers', 'refusing to fight']);
    release();
    await settle();
    expect(log.lists).toBe(2);
    expect(quotes(root)[0]).toBe('a new claim');
    await view?.update(<FlagsTab {...props} api={slow} active version={1} />);
    release();
    await settle();
    expect(log.lists).toBe(3);
  });

  it('saves an inline edit through the background and shows it, focus returning to Edit', async () => {
    const { root, log, stored } = await showTab();
    await click(button(root, 'Edit', 1));
    await typeInto(root.querySelector('.flag-item textarea'), 'Seen on two other sites.');
    await click(root.querySelector('.flag-item form button[type="submit"]'));
    await settle();
    expect(log.saved).toEqual([{ ...bareFlag(), note: 'Seen on two other sites.', updatedAt: NOW }]);
    expect(stored().find((f) => f.id === 'flag-0a1b2c3d4e')?.note).toBe('Seen on two other sites.');
    expect(root.querySelector('[data-flag-id="flag-0a1b2c3d4e"] .flag-item-note')?.textContent).toBe(
      'Seen on two other sites.',
    );
    // The orphan mark is the background's; an edit does not clear it.
    expect(root.querySelector('[data-flag-id="flag-0a1b2c3d4e"] .flag-badge-orphaned')).not.toBeNull();
    expect(document.activeElement).toBe(root.querySelector('[data-flag-id="flag-0a1b2c3d4e"] .flag-edit'));
  });

  it('deletes a flag and restores it with Undo, the keyboard following', async () => {
    const { root, log, stored } = await showTab();
    await click(button(root, 'Delete', 0));
    await settle();
    expect(log.deleted).toEqual(['flag-lx2k9a0b1c2d3e']);
    expect(quotes(root)).toEqual(['refusing to fight']);
    expect(root.querySelector('.flag-undo')?.textContent).toBe('Flag deleted. Undo');
    expect(document.activeElement).toBe(button(root, 'Undo'));
    await click(button(root, 'Undo'));
    await settle();
    expect(log.saved).toEqual([casualtyFlag()]);
    expect(stored().map((f) => f.id)).toEqual(['flag-lx2k9a0b1c2d3e', 'flag-0a1b2c3d4e']);
    expect(quotes(root)).toEqual(['about 45,000 Russian soldiers', 'refusing to fight']);
    expect(root.querySelector('.flag-undo')?.textContent).toBe('');
    expect(document.activeElement).toBe(root.querySelector('[data-flag-id="flag-lx2k9a0b1c2d3e"] .flag-delete'));
  });

  it('stops offering Undo after a while, the flag staying deleted and focus staying in the tab', async () => {
    const fake = fakeFlags([casualtyFlag(), bareFlag()]);
    view = await mount(
      <div role="tabpanel" tabIndex={0} id="flags-panel">
        <FlagsTab api={fake.api} active version={0} undoMs={40} />
      </div>,
    );
    await settle();
    const root = view.root;
    await click(button(root, 'Delete', 1));
    await settle();
    expect(root.querySelector('.flag-undo')?.textContent).toBe('Flag deleted. Undo');
    expect(document.activeElement).toBe(button(root, 'Undo'));
    await settle(60);
    expect(root.querySelector('.flag-undo')?.textContent).toBe('');
    expect(document.activeElement?.id).toBe('flags-panel');
    expect(fake.stored().map((f) => f.id)).toEqual(['flag-lx2k9a0b1c2d3e']);
  });

  it('imports a file and shows what it added, then lists the new flags', async () => {
    const { root, stored } = await showTab({}, [casualtyFlag()]);
    const newer = casualtyFlag({ note: 'Edited on my laptop.', updatedAt: NOW });
    const text = JSON.stringify(
      exportFlags([bareFlag(), newer], { exportedAt: '2024-07-01T12:00:00.000Z', version: '0.1.0' }),
    );
    await importFile(root, text);
    expect(root.querySelector('.flag-import-result')?.textContent).toBe('Imported: 1 added, 1 updated, 0 unchanged.');
    expect(quotes(root)).toEqual(['about 45,000 Russian soldiers', 'refusing to fight']);
    expect(stored()[0]?.note).toBe('Edited on my laptop.');
  });

  it('lists every problem of a broken file and changes nothing', async () => {
    const { root, stored } = await showTab();
    const before = stored();
    const broken = exportFlags([bareFlag({ url: 'javascript:alert(1)' })], {
      exportedAt: '2024-07-01T12:00:00.000Z',
      version: '0.1.0',
    });
    await importFile(root, JSON.stringify(broken));
    const alert = root.querySelector('.flag-import-errors[role="alert"]');
    expect(alert?.querySelector('p')?.textContent).toBe('Nothing was imported. The file has these problems:');
    expect(texts(alert ?? root, 'li').join('\n')).toMatch(/^items\[0\]\.target\.source: /);
    await importFile(root, '{ not json');
    expect(texts(root, '.flag-import-errors li')[0]).toMatch(/^the file is not valid JSON/);
    expect(stored()).toEqual(before);
    expect(quotes(root)).toEqual(['about 45,000 Russian soldiers', 'refusing to fight']);
  });

  it('exports every flag as a JSON file download named by the day, and revokes the file’s URL afterwards', async () => {
    const { root, log } = await showTab();
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:parallax/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: { href: string; download: string; inDocument: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, inDocument: this.isConnected });
    });
    await click(button(root, 'Export flags'));
    await settle();
    expect(log.exports).toBe(1);
    expect(create).toHaveBeenCalledTimes(1);
    expect(clicked).toEqual([
      { href: 'blob:parallax/1', download: 'parallax-flags-2024-07-01.json', inDocument: true },
    ]);
    expect(document.querySelector('a[download]')).toBeNull();
    const exported = JSON.parse(await (blobs[0] as Blob).text()) as {
      type: string;
      items: { 'parallax:flag': { id: string } }[];
    };
    expect(exported.type).toBe('AnnotationCollection');
    expect(exported.items.map((item) => item['parallax:flag'].id)).toEqual(['flag-lx2k9a0b1c2d3e', 'flag-0a1b2c3d4e']);
    expect(root.querySelector('.flags-notice')?.textContent).toBe('Flags exported as parallax-flags-2024-07-01.json.');
    expect(revoke).not.toHaveBeenCalled();
    await settle(REVOKE_DELAY_MS + 20);
    expect(revoke).toHaveBeenCalledWith('blob:parallax/1');
  });

  it('opens the page as visited, and says so in words when an action fails', async () => {
    const { root, log, failNext } = await showTab();
    await click(button(root, 'Open page', 0));
    await settle();
    expect(log.opened).toEqual(['https://kyivpost.example/ukraine-45000-killed?utm_source=feed']);
    failNext('deleteFlag', 'The background is starting.');
    await click(button(root, 'Delete', 0));
    await settle();
    expect(root.querySelector('.flags-problem')?.textContent).toBe(
      'The flag could not be deleted: The background is starting.',
    );
    expect(quotes(root)).toEqual(['about 45,000 Russian soldiers', 'refusing to fight']);
    expect(root.querySelector('.flag-undo')?.textContent).toBe('');
    failNext('exportFlags', 'No reply.');
    await click(button(root, 'Export flags'));
    await settle();
    expect(root.querySelector('.flags-problem')?.textContent).toBe('The flags could not be exported: No reply.');
  });

  it('says why the list could not be loaded', async () => {
    const fake = fakeFlags([casualtyFlag()]);
    fake.failNext('listFlags', 'Could not establish connection.');
    view = await mount(<FlagsTab api={fake.api} active version={0} />);
    await settle();
    expect(view.root.querySelector('.error[role="alert"]')?.textContent).toBe(
      'Your flags could not be loaded: Could not establish connection.',
    );
    await view.update(<FlagsTab api={fake.api} active version={1} />);
    await settle();
    expect(quotes(view.root)).toEqual(['about 45,000 Russian soldiers']);
  });
});
