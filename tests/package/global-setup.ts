/**
 * Provides the folder holding the store packages to every test file: a fresh
 * build in a temporary folder, or, with PARALLAX_PACKAGE_DIR set, the zips
 * already there (e.g. `.output` after `npm run zip`).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  /** Values the setup hands to the test files. */
  export interface ProvidedContext {
    packageDir: string;
  }
}

/** Runs the build in its own process, with the environment a developer's `npm run zip` has. */
function build(outDir: string): Promise<void> {
  // Vitest sets NODE_ENV=test (and its own VITEST* variables), which would reach the bundler
  // and build something other than what ships.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
  );
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [resolve('node_modules/tsx/dist/cli.mjs'), 'tests/package/build-packages.ts', outDir],
      { env, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`Building the packages failed (exit code ${String(code)}).`)),
    );
  });
}

/** Builds (or finds) the packages before any test file runs; removes a temporary build afterwards. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.PARALLAX_PACKAGE_DIR;
  if (given) {
    project.provide('packageDir', resolve(given));
    return async () => undefined;
  }
  const outDir = await mkdtemp(join(tmpdir(), 'parallax-packages-'));
  await build(outDir);
  project.provide('packageDir', outDir);
  return () => rm(outDir, { recursive: true, force: true });
}
