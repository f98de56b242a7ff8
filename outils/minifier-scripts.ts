/**
 * After `astro build`, before the CSP (which hashes each inline script's final text): minifies the
 * inline scripts of every page of dist/ (src/build/scripts-en-ligne.ts says why).
 * Usage: node outils/minifier-scripts.ts [dist]
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifierScriptsEnLigne } from '../src/build/scripts-en-ligne.ts';

const dist = process.argv[2] ?? join(import.meta.dirname, '..', 'dist');
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((f) => join(dist, f));
let total = 0;
for (const page of pages) {
  const r = minifierScriptsEnLigne(readFileSync(page, 'utf8'));
  writeFileSync(page, r.html);
  total += r.economise;
}
console.log(
  `Scripts en ligne : ${pages.length} pages, ${total} octets de moins (${Math.round(total / pages.length)} par page).`,
);
