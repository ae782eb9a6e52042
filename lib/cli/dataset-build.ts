/**
 * `npm run dataset:build [-- --src DIR] [--out FILE] [--check]`: builds the pack
 * from its source files (assets/pack/src: pack.json, outlets.json,
 * entities.json, events/*.json). Each file is checked against the published
 * JSON Schema (assets/pack/schema/pack-source.schema.json), the whole pack
 * against the pack rules; nothing is written when anything is wrong. With
 * `--check`, it only says whether the built pack equals the file at `--out`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';

import { PACK_SOURCE_FILE } from '../build/pack-file';
import { assemblePack, type EventSource, type PackSources } from '../dataset/build';
import { PACK_SCHEMA_VERSION, type Entity, type Outlet, type Pack } from '../dataset/types';
import { formatIssue, validatePack } from '../dataset/validate';

/** Where the sources and the schema live (the built pack: lib/build/pack-file.ts). */
export const SOURCE_DIR = 'assets/pack/src';
export const SCHEMA_FILE = 'assets/pack/schema/pack-source.schema.json';

/** The outcome of a build: the pack, or every problem found. */
export type BuildResult = { ok: true; pack: Pack; text: string } | { ok: false; problems: string[] };

function readJson(path: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (thrown) {
    problems.push(`${path}: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
    return undefined;
  }
}

/** Reads and checks the sources under `dir`, and assembles the pack. */
export function buildPack(dir = SOURCE_DIR, schemaFile = SCHEMA_FILE): BuildResult {
  const problems: string[] = [];
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addSchema(JSON.parse(readFileSync(schemaFile, 'utf8')) as object, 'source');
  const check = <T>(file: string, def: string): T | undefined => {
    const value = readJson(file, problems);
    if (value === undefined) return undefined;
    const validate = ajv.getSchema(`source#/$defs/${def}`);
    if (!validate) throw new Error(`The schema has no definition ${def}.`);
    if (!validate(value)) {
      for (const e of validate.errors ?? [])
        problems.push(`${file}: ${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
      return undefined;
    }
    return value as T;
  };
  const eventsDir = join(dir, 'events');
  const files = existsSync(eventsDir)
    ? readdirSync(eventsDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  const sources: PackSources = {
    pack: check<PackSources['pack']>(join(dir, 'pack.json'), 'packFile') ?? {
      schema: PACK_SCHEMA_VERSION,
      version: '0.0.0',
      date: '1970-01-01',
    },
    outlets: check<Outlet[]>(join(dir, 'outlets.json'), 'outletsFile') ?? [],
    entities: check<Entity[]>(join(dir, 'entities.json'), 'entitiesFile') ?? [],
    events: files.flatMap((f) => {
      const source = check<EventSource>(join(eventsDir, f), 'eventFile');
      if (source && `${source.event.id}.json` !== f)
        problems.push(`${join(eventsDir, f)}: holds event '${source.event.id}'; name the file ${source.event.id}.json`);
      return source ? [source] : [];
    }),
  };
  if (problems.length > 0) return { ok: false, problems };
  const validated = validatePack(assemblePack(sources));
  if (!validated.ok) return { ok: false, problems: validated.error.map(formatIssue) };
  return { ok: true, pack: validated.value, text: `${JSON.stringify(validated.value, null, 1)}\n` };
}

function arg(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

function main(argv: string[]): number {
  const src = arg(argv, '--src') ?? SOURCE_DIR;
  const out = arg(argv, '--out') ?? PACK_SOURCE_FILE;
  const result = buildPack(src);
  if (!result.ok) {
    console.error(`${src}: ${result.problems.length} problem(s); nothing written`);
    for (const p of result.problems) console.error(`  ${p}`);
    return 1;
  }
  if (argv.includes('--check')) {
    const same = existsSync(out) && readFileSync(out, 'utf8') === result.text;
    console.log(
      same ? `${out} is up to date with ${src}` : `${out} differs from what ${src} builds: run npm run dataset:build`,
    );
    return same ? 0 : 1;
  }
  writeFileSync(out, result.text);
  const p = result.pack;
  console.log(
    `${out}: ${p.outlets.length} outlets, ${p.entities.length} entities, ${p.events.length} events, ${p.claims.length} claims, ${p.reports.length} reports`,
  );
  return 0;
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href)
  process.exitCode = main(process.argv.slice(2));
