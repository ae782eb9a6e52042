import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

import { ignoreSyntheticInput, keepTypingPrivate, refuseForgedRetirement } from '@/lib/content/page-guards';

import { trusted } from './helpers';

const controllers: AbortController[] = [];
function signal(): AbortSignal {
  const controller = new AbortController();
  controllers.push(controller);
  return controller.signal;
}
afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
  document.body.replaceChildren();
});

/**
 * A UI host like ours: a closed shadow root holding a focused note field. Seen
 * from the page, an event from inside a closed shadow root comes from its host
 * (https://dom.spec.whatwg.org/#retarget); happy-dom does not retarget, so the
 * tests dispatch typing from the host, which is what the page's listeners see.
 */
function uiHost(): { host: HTMLElement; root: ShadowRoot; note: HTMLTextAreaElement } {
  const host = document.createElement('parallax-test');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'closed' });
  const note = document.createElement('textarea');
  root.append(note);
  note.focus();
  return { host, root, note };
}

describe('ignoreSyntheticInput', () => {
  it('stops clicks, submits and keys a page script makes inside our UI, and lets the reader’s through', () => {
    const ui = document.createElement('div');
    const button = document.createElement('button');
    ui.append(button);
    document.body.append(ui);
    const clicked = vi.fn();
    button.addEventListener('click', clicked);
    ignoreSyntheticInput(ui, signal());
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    button.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Enter' }));
    expect(clicked).not.toHaveBeenCalled();
    button.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    expect(clicked).toHaveBeenCalledTimes(1);
  });
});

describe('keepTypingPrivate', () => {
  it('keeps what the reader types in our fields from the page’s listeners, but lets named keys through', () => {
    const guard = keepTypingPrivate(signal());
    const { host, root, note } = uiHost();
    guard(root);
    expect(root.activeElement).toBe(note);
    const heard: string[] = [];
    window.addEventListener('keydown', (event) => heard.push(event.key), { signal: signal() });
    document.addEventListener('input', () => heard.push('input'), { signal: signal() });
    host.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 's', bubbles: true, composed: true })));
    host.dispatchEvent(trusted(new InputEvent('input', { bubbles: true, composed: true })));
    host.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true })));
    expect(heard).toEqual(['Escape']);
  });

  it('puts back text a page script wrote into the focused field, and keeps the reader’s edits', () => {
    const guard = keepTypingPrivate(signal());
    const { host, root, note } = uiHost();
    guard(root);
    // The reader types: the browser announces the edit with a trusted beforeinput.
    host.dispatchEvent(trusted(new InputEvent('beforeinput', { bubbles: true, composed: true })));
    note.value = 'my private note';
    host.dispatchEvent(trusted(new InputEvent('input', { bubbles: true, composed: true })));
    // A page script's document.execCommand('insertText') edits without that announcement.
    note.value = 'written by the page';
    host.dispatchEvent(trusted(new InputEvent('input', { bubbles: true, composed: true })));
    expect(note.value).toBe('my private note');
  });

  it('lets the page hear typing again once aborted', () => {
    const controller = new AbortController();
    const guard = keepTypingPrivate(controller.signal);
    const { host, root } = uiHost();
    guard(root);
    controller.abort();
    const heard = vi.fn();
    window.addEventListener('keydown', heard, { once: true });
    host.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 's', bubbles: true, composed: true })));
    expect(heard).toHaveBeenCalled();
  });
});

describe('refuseForgedRetirement', () => {
  it('stops a page’s forged “newer copy started” event before WXT’s listener retires the content script', () => {
    const name = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
      .SCRIPT_STARTED_MESSAGE_TYPE;
    const retired = vi.fn();
    document.addEventListener(name, retired);
    const guarding = new AbortController();
    refuseForgedRetirement(guarding.signal);
    document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'parallax', messageId: 'forged' } }));
    expect(retired).not.toHaveBeenCalled();
    guarding.abort();
    document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'parallax', messageId: 'forged' } }));
    expect(retired).toHaveBeenCalledTimes(1);
    document.removeEventListener(name, retired);
  });
});
