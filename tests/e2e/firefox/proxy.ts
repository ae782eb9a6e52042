/**
 * A recording HTTP proxy on 127.0.0.1 that answers every request with 502.
 * Firefox is pointed at it for all traffic except to the loopback test server,
 * so any request that would leave the browser lands here and is counted.
 */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';

/** A running proxy and what reached it. */
export interface RecordingProxy {
  port: number;
  /** `CONNECT host:port` for HTTPS, the absolute URL for plain HTTP. */
  seen: string[];
  close: () => Promise<void>;
}

/** Starts the proxy on a free loopback port. */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket: Socket) => {
    seen.push(`CONNECT ${req.url ?? ''}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    seen,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** Firefox preferences that send all traffic but loopback through `port`. */
export function proxyPrefs(port: number): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
  };
}
