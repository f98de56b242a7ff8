/**
 * Writes the sample companies of the course into content/datasets/<id>/ (entreprise.json,
 * prospects.csv, clients.csv, ventes.csv, campagne.json). Seeded: the same seed writes the
 * same bytes, on any machine; « today » of every dataset is the fixed DATE_REFERENCE, never the
 * clock. Each part of a company draws from its own stream (`<seed>:<id>:prospects` …), so
 * changing the portfolio of one company does not reshuffle its prospects or another company.
 *
 *   node scripts/generate-datasets.ts                  # rewrites content/datasets
 *   node scripts/generate-datasets.ts --sortie /tmp/x  # writes elsewhere (tests)
 *   node scripts/generate-datasets.ts --graine autre   # another seed (to try, not to commit)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { creerAleatoire } from '../src/lib/aleatoire.ts';
import { formatCsvSimple } from '../src/lib/csv-simple.ts';
import { CHAMPS_PROSPECT, nomAffiche, type Prospect } from '../src/lib/prospect.ts';
import { normaliserTexte } from '../src/lib/texte.ts';
import type { Entreprise } from '../src/schemas/datasets.ts';
import { assurancesRabat } from './datasets/assurances-rabat.ts';
import { genererCampagne } from './datasets/campagne.ts';
import { emballagesCasablanca } from './datasets/emballages-casablanca.ts';
import type { PlanProblemes, ProfilEntreprise } from './datasets/modele.ts';
import { mobilierLyon } from './datasets/mobilier-lyon.ts';
import { genererPortefeuille } from './datasets/portefeuille.ts';
import { attribuerRoles, documenterProblemes, planterDoublons, planterProblemesSimples } from './datasets/problemes.ts';
import { tirerFiches, tirerIdentites, type Calendrier, type Fiche } from './datasets/prospects.ts';
import { jour } from './datasets/outils.ts';
import { ajouterChampsDuDroit } from './datasets/droit.ts';

/** The seed of the committed datasets. */
export const GRAINE = 'atelier-prospection-2026';
/** « Today » of every dataset: ages, the 3-year retention and the 24 months of sales count from it. */
export const DATE_REFERENCE = '2026-09-01';
/** The sample companies, in the order the site lists them. */
export const PROFILS: readonly ProfilEntreprise[] = [emballagesCasablanca, assurancesRabat, mobilierLyon];
/** The files of a dataset folder. */
export const FICHIERS_DATASET = ['entreprise.json', 'prospects.csv', 'clients.csv', 'ventes.csv', 'campagne.json'] as const;

/** A CSV cell of a prospect: booleans as oui / non, absent as empty, numbers with a decimal point. */
function cellule(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'boolean') return v ? 'oui' : 'non';
  return String(v);
}

/** Prospect rows of one company, with the planted problems and the rows as objects. */
function genererProspects(graine: string, profil: ProfilEntreprise): { prospects: Prospect[]; problemes: Entreprise['problemesPlantes'] } {
  const alea = creerAleatoire(`${graine}:${profil.entreprise.id}:prospects`);
  const pp = profil.prospects;
  const cal: Calendrier = { reference: jour(DATE_REFERENCE), debut: jour(profil.campagne.dateDebut), fin: jour(profil.campagne.dateFin) };
  const copies = pp.plan.doublonsExacts.reduce((s, t) => s + t - 1, 0) + pp.plan.doublonsProbables;
  const identites = tirerIdentites(alea, pp, pp.nombre - copies);
  const roles = attribuerRoles(alea, pp.plan, identites);
  const numeros = new Set<string>(), emails = new Set<string>();
  const fiches = tirerFiches(alea, pp, identites, roles, cal, numeros, emails);
  planterProblemesSimples(alea, fiches);
  const doublons = planterDoublons(alea, fiches, pp, cal, numeros, emails);
  // Copies land anywhere in the file, as when two people enter the same contact months apart.
  const places: [number, Fiche][] = [
    ...fiches.map((f, k) => [k, f] as [number, Fiche]),
    ...doublons.copies.map((f) => [alea() * fiches.length, f] as [number, Fiche]),
  ];
  places.sort((a, b) => a[0] - b[0]);
  const finales = places.map(([, f], k) => { f.p = { ...f.p, id: `P${String(k + 1).padStart(4, '0')}` }; return f; });
  const problemes = documenterProblemes(finales, doublons.exacts, doublons.probables);
  // The law's columns come from a stream of their own, after everything else: the other columns keep their bytes.
  const prospects = ajouterChampsDuDroit(creerAleatoire(`${graine}:${profil.entreprise.id}:droit`), finales.map((f) => f.p), DATE_REFERENCE);
  return { prospects, problemes };
}

/** The five files of one company, by file name. */
export function genererDataset({ profil, graine = GRAINE }: { profil: ProfilEntreprise; graine?: string }): Record<(typeof FICHIERS_DATASET)[number], string> & { prospects: Prospect[]; plan: PlanProblemes } {
  const id = profil.entreprise.id;
  const { prospects, problemes } = genererProspects(graine, profil);
  const entreprise: Entreprise = { ...profil.entreprise, dateReference: DATE_REFERENCE, problemesPlantes: problemes };
  const exclus = new Set(prospects.map((p) => normaliserTexte(nomAffiche({ prospect: p }))));
  const { clients, ventes } = genererPortefeuille(creerAleatoire(`${graine}:${id}:portefeuille`), profil.portefeuille, DATE_REFERENCE, exclus);
  const campagne = genererCampagne(creerAleatoire(`${graine}:${id}:campagne`), profil.campagne, prospects, profil.entreprise.offre.tauxDeMarque);
  const json = (x: unknown) => `${JSON.stringify(x, null, 2)}\n`;
  return {
    'entreprise.json': json(entreprise),
    'prospects.csv': formatCsvSimple({ entetes: CHAMPS_PROSPECT, lignes: prospects.map((p) => CHAMPS_PROSPECT.map((c) => cellule(p[c]))) }),
    'clients.csv': formatCsvSimple({ entetes: ['id', 'nom', 'categorie', 'ville', 'dateEntree'], lignes: clients.map((c) => [c.id, c.nom, c.categorie, c.ville, c.dateEntree]) }),
    'ventes.csv': formatCsvSimple({ entetes: ['id', 'client', 'categorie', 'date', 'montantHT', 'coutHT'], lignes: ventes.map((v) => [v.id, v.client, v.categorie, v.date, v.montantHT, v.coutHT]) }),
    'campagne.json': json(campagne),
    prospects,
    plan: profil.prospects.plan,
  };
}

/** Every file of every company, keyed by its path relative to content/datasets (« emballages-casablanca/prospects.csv »). */
export function genererDatasets({ graine = GRAINE }: { graine?: string } = {}): Map<string, string> {
  const r = new Map<string, string>();
  for (const profil of PROFILS) {
    const d = genererDataset({ profil, graine });
    for (const f of FICHIERS_DATASET) r.set(`${profil.entreprise.id}/${f}`, d[f]);
  }
  return r;
}

/** Writes every dataset under `dossier` and returns the paths written. */
export function ecrireDatasets({ dossier, graine = GRAINE }: { dossier: string; graine?: string }): string[] {
  const ecrits: string[] = [];
  for (const [chemin, contenu] of genererDatasets({ graine })) {
    const cible = join(dossier, chemin);
    mkdirSync(dirname(cible), { recursive: true });
    writeFileSync(cible, contenu, 'utf8');
    ecrits.push(cible);
  }
  return ecrits;
}

/** The committed location of the datasets. */
export const DOSSIER_DATASETS = resolve(dirname(fileURLToPath(import.meta.url)), '../content/datasets');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const option = (nom: string) => { const k = process.argv.indexOf(nom); return k > 0 ? process.argv[k + 1] : undefined; };
  const ecrits = ecrireDatasets({ dossier: resolve(option('--sortie') ?? DOSSIER_DATASETS), graine: option('--graine') ?? GRAINE });
  console.log(`${ecrits.length} fichiers écrits :\n${ecrits.map((e) => `  ${e}`).join('\n')}`);
}
