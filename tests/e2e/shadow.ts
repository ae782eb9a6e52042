/**
 * Reaches Parallax's closed shadow roots the way automation may and a page may
 * not: through the DevTools protocol, which describes closed roots
 * (`DOM.describeNode` with `pierce`) and runs functions on them. Clicks and
 * typing go through real input events at the element's place on screen, as a
 * reader's would.
 */
import type { CDPSession, Page } from 'playwright-core';

const sessions = new WeakMap<Page, Promise<CDPSession>>();

async function session(page: Page): Promise<CDPSession> {
  let made = sessions.get(page);
  if (!made) {
    made = page
      .context()
      .newCDPSession(page)
      .then(async (cdp) => {
        await cdp.send('DOM.enable');
        return cdp;
      });
    sessions.set(page, made);
  }
  return made;
}

/**
 * Runs `fn(root, arg)` on the shadow root of the first element matching `host`,
 * in the page, and returns its (JSON) result; `null` when there is no such host.
 */
export async function inShadow<A, T>(
  page: Page,
  host: string,
  fn: (root: ShadowRoot, arg: A) => T | Promise<T>,
  arg: A,
): Promise<T | null> {
  const cdp = await session(page);
  const found = await cdp.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(host)})` });
  const hostId = found.result.objectId;
  if (!hostId) return null;
  try {
    const { node } = await cdp.send('DOM.describeNode', { objectId: hostId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    if (!object.objectId) return null;
    const reply = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (reply.exceptionDetails)
      throw new Error(
        `in ${host}'s shadow root: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`,
      );
    return reply.result.value as T;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'console' }).catch(() => undefined);
  }
}

/** How many elements match `selector` inside `host`'s shadow root (0 without a host). */
export async function shadowCount(page: Page, host: string, selector: string): Promise<number> {
  return (await inShadow(page, host, (root, sel) => root.querySelectorAll(sel).length, selector)) ?? 0;
}

/** Text of the first match of `selector` inside `host`'s shadow root, or null. */
export async function shadowText(page: Page, host: string, selector: string): Promise<string | null> {
  return inShadow(page, host, (root, sel) => root.querySelector(sel)?.textContent ?? null, selector);
}

/** A box in viewport CSS pixels. */
export interface ShadowBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The viewport box of the first match of `selector` inside `host`'s shadow root, or null. */
export async function shadowBox(page: Page, host: string, selector: string): Promise<ShadowBox | null> {
  return inShadow(
    page,
    host,
    (root, sel) => {
      const box = root.querySelector(sel)?.getBoundingClientRect();
      return box ? { x: box.x, y: box.y, width: box.width, height: box.height } : null;
    },
    selector,
  );
}

/** Waits until `selector` matches inside `host`'s shadow root. */
export async function waitForShadow(page: Page, host: string, selector: string, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  while ((await shadowCount(page, host, selector)) === 0) {
    if (Date.now() > until) throw new Error(`${host} ${selector} did not appear within ${timeout} ms`);
    await page.waitForTimeout(50);
  }
}

/** Clicks the first match of `selector` in `host`'s shadow root with the mouse, as a reader would. */
export async function shadowClick(page: Page, host: string, selector: string): Promise<void> {
  await waitForShadow(page, host, selector);
  await inShadow(page, host, (root, sel) => root.querySelector(sel)?.scrollIntoView({ block: 'nearest' }), selector);
  const box = await shadowBox(page, host, selector);
  if (!box) throw new Error(`${host} ${selector} is gone`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Replaces the value of a field in `host`'s shadow root by clicking it and typing, as a reader would. */
export async function shadowFill(page: Page, host: string, selector: string, text: string): Promise<void> {
  await shadowFocus(page, host, selector);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  if (text) await page.keyboard.insertText(text);
  const value = await shadowValue(page, host, selector);
  if (value !== text)
    throw new Error(`${host} ${selector} holds ${JSON.stringify(value)} after typing ${JSON.stringify(text)}`);
}

/** Clicks a field of `host`'s shadow root until it has focus: a click can land while the form is still being placed. */
export async function shadowFocus(page: Page, host: string, selector: string): Promise<void> {
  const focused = (): Promise<boolean | null> =>
    inShadow(page, host, (root, sel) => root.activeElement === root.querySelector(sel), selector);
  for (let attempt = 0; attempt < 5; attempt++) {
    await shadowClick(page, host, selector);
    if (await focused()) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`${host} ${selector} never took focus`);
}

/** The value of a form field inside `host`'s shadow root. */
export async function shadowValue(page: Page, host: string, selector: string): Promise<string | null> {
  return inShadow(
    page,
    host,
    (root, sel) => (root.querySelector(sel) as HTMLInputElement | HTMLTextAreaElement | null)?.value ?? null,
    selector,
  );
}

/** Chooses `value` in a `<select>` inside `host`'s shadow root, as keyboard selection would (focus, change). */
export async function shadowSelect(page: Page, host: string, selector: string, value: string): Promise<void> {
  await waitForShadow(page, host, selector);
  await inShadow(
    page,
    host,
    (root, [sel, wanted]) => {
      const field = root.querySelector(sel) as HTMLSelectElement;
      field.focus();
      field.value = wanted;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [selector, value] as const,
  );
}

/** Clicks the button in `host`'s shadow root whose accessible text is `name`. */
export async function shadowClickButton(page: Page, host: string, name: string): Promise<void> {
  const marker = 'data-e2e-target';
  const found = await inShadow(
    page,
    host,
    (root, [wanted, attribute]) => {
      const button = [...root.querySelectorAll('button')].find(
        (b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === wanted,
      );
      button?.setAttribute(attribute, '');
      return !!button;
    },
    [name, marker] as const,
  );
  if (!found) throw new Error(`no "${name}" button in ${host}`);
  await shadowClick(page, host, `[${marker}]`);
  await inShadow(
    page,
    host,
    (root, attribute) => root.querySelector(`[${attribute}]`)?.removeAttribute(attribute),
    marker,
  );
}
