// A static file server for the benchmark: serves a directory on 127.0.0.1, compressing every
// response with brotli (quality 11, computed once per file and kept in memory) when the
// browser accepts it, as a CDN or a well-configured static host would. Rotta and the static
// comparison page are served by the same server in the same way, so their ratio is fair.
// With `link`, every response shares one emulated link (the workshop scenario: a room of
// browsers behind one connection), which the browser's own per-page throttling cannot do.
// Usage: node bench/serve.mjs DIR PORT   (or import { serve } from it)
import { createServer } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import { join, normalize, extname, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Bytes per write on a shared link: small enough that concurrent responses interleave. */
const LINK_CHUNK = 8 * 1024;

/**
 * One link shared by every response: `bitsPerSecond` for all of them together, plus
 * `latencyMs` before each response starts. Each chunk waits for the link to be free, so
 * concurrent responses take turns chunk by chunk (roughly fair, as TCP flows on one
 * bottleneck are).
 */
function sharedLink({ bitsPerSecond, latencyMs = 0 }) {
  let freeAt = 0;
  const sleep = ms => new Promise(r => setTimeout(r, ms));
  return async function send(res, body) {
    await sleep(latencyMs);
    for (let at = 0; at < body.length; at += LINK_CHUNK) {
      const chunk = body.subarray(at, at + LINK_CHUNK);
      const now = performance.now();
      freeAt = Math.max(freeAt, now) + (chunk.length * 8 * 1000) / bitsPerSecond;
      await sleep(freeAt - now);
      if (!res.write(chunk)) await new Promise(r => res.once('drain', r));
    }
    res.end();
  };
}

/**
 * Starts the server; resolves to `{ url, close }` once it listens. `link`: see [sharedLink]
 * (default: no throttling).
 */
export function serve(root, port = 0, { link } = {}) {
  const compressed = new Map();
  const send = link ? sharedLink(link) : (res, body) => res.end(body);
  /**
   * Compresses every file under `dir` (below root) now, so no response waits for brotli 11:
   * compressing blocks this process, and with it a shared link's timing (the workshop room).
   */
  async function precompress(dir = root) {
    for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile()) continue;
      const file = normalize(join(entry.parentPath ?? entry.path, entry.name));
      if (!compressed.has(file)) {
        compressed.set(file, brotliCompressSync(await readFile(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    }
  }
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(root, path));
      if (!file.startsWith(normalize(root) + sep) && file !== normalize(root)) {
        res.writeHead(403).end();
        return;
      }
      const body = await readFile(file);
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        // Hashed asset names make long caching safe; index.html must revalidate.
        'cache-control': extname(file) === '.html' || file.endsWith('sw.js')
          ? 'no-cache' : 'public, max-age=31536000, immutable',
        vary: 'accept-encoding',
      };
      if (/\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        let br = compressed.get(file);
        if (!br) {
          br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
          compressed.set(file, br);
        }
        res.writeHead(200, { ...headers, 'content-encoding': 'br', 'content-length': br.length });
        if (req.method === 'HEAD') res.end(); else await send(res, br);
      } else {
        res.writeHead(200, { ...headers, 'content-length': body.length });
        if (req.method === 'HEAD') res.end(); else await send(res, body);
      }
    } catch {
      if (res.headersSent) res.destroy(); // the browser went away mid-response
      else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ url: `http://127.0.0.1:${actual}/`, close: () => new Promise(r => server.close(r)), precompress });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url } = await serve(process.argv[2] ?? 'dist', Number(process.argv[3] ?? 8090));
  console.log(`serving ${process.argv[2] ?? 'dist'} at ${url} (brotli)`);
}
