/**
 * What a sample company must provide to the generator: its card, how to draw one of its
 * prospects, which problems to plant, its portfolio and its past campaign. The three companies
 * (emballages-casablanca.ts, assurances-rabat.ts, mobilier-lyon.ts) are values of `ProfilEntreprise`;
 * the engine (prospects.ts, problemes.ts, portefeuille.ts, campagne.ts) is shared.
 */
import type { Aleatoire } from '../../src/lib/commun/aleatoire.ts';
import type {
  SourceProspect,
  TailleEntreprise,
  Temperature,
  TypeProspect,
} from '../../src/lib/commun/prospect.ts';
import type { Entreprise, Campagne } from '../../src/schemas/datasets.ts';
import type { Ville } from './lieux.ts';
import type { Genre } from './noms.ts';
import type { Pondere } from './outils.ts';

/** Who a prospect is, before any contact detail or history is drawn. */
export interface Identite {
  type: TypeProspect;
  raisonSociale?: string;
  nom: string;
  prenom: string;
  genre: Genre;
  secteur: string;
  taille?: TailleEntreprise;
  chiffreAffaires?: number;
  fonction: string;
  age?: number;
  ville: Ville;
  codePostal: string;
  /** How well the prospect fits the offer, 0 to 1: drives temperature and conversion. */
  adequation: number;
  /** The phone on file is a mobile (else a landline). */
  mobile: boolean;
  /** E-mail domain of a company (B2B); persons use the profile's personal domains. */
  domaine?: string;
}

/** How many problems of each kind to plant; duplicates are given as group sizes ([2, 2, 3] = two pairs and a triple). */
export interface PlanProblemes {
  doublonsExacts: readonly number[];
  doublonsProbables: number;
  telephoneManquant: number;
  emailManquant: number;
  emailInvalide: number;
  telephoneInvalide: number;
  contactPerime: number;
  bloctel: number;
  opposition: number;
  villeCodePostal: number;
}

/** The past campaign's real outcome at the rates of its method (scripts/datasets/issue.ts). */
export interface IssueDeLaCampagne {
  /** Share of the rows that signed (a few %: the orders of the campaign). */
  commandes: number;
  /** Chance that an engaged row that did not sign kept its quote, by temperature. */
  devisGardes: Readonly<Record<Temperature, number>>;
}

/** Drawing the prospect file of a company. */
export interface ProfilProspects {
  /** Rows of prospects.csv, duplicates included. */
  nombre: number;
  /** Share of the rows engaged enough to sign (8–15 %), before the campaign's outcome thins them. */
  tauxConversion: number;
  /** What the campaign really obtained from those rows. */
  issue: IssueDeLaCampagne;
  /** Shares of suspect, froid, tiède and chaud among the rows (sum 1). */
  temperatures: Readonly<Record<Temperature, number>>;
  /** Where the contacts come from. */
  sources: readonly Pondere<SourceProspect>[];
  /** E-mail domains of private persons (invented). */
  domainesPersonnels: readonly string[];
  /** Draws one identity. */
  tirerIdentite: (alea: Aleatoire) => Identite;
  plan: PlanProblemes;
}

/** One category of customers of the portfolio. */
export interface CategorieClients {
  nom: string;
  /** Share of the clients in this category. */
  part: number;
  /** Growth of the category's turnover from year N−1 to year N (0.1 = +10 %). */
  croissance: number;
  /** Taux de marque of the category (fraction), around the company's; absent for an agent paid by commission (the card's `commissions` rule). */
  tauxDeMarque?: number;
  /** Orders per year of a median client. */
  frequence: number;
  /** Size of a typical client of this category relative to the others (1 by default). */
  poidsRelatif?: number;
}

/** Drawing the customer portfolio and its 24 months of sales. */
export interface ProfilPortefeuille {
  nombreClients: number;
  categories: readonly CategorieClients[];
  /** Turnover HT of the whole portfolio in year N−1. */
  caAnnuel: number;
  /** Spread of client sizes (σ of a log-normal: 1.5 gives « 20 % of clients ≈ 75 % of CA »). */
  dispersion: number;
  /** A client holding this share of the CA (dependence), in the category given; none if absent. */
  dominant?: { categorie: string; part: number; nom: string };
  /** Monthly weights, January to December (also the months premiums fall due, for a schedule). */
  saisonnalite: readonly number[];
  /** Share of the older clients lost: they stop buying during year N−1 and buy nothing in N (portfolio wear, as chapter 2 measures it). */
  attrition: number;
  /** Share of clients that arrived during the 24 months. */
  nouveaux: number;
  /** Sales are premiums on a yearly schedule (insurance) rather than random orders. */
  echeancier: boolean;
  /** Draws a client name in a category (unique names are enforced by the engine). */
  tirerNom: (alea: Aleatoire, categorie: string) => string;
  villes: readonly Pondere<Ville>[];
}

/** The past campaign, apart from what is counted in the prospect file. */
export type ProfilCampagne = Pick<
  Campagne,
  'nom' | 'dateDebut' | 'dateFin' | 'cible' | 'methodes' | 'lignesDeCout'
> & {
  /** Objectives as multiples of what was achieved (1.2 = the goal was 20 % above the result). */
  ecartsObjectifs: Readonly<
    Record<'contactsJoints' | 'rdv' | 'propositions' | 'commandes' | 'chiffreAffaires', number>
  >;
  /** Spread of the first orders of new clients (σ of a log-normal); their mean is the card's average sale. */
  premiereCommande: { dispersion: number };
};

type Fiche = Omit<Entreprise, 'problemesPlantes' | 'dateReference'>;

/**
 * The company card as a profile gives it. The generator derives the rest from the data, so that
 * each figure has one value: the average sale and its cost (ventes.csv, year N), an agent's
 * average commission rate, the travel cost of a visit (the past campaign's travel line ÷ its
 * appointments), the visits a day (chapter 8's rule on the day's minutes, capacite-fiche.ts) and
 * the figures of the objectives (those of the past campaign).
 */
export type ProfilFiche = Omit<Fiche, 'offre' | 'forceDeVente' | 'objectifsDeProspection'> & {
  offre: Pick<Fiche['offre'], 'nom' | 'unite'> &
    (
      | { remuneration: 'marge'; tauxDeMarque: number }
      /** An agent: its yearly premium of a new contract (its portfolio mixes big business policies) and its branches' rates. */
      | {
          remuneration: 'commission';
          prixMoyenHT: number;
          commissions: Fiche['offre']['commissions'] & {};
        }
    );
  forceDeVente: Omit<Fiche['forceDeVente'], 'fraisParVisiteHT' | 'visitesParJour'> & {
    /** Used only when the past campaign has no travel line (id « visites »). */
    fraisParVisiteHT?: number;
  };
  objectifsDeProspection: Pick<Fiche['objectifsDeProspection'], 'qualitatifs'>;
};

/** Everything the generator needs to write one company's folder. */
export interface ProfilEntreprise {
  entreprise: ProfilFiche;
  prospects: ProfilProspects;
  portefeuille: ProfilPortefeuille;
  campagne: ProfilCampagne;
}
