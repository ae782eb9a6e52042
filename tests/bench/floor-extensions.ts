/**
 * Extensions that do less than any Parallax could, for the benches to measure
 * the browser's floor beside Parallax in the same run: one whose content
 * script only marks the page once it is parsed, one that reads the page once
 * and asks its service worker, which answers at once, and one that imports an
 * empty module as soon as the page is parsed, as Parallax loads its parts.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The mark the reading floor sets when its worker's answer is handled in the page. */
export const FLOOR_ANSWERED = 'floor:answered';

/** The mark the import floor sets when its module is evaluated and the import resolved. */
export const FLOOR_IMPORTED = 'floor:imported';

/** Pages the floors run on: every http(s) page, as Parallax's content script. */
const PAGES = ['http://*/*', 'https://*/*'];

/**
 * Writes an extension of one content script, run at `document_start` on every page, and its service worker;
 * `resources` are further files, web-accessible with a per-session URL as Parallax's parts are.
 */
async function writeExtension(
  dir: string,
  name: string,
  worker: string,
  content: string,
  resources: Record<string, string> = {},
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const files = Object.keys(resources);
  const manifest = {
    manifest_version: 3,
    name,
    version: '1.0',
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: PAGES, js: ['content.js'], run_at: 'document_start' }],
    ...(files.length > 0
      ? { web_accessible_resources: [{ resources: files, matches: PAGES, use_dynamic_url: true }] }
      : {}),
  };
  for (const [file, text] of Object.entries(resources)) await writeFile(join(dir, file), text);
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'worker.js'), worker);
  await writeFile(join(dir, 'content.js'), content);
}

/** Content-script code that runs `run` (a function's source) once the page is parsed. */
function onceParsed(run: string): string {
  return `const run = ${run};
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
else run();
`;
}

/** Content-script code that marks the page ready, and the moment as `mark` when there is one. */
function ready(mark?: string): string {
  return `${mark ? `performance.mark('${mark}'); ` : ''}document.documentElement.setAttribute('data-parallax-state', 'ready')`;
}

/**
 * An extension whose content script, on every page, only marks the page ready once it is parsed.
 * Its service worker does nothing; it is there because the launcher waits for one.
 */
export async function writeFloorExtension(dir: string): Promise<void> {
  await writeExtension(dir, 'Empty content script', '', onceParsed(`() => setTimeout(() => ${ready()})`));
}

/**
 * An extension whose content script does the least a look at the page can: once the page is parsed it reads
 * the paragraphs' text (as Parallax's first look does), sends it to its service worker, and marks the page
 * ready with the answer (and the moment as `FLOOR_ANSWERED`); it listens for tab requests, as Parallax must
 * for its side panel.
 */
export async function writeReadingFloorExtension(dir: string): Promise<void> {
  await writeExtension(
    dir,
    'Content script that reads the page once',
    `chrome.runtime.onMessage.addListener((message, sender, reply) => reply({ worth: false }));\n`,
    `chrome.runtime.onMessage.addListener(() => undefined);
${onceParsed(`() => setTimeout(() => {
  const parts = [];
  for (const p of document.body.getElementsByTagName('p')) parts.push(p.textContent);
  chrome.runtime.sendMessage({ text: parts.join('\\n') }).then(() => { ${ready(FLOOR_ANSWERED)}; });
})`)}`,
  );
}

/**
 * An extension whose content script, once the page is parsed, imports an empty module of its own (as Parallax
 * imports its wiring and the part that reads and draws), and marks the page ready (and the moment as
 * `FLOOR_IMPORTED`) when the import resolves. No part of a content script loaded on demand can run sooner.
 */
export async function writeImportFloorExtension(dir: string): Promise<void> {
  await writeExtension(
    dir,
    'Content script that imports an empty module',
    '',
    onceParsed(`() => import(chrome.runtime.getURL('/empty.js')).then(() => { ${ready(FLOOR_IMPORTED)}; })`),
    { 'empty.js': 'export {};\n' },
  );
}
