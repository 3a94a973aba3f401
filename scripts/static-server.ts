import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};
/** Text goes out compressed to a browser that accepts it, as static hosts do; PNGs are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest']);

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
/**
 * Each file of a build is compressed once, at the highest level (as a host that compresses at deploy time does),
 * on its first request; the key holds the file's size and time so that a new build is compressed anew.
 */
const compressed = new Map<string, Promise<Buffer>>();
async function compressedBody(file: string, encoding: 'br' | 'gzip'): Promise<Buffer> {
  const { size, mtimeMs } = await stat(file);
  const key = `${encoding} ${size} ${mtimeMs} ${file}`;
  let body = compressed.get(key);
  if (!body) {
    body = readFile(file).then((raw) =>
      encoding === 'br'
        ? brotli(raw, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
          })
        : gzipped(raw, { level: 9 }),
    );
    body.catch(() => compressed.delete(key));
    compressed.set(key, body);
  }
  return body;
}

/** The encoding a request accepts, brotli first. */
function acceptedEncoding(header: string | undefined): 'br' | 'gzip' | null {
  const accepted = (header ?? '').split(',').map((part) => part.trim().split(';')[0]);
  return accepted.includes('br') ? 'br' : accepted.includes('gzip') ? 'gzip' : null;
}

export interface StaticServer {
  /** The app's address, ending in a slash, under a sub-path like a plain static host would give. */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves the built app with no rewrites, as any static host does, and like most of them sends text compressed
 * (brotli, or gzip) to a browser that accepts it. The tests mount it under a sub-path on a free port of 127.0.0.1,
 * which shows that every view opens cold from its own URL.
 */
export async function serveDist(
  dir = 'dist',
  subPath = '/kaarten/tegenwicht/',
  port = 0,
  host = '127.0.0.1',
): Promise<StaticServer> {
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`${dir}/index.html is missing: run \`npm run build\` first`);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(subPath)) return void res.writeHead(404).end('not found');
    let file = normalize(join(dir, path.slice(subPath.length)));
    if (!file.startsWith(normalize(dir))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end('not found');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const encoding = COMPRESSIBLE.has(extname(file)) ? acceptedEncoding(req.headers['accept-encoding']) : null;
    if (!encoding) {
      res.writeHead(200, { 'content-type': type, ...(COMPRESSIBLE.has(extname(file)) && { vary: 'accept-encoding' }) });
      return void createReadStream(file).pipe(res);
    }
    compressedBody(file, encoding).then(
      (body) =>
        res
          .writeHead(200, {
            'content-type': type,
            'content-encoding': encoding,
            'content-length': body.length,
            vary: 'accept-encoding',
          })
          .end(body),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}${subPath}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
