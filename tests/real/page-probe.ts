// Bundled into each page by chromium-timing.ts: times article finding against
// a plain text pass over the same page, then highlights and restores.
import { findArticleRegion } from '@/lib/page/article';
import { Highlighter } from '@/lib/page/highlighter';
import { readPageText } from '@/lib/page/text-map';
import type { HighlightHit } from '@/lib/page/types';

const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function serialise(root: Node): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    const element = node.nodeType === 1 ? (node as Element) : null;
    parts.push(
      element
        ? `${element.tagName} ${[...element.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}`
        : `${node.nodeType}:${node.nodeValue ?? ''}`,
    );
  }
  return parts.join('\n');
}

// Baseline: one TreeWalker pass over every text node of <body>, the least any text reading costs.
function textPass(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let length = 0;
  while (walker.nextNode()) length += (walker.currentNode as Text).data.length;
  return length;
}

async function probe() {
  // Each sample times several repetitions: Chromium's clock is coarse (0.1 ms) next to one baseline pass.
  const repeat = 5;
  const regionTimes: number[] = [];
  const baselineTimes: number[] = [];
  let region = null;
  for (let round = 0; round < 7; round += 1) {
    let started = performance.now();
    for (let index = 0; index < repeat; index += 1) textPass();
    baselineTimes.push((performance.now() - started) / repeat);
    started = performance.now();
    for (let index = 0; index < repeat; index += 1) {
      region = findArticleRegion(document);
      if (region) readPageText(region);
    }
    regionTimes.push((performance.now() - started) / repeat);
  }
  const result = {
    found: region !== null,
    regionMs: median(regionTimes),
    baselineMs: median(baselineTimes),
    longestSliceMs: 0,
    drawn: 0,
    restored: true,
  };
  if (!region) return result;
  const reading = readPageText(region);
  const hits: HighlightHit[] = [];
  for (const [index, block] of reading.page.blocks.entries()) {
    const end = Math.min(block.end, block.start + 60);
    hits.push({ kind: 'claim', id: `c${index}`, eventId: 'e', start: block.start, end });
    hits.push({ kind: 'entity', id: `e${index}`, start: block.start, end: Math.min(end, block.start + 8) });
  }
  const before = serialise(document.documentElement);
  const highlighter = new Highlighter(document, { maxHighlights: 300 });
  const report = await highlighter.apply(reading.map, hits);
  highlighter.removeAll();
  result.longestSliceMs = report.longestSliceMs;
  result.drawn = report.drawn.length;
  result.restored = serialise(document.documentElement) === before;
  return result;
}

(globalThis as { parallaxProbe?: typeof probe }).parallaxProbe = probe;
