/**
 * After the build, before the service worker (which hashes the pages): every page's
 * Content-Security-Policy allows its inline scripts by their SHA-256 hashes instead of
 * `'unsafe-inline'` (src/build/csp.ts says why and how).
 * Usage: node outils/csp.ts [dist]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ajouterEmpreintes } from '../src/build/csp.ts';
import { pagesHtml } from './pages-dist.ts';

const pages = pagesHtml();
let total = 0;
for (const page of pages) {
  const r = ajouterEmpreintes(readFileSync(page, 'utf8'));
  if (!r.ok) {
    console.error(`CSP : ${page} : ${r.erreur.message}`);
    process.exit(1);
  }
  writeFileSync(page, r.valeur.html);
  total += r.valeur.empreintes;
}
console.log(
  `CSP : ${pages.length} pages, ${total} scripts en ligne autorisés par leur empreinte SHA-256.`,
);
