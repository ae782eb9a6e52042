/**
 * Reaches Parallax's closed shadow roots in Firefox the way automation may and a
 * page may not: WebDriver BiDi serialises closed roots when asked
 * (`includeShadowTree: "all"`), and a function can then run on the root by its
 * shared id. Clicks go through real input at the element's place on screen.
 */
import type { Browser, Page } from 'puppeteer-core';

interface RemoteNode {
  type: string;
  sharedId?: string;
  value?: { shadowRoot?: RemoteNode | null };
}

interface BidiConnection {
  send: (
    method: string,
    params: object,
  ) => Promise<{
    result: {
      type: string;
      result?: { type: string; value?: unknown } & RemoteNode;
      exceptionDetails?: { text: string };
    };
  }>;
}

/** The BiDi connection behind a puppeteer Browser launched with `browser: 'firefox'`. */
function connectionOf(browser: Browser): BidiConnection {
  const connection = (browser as unknown as { connection?: BidiConnection }).connection;
  if (!connection) throw new Error('not a WebDriver BiDi browser');
  return connection;
}

/** The BiDi browsing context of a page's main frame. */
function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

/**
 * Runs `fn(root, arg)` on the shadow root of the first element matching `host`
 * and returns its result (JSON-serialisable); `null` when there is no such host.
 */
export async function inShadow<A, T>(
  page: Page,
  host: string,
  fn: (root: ShadowRoot, arg: A) => T | Promise<T>,
  arg: A,
): Promise<T | null> {
  const bidi = connectionOf(page.browser());
  const target = { context: contextOf(page) };
  const found = await bidi.send('script.evaluate', {
    expression: `document.querySelector(${JSON.stringify(host)})`,
    target,
    awaitPromise: false,
    resultOwnership: 'root',
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const shadow = found.result.result?.value?.shadowRoot;
  if (found.result.type !== 'success' || !shadow?.sharedId) return null;
  const reply = await bidi.send('script.callFunction', {
    functionDeclaration: `async function (arg) { return JSON.stringify(await (${fn.toString()})(this, JSON.parse(arg))); }`,
    this: { sharedId: shadow.sharedId },
    arguments: [{ type: 'string', value: JSON.stringify(arg) }],
    target,
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (reply.result.type !== 'success')
    throw new Error(`in ${host}'s shadow root: ${reply.result.exceptionDetails?.text ?? 'failed'}`);
  const text = reply.result.result?.value;
  return typeof text === 'string' ? (JSON.parse(text) as T) : null;
}

/** How many elements match `selector` inside `host`'s shadow root (0 without a host). */
export async function shadowCount(page: Page, host: string, selector: string): Promise<number> {
  return (await inShadow(page, host, (root, sel) => root.querySelectorAll(sel).length, selector)) ?? 0;
}

/** Text of the first match of `selector` inside `host`'s shadow root, or null. */
export async function shadowText(page: Page, host: string, selector: string): Promise<string | null> {
  return inShadow(page, host, (root, sel) => root.querySelector(sel)?.textContent ?? null, selector);
}

/** Waits until `selector` matches inside `host`'s shadow root. */
export async function waitForShadow(page: Page, host: string, selector: string, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  while ((await shadowCount(page, host, selector)) === 0) {
    if (Date.now() > until) throw new Error(`${host} ${selector} did not appear within ${timeout} ms`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Clicks the first match of `selector` in `host`'s shadow root with the mouse, as a reader would. */
export async function shadowClick(page: Page, host: string, selector: string): Promise<void> {
  await waitForShadow(page, host, selector);
  const box = await inShadow(
    page,
    host,
    (root, sel) => {
      const element = root.querySelector(sel);
      element?.scrollIntoView({ block: 'nearest' });
      const rect = element?.getBoundingClientRect();
      return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
    },
    selector,
  );
  if (!box) throw new Error(`${host} ${selector} is gone`);
  await page.mouse.click(box.x, box.y);
}

/** Types `text` into a field of `host`'s shadow root as a reader would: click until it has focus, type, and check it took. */
export async function shadowType(page: Page, host: string, selector: string, text: string): Promise<void> {
  const focused = (): Promise<boolean | null> =>
    inShadow(page, host, (root, sel) => root.activeElement === root.querySelector(sel), selector);
  for (let attempt = 0; attempt < 5 && !(await focused()); attempt++) {
    await shadowClick(page, host, selector);
    await new Promise((done) => setTimeout(done, 100));
  }
  await page.keyboard.type(text);
  const value = await inShadow(
    page,
    host,
    (root, sel) => (root.querySelector(sel) as HTMLTextAreaElement | null)?.value ?? null,
    selector,
  );
  if (value !== text)
    throw new Error(`${host} ${selector} holds ${JSON.stringify(value)} after typing ${JSON.stringify(text)}`);
}
