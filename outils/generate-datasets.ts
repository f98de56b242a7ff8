/**
 * Writes the sample companies of the course into content/datasets/<id>/ (entreprise.json,
 * prospects.csv, clients.csv, ventes.csv, campagne.json). Seeded: the same seed writes the
 * same bytes, on any machine; « today » of every dataset is the fixed DATE_REFERENCE, never the
 * clock. Each part of a company draws from its own stream (`<seed>:<id>:prospects` …), so
 * changing the portfolio of one company does not reshuffle its prospects or another company.
 *
 *   node outils/generate-datasets.ts                  # rewrites content/datasets
 *   node outils/generate-datasets.ts --sortie /tmp/x  # writes elsewhere (tests)
 *   node outils/generate-datasets.ts --graine autre   # another seed (to try, not to commit)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { creerAleatoire } from '../src/lib/commun/aleatoire.ts';
import { formatCsvSimple } from '../src/lib/fichier/csv-simple.ts';
import { CHAMPS_PROSPECT, nomAffiche, type Prospect } from '../src/lib/commun/prospect.ts';
import { normaliserTexte } from '../src/lib/commun/texte.ts';
import type { Resultat } from '../src/lib/commun/resultat.ts';
import {
  caParCategorie,
  derniersDouzeMois,
  indicateursVentes,
  type Vente,
} from '../src/lib/ventes/ventes.ts';
import type { Campagne, Entreprise } from '../src/schemas/datasets.ts';
import { assurancesRabat } from './datasets/assurances-rabat.ts';
import { genererCampagne } from './datasets/campagne.ts';
import { emballagesCasablanca } from './datasets/emballages-casablanca.ts';
import type { PlanProblemes, ProfilEntreprise } from './datasets/modele.ts';
import { mobilierLyon } from './datasets/mobilier-lyon.ts';
import {
  genererPortefeuille,
  type RegleDeMarge,
  type VenteGeneree,
} from './datasets/portefeuille.ts';
import {
  attribuerRoles,
  documenterProblemes,
  planterDoublons,
  planterProblemesSimples,
} from './datasets/problemes.ts';
import { tirerFiches, tirerIdentites, type Calendrier, type Fiche } from './datasets/prospects.ts';
import { arrondirA, iso, jour } from './datasets/outils.ts';
import { ajouterChampsDuDroit } from './datasets/droit.ts';
import { capaciteDeLaFiche } from '../src/lib/planning/capacite-fiche.ts';
import { tirerIssue } from './datasets/issue.ts';

/** The seed of the committed datasets. */
export const GRAINE = 'atelier-prospection-2026';
/** « Today » of every dataset: ages, the 3-year retention and the 24 months of sales count from it. */
export const DATE_REFERENCE = '2026-09-01';
/** The sample companies, in the order the site lists them. */
export const PROFILS: readonly ProfilEntreprise[] = [
  emballagesCasablanca,
  assurancesRabat,
  mobilierLyon,
];
/** The files of a dataset folder. */
export const FICHIERS_DATASET = [
  'entreprise.json',
  'prospects.csv',
  'clients.csv',
  'ventes.csv',
  'campagne.json',
] as const;

/** A CSV cell of a prospect: booleans as oui / non, absent as empty, numbers with a decimal point. */
function cellule(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'boolean') return v ? 'oui' : 'non';
  return String(v);
}

/** Prospect rows of one company, with the planted problems and the rows as objects. */
function genererProspects(
  graine: string,
  profil: ProfilEntreprise,
): { prospects: Prospect[]; problemes: Entreprise['problemesPlantes'] } {
  const alea = creerAleatoire(`${graine}:${profil.entreprise.id}:prospects`);
  const pp = profil.prospects;
  const cal: Calendrier = {
    reference: jour(DATE_REFERENCE),
    debut: jour(profil.campagne.dateDebut),
    fin: jour(profil.campagne.dateFin),
  };
  const copies = pp.plan.doublonsExacts.reduce((s, t) => s + t - 1, 0) + pp.plan.doublonsProbables;
  const identites = tirerIdentites(alea, pp, pp.nombre - copies);
  const roles = attribuerRoles(alea, pp.plan, identites);
  const numeros = new Set<string>(),
    emails = new Set<string>();
  const fiches = tirerFiches(alea, pp, identites, roles, cal, numeros, emails);
  planterProblemesSimples(alea, fiches);
  const doublons = planterDoublons(alea, fiches, pp, cal, numeros, emails);
  // Copies land anywhere in the file, as when two people enter the same contact months apart.
  const places: [number, Fiche][] = [
    ...fiches.map((f, k) => [k, f] as [number, Fiche]),
    ...doublons.copies.map((f) => [alea() * fiches.length, f] as [number, Fiche]),
  ];
  places.sort((a, b) => a[0] - b[0]);
  const finales = places.map(([, f], k) => {
    f.p = { ...f.p, id: `P${String(k + 1).padStart(4, '0')}` };
    return f;
  });
  const problemes = documenterProblemes(finales, doublons.exacts, doublons.probables);
  // The campaign's outcome, then the law's columns, each from a stream of its own, after everything
  // else: the other columns keep their bytes.
  const resultats = tirerIssue(
    creerAleatoire(`${graine}:${profil.entreprise.id}:issue`),
    pp.issue,
    finales.map((f) => f.p),
    profil.campagne.dateFin,
  );
  const prospects = ajouterChampsDuDroit(
    creerAleatoire(`${graine}:${profil.entreprise.id}:droit`),
    resultats,
    DATE_REFERENCE,
  );
  return { prospects, problemes };
}

const valeurDe = <T>(r: Resultat<T>): T => {
  if (!r.ok) throw new Error(r.erreur.message);
  return r.valeur;
};
const enNombres = (ventes: readonly VenteGeneree[]): Vente[] =>
  ventes.map((v) => ({ ...v, montantHT: Number(v.montantHT), coutHT: Number(v.coutHT) }));

/**
 * The card's offer from the sales of year N: the average sale is the panier moyen, rounded to 100
 * (an agent gives the yearly premium of a new contract: its portfolio mixes big business policies);
 * an agent's rate is the average commission it earned in year N, to 0.1 point. The cost follows
 * from the rate, so the schema's identity holds.
 */
function offreDepuisVentes(
  profil: ProfilEntreprise,
  ventes: readonly VenteGeneree[],
): Entreprise['offre'] {
  const v = enNombres(ventes);
  const { periodeN } = valeurDe(derniersDouzeMois({ ventes: v }));
  const n = valeurDe(indicateursVentes({ ventes: v, periode: periodeN }));
  const o = profil.entreprise.offre;
  const commission = o.remuneration === 'commission';
  const prixMoyenHT =
    o.remuneration === 'commission' ? o.prixMoyenHT : arrondirA(n.panierMoyen, 100);
  const tauxDeMarque = commission ? Math.round(n.tauxDeMarque * 1000) / 1000 : o.tauxDeMarque;
  return {
    nom: o.nom,
    unite: o.unite,
    prixMoyenHT,
    coutMoyenHT: Math.round(prixMoyenHT * (1 - tauxDeMarque) * 100) / 100,
    tauxDeMarque,
    remuneration: o.remuneration,
    ...(commission ? { commissions: o.commissions } : {}),
  };
}

/** The whole card: the profile, the derived offer, the travel cost of a visit and the campaign's objectives. */
function ficheComplete(
  profil: ProfilEntreprise,
  offre: Entreprise['offre'],
  ventes: readonly VenteGeneree[],
  campagne: Campagne,
  problemes: Entreprise['problemesPlantes'],
): Entreprise {
  const p = profil.entreprise;
  const deplacements = campagne.lignesDeCout.find((l) => l.id === 'visites');
  const fraisParVisiteHT =
    deplacements && campagne.etapes.rdv > 0
      ? arrondirA(deplacements.montant / campagne.etapes.rdv, p.devise === 'MAD' ? 10 : 1)
      : p.forceDeVente.fraisParVisiteHT;
  if (fraisParVisiteHT === undefined)
    throw new Error(
      `${p.id} : sans ligne « visites » dans la campagne, le profil doit donner fraisParVisiteHT.`,
    );
  // Market share when the goals were set: the 12 months before the campaign.
  const debut = jour(campagne.dateDebut);
  const avant = valeurDe(
    caParCategorie({
      ventes: enNombres(ventes),
      periode: { debut: iso(debut - 365), fin: iso(debut - 1) },
    }),
  ).caGlobal;
  const taille = p.marche.tailleDuMarcheHT;
  const part = (x: number) => Math.round((x / taille) * 10_000) / 10_000;
  const { fraisParVisiteHT: _ignore, ...forceDeVente } = p.forceDeVente;
  // Visits a day are not typed: chapter 8 computes them from the day's minutes, the card says the same.
  const { visitesParJour } = valeurDe(capaciteDeLaFiche({ forceDeVente: p.forceDeVente }));
  return {
    id: p.id,
    nom: p.nom,
    activite: p.activite,
    ville: p.ville,
    pays: p.pays,
    devise: p.devise,
    marche: p.marche,
    offre,
    // Written where the profiles used to type it, after the hours of a day.
    forceDeVente: Object.fromEntries(
      Object.entries({ ...forceDeVente, fraisParVisiteHT }).flatMap(([k, v]) =>
        k === 'heuresParJour'
          ? [
              [k, v],
              ['visitesParJour', visitesParJour],
            ]
          : [[k, v]],
      ),
    ) as Entreprise['forceDeVente'],
    objectifsDeProspection: {
      nouveauxClients: campagne.objectifs.commandes,
      chiffreAffairesAdditionnelHT: campagne.objectifs.chiffreAffaires,
      margeAdditionnelleHT: campagne.objectifs.marge,
      partDeMarcheActuelle: part(avant),
      partDeMarcheVisee: part(avant + campagne.objectifs.chiffreAffaires),
      echeance: campagne.dateFin,
      qualitatifs: p.objectifsDeProspection.qualitatifs,
    },
    description: p.description,
    dateReference: DATE_REFERENCE,
    problemesPlantes: problemes,
  };
}

/** The five files of one company, by file name. */
export function genererDataset({
  profil,
  graine = GRAINE,
}: {
  profil: ProfilEntreprise;
  graine?: string;
}): Record<(typeof FICHIERS_DATASET)[number], string> & {
  prospects: Prospect[];
  plan: PlanProblemes;
} {
  const id = profil.entreprise.id;
  const { prospects, problemes } = genererProspects(graine, profil);
  const exclus = new Set(prospects.map((p) => normaliserTexte(nomAffiche({ prospect: p }))));
  const o = profil.entreprise.offre;
  const regle: RegleDeMarge =
    o.remuneration === 'commission'
      ? {
          mode: 'commission',
          commissions: Object.fromEntries(o.commissions.map((c) => [c.branche, c.taux])),
        }
      : { mode: 'marge', tauxDeMarque: o.tauxDeMarque };
  const { clients, ventes } = genererPortefeuille(
    creerAleatoire(`${graine}:${id}:portefeuille`),
    profil.portefeuille,
    DATE_REFERENCE,
    exclus,
    regle,
  );
  const offre = offreDepuisVentes(profil, ventes);
  const campagne = genererCampagne(
    creerAleatoire(`${graine}:${id}:campagne`),
    profil.campagne,
    prospects,
    offre,
  );
  const entreprise = ficheComplete(profil, offre, ventes, campagne, problemes);
  const json = (x: unknown) => `${JSON.stringify(x, null, 2)}\n`;
  return {
    'entreprise.json': json(entreprise),
    'prospects.csv': formatCsvSimple({
      entetes: CHAMPS_PROSPECT,
      lignes: prospects.map((p) => CHAMPS_PROSPECT.map((c) => cellule(p[c]))),
    }),
    'clients.csv': formatCsvSimple({
      entetes: ['id', 'nom', 'categorie', 'ville', 'dateEntree'],
      lignes: clients.map((c) => [c.id, c.nom, c.categorie, c.ville, c.dateEntree]),
    }),
    'ventes.csv': formatCsvSimple({
      entetes: ['id', 'client', 'categorie', 'date', 'montantHT', 'coutHT'],
      lignes: ventes.map((v) => [v.id, v.client, v.categorie, v.date, v.montantHT, v.coutHT]),
    }),
    'campagne.json': json(campagne),
    prospects,
    plan: profil.prospects.plan,
  };
}

/** Every file of every company, keyed by its path relative to content/datasets (« emballages-casablanca/prospects.csv »). */
export function genererDatasets({ graine = GRAINE }: { graine?: string } = {}): Map<
  string,
  string
> {
  const r = new Map<string, string>();
  for (const profil of PROFILS) {
    const d = genererDataset({ profil, graine });
    for (const f of FICHIERS_DATASET) r.set(`${profil.entreprise.id}/${f}`, d[f]);
  }
  return r;
}

/** Writes every dataset under `dossier` and returns the paths written. */
export function ecrireDatasets({
  dossier,
  graine = GRAINE,
}: {
  dossier: string;
  graine?: string;
}): string[] {
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
export const DOSSIER_DATASETS = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../content/datasets',
);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const option = (nom: string) => {
    const k = process.argv.indexOf(nom);
    return k > 0 ? process.argv[k + 1] : undefined;
  };
  const ecrits = ecrireDatasets({
    dossier: resolve(option('--sortie') ?? DOSSIER_DATASETS),
    graine: option('--graine') ?? GRAINE,
  });
  console.log(`${ecrits.length} fichiers écrits :\n${ecrits.map((e) => `  ${e}`).join('\n')}`);
}
