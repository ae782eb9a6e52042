import { afterEach, describe, expect, it } from 'vitest';

import { OptionsApp } from '@/components/options/OptionsApp';
import type { Result } from '@/lib/messaging/result';
import type { SettingsPatch } from '@/lib/settings/migrations';
import type { Settings } from '@/lib/settings/schema';

import { mount, settle, type Mounted } from '../render';
import { fakeApis } from './fake-api';
import { toggle } from './helpers';

let view: Mounted | null = null;
afterEach(() => view?.unmount());

describe('saving settings', () => {
  it('sends changes one after another, so none is lost to another in flight', async () => {
    const apis = await fakeApis();
    const real = apis.options.updateSettings;
    const inFlight: number[] = [];
    let open = 0;
    const release: (() => void)[] = [];
    // Each update waits to be released, as a slow background would.
    apis.options.updateSettings = (patch: SettingsPatch): Promise<Result<Settings>> => {
      open += 1;
      inFlight.push(open);
      return new Promise((done) => release.push(() => void real(patch).then((r) => ((open -= 1), done(r)))));
    };
    view = await mount(<OptionsApp api={apis.options} refresh={0} />);
    await settle();
    await toggle(view.root.querySelector('#style-underline'));
    await toggle(view.root.querySelector('#palette-distinct'));
    await toggle(view.root.querySelector('#show-flags'));
    // All three show at once…
    expect(view.root.querySelector<HTMLInputElement>('#palette-distinct')?.checked).toBe(true);
    expect(view.root.querySelector<HTMLInputElement>('#show-flags')?.checked).toBe(false);
    await settle();
    expect(release.length).toBe(1);
    while (release.length > 0) {
      release.shift()?.();
      await settle(5);
    }
    // …are sent one at a time, and all are stored.
    expect(inFlight).toEqual([1, 1, 1]);
    expect(apis.state.settings.highlightStyle).toBe('underline');
    expect(apis.state.settings.palette).toBe('distinct');
    expect(apis.state.settings.show.flags).toBe(false);
    expect(view.root.querySelector<HTMLInputElement>('#show-flags')?.checked).toBe(false);
  });
});
