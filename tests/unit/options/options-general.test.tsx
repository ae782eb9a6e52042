import { describe, expect, it } from 'vitest';

import { OptionsApp } from '@/components/options/OptionsApp';

import { click, settle, texts } from '../render';
import { fakeApis } from './fake-api';
import { status, toggle, type } from './helpers';
import { openOptions } from './open-options';

describe('options: general', () => {
  it('has a labelled section for each group of settings', async () => {
    const { root } = await openOptions();
    const sections = [...root.querySelectorAll('section')].map(
      (s) => root.querySelector(`#${s.getAttribute('aria-labelledby') ?? 'none'}`)?.textContent,
    );
    expect(sections).toEqual(['General', 'Highlights', 'Hover', 'Muted entities', 'Dataset', 'Reset']);
    // Every control has a name.
    for (const input of root.querySelectorAll('input'))
      expect(root.querySelector(`label[for="${input.id}"]`), input.id).not.toBeNull();
  });

  it('turns Parallax off everywhere at once and says it was saved', async () => {
    const { root, state } = await openOptions();
    const everywhere = root.querySelector('#enabled');
    expect(everywhere?.getAttribute('role')).toBe('switch');
    expect(status(root)).toBe('');
    await toggle(everywhere);
    expect(status(root)).toBe('Saving…');
    await settle();
    expect(state.patches).toEqual([{ enabled: false }]);
    expect(state.settings.enabled).toBe(false);
    expect(status(root)).toBe('Saved');
    expect(root.textContent).toContain('Parallax is off on every site.');
  });

  it('adds a site where Parallax is off, accepting a pasted address', async () => {
    const { root, state } = await openOptions();
    expect(root.textContent).toContain('None: Parallax runs on every site.');
    await type(root.querySelector('#site-input'), 'https://www.Express.co.uk/news/world/1658000');
    await click(root.querySelector('.site-add button[type="submit"]'));
    await settle();
    expect(state.settings.disabledSites).toEqual(['express.co.uk']);
    expect(texts(root, '.site-list .site-name')).toEqual(['express.co.uk']);
    expect((root.querySelector('#site-input') as HTMLInputElement).value).toBe('');
    expect(status(root)).toBe('Saved');
  });

  it('refuses what is not a site, with the reason next to the field, and saves nothing', async () => {
    const { root, state } = await openOptions();
    await type(root.querySelector('#site-input'), 'not a site');
    await click(root.querySelector('.site-add button[type="submit"]'));
    await settle();
    const field = root.querySelector('#site-input');
    expect(field?.getAttribute('aria-invalid')).toBe('true');
    const problem = root.querySelector(`#${field?.getAttribute('aria-describedby') ?? 'none'}`);
    expect(problem?.getAttribute('role')).toBe('alert');
    expect(problem?.textContent).toContain('not a site name');
    expect(state.patches).toEqual([]);
  });

  it('removes a site with its own remove button', async () => {
    const apis = await fakeApis();
    apis.state.settings.disabledSites = ['express.co.uk', 'newsweek.com'];
    const { view } = await openOptions(apis);
    const remove = view.root.querySelector('.site[data-site="express.co.uk"] button');
    expect(remove?.getAttribute('aria-label')).toBe('Remove express.co.uk (turn Parallax on there)');
    await click(remove);
    await settle(20);
    expect(apis.state.settings.disabledSites).toEqual(['newsweek.com']);
    expect(texts(view.root, '.site-list .site-name')).toEqual(['newsweek.com']);
    // Focus stays in the list, on the button that took the removed one's place.
    expect(document.activeElement?.closest('.site')?.getAttribute('data-site')).toBe('newsweek.com');
  });

  it('shows what is stored when a save fails, and says why', async () => {
    const { root, state } = await openOptions();
    state.failNextUpdate = { code: 'failed', message: 'The database is closed.' };
    await toggle(root.querySelector('#enabled'));
    await settle();
    expect(status(root)).toBe('Not saved: The database is closed.');
    expect((root.querySelector('#enabled') as HTMLInputElement).checked).toBe(true);
  });

  it('asks again when the page becomes visible, showing changes made elsewhere', async () => {
    const { view, ...apis } = await openOptions();
    apis.state.settings.enabled = false;
    apis.state.mutes = [];
    await view.update(<OptionsApp api={apis.options} refresh={1} />);
    await settle();
    expect((view.root.querySelector('#enabled') as HTMLInputElement).checked).toBe(false);
    expect(view.root.textContent).toContain('You have not muted any entity.');
  });
});
