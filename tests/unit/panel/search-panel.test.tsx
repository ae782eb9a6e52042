import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';

import { SearchPanel } from '@/components/sidepanel/SearchPanel';

import { click, mount, settle, texts, type Mounted } from '../render';
import { fakeApi } from './fake-api';

let view: Mounted | null = null;
afterEach(() => view?.unmount());

async function type(root: HTMLElement, value: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  if (!input) throw new Error('no search box');
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function showSearch() {
  const { api, log } = fakeApi();
  view = await mount(
    <SearchPanel search={api.search} loadEvent={api.compareEvent} loadEntity={api.entityView} hereOutletId={null} />,
  );
  return { root: view.root, log };
}

describe('the dataset search', () => {
  it('has a labelled search box inside a search landmark', async () => {
    const { root } = await showSearch();
    const input = root.querySelector('form[role="search"] input[type="search"]');
    expect(root.querySelector(`label[for="${input?.id ?? ''}"]`)?.textContent).toBe('Search the dataset');
  });

  it('shows results as you type, after a short pause, grouped by kind', async () => {
    const { root, log } = await showSearch();
    await type(root, 'd');
    await type(root, 'du');
    await type(root, 'dugina');
    expect(log.searches).toEqual([]);
    await settle(120);
    expect(log.searches).toEqual(['dugina']);
    expect(texts(root, '.result-group h3')).toEqual(['People, organisations, units and places']);
    expect(texts(root, 'button.result')).toEqual(['Darya Duginaperson']);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('1 result');
  });

  it('finds the same person typed in Cyrillic, and says when nothing matches', async () => {
    const { root } = await showSearch();
    await type(root, 'Дугина');
    await settle(120);
    expect(root.querySelector('button.result[data-hit="entity:darya-dugina"]')).not.toBeNull();
    await type(root, 'zzz');
    await settle(120);
    expect(root.querySelectorAll('button.result')).toHaveLength(0);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Nothing in the dataset matches “zzz”.');
  });

  it('opens an event’s comparison and goes back to the results, focus returning to the result', async () => {
    const { root } = await showSearch();
    await type(root, 'estimates');
    await settle(120);
    await click(root.querySelector('button.result[data-hit="event:casualties"]'));
    await settle();
    expect(root.querySelector('.detail .event-comparison[data-event-id="casualties"] table')).not.toBeNull();
    expect(root.querySelector('.results')).toBeNull();
    expect(document.activeElement?.classList.contains('back')).toBe(true);
    await click(root.querySelector('button.back'));
    await settle();
    expect(document.activeElement?.getAttribute('data-hit')).toBe('event:casualties');
  });

  it('shows a name’s description and events, and an event chosen there opens its comparison', async () => {
    const { root } = await showSearch();
    await type(root, 'dugina');
    await settle(120);
    await click(root.querySelector('button.result[data-hit="entity:darya-dugina"]'));
    await settle();
    expect(root.querySelector('.entity-detail h3')?.textContent).toBe('Darya Dugina');
    expect(root.querySelector('.entity-detail .summary')?.textContent).toContain('car bomb');
    expect(root.querySelector('.entity-detail .meta')?.textContent).toBe('person · reported by 4 outlets');
    await click(root.querySelector('.entity-detail button[data-event-id="casualties"]'));
    await settle();
    expect(root.querySelector('.event-comparison[data-event-id="casualties"]')).not.toBeNull();
  });

  it('opens a claim result in its event’s comparison, with that claim’s table marked', async () => {
    const { root } = await showSearch();
    await type(root, 'sources');
    await settle(120);
    expect(texts(root, '.result-group h3')).toEqual(['Claims']);
    await click(root.querySelector('button.result[data-hit="claim:us-killed-and-wounded"]'));
    await settle();
    expect(root.querySelector('.event-comparison')?.getAttribute('data-event-id')).toBe('casualties');
    expect(texts(root, '.claim-section.focused .claim-heading')).toEqual([
      'Claim: US sources put Russian dead and wounded at 75,000 to 80,000.',
    ]);
  });

  it('shows an outlet by name', async () => {
    const { root } = await showSearch();
    await type(root, 'kyiv');
    await settle(120);
    expect(texts(root, '.result-group h3')).toEqual(['Outlets']);
    await click(root.querySelector('button.result[data-hit="outlet:kyiv-post"]'));
    expect(root.querySelector('.outlet-detail h3')?.textContent).toBe('Kyiv Post in the dataset');
  });
});
