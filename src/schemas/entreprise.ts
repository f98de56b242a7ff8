/**
 * Schemas of the JSON files of a sample company: entreprise.json (the company card and the
 * planted problems) and campagne.json (one past campaign). Re-exported by datasets.ts.
 * Rates are fractions (0.3 = 30 %), amounts HT in the dataset's currency, dates ISO yyyy-mm-dd.
 */
import { z } from 'astro/zod';
import { jourDepuisISO } from '../lib/commun/dates.ts';
import type { IdEtape } from '../lib/campagne/etapes.ts';
import { TYPES_PROBLEME_PLANTES } from '../lib/fichier/problemes.ts';

const idProspect = z
  .string()
  .regex(/^P\d{4}$/, { error: 'Un identifiant de prospect s’écrit P suivi de 4 chiffres.' });
const fraction = (quoi: string) =>
  z
    .number()
    .min(0, { error: `${quoi} ne peut pas être négatif.` })
    .max(1, { error: `${quoi} est une fraction entre 0 et 1 (0,3 pour 30\u202f%).` });
const positif = (quoi: string) => z.number().min(0, { error: `${quoi} ne peut pas être négatif.` });
const entierPositif = (quoi: string) =>
  z
    .number()
    .int({ error: `${quoi} doit être un nombre entier.` })
    .min(0, { error: `${quoi} ne peut pas être négatif.` });
const dateJSON = (quoi: string) =>
  z
    .string()
    .refine((v) => jourDepuisISO(v) !== null, { error: `${quoi} doit être une date aaaa-mm-jj.` });

/** One kind of planted problem and the exact rows concerned, for trainers and for the tests. */
export const ProblemePlanteSchema = z.object({
  /** Kind of problem, as the quality report names it. */
  type: z.enum(TYPES_PROBLEME_PLANTES),
  /** What was planted, in French (shown to trainers on /donnees/). */
  description: z.string().min(10),
  /** Every prospect id concerned; for duplicates, every row of every group. */
  ids: z.array(idProspect).min(1),
  /** Duplicates only: the groups of ids that are one and the same contact, in file order. */
  groupes: z.array(z.array(idProspect).min(2)).optional(),
});
/** A planted problem. */
export type ProblemePlante = z.infer<typeof ProblemePlanteSchema>;

/** The company card: who sells what to whom, with which team and which goals. */
export const EntrepriseSchema = z.object({
  /** Folder name under content/datasets (kebab-case). */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Trade name (fictional). */
  nom: z.string().min(2),
  /** What the company does, in a few words. */
  activite: z.string().min(5),
  /** City of the head office. */
  ville: z.string().min(2),
  /** Country: FR or MA (sets the rules and the number formats). */
  pays: z.enum(['FR', 'MA']),
  /** Currency of every amount of the dataset (ISO 4217). */
  devise: z.enum(['EUR', 'MAD']),
  /** The market the company prospects. */
  marche: z.object({
    /** B2B, B2C, or mixte (companies and individuals). */
    type: z.enum(['B2B', 'B2C', 'mixte']),
    /** Geographic zone prospected. */
    zone: z.string().min(3),
    /** Target segments (sectors or kinds of customers). */
    cibles: z.array(z.string().min(2)).min(1),
    /** Annual size of the market HT, for the market-share objective. */
    tailleDuMarcheHT: positif('La taille du marché'),
  }),
  /**
   * The offer pushed by the prospecting, with its average sale and what the company keeps of it.
   * One figure per company: the average sale is the panier moyen of year N (ventes.csv), the
   * average first order of the past campaign, and the default of every simulator.
   */
  offre: z
    .object({
      /** Name of the offer. */
      nom: z.string().min(3),
      /** What one sale is (« commande », « contrat »…). */
      unite: z.string().min(3),
      /** Average sale HT: an order's amount, or for an agent the yearly premium of a contract. */
      prixMoyenHT: z.number().positive({ error: 'Le prix moyen HT doit être supérieur à 0.' }),
      /** Average cost HT of one sale: cost of the goods sold, or for an agent the insurer's share of the premium. */
      coutMoyenHT: positif('Le coût moyen HT'),
      /**
       * Share of a sale the company keeps, (prix − coût) ÷ prix, a fraction: the taux de marque of a
       * maker or a reseller; for an agent (`remuneration` = commission) the average commission rate.
       */
      tauxDeMarque: fraction('Le taux de marque'),
      /** How the company earns: « marge » (it buys or makes what it sells) or « commission » (an agent paid by the insurer on each premium). */
      remuneration: z.enum(['marge', 'commission']),
      /** Commission only: the contractual rate of each branch (the categories of clients.csv), a fraction of the premium HT. */
      commissions: z
        .array(
          z.object({
            /** Branch, as named in the `categorie` column of clients.csv and ventes.csv. */
            branche: z.string().min(2),
            /** Commission rate on the premium HT (0.15 = 15 %). */
            taux: fraction('Le taux de commission'),
          }),
        )
        .optional(),
    })
    .refine(
      (o) => Math.abs((o.prixMoyenHT - o.coutMoyenHT) / o.prixMoyenHT - o.tauxDeMarque) < 0.0005,
      {
        error: 'Le taux de marque doit valoir (prix moyen − coût moyen) ÷ prix moyen.',
        path: ['tauxDeMarque'],
      },
    )
    .refine(
      (o) =>
        (o.remuneration === 'commission') ===
        (o.commissions !== undefined && o.commissions.length > 0),
      {
        error:
          'Les taux de commission par branche sont obligatoires pour une entreprise rémunérée à la commission, et seulement pour elle.',
        path: ['commissions'],
      },
    ),
  /** The sales team and its working time (chapter 8, capacity). */
  forceDeVente: z.object({
    /** Number of salespeople. */
    commerciaux: z.number().int().min(1),
    /** Working days per week. */
    joursParSemaine: z.number().min(1).max(7),
    /** Working weeks per year. */
    semainesParAn: z.number().min(1).max(52),
    /** Working hours per day. */
    heuresParJour: z.number().min(1).max(24),
    /** Visits one salesperson can make in a day. */
    visitesParJour: positif('Le nombre de visites par jour'),
    /** Average length of a visit, in minutes. */
    dureeVisiteMinutes: positif('La durée d’une visite'),
    /** Average travel time between two visits, in minutes. */
    trajetMoyenMinutes: positif('Le temps de trajet'),
    /** Administrative time per week, in hours. */
    tempsAdministratifHeuresParSemaine: positif('Le temps administratif'),
    /** Share of the working time given to prospecting (fraction). */
    partTempsProspection: fraction('La part du temps de prospection'),
    /** Cost of one hour of a salesperson, employer's charges included, HT (the time part of a visit's cost). */
    coutHoraireHT: positif('Le coût horaire d’un commercial'),
    /** Travel and expenses of one visit, HT (the past campaign's travel line ÷ its appointments, rounded). */
    fraisParVisiteHT: positif('Les frais par visite'),
  }),
  /**
   * Quantified and qualitative goals of the prospecting (seed 001, « les objectifs »): the goals
   * set for the past campaign, the very ones of campagne.json's `objectifs`, so that /donnees/,
   * the dossier example and the dashboard of chapter 11 show one set of objectives.
   */
  objectifsDeProspection: z.object({
    /** New clients to win (= the campaign's objective of orders). */
    nouveauxClients: entierPositif('Le nombre de nouveaux clients'),
    /** Additional turnover HT expected from them (= the campaign's turnover objective). */
    chiffreAffairesAdditionnelHT: positif('Le chiffre d’affaires additionnel'),
    /** Margin HT expected from them (= the campaign's margin objective): turnover × taux de marque. */
    margeAdditionnelleHT: positif('La marge additionnelle'),
    /** Market share when the goals were set: turnover of the 12 months before the campaign ÷ market size (fraction). */
    partDeMarcheActuelle: fraction('La part de marché actuelle'),
    /** Market share aimed at: (that turnover + the additional turnover) ÷ market size (fraction). */
    partDeMarcheVisee: fraction('La part de marché visée'),
    /** Deadline of the goals: the last day of the campaign. */
    echeance: dateJSON('L’échéance'),
    /** Qualitative goals, in French. */
    qualitatifs: z.array(z.string().min(5)),
  }),
  /** Two or three French sentences presenting the company. */
  description: z.string().min(40),
  /** « Today » of the dataset: ages, 3-year retention and the 24 months of sales count from it. */
  dateReference: dateJSON('La date de référence'),
  /** Every planted quality problem with the exact prospect ids. */
  problemesPlantes: z.array(ProblemePlanteSchema),
});
/** A company card. */
export type Entreprise = z.infer<typeof EntrepriseSchema>;

/** Counts of a prospecting funnel, from the file to the orders (chapter 10). */
export const EtapesSchema = z
  .object({
    /** Rows of the prospect file worked by the campaign. */
    fichier: entierPositif('Le nombre de fiches'),
    /** Contacts actually reached. */
    contactsJoints: entierPositif('Le nombre de contacts joints'),
    /** Appointments obtained. */
    rdv: entierPositif('Le nombre de rendez-vous'),
    /** Commercial proposals (quotes) sent. */
    propositions: entierPositif('Le nombre de propositions'),
    /** Orders signed. */
    commandes: entierPositif('Le nombre de commandes'),
  })
  .refine(
    (e) =>
      e.fichier >= e.contactsJoints &&
      e.contactsJoints >= e.rdv &&
      e.rdv >= e.propositions &&
      e.propositions >= e.commandes,
    {
      error:
        'Un entonnoir ne grandit jamais\u202f: chaque étape doit compter au plus autant que la précédente.',
    },
  );
/** Funnel counts. */
export type Etapes = z.infer<typeof EtapesSchema>;

/** Ways of prospecting a campaign can combine (chapter 7). */
export const METHODES_CAMPAGNE = [
  'telephone',
  'e-mailing',
  'publipostage',
  'visite',
  'salon',
  'reseaux-sociaux',
  'parrainage',
] as const;

/** One past prospecting campaign: what it cost, what it produced, against what it aimed at. */
export const CampagneSchema = z
  .object({
    /** Name of the campaign. */
    nom: z.string().min(5),
    /** First day. */
    dateDebut: dateJSON('La date de début'),
    /** Last day. */
    dateFin: dateJSON('La date de fin'),
    /** Target of the campaign, in French. */
    cible: z.string().min(5),
    /** Methods combined. */
    methodes: z.array(z.enum(METHODES_CAMPAGNE)).min(1),
    /** Expense lines (amounts HT in the dataset's currency). */
    lignesDeCout: z
      .array(
        z.object({
          /** Stable id of the line. */
          id: z.string().regex(/^[a-z0-9-]+$/),
          /** What the money paid for, in French. */
          action: z.string().min(3),
          /** Amount HT. */
          montant: positif('Le montant'),
        }),
      )
      .min(1),
    /** Counts reached at each stage. */
    etapes: EtapesSchema,
    /** How each stage is counted from prospects.csv, in French. */
    definitionsDesEtapes: z.object({
      /** Definition of « fichier ». */
      fichier: z.string().min(5),
      /** Definition of « contacts joints ». */
      contactsJoints: z.string().min(5),
      /** Definition of « rdv ». */
      rdv: z.string().min(5),
      /** Definition of « propositions ». */
      propositions: z.string().min(5),
      /** Definition of « commandes ». */
      commandes: z.string().min(5),
    }),
    /** Turnover HT of the orders won. */
    chiffreAffairesGenere: positif('Le chiffre d’affaires généré'),
    /** Margin HT on those orders (turnover − cost of what was sold). */
    margeGeneree: z.number(),
    /** Objectives set before the campaign: same stages, plus turnover and margin. */
    objectifs: z.object({
      /** Rows planned in the file. */
      fichier: entierPositif('L’objectif de fiches'),
      /** Contacts to reach. */
      contactsJoints: entierPositif('L’objectif de contacts joints'),
      /** Appointments to obtain. */
      rdv: entierPositif('L’objectif de rendez-vous'),
      /** Proposals to send. */
      propositions: entierPositif('L’objectif de propositions'),
      /** Orders to sign. */
      commandes: entierPositif('L’objectif de commandes'),
      /** Turnover HT aimed at. */
      chiffreAffaires: positif('L’objectif de chiffre d’affaires'),
      /** Margin HT aimed at. */
      marge: positif('L’objectif de marge'),
    }),
  })
  .refine((c) => c.dateFin >= c.dateDebut, {
    error: 'La campagne finit avant de commencer.',
    path: ['dateFin'],
  });
/** A company's past campaign (campagne.json), the « réalisé » of chapters 10 and 11; « campagne » alone names the learner's. */
export type Campagne = z.infer<typeof CampagneSchema>;
/** The same, under the name the campaign model uses (issue 14). */
export type CampagnePassee = Campagne;

// The dataset's funnel keys are the funnel's stage ids, defined once in src/lib/campagne/etapes.ts.
type MemesCles<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _etapesAlignees: MemesCles<keyof Etapes, IdEtape> = true;
void _etapesAlignees;
