/**
 * A minimal static server for dist/ on 127.0.0.1, used by the end-to-end tests and Lighthouse
 * (`node outils/serve-dist.ts [port]`, else the port in E2E_PORT, else 4400). Serves `/x/` as
 * `/x/index.html` and the 404 page for unknown paths, like a static host would.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

// DIST_DIR lets several people test separate builds at once (`astro build --outDir …`).
const racine = process.env.DIST_DIR ?? join(import.meta.dirname, '..', 'dist');
const port = Number(process.argv[2] ?? process.env.E2E_PORT ?? 4400);
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

async function fichier(chemin: string): Promise<string | undefined> {
  const p = normalize(join(racine, decodeURIComponent(chemin)));
  if (!p.startsWith(racine)) return undefined;
  for (const c of [p, join(p, 'index.html'), `${p}.html`]) {
    try {
      if ((await stat(c)).isFile()) return c;
    } catch {
      /* try next */
    }
  }
  return undefined;
}

createServer(async (req, res) => {
  const chemin = new URL(req.url ?? '/', 'http://localhost').pathname;
  const trouve = await fichier(chemin);
  const cible = trouve ?? join(racine, '404.html');
  try {
    let corps: Buffer | string = await readFile(cible);
    // Test hook: a cookie « atelier-test-version » stands for a new deployment of the service worker
    // (tests/e2e/hors-ligne.spec.ts), since a browser's update check cannot be intercepted.
    const version = /(?:^|;\s*)atelier-test-version=([a-z0-9-]+)/.exec(
      req.headers.cookie ?? '',
    )?.[1];
    if (version && chemin === '/sw.js')
      corps = corps
        .toString('utf8')
        .replace(/const CACHE = 'atelier-[0-9a-f]+'/, `const CACHE = 'atelier-${version}'`);
    res.writeHead(trouve ? 200 : 404, {
      'content-type': types[extname(cible)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(corps);
  } catch {
    res.writeHead(404).end('Introuvable');
  }
}).listen(port, '127.0.0.1', () => console.log(`dist/ servi sur http://127.0.0.1:${port}/`));
