import { afterEach, describe, expect, it, vi } from 'vitest';

import { lazyShadowUi } from '@/lib/content/shadow-ui';

import { newContext, trusted } from './helpers';

afterEach(() => document.body.replaceChildren());

describe('lazyShadowUi', () => {
  it('puts nothing on the page until first needed, then one host at the end of the body with a closed shadow root', async () => {
    const guard = vi.fn();
    const ui = lazyShadowUi(newContext(), 'parallax-test', guard);
    expect(document.querySelector('parallax-test')).toBeNull();
    expect(ui.container()).toBeNull();
    const container = await ui.ready();
    const host = document.querySelector('parallax-test');
    expect(document.body.lastElementChild).toBe(host);
    expect(host?.shadowRoot).toBeNull();
    expect(container).not.toBeNull();
    expect(ui.container()).toBe(container);
    expect(await ui.ready()).toBe(container);
    // The guard gets the shadow root that holds the container, so it can keep the page out of it.
    const [[root]] = guard.mock.calls as [[ShadowRoot]];
    expect(root).toBeInstanceOf(ShadowRoot);
    expect(root.contains(container)).toBe(true);
    expect(document.querySelectorAll('parallax-test')).toHaveLength(1);
  });

  it('ignores clicks a page script makes inside it', async () => {
    const ui = lazyShadowUi(newContext(), 'parallax-test', () => undefined);
    const container = await ui.ready();
    const button = document.createElement('button');
    const clicked = vi.fn();
    button.addEventListener('click', clicked);
    container?.append(button);
    button.click();
    expect(clicked).not.toHaveBeenCalled();
    button.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    expect(clicked).toHaveBeenCalledTimes(1);
  });

  it('leaves the page when removed, and never arrives when removed while mounting', async () => {
    const ui = lazyShadowUi(newContext(), 'parallax-test', () => undefined);
    await ui.ready();
    ui.remove();
    expect(document.querySelector('parallax-test')).toBeNull();
    expect(ui.container()).toBeNull();
    const late = lazyShadowUi(newContext(), 'parallax-late', () => undefined);
    const mounting = late.ready();
    late.remove();
    expect(await mounting).toBeNull();
    expect(document.querySelector('parallax-late')).toBeNull();
  });

  it('leaves the page when the content script is invalidated', async () => {
    const ctx = newContext();
    const ui = lazyShadowUi(ctx, 'parallax-test', () => undefined);
    await ui.ready();
    ctx.abort();
    expect(document.querySelector('parallax-test')).toBeNull();
  });
});
