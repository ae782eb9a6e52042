/**
 * `npm run dataset:synth -- --entities 100000 --claims 10000 --out FILE [--seed N]`:
 * writes a deterministic synthetic pack for load and matching benchmarks.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { synthPack, type SynthOptions } from '../dataset/synth';

/** Parsed command line. */
export interface SynthArgs extends SynthOptions {
  out: string;
}

function readInt(argv: readonly string[], name: string, fallback?: number): number {
  const i = argv.indexOf(`--${name}`);
  if (i === -1) {
    if (fallback === undefined) throw new Error(`--${name} is required`);
    return fallback;
  }
  const value = Number(argv[i + 1]);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`--${name} needs a whole number, got ${JSON.stringify(argv[i + 1])}`);
  return value;
}

/** Parses `--entities N --claims N --out FILE [--seed N]`; throws a readable error on bad input. */
export function parseSynthArgs(argv: readonly string[]): SynthArgs {
  const outAt = argv.indexOf('--out');
  const out = outAt === -1 ? undefined : argv[outAt + 1];
  if (out === undefined || out.startsWith('--')) throw new Error('--out FILE is required');
  return { entities: readInt(argv, 'entities'), claims: readInt(argv, 'claims'), seed: readInt(argv, 'seed', 1), out };
}

function main(argv: readonly string[]): number {
  let args: SynthArgs;
  try {
    args = parseSynthArgs(argv);
  } catch (thrown) {
    process.stderr.write(
      `${thrown instanceof Error ? thrown.message : String(thrown)}\nusage: dataset:synth -- --entities N --claims N --out FILE [--seed N]\n`,
    );
    return 2;
  }
  const pack = synthPack(args);
  const file = resolve(args.out);
  writeFileSync(file, JSON.stringify(pack));
  const aliases = pack.entities.reduce((n, e) => n + e.aliases.length, 0);
  process.stdout.write(
    `${file}: ${pack.entities.length} entities (${aliases} aliases), ${pack.events.length} events, ${pack.claims.length} claims, ${pack.reports.length} reports, seed ${args.seed}\n`,
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
