import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import linter, { type LinterMessage, type LinterResult } from 'addons-linter';
import { beforeAll, describe, expect, inject, it } from 'vitest';

import { loadPackages } from './packages';
import type { ZipContents } from './zip-reader';

/** Findings about code execution, HTML injection, remote code, permissions or data collection. */
const SECURITY_CODE =
  /UNSAFE|EVAL|DOCUMENT_WRITE|SCRIPT|COINMINER|LIBRARY|FLAGGED|CSP|PERMISSION|HOST|UPDATE_URL|HIDDEN|DATA_COLLECTION/;
/**
 * Preact's renderer assigns `dangerouslySetInnerHTML.__html` to the element's HTML;
 * it runs only for a component that passes that prop, which no Parallax component
 * does (the lint bans it, and the last test here checks the sources).
 */
const PREACT_HTML_PROP_SINK = /^[\w$]+\.innerHTML=[\w$]+\.__html\b/;
const VIEW_SOURCES = ['components', 'entrypoints', 'lib'];

const describeMessage = (m: LinterMessage): string =>
  `${m.code} ${m.file ?? ''}:${m.line ?? ''}:${m.column ?? ''} ${m.message}`;

/** The files each part of the content script imports, through its one `import()`: the wiring and the heavy part. */
const OWN_IMPORTS: Record<string, string[]> = {
  'content-scripts/parallax.js': ['"/parallax-look.js"', '"/parallax-page.js"'],
  'parallax-look.js': ['"/parallax-page.js"'],
};

/**
 * Whether `message` is the linter's flag on one of the content script's own
 * `import()`s: the first look imports the wiring by
 * `runtime.getURL('/parallax-look.js')` (lib/content/first-look.ts) and, on a
 * page worth reading, the heavy part beside it by
 * `runtime.getURL('/parallax-page.js')`, as the wiring does when it needs it
 * (lib/content/page-module.ts). The linter flags any `import()` of a computed
 * URL, and each of these is always a file of the package.
 */
function isOwnPartImport(zip: ZipContents, message: LinterMessage): boolean {
  const imported = OWN_IMPORTS[message.file ?? ''];
  if (message.code !== 'UNSAFE_VAR_ASSIGNMENT' || !imported) return false;
  if (!/\bimport\b/.test(message.message)) return false;
  const text = zip.files.get(message.file ?? '')?.toString('utf8') ?? '';
  return (text.match(/\bimport\(/g) ?? []).length === 1 && imported.every((path) => text.includes(path));
}

/** Whether `message` points at Preact's own HTML-prop assignment in the bundled file. */
function isPreactHtmlPropSink(zip: ZipContents, message: LinterMessage): boolean {
  if (message.code !== 'UNSAFE_VAR_ASSIGNMENT' || !message.file || !message.line || !message.column) return false;
  const line = zip.files.get(message.file)?.toString('utf8').split('\n')[message.line - 1] ?? '';
  // The linter's columns count from 1.
  return PREACT_HTML_PROP_SINK.test(line.slice(message.column - 1));
}

describe('Mozilla’s add-on linter on the Firefox package', () => {
  let zip: ZipContents;
  let result: LinterResult;

  beforeAll(async () => {
    zip = (await loadPackages(inject('packageDir'))).firefox;
    const instance = linter.createInstance({
      config: {
        _: [zip.path],
        logLevel: 'fatal',
        stack: false,
        pretty: false,
        warningsAsErrors: false,
        metadata: false,
        output: 'none',
        boring: true,
        selfHosted: false,
      },
      runAsBinary: false,
    });
    result = await instance.run();
    const findings = [...result.errors, ...result.warnings, ...result.notices].map(
      (m) => `  ${m._type} ${describeMessage(m)}`,
    );
    console.log(
      [
        `addons-linter: ${result.summary.errors} errors, ${result.summary.warnings} warnings, ${result.summary.notices} notices`,
        ...findings,
      ].join('\n'),
    );
  });

  it('finds no error', () => {
    expect(result.errors.map(describeMessage)).toEqual([]);
  });

  it('raises no security or privacy warning beyond Preact’s unused HTML prop and the imports of its own parts', () => {
    const security = [...result.warnings, ...result.notices].filter((m) => SECURITY_CODE.test(m.code));
    expect(
      security.filter((m) => !isPreactHtmlPropSink(zip, m) && !isOwnPartImport(zip, m)).map(describeMessage),
    ).toEqual([]);
    // Preact is bundled twice at most (the page's heavy part, the extension pages), and two imports.
    expect(
      security
        .filter((m) => isOwnPartImport(zip, m))
        .map((m) => m.file)
        .sort(),
    ).toEqual(Object.keys(OWN_IMPORTS).sort());
    expect(security.length).toBeLessThanOrEqual(4);
  });

  it('leaves Preact’s HTML prop unused in every view', async () => {
    const files = (
      await Promise.all(VIEW_SOURCES.map((dir) => readdir(dir, { recursive: true, withFileTypes: true })))
    ).flat();
    const sources = files
      .filter((f) => f.isFile() && /\.(ts|tsx)$/.test(f.name))
      .map((f) => join(f.parentPath, f.name));
    expect(sources.length).toBeGreaterThan(20);
    const users: string[] = [];
    for (const path of sources) if (/dangerouslySetInnerHTML/.test(await readFile(path, 'utf8'))) users.push(path);
    expect(users).toEqual([]);
  });
});
