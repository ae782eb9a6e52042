/** A static file server on 127.0.0.1 for end-to-end tests, the demo and benchmarks. */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running server and the URL prefix of each mounted folder. */
export interface StaticServer {
  origin: string;
  url: (mount: string, path: string) => string;
  close: () => Promise<void>;
}

/** Options of `startStaticServer`. */
export interface ServerOptions {
  /** Extra response headers for pages (e.g. a CSP that keeps saved pages' scripts from running). */
  headers?: Record<string, string>;
}

/** Serves each `mounts[name]` folder under `/name/`; anything outside the folders is a 404. */
export async function startStaticServer(
  mounts: Record<string, string>,
  options: ServerOptions = {},
): Promise<StaticServer> {
  const roots = Object.fromEntries(Object.entries(mounts).map(([k, v]) => [k, resolve(v)]));
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      // Browsers ask every origin for a favicon; an empty answer keeps the console clean.
      if (path === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      const [, mount = '', ...rest] = path.split('/');
      const root = roots[mount];
      const file = root ? normalize(join(root, ...rest)) : null;
      if (!root || !file || !file.startsWith(root)) {
        res.writeHead(404).end('not found');
        return;
      }
      try {
        const info = await stat(file);
        const target = info.isDirectory() ? join(file, 'index.html') : file;
        const body = await readFile(target);
        res
          .writeHead(200, {
            'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
            'cache-control': 'no-store',
            ...options.headers,
          })
          .end(body);
      } catch {
        res.writeHead(404).end('not found');
      }
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (mount, path) => `${origin}/${mount}/${path}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
