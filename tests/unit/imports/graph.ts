/**
 * The import graph of the extension's own sources, read with TypeScript's
 * import scanner (`ts.preProcessFile`: static, type-only, re-exports and
 * dynamic imports alike), and the circles in it. A type-only import counts:
 * it still ties one layer to the other.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Each source file (relative to the root, `/`-separated) and the sources it imports. */
export type ImportGraph = Map<string, Set<string>>;

const SOURCE = /\.(ts|tsx)$/;
const TRIES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function sourcesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The file `specifier` names from `from`, or null for packages and non-source files. */
function resolveImport(root: string, from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('.')) base = resolve(dirname(from), specifier);
  // `@/` and `~/` are WXT's aliases of the source root (srcDir '.').
  else if (specifier.startsWith('@/') || specifier.startsWith('~/')) base = join(root, specifier.slice(2));
  else return null;
  for (const suffix of TRIES) {
    const path = base + suffix;
    if (SOURCE.test(path) && existsSync(path) && statSync(path).isFile()) return path;
  }
  return null;
}

/** The graph of every `.ts`/`.tsx` file under `dirs` of `root`. */
export function importGraph(root: string, dirs: readonly string[]): ImportGraph {
  const name = (path: string): string => relative(root, path).split('\\').join('/');
  const graph: ImportGraph = new Map();
  for (const file of dirs.flatMap((dir) => sourcesUnder(join(root, dir)))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((imported) => resolveImport(root, file, imported.fileName))
      .filter((path): path is string => path !== null);
    graph.set(name(file), new Set(targets.map(name)));
  }
  return graph;
}

/** Every circle of the graph: its strongly connected components of more than one file, or a file importing itself (Tarjan). */
export function findCycles(graph: ImportGraph): string[][] {
  let counter = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    order.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) as number, order.get(next) as number));
      }
    }
    if (low.get(node) !== order.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || graph.get(node)?.has(node)) cycles.push(component.sort());
  };
  for (const node of graph.keys()) if (!order.has(node)) visit(node);
  return cycles;
}
