/**
 * Writes dist/sw.js after the build (and after the search index): the service worker that makes
 * the course work offline after a first visit (issue 8), for classrooms with weak Wi-Fi.
 * It precaches every page, script, style, the sample data the islands fetch and the search index;
 * the CSV downloads of /donnees/<id>/ are cached only once fetched. The cache name carries a hash
 * of every precached file, so a new deployment installs a new cache; the page then offers
 * « Mettre à jour » (src/elements/hors-ligne.ts) instead of swapping code under the learner's feet.
 * How the worker keeps a deployment whole: outils/service-worker-code.ts.
 * Usage: node outils/service-worker.ts [dist]
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { codeServiceWorker } from './service-worker-code.ts';

const dist = process.argv[2] ?? process.env.DIST_DIR ?? join(import.meta.dirname, '..', 'dist');

function fichiers(dossier: string): string[] {
  return readdirSync(dossier, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? fichiers(join(dossier, e.name)) : [join(dossier, e.name)],
  );
}

/** A file's URL: `/chapitres/x/index.html` is served as `/chapitres/x/`. */
function url(fichier: string): string {
  const chemin = '/' + relative(dist, fichier).split(sep).join('/');
  return chemin.endsWith('/index.html') ? chemin.slice(0, -'index.html'.length) : chemin;
}

// Downloads (CSV) wait until asked for; sw.js itself is never precached.
const aPrecacher = fichiers(dist)
  .filter((f) => !/\/donnees\/[^/]+\/[^/]+$/.test(url(f)) && url(f) !== '/sw.js')
  .sort();
const hash = createHash('sha256');
for (const f of aPrecacher) hash.update(url(f)).update(readFileSync(f));
const version = hash.digest('hex').slice(0, 12);
const urls = aPrecacher.map(url);

const code = codeServiceWorker({ version, urls });
writeFileSync(join(dist, 'sw.js'), code);
console.log(`sw.js : ${urls.length} fichiers mis en cache (version ${version}).`);
