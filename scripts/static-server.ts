import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

import sirv from 'sirv';

/** Text goes out compressed to a browser that accepts it, as static hosts do; PNGs are compressed already. */
const COMPRESSIBLE: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

type Encoding = 'br' | 'gzip';

/** The encoding a request accepts, brotli first. */
function acceptedEncoding(header: string | undefined): Encoding | null {
  const accepted = (header ?? '').split(',').map((part) => part.trim().split(';')[0]);
  return accepted.includes('br') ? 'br' : accepted.includes('gzip') ? 'gzip' : null;
}

/**
 * Each text file of a build is compressed once, at the highest level (as a host that compresses at deploy time
 * does), on its first request; the key holds the file's size and time so that a changed file is compressed anew.
 * (sirv serves only compressed files that exist beside the originals, and the tests change a build while it is
 * served, so the compressed copies are made here.)
 */
function compressionCache() {
  const bodies = new Map<string, Promise<Buffer>>();
  return async (file: string, size: number, mtimeMs: number, encoding: Encoding): Promise<Buffer> => {
    const key = `${encoding} ${size} ${mtimeMs} ${file}`;
    let body = bodies.get(key);
    if (!body) {
      body = readFile(file).then((raw) =>
        encoding === 'br'
          ? brotli(raw, {
              params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
            })
          : gzipped(raw, { level: 9 }),
      );
      body.catch(() => bodies.delete(key));
      bodies.set(key, body);
    }
    return body;
  };
}

export interface StaticServer {
  /** The app's address, ending in a slash, under a sub-path like a plain static host would give. */
  url: string;
  close: () => Promise<void>;
}

/**
 * A request handler for the built app in `dir`, mounted at `subPath`: files (and a directory's index.html)
 * through sirv, with no rewrites, as any static host does; text compressed (brotli, or gzip) for a browser that
 * accepts it. A path that is not valid percent-encoding gets 400, one outside the mount 404. Never throws: a
 * request can fail, the server cannot.
 */
export function staticHandler(dir: string, subPath: string) {
  const root = resolve(dir);
  const files = sirv(root, { dev: true, etag: true });
  const compressed = compressionCache();

  return (req: IncomingMessage, res: ServerResponse): void => {
    let path: string;
    let raw: string;
    try {
      raw = new URL(req.url ?? '/', 'http://app').pathname;
      path = decodeURIComponent(raw);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('bad request');
      return;
    }
    if (!path.startsWith(subPath) || path.includes('\0')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const rest = path.slice(subPath.length);
    const file = normalize(join(root, rest.endsWith('/') || rest === '' ? `${rest}index.html` : rest));
    const type = COMPRESSIBLE[extname(file)];
    const encoding = type && req.method === 'GET' ? acceptedEncoding(req.headers['accept-encoding']) : null;
    const mounted = () => {
      req.url = `/${raw.slice(subPath.length)}`;
      files(req, res, () => void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found'));
    };
    if (!encoding || !(file === root || file.startsWith(root + sep))) return mounted();
    stat(file)
      .then(async (stats) => {
        if (!stats.isFile()) return mounted();
        const body = await compressed(file, stats.size, stats.mtimeMs, encoding);
        res
          .writeHead(200, {
            'content-type': type,
            'content-encoding': encoding,
            'content-length': body.length,
            'cache-control': 'no-cache',
            vary: 'Accept-Encoding',
          })
          .end(body);
      })
      .catch(() => (res.headersSent ? res.destroy() : mounted()));
  };
}

/**
 * Serves the built app like a plain static host (see {@link staticHandler}). The tests mount it under a
 * sub-path on a free port of 127.0.0.1, which shows that every view opens cold from its own URL.
 */
export async function serveDist(
  dir = 'dist',
  subPath = '/kaarten/tegenwicht/',
  port = 0,
  host = '127.0.0.1',
): Promise<StaticServer> {
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`${dir}/index.html is missing: run \`npm run build\` first`);
  const handle = staticHandler(dir, subPath);
  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      console.error('A request failed', error);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${address.port}${subPath}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
