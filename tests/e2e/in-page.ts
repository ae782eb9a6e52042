/**
 * Functions that run inside a test page, shared by the Chromium (Playwright) and
 * Firefox (puppeteer) suites: both drivers pass a function and its argument to
 * the page the same way.
 */

/** The body text of the page as served, parsed afresh, next to the live body text (scripts, styles, noscript and templates left out). */
export const servedAndLiveText = async (): Promise<{ served: string; live: string }> => {
  const visibleText = (body: HTMLElement): string => {
    const copy = body.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll('script, style, noscript, template')) el.remove();
    return copy.textContent ?? '';
  };
  const html = await (await fetch(location.href)).text();
  return {
    served: visibleText(new DOMParser().parseFromString(html, 'text/html').body),
    live: visibleText(document.body),
  };
};

/** Selects `wanted` inside the article, as a reader dragging over it would, across highlight elements. */
export const selectInArticle = (wanted: string): void => {
  const nodes: { node: Text; start: number }[] = [];
  let all = '';
  const walker = document.createTreeWalker(document.querySelector('article') as Node, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    nodes.push({ node, start: all.length });
    all += node.data;
  }
  const at = all.indexOf(wanted);
  if (at < 0) throw new Error(`"${wanted}" is not on the page`);
  const locate = (offset: number, end: boolean): [Text, number] => {
    const hit = nodes.filter((n) => (end ? n.start < offset : n.start <= offset)).pop() as {
      node: Text;
      start: number;
    };
    return [hit.node, offset - hit.start];
  };
  const range = document.createRange();
  range.setStart(...locate(at, false));
  range.setEnd(...locate(at + wanted.length, true));
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
};

/** How long Parallax's first scan of the page took (its `parallax:first-scan` measure), or -1 before it ended. */
export const firstScanMs = (): number => {
  const scan = performance.getEntriesByName('parallax:first-scan')[0];
  return scan ? scan.duration : -1;
};
