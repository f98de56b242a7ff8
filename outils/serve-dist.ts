/**
 * A minimal static server for dist/ on 127.0.0.1, used by the end-to-end tests and Lighthouse
 * (`node outils/serve-dist.ts [port]`, else the port in E2E_PORT, else 4400). Serves `/x/` as
 * `/x/index.html` and the 404 page for unknown paths, like a static host would, and compresses
 * text (brotli or gzip, as the browser's Accept-Encoding allows) like every real host does: served
 * raw, a chapter's HTML weighs 143 KB instead of 30, and Lighthouse's simulated slow 4G charges
 * every byte to the largest contentful paint (issue 14).
 */
import { createServer, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
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
  // The chapters' Moodle question files (/moodle/<chapitre>.xml), as a static host types them.
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

/** Types worth compressing (images and wasm here are already compressed, or tiny). */
const TEXTE = new Set([
  '.html',
  '.js',
  '.css',
  '.svg',
  '.json',
  '.csv',
  '.txt',
  '.xml',
  '.webmanifest',
]);
/** Compressed bodies, by encoding and file (the service-worker test hook's variants included). */
const compresses = new Map<string, Buffer>();

/** The encoding to answer with: brotli if accepted, else gzip, else none (q=0 refuses one). */
function encodage(accepte: string | undefined): 'br' | 'gzip' | undefined {
  const acceptes = new Set(
    (accepte ?? '')
      .split(',')
      .map((x) => x.trim().split(';'))
      .filter(([, q]) => !/^\s*q=0(\.0*)?\s*$/.test(q ?? ''))
      .map(([nom]) => nom.trim().toLowerCase()),
  );
  return acceptes.has('br') ? 'br' : acceptes.has('gzip') ? 'gzip' : undefined;
}

function compresser(corps: Buffer, codage: 'br' | 'gzip', cle: string): Buffer {
  const k = `${codage} ${cle}`;
  let c = compresses.get(k);
  if (!c) {
    // On-the-fly levels, as hosts use: brotli 5 compresses this dist/ in 0,25 s and 1 % bigger
    // than 9, which takes 23 s (the service-worker test precaches every file at once).
    c =
      codage === 'br'
        ? brotliCompressSync(corps, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 5,
              [constants.BROTLI_PARAM_SIZE_HINT]: corps.length,
            },
          })
        : gzipSync(corps, { level: 6 });
    compresses.set(k, c);
  }
  return c;
}

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

/** The file's bytes, and for the service worker the test's version when a cookie asks for one. */
async function lire(cible: string, chemin: string, cookie = '') {
  const corps = await readFile(cible);
  // Test hook: a cookie « atelier-test-version » stands for a new deployment of the service worker
  // (tests/e2e/hors-ligne.spec.ts), since a browser's update check cannot be intercepted.
  const version = /(?:^|;\s*)atelier-test-version=([a-z0-9-]+)/.exec(cookie)?.[1];
  if (!version || chemin !== '/sw.js') return { corps, version: '' };
  const remplace = corps
    .toString('utf8')
    .replace(/const CACHE = 'atelier-[0-9a-f]+'/, `const CACHE = 'atelier-${version}'`);
  return { corps: Buffer.from(remplace), version };
}

/** The body to send, compressed when the type is text and the browser accepts it, with its headers. */
async function reponse(cible: string, chemin: string, req: IncomingMessage) {
  const { corps, version } = await lire(cible, chemin, req.headers.cookie);
  const texte = TEXTE.has(extname(cible));
  const codage =
    texte && corps.length > 1024 ? encodage(req.headers['accept-encoding']) : undefined;
  // Keyed on the file's mtime: a rebuild under a running server is served anew.
  const cle = `${cible} ${(await stat(cible)).mtimeMs} ${version}`;
  const envoye = codage ? compresser(corps, codage, cle) : corps;
  const entetes: OutgoingHttpHeaders = {
    'content-type': types[extname(cible)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'content-length': envoye.length,
  };
  if (texte) entetes.vary = 'Accept-Encoding';
  if (codage) entetes['content-encoding'] = codage;
  return { envoye, entetes };
}

createServer(async (req, res) => {
  const chemin = new URL(req.url ?? '/', 'http://localhost').pathname;
  const trouve = await fichier(chemin);
  try {
    const { envoye, entetes } = await reponse(trouve ?? join(racine, '404.html'), chemin, req);
    res.writeHead(trouve ? 200 : 404, entetes).end(envoye);
  } catch {
    res.writeHead(404).end('Introuvable');
  }
}).listen(port, '127.0.0.1', () => console.log(`dist/ servi sur http://127.0.0.1:${port}/`));
