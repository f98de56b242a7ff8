/**
 * Measures the JavaScript each built page loads before any chart is visible, gzip-compressed,
 * and fails past the budgets of ARCHITECTURE.md: 2 KB on a page without an island, 45 KB on a
 * page with islands. Counted: inline scripts, module scripts, module preloads and every island's
 * component and renderer, with their static imports followed recursively. Dynamic `import()`
 * (Chart.js, search, import workers) is what loads later, so it is not counted.
 * Usage: node outils/check-budgets.ts [--json]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.env.DIST_DIR ?? join(import.meta.dirname, '..', 'dist');
const BUDGET_SANS_ILOT = 2 * 1024;
const BUDGET_AVEC_ILOTS = 45 * 1024;

const gz = (texte: string | Buffer) => gzipSync(texte, { level: 9 }).length;

function pages(dossier: string): string[] {
  return readdirSync(dossier).flatMap((nom) => {
    const p = join(dossier, nom);
    return statSync(p).isDirectory() ? pages(p) : p.endsWith('.html') ? [p] : [];
  });
}

const cacheImports = new Map<string, string[]>();
/** Static imports of a built chunk, as absolute URL paths. */
function importsStatiques(url: string): string[] {
  if (cacheImports.has(url)) return cacheImports.get(url)!;
  const code = readFileSync(join(dist, url), 'utf8');
  const trouves = new Set<string>();
  const motif = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["']([^"']+\.js)["']/g;
  for (const m of code.matchAll(motif))
    trouves.add(m[1].startsWith('/') ? m[1] : posix.join(posix.dirname(url), m[1]));
  const liste = [...trouves];
  cacheImports.set(url, liste);
  return liste;
}

function fermeture(depart: string[]): Set<string> {
  const vus = new Set<string>();
  const pile = [...depart];
  while (pile.length) {
    const u = pile.pop()!;
    if (vus.has(u)) continue;
    vus.add(u);
    pile.push(...importsStatiques(u));
  }
  return vus;
}

const lignes: { page: string; ilots: boolean; octets: number; budget: number }[] = [];
for (const fichier of pages(dist)) {
  const html = readFileSync(fichier, 'utf8');
  let octets = 0;
  for (const m of html.matchAll(
    /<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g,
  )) {
    if (m[1].trim()) octets += gz(m[1]);
  }
  const entrees = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) entrees.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
    entrees.add(m[1]);
  for (const m of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) entrees.add(m[1]);
  for (const u of fermeture([...entrees].filter((u) => u.startsWith('/'))))
    octets += gz(readFileSync(join(dist, u)));
  // A page with an island, or with a plain-DOM interactive tool marked data-ilot (the search page).
  const ilots = html.includes('<astro-island') || html.includes(' data-ilot');
  lignes.push({
    page:
      '/' +
      relative(dist, fichier)
        .replace(/(^|\/)index\.html$/, '')
        .replace(/\.html$/, ''),
    ilots,
    octets,
    budget: ilots ? BUDGET_AVEC_ILOTS : BUDGET_SANS_ILOT,
  });
}

lignes.sort((a, b) => a.page.localeCompare(b.page));
if (process.argv.includes('--json')) console.log(JSON.stringify(lignes, null, 2));
else {
  console.log('JS chargé par page avant tout graphique (gzip) :');
  for (const l of lignes) {
    const etat = l.octets <= l.budget ? 'ok ' : 'DÉPASSÉ';
    console.log(
      `  ${etat} ${(l.octets / 1024).toFixed(2).padStart(6)} Ko / ${(l.budget / 1024).toFixed(0)} Ko  ${l.ilots ? 'îlots' : '     '}  ${l.page}`,
    );
  }
}
const depasses = lignes.filter((l) => l.octets > l.budget);
if (depasses.length) {
  console.error(`${depasses.length} page(s) dépassent leur budget JavaScript.`);
  process.exit(1);
}
console.log(`${lignes.length} pages dans leur budget.`);
