/**
 * The formula catalogue (ARCHITECTURE rule 1): every formula of the course with a stable id,
 * its French name, its expression as the lesson writes it, its inputs with labels and units,
 * and the library function that computes it. The formula sheet, the exercises and the dossier
 * read this list; no entry computes anything itself, it only calls its module's function.
 * Ids and input keys are public API: add entries, never rename one. The sheet holds only what a
 * chapter teaches (tests/unit/content/formules-enseignees.test.ts); « prix HT » and « prix net après
 * remise » left it in issue 17 (their functions stay in marges.ts).
 * Rates are fractions on input and output (0,25 = 25 %); `unite` tells the UI how to show them.
 */
import { echec, type Resultat } from '../commun/resultat.ts';
import { EXPRESSIONS, type IdFormule } from './expressions.ts';
import { libelleChamp, nomChamp, uniteChamp, type CleChamp, type Unite } from '../commun/champs.ts';
import * as marges from '../marges/marges.ts';
import * as budget from '../budget/budget.ts';
import * as evolution from '../ventes/evolution.ts';
import * as rentabilite from '../marges/rentabilite.ts';
import * as valeurClient from '../portefeuille/valeur-client.ts';
import * as capacite from '../planning/capacite.ts';

export type { Unite } from '../commun/champs.ts';

/** One input of a formula: the parameter key, its French label and its unit. */
export interface EntreeFormule {
  cle: string;
  libelle: string;
  unite: Unite;
  /** Value used when the key is absent (e.g. 360 days for the commercial year). */
  defaut?: number;
}

/** A formula of the course, as the formula sheet shows it and as exercises compute it. */
export interface Formule {
  /** Stable kebab-case id (« taux-de-marque »). */
  id: string;
  /** French name (« Taux de marque »). */
  nom: string;
  /** Course chapter (1–12) it belongs to, for grouping on the formula sheet. */
  chapitre: number;
  /** The formula as the course writes it. */
  expression: string;
  entrees: readonly EntreeFormule[];
  /** Unit of the result. */
  unite: Unite;
  /** The convention chosen where French sources disagree, in French, for the learner. */
  convention?: string;
  /** Computes the formula from values keyed by input `cle`; a missing key is a French error naming it. */
  calculer(valeurs: Record<string, number>): Resultat<number>;
}

/** Builds an entry from its module function; the input keys are checked against its parameters. */
function definir<K extends CleChamp>(d: {
  id: IdFormule;
  nom: string;
  chapitre: number;
  entrees: readonly K[];
  unite: Unite;
  convention?: string;
  defauts?: Partial<Record<NoInfer<K>, number>>;
  fonction: (p: Record<NoInfer<K>, number>) => Resultat<number>;
}): Formule {
  const { entrees, defauts = {}, fonction, ...reste } = d;
  const liste = entrees.map((cle): EntreeFormule => {
    const defaut = (defauts as Partial<Record<K, number>>)[cle];
    const entree = { cle, libelle: libelleChamp(cle), unite: uniteChamp(cle) };
    return defaut === undefined ? entree : { ...entree, defaut };
  });
  return {
    ...reste,
    expression: EXPRESSIONS[d.id],
    entrees: liste,
    calculer(valeurs) {
      const parametres = {} as Record<K, number>;
      for (const cle of entrees) {
        const v = valeurs?.[cle] ?? (defauts as Partial<Record<K, number>>)[cle];
        if (v === undefined || v === null) return echec(`Il manque ${nomChamp(cle)}.`, cle);
        parametres[cle] = v;
      }
      return fonction(parametres);
    },
  };
}

const ANNEE =
  'Année commerciale de 360 jours par défaut (12 mois de 30 jours)\u202F; indiquez 365 pour des jours calendaires.';
const ARRONDI = 'Arrondi à l’unité supérieure\u202F: on ne compte que des entiers.';

/** Every formula of the course, in chapter order. */
export const formules: readonly Formule[] = [
  // Chapitre 1 — Pourquoi prospecter
  definir({
    id: 'duree-de-vie-client',
    nom: 'Durée de vie client',
    chapitre: 1,
    entrees: ['tauxAttrition'],
    unite: 'annees',
    convention: 'Taux d’attrition annuel, en fraction des clients perdus chaque année.',
    fonction: valeurClient.dureeDeVieClient,
  }),
  definir({
    id: 'nouveaux-clients-necessaires',
    nom: 'Nouveaux clients nécessaires sur un an',
    chapitre: 1,
    entrees: ['clients', 'tauxAttrition', 'tauxCroissance'],
    unite: 'nombre',
    convention: ARRONDI,
    fonction: valeurClient.nouveauxClientsNecessaires,
  }),
  // Chapitre 2 — Analyser le portefeuille client
  definir({
    id: 'marge-unitaire',
    nom: 'Marge unitaire',
    chapitre: 2,
    entrees: ['prixVenteHT', 'coutAchatHT'],
    unite: 'montant',
    fonction: marges.margeUnitaire,
  }),
  definir({
    id: 'marge-globale',
    nom: 'Marge globale',
    chapitre: 2,
    entrees: ['margeUnitaire', 'quantite'],
    unite: 'montant',
    fonction: marges.margeGlobale,
  }),
  definir({
    id: 'taux-de-marge',
    nom: 'Taux de marge',
    chapitre: 2,
    entrees: ['prixVenteHT', 'coutAchatHT'],
    unite: 'taux',
    convention: 'La marge est rapportée au coût d’achat HT.',
    fonction: marges.tauxDeMarge,
  }),
  definir({
    id: 'taux-de-marque',
    nom: 'Taux de marque',
    chapitre: 2,
    entrees: ['prixVenteHT', 'coutAchatHT'],
    unite: 'taux',
    convention: 'La marge est rapportée au prix de vente HT.',
    fonction: marges.tauxDeMarque,
  }),
  definir({
    id: 'prix-vente-ht-depuis-taux-de-marge',
    nom: 'Prix de vente HT à partir du taux de marge',
    chapitre: 2,
    entrees: ['coutAchatHT', 'tauxDeMarge'],
    unite: 'montant',
    fonction: marges.prixVenteHTDepuisTauxDeMarge,
  }),
  definir({
    id: 'prix-vente-ht-depuis-taux-de-marque',
    nom: 'Prix de vente HT à partir du taux de marque',
    chapitre: 2,
    entrees: ['coutAchatHT', 'tauxDeMarque'],
    unite: 'montant',
    fonction: marges.prixVenteHTDepuisTauxDeMarque,
  }),
  definir({
    id: 'taux-de-marque-depuis-taux-de-marge',
    nom: 'Taux de marque à partir du taux de marge',
    chapitre: 2,
    entrees: ['tauxDeMarge'],
    unite: 'taux',
    fonction: marges.tauxDeMarqueDepuisTauxDeMarge,
  }),
  definir({
    id: 'taux-de-marge-depuis-taux-de-marque',
    nom: 'Taux de marge à partir du taux de marque',
    chapitre: 2,
    entrees: ['tauxDeMarque'],
    unite: 'taux',
    fonction: marges.tauxDeMargeDepuisTauxDeMarque,
  }),
  definir({
    id: 'coefficient-multiplicateur',
    nom: 'Coefficient multiplicateur',
    chapitre: 2,
    entrees: ['prixVenteTTC', 'coutAchatHT'],
    unite: 'coefficient',
    convention: 'Prix de vente TTC sur coût d’achat HT (usage du commerce de détail).',
    fonction: marges.coefficientMultiplicateur,
  }),
  definir({
    id: 'prix-ttc',
    nom: 'Prix TTC',
    chapitre: 2,
    entrees: ['prixHT', 'tauxTVA'],
    unite: 'montant',
    fonction: marges.prixTTC,
  }),
  definir({
    id: 'panier-moyen',
    nom: 'Panier moyen',
    chapitre: 2,
    entrees: ['chiffreAffaires', 'transactions'],
    unite: 'montant',
    fonction: valeurClient.panierMoyen,
  }),
  definir({
    id: 'taux-d-evolution',
    nom: 'Taux d’évolution',
    chapitre: 2,
    entrees: ['valeurDepart', 'valeurArrivee'],
    unite: 'taux',
    fonction: evolution.tauxDEvolution,
  }),
  definir({
    id: 'indice-base-100',
    nom: 'Indice base 100',
    chapitre: 2,
    entrees: ['valeurDepart', 'valeurArrivee'],
    unite: 'indice',
    fonction: evolution.indiceBase100,
  }),
  definir({
    id: 'taux-reciproque',
    nom: 'Taux réciproque',
    chapitre: 2,
    entrees: ['taux'],
    unite: 'taux',
    convention:
      'Le taux qui ramène à la valeur de départ\u202F: +25\u202F% est annulé par −20\u202F%.',
    fonction: evolution.tauxReciproque,
  }),
  definir({
    id: 'tcam',
    nom: 'Taux de croissance annuel moyen (TCAM)',
    chapitre: 2,
    entrees: ['valeurDepart', 'valeurArrivee', 'periodes'],
    unite: 'taux',
    convention:
      'Moyenne géométrique\u202F: des hausses successives se multiplient, elles ne s’additionnent pas.',
    fonction: evolution.tcam,
  }),
  definir({
    id: 'part-de-marche',
    nom: 'Part de marché',
    chapitre: 2,
    entrees: ['chiffreAffaires', 'chiffreAffairesMarche'],
    unite: 'taux',
    fonction: valeurClient.partDeMarche,
  }),
  definir({
    id: 'valeur-client',
    nom: 'Valeur client (en chiffre d’affaires)',
    chapitre: 2,
    entrees: ['panierMoyen', 'frequence', 'duree'],
    unite: 'montant',
    fonction: valeurClient.valeurClient,
  }),
  definir({
    id: 'valeur-client-en-marge',
    nom: 'Valeur client en marge',
    chapitre: 2,
    entrees: ['panierMoyen', 'frequence', 'duree', 'tauxDeMarque'],
    unite: 'montant',
    convention:
      'Seule la marge peut payer l’acquisition du client\u202F: on applique le taux de marque.',
    fonction: valeurClient.valeurClientEnMarge,
  }),
  definir({
    id: 'valeur-client-actualisee',
    nom: 'Valeur client actualisée',
    chapitre: 2,
    entrees: ['margeAnnuelle', 'tauxAttrition', 'tauxActualisation'],
    unite: 'montant',
    convention:
      'Marge encaissée en fin d’année, client présent la première année, somme sans limite de durée\u202F: marge annuelle ÷ (attrition + taux d’actualisation).',
    fonction: valeurClient.valeurClientActualisee,
  }),
  // Chapitre 7 — Méthodes et moyens
  definir({
    id: 'cout-unitaire',
    nom: 'Coût unitaire (par contact, visite, RDV…)',
    chapitre: 7,
    entrees: ['coutTotal', 'nombre'],
    unite: 'montant',
    fonction: rentabilite.coutUnitaire,
  }),
  // Chapitre 8 — Planifier
  definir({
    id: 'visites-par-commercial',
    nom: 'Visites possibles par commercial',
    chapitre: 8,
    entrees: ['semaines', 'joursParSemaine', 'visitesParJour'],
    unite: 'nombre',
    fonction: capacite.visitesParCommercial,
  }),
  definir({
    id: 'commerciaux-necessaires',
    nom: 'Commerciaux nécessaires',
    chapitre: 8,
    entrees: ['visitesAFaire', 'visitesParCommercial'],
    unite: 'nombre',
    convention: ARRONDI,
    fonction: capacite.commerciauxNecessaires,
  }),
  // Chapitre 9 — Budgétiser
  definir({
    id: 'ca-minimum',
    nom: 'Chiffre d’affaires minimum',
    chapitre: 9,
    entrees: ['depenses', 'tauxDeMarque'],
    unite: 'montant',
    convention:
      'On divise par le taux de marque (marge rapportée au prix de vente)\u202F: soustraire un taux d’un montant n’a pas de sens.',
    fonction: budget.caMinimum,
  }),
  definir({
    id: 'ca-objectif',
    nom: 'Chiffre d’affaires objectif',
    chapitre: 9,
    entrees: ['depenses', 'beneficeVise', 'tauxDeMarque'],
    unite: 'montant',
    fonction: budget.caObjectif,
  }),
  definir({
    id: 'taux-de-marge-sur-cout-variable',
    nom: 'Taux de marge sur coût variable',
    chapitre: 9,
    entrees: ['chiffreAffaires', 'chargesVariables'],
    unite: 'taux',
    fonction: rentabilite.tauxMargeSurCoutVariable,
  }),
  definir({
    id: 'seuil-de-rentabilite',
    nom: 'Seuil de rentabilité',
    chapitre: 9,
    entrees: ['chargesFixes', 'tauxMargeSurCoutVariable'],
    unite: 'montant',
    fonction: rentabilite.seuilDeRentabilite,
  }),
  definir({
    id: 'point-mort',
    nom: 'Point mort',
    chapitre: 9,
    entrees: ['seuilDeRentabilite', 'chiffreAffaires', 'joursParAn'],
    defauts: { joursParAn: rentabilite.ANNEE_COMMERCIALE },
    unite: 'jours',
    convention: `${ANNEE} Compté en jours depuis le début de l’année.`,
    fonction: rentabilite.pointMort,
  }),
  definir({
    id: 'marge-de-securite',
    nom: 'Marge de sécurité',
    chapitre: 9,
    entrees: ['chiffreAffaires', 'seuilDeRentabilite'],
    unite: 'montant',
    fonction: rentabilite.margeDeSecurite,
  }),
  definir({
    id: 'indice-de-securite',
    nom: 'Indice de sécurité',
    chapitre: 9,
    entrees: ['chiffreAffaires', 'seuilDeRentabilite'],
    unite: 'taux',
    fonction: rentabilite.indiceDeSecurite,
  }),
  // Chapitre 10 — Mesurer l’efficacité
  definir({
    id: 'taux',
    nom: 'Taux d’une étape (ratio de prospection)',
    chapitre: 10,
    entrees: ['sortants', 'entrants'],
    unite: 'taux',
    convention: 'Toujours rapporté aux entrants de l’étape, jamais au fichier de départ.',
    fonction: valeurClient.taux,
  }),
  // Chapitre 11 — Mesurer la rentabilité
  definir({
    id: 'taux-de-realisation',
    nom: 'Taux de réalisation',
    chapitre: 11,
    entrees: ['realise', 'objectif'],
    unite: 'taux',
    fonction: valeurClient.tauxDeRealisation,
  }),
  definir({
    id: 'resultat-operation',
    nom: 'Résultat de l’opération',
    chapitre: 11,
    entrees: ['margeGeneree', 'cout'],
    unite: 'montant',
    fonction: rentabilite.resultatOperation,
  }),
  definir({
    id: 'roi',
    nom: 'Retour sur investissement (ROI)',
    chapitre: 11,
    entrees: ['margeGeneree', 'cout'],
    unite: 'taux',
    convention: 'Calculé sur la marge générée, pas sur le chiffre d’affaires.',
    fonction: rentabilite.roi,
  }),
  definir({
    id: 'cout-acquisition-client',
    nom: 'Coût d’acquisition client',
    chapitre: 11,
    entrees: ['coutTotal', 'nouveauxClients'],
    unite: 'montant',
    fonction: rentabilite.coutAcquisitionClient,
  }),
  definir({
    id: 'clients-pour-rentabiliser',
    nom: 'Clients pour rentabiliser',
    chapitre: 11,
    entrees: ['cout', 'margeParClient'],
    unite: 'nombre',
    convention: ARRONDI,
    fonction: rentabilite.clientsPourRentabiliser,
  }),
];

const parId = new Map(formules.map((f) => [f.id, f]));

/** The formula with this id, or `undefined`. */
export function formule(id: string): Formule | undefined {
  return parId.get(id);
}
