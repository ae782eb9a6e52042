import { describe, expect, it } from 'vitest';

import { findArticleRegion } from '@/lib/page/article';
import { Highlighter } from '@/lib/page/highlighter';
import { MARK_CSS } from '@/lib/page/mark-styles';
import { readPageText } from '@/lib/page/text-map';
import type { ArticleRegion, HighlightHit } from '@/lib/page/types';

import { allNodes, snapshot } from './dom-snapshot';
import { loadIntoDocument } from './fixtures';

function setUp(body: string) {
  const document = loadIntoDocument(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`);
  const region: ArticleRegion = {
    root: document.getElementById('root') as Element,
    headline: null,
    source: 'semantic',
  };
  const reading = readPageText(region);
  const span = (text: string, from = 0): { start: number; end: number } => {
    const start = reading.page.text.indexOf(text, from);
    if (start < 0) throw new Error(`not in page text: ${text}`);
    return { start, end: start + text.length };
  };
  return { document, region, ...reading, span };
}

const marksIn = (root: ParentNode): HTMLElement[] => [...root.querySelectorAll<HTMLElement>('parallax-mark')];

describe('Highlighter', () => {
  it('wraps a hit over inline elements in several marks with the same contract attributes', async () => {
    const { document, map, span } = setUp(
      '<div id="root"><p>The unit of the <a href="#">Luhansk <em>People\'s</em> Republic</a> refused.</p></div>',
    );
    const highlighter = new Highlighter(document);
    const hit: HighlightHit = {
      kind: 'claim',
      id: 'lpr-refusal',
      eventId: 'lpr-video',
      ...span("unit of the Luhansk People's Republic refused"),
    };
    const report = await highlighter.apply(map, [hit]);
    const marks = marksIn(document);
    expect(marks.map((mark) => mark.textContent)).toEqual([
      'unit of the ',
      'Luhansk ',
      "People's",
      ' Republic',
      ' refused',
    ]);
    for (const mark of marks) {
      expect(mark.getAttribute('data-parallax-kind')).toBe('claim');
      expect(mark.getAttribute('data-parallax-id')).toBe('lpr-refusal');
      expect(mark.getAttribute('data-parallax-event')).toBe('lpr-video');
      expect(mark.getAttribute('role')).toBe('mark');
      expect(mark.hasAttribute('tabindex')).toBe(false);
    }
    expect(report.drawn[0]?.marks).toEqual(marks);
    expect(highlighter.marksOfHit(marks[2] as HTMLElement)).toEqual(marks);
    // The link and the emphasis stay where they were, with the marks inside them.
    expect(document.querySelector('a')?.textContent).toBe("Luhansk People's Republic");
    expect((document.querySelector('em')?.firstChild as Element).tagName).toBe('PARALLAX-MARK');
  });

  it('nests entity marks inside claim marks, whatever order the hits arrive in', async () => {
    const { document, map, span } = setUp(
      '<div id="root"><p>Ukraine denied that Kyiv was involved in the killing of Darya Dugina.</p></div>',
    );
    const highlighter = new Highlighter(document);
    const sentence = span('Ukraine denied that Kyiv was involved in the killing of Darya Dugina.');
    const report = await highlighter.apply(map, [
      { kind: 'entity', id: 'darya-dugina', ...span('Darya Dugina') },
      { kind: 'entity', id: 'ukraine', ...span('Ukraine') },
      { kind: 'claim', id: 'ukraine-denies', eventId: 'dugina-killing', ...sentence },
    ]);
    expect(report.skipped).toEqual([]);
    const claim = document.querySelector('parallax-mark[data-parallax-kind="claim"]') as Element;
    expect(claim.textContent).toBe('Ukraine denied that Kyiv was involved in the killing of Darya Dugina.');
    const entities = [...claim.querySelectorAll('parallax-mark[data-parallax-kind="entity"]')].map(
      (mark) => mark.textContent,
    );
    expect(entities).toEqual(['Ukraine', 'Darya Dugina']);
    expect(marksIn(document)).toHaveLength(3);
  });

  it('skips entities overlapping drawn entities and spans crossing a claim, and says why', async () => {
    const { document, map, span } = setUp('<div id="root"><p>Alexander Dugin spoke. Then Darya Dugina left.</p></div>');
    const highlighter = new Highlighter(document);
    const claim: HighlightHit = { kind: 'claim', id: 'c', eventId: 'e', ...span('Alexander Dugin spoke.') };
    const overlapping: HighlightHit = { kind: 'entity', id: 'dugin-short', ...span('Dugin') };
    const crossing: HighlightHit = { kind: 'flag', id: 'f', ...span('spoke. Then') };
    const report = await highlighter.apply(map, [
      claim,
      { kind: 'entity', id: 'alexander-dugin', ...span('Alexander Dugin') },
      overlapping,
      crossing,
    ]);
    expect(report.skipped).toEqual([
      { hit: crossing, reason: 'overlap' },
      { hit: overlapping, reason: 'overlap' },
    ]);
    expect(marksIn(document)).toHaveLength(2);
  });

  it('caps the number of highlights and reports the hits left out', async () => {
    const { document, map, page } = setUp(`<div id="root"><p>${'word '.repeat(50)}</p></div>`);
    const hits: HighlightHit[] = [...page.text.matchAll(/word/g)].map((match, index) => ({
      kind: 'entity',
      id: `w${index}`,
      start: match.index,
      end: match.index + 4,
    }));
    const report = await new Highlighter(document, { maxHighlights: 10 }).apply(map, hits);
    expect(report.drawn).toHaveLength(10);
    expect(report.skipped).toHaveLength(40);
    expect(report.skipped.every((skipped) => skipped.reason === 'cap')).toBe(true);
    expect(marksIn(document)).toHaveLength(10);
  });

  it('restores the exact original DOM: same nodes, same text nodes, nothing merged that was separate', async () => {
    const { document, map, span } = setUp(
      '<div id="root"><p id="p">Darya Dugina, the daughter of <a href="#">Alexander Dugin</a>, died.</p><p id="q"></p></div>',
    );
    // Two adjacent text nodes the page made separately: they must stay two nodes.
    const q = document.getElementById('q') as Element;
    q.append(document.createTextNode('Ukraine denied '), document.createTextNode('involvement in the attack.'));
    const reading = readPageText({
      root: document.getElementById('root') as Element,
      headline: null,
      source: 'semantic',
    });
    const before = snapshot(document.documentElement);
    const nodesBefore = allNodes(document.documentElement);
    const textBefore = document.documentElement.textContent;
    const highlighter = new Highlighter(document);
    await highlighter.apply(map, [
      { kind: 'claim', id: 'c1', eventId: 'e1', ...span('Darya Dugina, the daughter of Alexander Dugin, died.') },
      { kind: 'entity', id: 'dugina', ...span('Dugina') },
      { kind: 'entity', id: 'dugin', ...span('Dugin,') },
    ]);
    const denied = reading.page.text.indexOf('denied involvement');
    await highlighter.apply(reading.map, [
      { kind: 'entity', id: 'x', start: denied, end: denied + 'denied involvement'.length },
    ]);
    expect(marksIn(document).length).toBeGreaterThan(4);
    expect(document.documentElement.textContent).toBe(textBefore);
    highlighter.removeAll();
    expect(snapshot(document.documentElement)).toBe(before);
    const nodesAfter = allNodes(document.documentElement);
    expect(nodesAfter).toHaveLength(nodesBefore.length);
    nodesAfter.forEach((node, index) => expect(node).toBe(nodesBefore[index]));
    expect(q.childNodes).toHaveLength(2);
  });

  it('keeps textContent identical before, during (between slices) and after highlighting', async () => {
    const document = loadIntoDocument('news-article.html');
    const region = findArticleRegion(document) as ArticleRegion;
    const { page, map } = readPageText(region);
    const textBefore = document.documentElement.textContent;
    const hits: HighlightHit[] = [...page.text.matchAll(/\b\w{5,}\b/g)].map((match, index) => ({
      kind: 'entity',
      id: `e${index}`,
      start: match.index,
      end: match.index + match[0].length,
    }));
    const highlighter = new Highlighter(document, { maxHighlights: 1000 });
    const during: string[] = [];
    const observer = setInterval(() => during.push(document.documentElement.textContent ?? ''), 0);
    const report = await highlighter.apply(map, hits, { timeBudgetMs: 0 });
    clearInterval(observer);
    expect(report.slices).toBeGreaterThan(1);
    expect(during.every((text) => text === textBefore)).toBe(true);
    expect(document.documentElement.textContent).toBe(textBefore);
    highlighter.removeAll();
    expect(document.documentElement.textContent).toBe(textBefore);
  });

  it('adds one prefixed stylesheet while highlights exist and removes it afterwards', async () => {
    const { document, map, span } = setUp('<div id="root"><p>Kyiv Post reported it.</p></div>');
    const sheetsBefore = document.adoptedStyleSheets.length;
    const styleElementsBefore = document.querySelectorAll('style').length;
    const highlighter = new Highlighter(document);
    await highlighter.apply(map, [{ kind: 'entity', id: 'kyiv-post', ...span('Kyiv Post') }]);
    const added =
      document.adoptedStyleSheets.length - sheetsBefore + document.querySelectorAll('style[data-parallax]').length;
    expect(added).toBe(1);
    highlighter.removeAll();
    expect(document.adoptedStyleSheets).toHaveLength(sheetsBefore);
    expect(document.querySelectorAll('style')).toHaveLength(styleElementsBefore);
  });

  it('removes the highlights of one entity and keeps the rest', async () => {
    const { document, map, span } = setUp('<div id="root"><p>Dugin met Dugina.</p></div>');
    const before = snapshot(document.documentElement);
    const highlighter = new Highlighter(document);
    await highlighter.apply(map, [
      { kind: 'entity', id: 'dugin', ...span('Dugin') },
      { kind: 'entity', id: 'dugina', ...span('Dugina') },
    ]);
    highlighter.remove((hit) => hit.id === 'dugin');
    expect(marksIn(document).map((mark) => mark.getAttribute('data-parallax-id'))).toEqual(['dugina']);
    expect(highlighter.count).toBe(1);
    highlighter.removeAll();
    expect(snapshot(document.documentElement)).toBe(before);
  });

  it('removes a claim around an entity without moving text, and merges only what became adjacent', async () => {
    const { document, map, span } = setUp(
      '<div id="root"><p id="p">Before. Officials in Kyiv denied it. After.</p></div>',
    );
    const before = snapshot(document.documentElement);
    const textBefore = document.documentElement.textContent;
    const highlighter = new Highlighter(document);
    await highlighter.apply(map, [
      { kind: 'claim', id: 'c', eventId: 'e', ...span('Officials in Kyiv denied it.') },
      { kind: 'entity', id: 'kyiv', ...span('Kyiv') },
    ]);
    highlighter.remove((hit) => hit.kind === 'claim');
    expect(document.documentElement.textContent).toBe(textBefore);
    const paragraph = document.getElementById('p') as Element;
    // Text before the entity merged back into one node; the entity keeps its own.
    expect([...paragraph.childNodes].map((node) => node.textContent)).toEqual([
      'Before. Officials in ',
      'Kyiv',
      ' denied it. After.',
    ]);
    highlighter.removeAll();
    expect(snapshot(document.documentElement)).toBe(before);
  });

  it('undoes everything when its signal is aborted, even in the middle of an apply', async () => {
    const { document, map, page } = setUp(
      `<div id="root">${'<p>Claim sentence about the event, with a figure of 45,000.</p>'.repeat(200)}</div>`,
    );
    const before = snapshot(document.documentElement);
    const controller = new AbortController();
    const highlighter = new Highlighter(document, { signal: controller.signal, maxHighlights: 1000 });
    const hits: HighlightHit[] = page.blocks.map((block, index) => ({
      kind: 'claim',
      id: `c${index}`,
      eventId: 'e',
      ...block,
    }));
    const pending = highlighter.apply(map, hits, { timeBudgetMs: 0 });
    await Promise.resolve();
    controller.abort();
    const report = await pending;
    expect(report.skipped.some((skipped) => skipped.reason === 'aborted')).toBe(true);
    expect(report.drawn).toEqual([]);
    expect(snapshot(document.documentElement)).toBe(before);
  });

  it('reports hits whose text the page has since removed, and draws nothing for them', async () => {
    const { document, map, span } = setUp(
      '<div id="root"><p id="gone">Removed paragraph.</p><p>Kept paragraph.</p></div>',
    );
    const gone = span('Removed');
    document.getElementById('gone')?.remove();
    const hit: HighlightHit = { kind: 'entity', id: 'x', ...gone };
    const report = await new Highlighter(document).apply(map, [hit, { kind: 'entity', id: 'y', ...span('Kept') }]);
    expect(report.skipped).toEqual([{ hit, reason: 'unmappable' }]);
    expect(marksIn(document)).toHaveLength(1);
  });

  it('works in time slices on a huge page, yielding to the page in between, and draws every hit', async () => {
    const paragraph =
      '<p>Officials said the strike hit a depot near Donetsk, and that <a href="#">Russian forces</a> had lost 45,000 soldiers.</p>';
    const { document, map, page } = setUp(`<div id="root">${paragraph.repeat(3000)}</div>`);
    const hits: HighlightHit[] = [];
    for (const match of page.text.matchAll(/Donetsk|Russian forces/g))
      hits.push({ kind: 'entity', id: match[0], start: match.index, end: match.index + match[0].length });
    const highlighter = new Highlighter(document, { maxHighlights: 10_000 });
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 0);
    const started = performance.now();
    const report = await highlighter.apply(map, hits, { timeBudgetMs: 8 });
    const elapsed = performance.now() - started;
    clearInterval(ticker);
    expect(report.drawn).toHaveLength(6000);
    expect(report.slices).toBeGreaterThan(3);
    // Slices average near the budget and page timers ran in between. (The longest slice is not
    // asserted here: a garbage-collection pause in the simulated DOM can land in any slice.)
    expect(elapsed / report.slices).toBeLessThan(40);
    expect(ticks).toBeGreaterThan(0);
    console.log(
      `6000 hits in ${report.slices} slices, ${(elapsed / report.slices).toFixed(1)} ms per slice on average, longest ${report.longestSliceMs.toFixed(1)} ms`,
    );
    highlighter.removeAll();
    expect(marksIn(document)).toHaveLength(0);
  });

  it('never registers parallax-mark, so page scripts can read highlights in every browser', async () => {
    const { document, map, span } = setUp('<div id="root"><p>Luhansk</p></div>');
    await new Highlighter(document).apply(map, [{ kind: 'entity', id: 'luhansk', ...span('Luhansk') }]);
    const mark = document.querySelector('parallax-mark');
    expect(mark?.textContent).toBe('Luhansk');
    // A class registered from a Firefox content script would deny the page access to the element.
    expect(customElements.get('parallax-mark')).toBeUndefined();
    expect(mark?.constructor).toBe(window.HTMLElement);
  });

  it('styles only parallax-mark elements, with dark, reduced-motion and forced-colors variants', () => {
    const selectors =
      MARK_CSS.replace(/@media[^{]+\{/g, '')
        .replace(/@keyframes[^{]+\{[^}]*\}[^}]*\}[^}]*\}/g, '')
        .match(/[^{}]+(?=\{)/g) ?? [];
    for (const selector of selectors)
      for (const part of selector.split(',')) expect(part.trim()).toMatch(/^parallax-mark\[/);
    expect(MARK_CSS).toMatch(/prefers-color-scheme: dark/);
    expect(MARK_CSS).toMatch(/prefers-reduced-motion: reduce/);
    expect(MARK_CSS).toMatch(/forced-colors: active/);
    expect(MARK_CSS).not.toMatch(/(?:^|[\s;{])(?:padding|margin|border(?:-width)?)\s*:\s*(?![\s0])/);
  });
});
