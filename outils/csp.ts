/**
 * After the build, before the service worker (which hashes the pages): every page's
 * Content-Security-Policy allows its inline scripts by their SHA-256 hashes instead of
 * `'unsafe-inline'` (src/build/csp.ts says why and how).
 * Usage: node outils/csp.ts [dist]
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ajouterEmpreintes } from '../src/build/csp.ts';

const dist = process.argv[2] ?? join(import.meta.dirname, '..', 'dist');
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((f) => join(dist, f));
let total = 0;
for (const page of pages) {
  const r = ajouterEmpreintes(readFileSync(page, 'utf8'));
  if (!r.ok) {
    console.error(`CSP : ${page} : ${r.message}`);
    process.exit(1);
  }
  writeFileSync(page, r.html);
  total += r.empreintes;
}
console.log(
  `CSP : ${pages.length} pages, ${total} scripts en ligne autorisés par leur empreinte SHA-256.`,
);
