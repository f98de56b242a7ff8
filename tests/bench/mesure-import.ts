/**
 * Time and memory of a CSV import, as the worker runs it (decode, parse, map, check every row),
 * for 10 000 and 100 000 rows of a realistic prospect file written by our own export.
 * Run: npx node --expose-gc tests/bench/mesure-import.ts
 * Heap figures are Node's (V8, like Chromium's worker): « retenu » is what the imported rows
 * occupy once the text is dropped; « pic » is the largest heap seen during the import.
 */
import { decoderOctets, lireCsv } from '../../src/lib/fichier/csv.ts';
import { devinerCorrespondance } from '../../src/lib/fichier/correspondance.ts';
import { convertirLignes, exporterProspects } from '../../src/lib/fichier/import-prospects.ts';
import type { Prospect } from '../../src/lib/commun/prospect.ts';

const VILLES = [
  ['Lyon', '69003'],
  ['Villeurbanne', '69100'],
  ['Bron', '69500'],
  ['Grenoble', '38000'],
  ['Annecy', '74000'],
];
const SECTEURS = ['agroalimentaire', 'cosmétique', 'industrie', 'services', 'santé'];

function fichier(n: number): Prospect[] {
  return Array.from({ length: n }, (_, i): Prospect => {
    const [ville, codePostal] = VILLES[i % VILLES.length];
    const num = String(10_000_000 + ((i * 7919) % 90_000_000)).slice(-8);
    return {
      id: `P${i}`,
      raisonSociale: `Société ${SECTEURS[i % 5]} n° ${i} SARL`,
      nom: `Nom${i % 977}`,
      prenom: `Prénom${i % 313}`,
      type: i % 5 ? 'B2B' : 'B2C',
      secteur: SECTEURS[i % 5],
      taille: (['TPE', 'PME', 'ETI', 'GE'] as const)[i % 4],
      chiffreAffaires: 50_000 + ((i * 37) % 20_000_000),
      fonction: 'Responsable des achats',
      age: 18 + (i % 60),
      ville,
      codePostal,
      pays: 'FR',
      telephone: `04 ${num.slice(0, 2)} ${num.slice(2, 4)} ${num.slice(4, 6)} ${num.slice(6)}`,
      email: `contact${i}@societe-${i % 1000}.fr`,
      source: 'annuaire',
      dateCollecte: '2023-01-15',
      dateDernierContact: `202${i % 6}-0${1 + (i % 9)}-1${i % 10}`,
      consentementEmail: i % 2 === 0,
      opposition: i % 50 === 0,
      bloctel: i % 20 === 0,
      temperature: 'froid',
      ouvertures: i % 13,
      clics: i % 5,
      visitesSite: i % 7,
      demandeDevis: i % 19 === 0,
      converti: i % 25 === 0,
    };
  });
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mo = (o: number) => `${(o / 1024 / 1024).toFixed(0)} Mo`;

for (const n of [10_000, 100_000]) {
  const octets = new TextEncoder().encode(exporterProspects({ prospects: fichier(n) }));
  gc();
  const avant = process.memoryUsage().heapUsed;
  let pic = avant;
  const mesurer = () => {
    pic = Math.max(pic, process.memoryUsage().heapUsed);
  };
  const t0 = performance.now();
  const { texte } = decoderOctets({ octets });
  const t1 = performance.now();
  const t = lireCsv({ texte, surProgression: mesurer });
  if (!t.ok) throw new Error(t.erreur.message);
  const t2 = performance.now();
  mesurer();
  const r = convertirLignes({
    tableau: t.valeur,
    correspondance: devinerCorrespondance({ entetes: t.valeur.entetes }),
    options: { pays: 'FR', source: 'annuaire', aujourdhui: '2026-11-23' },
  });
  const t3 = performance.now();
  mesurer();
  let copie: Prospect[] | undefined = structuredClone(r.prospects); // what postMessage does to reach the page
  const t4 = performance.now();
  mesurer();
  if (copie.length !== n || r.rejets.length > 0) throw new Error('import incomplet');
  copie = undefined;
  (t.valeur as { lignes: unknown }).lignes = []; // the worker drops the rows once converted
  gc();
  const retenu = process.memoryUsage().heapUsed - avant;
  console.log(
    `${n.toLocaleString('fr-FR')} lignes, ${mo(octets.length)} : décodage ${(t1 - t0).toFixed(0)} ms, lecture ${(t2 - t1).toFixed(0)} ms, contrôle ${(t3 - t2).toFixed(0)} ms, copie vers la page ${(t4 - t3).toFixed(0)} ms, total ${(t4 - t0).toFixed(0)} ms ; tas : pic +${mo(pic - avant)}, retenu par les prospects ${mo(retenu)}`,
  );
}
