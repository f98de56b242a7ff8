/**
 * « Mon dossier de prospection »: the data a BTS NDRC learner gathers on a real prospecting
 * mission, in the order of the dossier's outline (seed 002, parts 2 to 4).
 * Conventions:
 * - every figure is optional (`undefined` = not typed yet): a missing figure never blocks, the
 *   analyses that need it say so (analyse.ts);
 * - rates are fractions (0,4 = 40 %); the margin rate is typed once and `typeTaux` says on which
 *   base: « marque » (margin ÷ selling price) or « marge » (margin ÷ cost), the course's classic trap;
 * - amounts are HT, in the company's currency (`devise`);
 * - `ventes` (optional, its own `version`) is the learner's sales file (ventes.ts): added to
 *   version 1 without breaking it, as an older file simply has none;
 * - `format` and `version` identify the file; a change of shape means version 2 and a migration
 *   in lecture.ts, never a silent reinterpretation of version 1.
 */

/** The identifier written in every dossier file. */
export const FORMAT_DOSSIER = 'atelier-prospection/dossier';
/** The current version of the file's shape. */
export const VERSION_DOSSIER = 1;

import { ETAPES_ENTONNOIR, IDS_ETAPES, type IdEtape } from '../campagne/etapes.ts';
import type { VentesDossier } from './ventes.ts';

/** One customer category of the portfolio with its turnover over two years (2.2.2). */
export interface CategorieCA {
  nom: string;
  caN1?: number;
  caN?: number;
}

/** One cost line of the chosen method (3.3.2). */
export interface LigneCout {
  action: string;
  montant?: number;
}

/** The counts of the funnel, top to bottom (4.2), by stage id (lib/campagne/etapes.ts). */
export type Etapes = Partial<Record<IdEtape, number>>;

/** The stages of the funnel in order: etapes.ts's, the one definition. */
export const ETAPES = IDS_ETAPES;
/** A stage of the funnel. */
export type Etape = IdEtape;
/** The stages as the course names them (etapes.ts). */
export const NOMS_ETAPES = Object.fromEntries(ETAPES_ENTONNOIR.map((e) => [e.id, e.nom])) as Record<
  Etape,
  string
>;

/** The whole dossier, as stored in the browser and in the exported file. */
export interface Dossier {
  format: typeof FORMAT_DOSSIER;
  version: typeof VERSION_DOSSIER;
  /** The learner's name, for the cover. */
  etudiant: string;
  entreprise: {
    nom: string;
    activite: string;
    offre: string;
    marche: string;
    devise: 'EUR' | 'MAD';
  };
  /** 2.1: the kind of customer relationship and the typical customer. */
  demande: { relationClient: string; persona: string };
  /** 2.2: turnover by customer category, year N−1 and year N. */
  portefeuille: { anneeN1: string; anneeN: string; categories: CategorieCA[] };
  /** 2.2: the imported sales file, when the learner gave one (ABC and RFM by client). */
  ventes?: VentesDossier;
  /** 2.3: basket, margin rate, customer value and acquisition cost. */
  valeur: {
    transactions?: number;
    prixVenteHT?: number;
    coutAchatHT?: number;
    /** Which rate `taux` is: a taux de marque, a taux de marge, or an agent's taux de commission (commissions ÷ premiums: it plays the taux de marque's part, lib/marges/remuneration.ts). */
    typeTaux: 'marque' | 'marge' | 'commission';
    taux?: number;
    frequence?: number;
    duree?: number;
    depensesAcquisition?: number;
    nouveauxClients?: number;
  };
  /** 2.4: the problem seen and the mission's objectives. */
  objectifs: {
    problematique: string;
    qualitatifs: string;
    nouveauxClients?: number;
    chiffreAffaires?: number;
    marge?: number;
  };
  /** 3.1 and 3.2: target, persona, qualification, offer. */
  cible: { typeClientele: string; persona: string; qualification: string; offreRetenue: string };
  /** 3.3: the method, why, and what it costs. */
  methode: { nom: string; justification: string; couts: LigneCout[] };
  /** 4.1.1 to 4.1.3: how the file was built, its quality, the tools. */
  base: {
    constitution: string;
    outils: string;
    fiches?: number;
    doublons?: number;
    incompletes?: number;
    opposees?: number;
  };
  /** 4.1.4 and 4.1.5: time needed against time available. */
  temps: {
    visitesAFaire?: number;
    semaines?: number;
    joursParSemaine?: number;
    visitesParJour?: number;
    commerciaux?: number;
    planning: string;
  };
  /** 4.2 and 4.3: what the campaign gave, stage by stage, and what it earned. */
  resultats: {
    etapes: Etapes;
    objectifsEtapes: Etapes;
    chiffreAffairesGenere?: number;
    margeGeneree?: number;
  };
  /** 4.3.3: the learner's conclusion. */
  conclusion: string;
  /** The learner's own wording of each analysis's interpretation, by analysis id. */
  interpretations: Record<string, string>;
}

/** An empty dossier: nothing typed, every analysis waiting for its data. */
export function dossierVide(): Dossier {
  return {
    format: FORMAT_DOSSIER,
    version: VERSION_DOSSIER,
    etudiant: '',
    entreprise: { nom: '', activite: '', offre: '', marche: '', devise: 'EUR' },
    demande: { relationClient: '', persona: '' },
    portefeuille: { anneeN1: '', anneeN: '', categories: [] },
    valeur: { typeTaux: 'marque' },
    objectifs: { problematique: '', qualitatifs: '' },
    cible: { typeClientele: '', persona: '', qualification: '', offreRetenue: '' },
    methode: { nom: '', justification: '', couts: [] },
    base: { constitution: '', outils: '' },
    temps: { planning: '' },
    resultats: { etapes: {}, objectifsEtapes: {} },
    conclusion: '',
    interpretations: {},
  };
}

/** The largest dossier file accepted, in characters (read in lecture.ts). */
export const TAILLE_MAX = 6_000_000;

/** The file to download: the dossier as indented JSON. */
export function exporterDossier({ dossier }: { dossier: Dossier }): string {
  return `${JSON.stringify(dossier, null, 2)}\n`;
}
