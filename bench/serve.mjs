// A static file server for the benchmark: serves a directory on 127.0.0.1, compressing every
// response with brotli (quality 11, computed once per file and kept in memory) when the
// browser accepts it, as a CDN or a well-configured static host would. Rotta and the static
// comparison page are served by the same server in the same way, so their ratio is fair.
// Usage: node bench/serve.mjs DIR PORT   (or import { serve } from it)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
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

/** Starts the server; resolves to `{ url, close }` once it listens. */
export function serve(root, port = 0) {
  const compressed = new Map();
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
        res.end(req.method === 'HEAD' ? undefined : br);
      } else {
        res.writeHead(200, { ...headers, 'content-length': body.length });
        res.end(req.method === 'HEAD' ? undefined : body);
      }
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ url: `http://127.0.0.1:${actual}/`, close: () => new Promise(r => server.close(r)) });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url } = await serve(process.argv[2] ?? 'dist', Number(process.argv[3] ?? 8090));
  console.log(`serving ${process.argv[2] ?? 'dist'} at ${url} (brotli)`);
}
