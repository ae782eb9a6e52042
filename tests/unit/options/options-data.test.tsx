import { describe, expect, it } from 'vitest';

import { click, settle, texts } from '../render';
import { PACK_TEXT } from './fake-api';
import { chooseFile, press, settleUntil, status, toggle } from './helpers';
import { openOptions } from './open-options';

const version = (root: ParentNode): string | null | undefined => root.querySelector('.dataset-version')?.textContent;
const count = (root: ParentNode, kind: string): string | null | undefined =>
  root.querySelector(`[data-count="${kind}"]`)?.textContent;

describe('options: muted entities', () => {
  it('lists muted entities by name and unmutes one', async () => {
    const { root, state } = await openOptions();
    expect(texts(root, '.muted-name')).toEqual(['Darya Dugina', "Luhansk People's Republic"]);
    const unmute = root.querySelector('.muted[data-entity-id="darya-dugina"] button');
    expect(unmute?.getAttribute('aria-label')).toBe('Unmute Darya Dugina');
    await click(unmute);
    // The list is read again after the change, which takes a few ticks.
    await settleUntil(() => texts(root, '.muted-name').length < 2);
    expect(state.unmuted).toEqual(['darya-dugina']);
    expect(texts(root, '.muted-name')).toEqual(["Luhansk People's Republic"]);
    expect(status(root)).toBe('Saved');
  });
});

describe('options: dataset', () => {
  it('shows the installed pack’s version, date and counts', async () => {
    const { root } = await openOptions();
    const pack = JSON.parse(PACK_TEXT) as { version: string; outlets: unknown[]; entities: unknown[] };
    expect(version(root)).toBe(pack.version);
    expect(count(root, 'outlets')).toBe(String(pack.outlets.length));
    expect(count(root, 'entities')).toBe(String(pack.entities.length));
    expect(root.querySelector('label[for="pack-file"]')?.textContent).toBe('Import a dataset pack');
  });

  it('shows why a file that is not JSON was refused, and changes nothing', async () => {
    const { root } = await openOptions();
    const before = version(root);
    await chooseFile(root.querySelector('#pack-file'), 'broken.json', '{"version": "9.9.9",');
    await settle(20);
    const alert = root.querySelector('.import-error');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain('The file is not valid JSON');
    expect(alert?.textContent).toContain('Nothing was changed');
    expect(version(root)).toBe(before);
  });

  it('lists the problems of an invalid pack', async () => {
    const { root } = await openOptions();
    const pack = JSON.parse(PACK_TEXT) as Record<string, unknown>;
    await chooseFile(
      root.querySelector('#pack-file'),
      'bad.json',
      JSON.stringify({ ...pack, version: 'newest', date: 'today' }),
    );
    await settle(20);
    expect(root.querySelector('.import-error .error')?.textContent).toBe('The dataset pack is invalid:');
    const problems = texts(root, '.import-error .problems li');
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(problems.join(' ')).toMatch(/version/);
  });

  it('installs a valid pack and shows its version and counts', async () => {
    const { root, state } = await openOptions();
    const pack = JSON.parse(PACK_TEXT) as { version: string };
    await chooseFile(
      root.querySelector('#pack-file'),
      'parallax.pack.json',
      JSON.stringify({ ...pack, version: '1.0.1' }),
    );
    await settleUntil(() => version(root) === '1.0.1');
    expect(state.imports).toBe(1);
    expect(root.querySelector('.import-result')?.textContent).toBe(`Installed version 1.0.1 (was ${pack.version}).`);
    expect(version(root)).toBe('1.0.1');
    expect(count(root, 'claims')).toBe(String((JSON.parse(PACK_TEXT) as { claims: unknown[] }).claims.length));
    expect(root.querySelector('.import-error')).toBeNull();
  });
});

describe('options: reset', () => {
  it('asks on the page before resetting, and Escape steps back', async () => {
    const { root, state } = await openOptions();
    await toggle(root.querySelector('#style-underline'));
    await settle();
    await click(root.querySelector('#section-reset button'));
    const confirm = root.querySelector('#section-reset .confirm');
    expect(confirm?.getAttribute('role')).toBe('group');
    expect(document.activeElement?.textContent).toBe('Reset settings');
    await press(document.activeElement, 'Escape');
    expect(root.querySelector('#section-reset .confirm')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Reset to defaults…');
    expect(state.settings.highlightStyle).toBe('underline');
  });

  it('resets every setting once confirmed', async () => {
    const { root, state } = await openOptions();
    await toggle(root.querySelector('#enabled'));
    await toggle(root.querySelector('#style-underline'));
    await settle();
    await click(root.querySelector('#section-reset button'));
    await click(root.querySelector('#section-reset button.danger'));
    await settle();
    expect(state.settings.enabled).toBe(true);
    expect(state.settings.highlightStyle).toBe('background');
    expect((root.querySelector('#enabled') as HTMLInputElement).checked).toBe(true);
    expect((root.querySelector('#style-background') as HTMLInputElement).checked).toBe(true);
    expect(status(root)).toBe('Settings reset to defaults');
  });
});
