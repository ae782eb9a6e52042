import { describe, expect, it } from 'vitest';

import { markCss } from '@/lib/page/mark-styles';

import { settle } from '../render';
import { commit, status, toggle, type } from './helpers';
import { openOptions } from './open-options';

const previewCss = (root: ParentNode): string => root.querySelector('style[data-preview-style]')?.textContent ?? '';
const previewKinds = (root: ParentNode): string[] =>
  [...root.querySelectorAll('.preview parallax-mark')].map((m) => m.getAttribute('data-parallax-kind') ?? '');

describe('options: highlights', () => {
  it('previews the page highlight stylesheet for the chosen style and palette', async () => {
    const { root, state } = await openOptions();
    expect(previewCss(root)).toBe(markCss({ style: 'background', palette: 'standard' }));
    expect(previewKinds(root)).toEqual(['entity', 'claim', 'flag']);
    await toggle(root.querySelector('#style-underline'));
    await settle();
    expect(state.settings.highlightStyle).toBe('underline');
    expect(previewCss(root)).toBe(markCss({ style: 'underline', palette: 'standard' }));
    expect(previewCss(root)).toContain('text-decoration-style: solid');
    await toggle(root.querySelector('#palette-distinct'));
    await settle();
    expect(state.settings.palette).toBe('distinct');
    // Okabe–Ito orange for claims.
    expect(previewCss(root)).toContain('230, 159, 0');
    expect(status(root)).toBe('Saved');
  });

  it('groups each choice under a legend', async () => {
    const { root } = await openOptions();
    const legends = [...root.querySelectorAll('#section-highlights fieldset legend')].map((l) => l.textContent);
    expect(legends).toEqual(['Style of claim highlights', 'Colours', 'Show']);
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="palette"]')];
    expect(radios.map((r) => [r.value, r.checked])).toEqual([
      ['standard', true],
      ['distinct', false],
    ]);
  });

  it('hides a kind of highlight, in the settings and in the preview', async () => {
    const { root, state } = await openOptions();
    await toggle(root.querySelector('#show-entities'));
    await settle();
    expect(state.patches).toEqual([{ show: { entities: false } }]);
    expect(state.settings.show).toEqual({ entities: false, claims: true, flags: true });
    expect(previewKinds(root)).toEqual(['claim', 'flag']);
    // The words stay; only their highlight goes.
    expect(root.querySelector('.preview-text')?.textContent).toContain('Darya Dugina');
  });
});

describe('options: hover delays', () => {
  it('saves a delay once the field is committed', async () => {
    const { root, state } = await openOptions();
    const field = root.querySelector('#delay-showMs') as HTMLInputElement;
    expect(field.value).toBe('500');
    expect(root.querySelector('label[for="delay-showMs"]')?.textContent).toBe('Show after');
    await type(field, '800');
    expect(state.patches).toEqual([]);
    await commit(field);
    await settle();
    expect(state.patches).toEqual([{ hover: { showMs: 800 } }]);
    expect(state.settings.hover).toEqual({ prepareMs: 150, showMs: 800, graceMs: 300 });
    expect(status(root)).toBe('Saved');
  });

  it('explains a value out of range and does not save it', async () => {
    const { root, state } = await openOptions();
    const field = root.querySelector('#delay-graceMs') as HTMLInputElement;
    await type(field, '5000');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const problem = root.querySelector('#delay-graceMs-problem');
    expect(problem?.textContent).toBe('Use a value from 0 to 3000.');
    expect(field.getAttribute('aria-describedby')).toContain('delay-graceMs-problem');
    await commit(field);
    await settle();
    expect(state.patches).toEqual([]);
    await type(field, '');
    expect(root.querySelector('#delay-graceMs-problem')?.textContent).toBe('Type a number of milliseconds.');
    await type(field, '250');
    expect(field.getAttribute('aria-invalid')).toBe('false');
    expect(root.querySelector('#delay-graceMs-problem')).toBeNull();
  });
});
