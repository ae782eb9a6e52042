/**
 * `npm run match -- FILE [--pack FILE] [--json]`: prints what Parallax
 * recognises in an article (HTML or plain text), with scores and explanations,
 * through exactly the engine API the extension uses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

import { PACK_SOURCE_FILE } from '../build/pack-file';
import type { Pack } from '../dataset/types';
import { compileIndex, loadIndex, matchPage, serializeIndex } from '../match/index';
import type { PageText, TextSpan } from '../match/types';

const DEFAULT_PACKS = [PACK_SOURCE_FILE, 'tests/fixtures/match-pack.json'];
const BLOCK_TAGS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'TD',
  'TH',
  'DT',
  'DD',
  'PRE',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'TR',
  'BR',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'ASIDE']);

/** Plain text: every non-empty line is a block (news text files put one paragraph per line). */
function textToPage(raw: string): PageText {
  const blocks: TextSpan[] = [];
  let pos = 0;
  for (const line of raw.split('\n')) {
    if (line.trim()) blocks.push({ start: pos, end: pos + line.length });
    pos += line.length + 1;
  }
  return { text: raw, blocks };
}

/** HTML: the text of <article> (or <body>), one block per block-level element; deliberately simple. */
function htmlToPage(raw: string): PageText {
  const { document } = parseHTML(raw);
  const root = document.querySelector('article') ?? document.body;
  let text = '';
  const blocks: TextSpan[] = [];
  let blockStart = 0;
  const close = (): void => {
    if (text.slice(blockStart).trim()) blocks.push({ start: blockStart, end: text.length });
    if (text.length > 0 && !text.endsWith('\n')) text += '\n';
    blockStart = text.length;
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      text += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) close();
    node.childNodes.forEach(walk);
    if (block) close();
  };
  if (root) walk(root);
  close();
  const lang = document.documentElement.getAttribute('lang');
  return { text, blocks, ...(lang ? { lang } : {}) };
}

function parseArgs(argv: string[]): { file: string; pack: string; json: boolean } {
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--pack');
  const packIdx = argv.indexOf('--pack');
  const pack = packIdx >= 0 ? argv[packIdx + 1] : DEFAULT_PACKS.find((p) => existsSync(p));
  if (!file || !pack) {
    console.error('usage: npm run match -- FILE [--pack FILE] [--json]');
    process.exit(2);
  }
  return { file, pack, json: argv.includes('--json') };
}

function quote(s: string, max = 160): string {
  const flat = s.replace(/\s+/g, ' ');
  return `"${flat.length > max ? flat.slice(0, max - 1) + '…' : flat}"`;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const pack = JSON.parse(readFileSync(args.pack, 'utf8')) as Pack;
  const raw = readFileSync(args.file, 'utf8');
  const page = /\.html?$/i.test(args.file) || /^\s*</.test(raw) ? htmlToPage(raw) : textToPage(raw);
  const t0 = performance.now();
  const compiled = compileIndex({ entities: pack.entities, claims: pack.claims, events: pack.events });
  const t1 = performance.now();
  const index = loadIndex(structuredClone(serializeIndex(compiled)));
  const t2 = performance.now();
  const result = matchPage(index, page);
  const t3 = performance.now();
  if (args.json) {
    console.log(JSON.stringify({ file: args.file, pack: args.pack, ...result }, null, 2));
    return;
  }
  const words = page.text.split(/\s+/).filter(Boolean).length;
  console.log(`${args.file}: ${words} words, ${page.blocks.length} blocks; pack ${args.pack}`);
  console.log(
    `index: compile ${(t1 - t0).toFixed(1)} ms, restore from structured clone ${(t2 - t1).toFixed(1)} ms; match ${(t3 - t2).toFixed(2)} ms`,
  );
  console.log(`\nEntities (${result.entities.length}):`);
  for (const e of result.entities) {
    const ctx = e.why.context ? `, context ${quote(e.why.context, 60)}` : '';
    console.log(
      `  ${String(e.start).padStart(6)} ${quote(page.text.slice(e.start, e.end), 50)} → ${e.id} (alias ${quote(e.why.alias, 50)} ${e.why.lang}${ctx})`,
    );
  }
  console.log(`\nClaims (${result.claims.length}):`);
  for (const c of result.claims) {
    console.log(`  ${c.score.toFixed(2)} ≥ ${c.why.threshold} ${c.id} [event ${c.eventId}]`);
    console.log(`       ${quote(page.text.slice(c.start, c.end))}`);
    console.log(
      `       terms: ${c.why.terms.join(', ') || '-'}; entities: ${c.why.entityIds.join(', ') || '-'}; figures: ${c.why.figures.join(', ') || '-'}`,
    );
  }
  const titles = new Map(pack.events.map((e) => [e.id, e.title]));
  const events = [...new Set(result.claims.map((c) => c.eventId))];
  console.log(`\nEvents (${events.length}):`);
  for (const id of events) {
    const n = result.claims.filter((c) => c.eventId === id).length;
    console.log(`  ${id}: ${titles.get(id) ?? '(unknown event)'} — ${n} sentence(s)`);
  }
}

main();
