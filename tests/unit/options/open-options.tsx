/** The options page over fake APIs, as the options view tests open it. */
import { onTestFinished } from 'vitest';

import { OptionsApp } from '@/components/options/OptionsApp';

import { mount, type Mounted } from '../render';
import { fakeApis } from './fake-api';
import { settleLoaded } from './helpers';

type Apis = Awaited<ReturnType<typeof fakeApis>>;

/** Mounts the options page (over fresh fake APIs unless given), waits until nothing on it is loading, and unmounts it when the test ends. */
export async function openOptions(given?: Apis): Promise<Apis & { root: HTMLElement; view: Mounted }> {
  const apis = given ?? (await fakeApis());
  const view = await mount(<OptionsApp api={apis.options} refresh={0} />);
  onTestFinished(() => view.unmount());
  await settleLoaded(view.root);
  return { ...apis, root: view.root, view };
}
