/**
 * After `astro build`, before the CSP (which hashes each inline script's final text): minifies the
 * inline scripts of every page of dist/ (src/build/scripts-en-ligne.ts says why).
 * Usage: node outils/minifier-scripts.ts [dist]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { minifierScriptsEnLigne } from '../src/build/scripts-en-ligne.ts';
import { pagesHtml } from './pages-dist.ts';

const pages = pagesHtml();
let total = 0;
for (const page of pages) {
  const r = minifierScriptsEnLigne(readFileSync(page, 'utf8'));
  writeFileSync(page, r.html);
  total += r.economise;
}
console.log(
  `Scripts en ligne : ${pages.length} pages, ${total} octets de moins (${Math.round(total / pages.length)} par page).`,
);
