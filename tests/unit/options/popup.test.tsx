import { afterEach, describe, expect, it } from 'vitest';

import { PopupApp } from '@/components/popup/PopupApp';

import { click, mount, settle, type Mounted } from '../render';
import { fakeApis } from './fake-api';
import { settleUntil, status, toggle } from './helpers';

let view: Mounted | null = null;
afterEach(() => view?.unmount());

type Apis = Awaited<ReturnType<typeof fakeApis>>;

async function open(apis?: Apis) {
  const chosen = apis ?? (await fakeApis());
  view = await mount(<PopupApp api={chosen.popup} />);
  await settle();
  const root = view.root;
  await settleUntil(() => root.querySelector('.dataset-line')?.textContent !== '');
  return { ...chosen, root };
}

const checked = (root: ParentNode, selector: string): boolean | undefined =>
  root.querySelector<HTMLInputElement>(selector)?.checked;

describe('the toolbar popup', () => {
  it('names the site and switches Parallax off there, and on again', async () => {
    const { root, state } = await open();
    expect(root.querySelector('.site-name')?.textContent).toBe('huffingtonpost.co.uk');
    expect(root.querySelector('label[for="site-enabled"]')?.textContent).toBe('On for huffingtonpost.co.uk');
    expect(checked(root, '#site-enabled')).toBe(true);
    await toggle(root.querySelector('#site-enabled'));
    await settle();
    expect(state.settings.disabledSites).toEqual(['huffingtonpost.co.uk']);
    expect(checked(root, '#site-enabled')).toBe(false);
    expect(root.textContent).toContain('Highlights on this site are hidden.');
    expect(status(root)).toBe('Saved');
    await toggle(root.querySelector('#site-enabled'));
    await settle();
    expect(state.settings.disabledSites).toEqual([]);
  });

  it('keeps the other sites on the list when switching one', async () => {
    const apis = await fakeApis();
    apis.state.settings.disabledSites = ['express.co.uk'];
    const { root, state } = await open(apis);
    await toggle(root.querySelector('#site-enabled'));
    await settle();
    expect(state.settings.disabledSites).toEqual(['express.co.uk', 'huffingtonpost.co.uk']);
  });

  it('switches Parallax off everywhere, and says the site switch waits for it', async () => {
    const { root, state } = await open();
    await toggle(root.querySelector('#everywhere'));
    await settle();
    expect(state.patches).toEqual([{ enabled: false }]);
    expect(root.textContent).toContain('Parallax is off everywhere');
  });

  it('hides the site switch and says why when the address is unknown', async () => {
    const { root } = await open(await fakeApis({ tabId: 3, windowId: 1, site: null, reason: 'no-address' }));
    expect(root.querySelector('#site-enabled')).toBeNull();
    expect(root.querySelector('.no-site')?.textContent).toContain("does not tell Parallax this tab's address");
    expect(root.querySelector('#everywhere')).not.toBeNull();
    const other = await fakeApis({ tabId: 3, windowId: 1, site: null, reason: 'not-web' });
    view?.unmount();
    const second = await open(other);
    expect(second.root.querySelector('.no-site')?.textContent).toBe('Parallax reads web pages only (http and https).');
  });

  it('opens the side panel in the popup’s window, then closes', async () => {
    const { root, state } = await open();
    await click(root.querySelector('button.open-panel'));
    await settle();
    expect(state.panelOpens).toEqual([{ tabId: 7, windowId: 1 }]);
    expect(state.closed).toBe(1);
  });

  it('offers no panel button where the browser has no panel, but always the settings', async () => {
    const { root, state } = await open(await fakeApis(undefined, false));
    expect(root.querySelector('button.open-panel')).toBeNull();
    await click(root.querySelector('button.open-options'));
    await settle();
    expect(state.optionsOpened).toBe(1);
    expect(state.closed).toBe(1);
  });

  it('names the installed dataset', async () => {
    const { root } = await open();
    expect(root.querySelector('.dataset-line')?.textContent).toMatch(
      /^Dataset \d+\.\d+\.\d+, \d{1,2} [A-Z][a-z]{2} \d{4}$/,
    );
  });
});
