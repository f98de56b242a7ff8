/**
 * From the cost and a target rate to the selling price (chapter 2, « Du coût au prix de vente »):
 * the rate is a taux de marque (price = cost ÷ (1 − rate)) or a taux de marge (price = cost ×
 * (1 + rate)), drawn half the time each; then the unit and global margins and the other rate.
 * Anticipated mistakes: the formula of the other rate applied (the classic confusion), the
 * unit margin given as the global one, the two rates taken as equal.
 */
import { choisir, entierEntre } from '../../lib/commun/aleatoire.ts';
import {
  margeGlobale,
  margeUnitaire,
  prixVenteHTDepuisTauxDeMarge,
  prixVenteHTDepuisTauxDeMarque,
  tauxDeMargeDepuisTauxDeMarque,
  tauxDeMarqueDepuisTauxDeMarge,
} from '../../lib/marges/marges.ts';
import {
  expressionDe,
  formaterReponse,
  sansCollision,
  valeurDe,
  type Generateur,
} from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseQuiVend, facteurDevise } from './contexte.ts';

/** Rates that give prices a learner can compute by hand. */
const TAUX = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45] as const;

/**
 * What changes with the rate given: a taux de marque is a share of the price (divide the cost by
 * 1 − rate), a taux de marge a share of the cost (multiply it by 1 + rate); the wrong price is the
 * other formula, the classic confusion.
 */
const SUR_LE_PRIX = {
  nomTaux: 'taux de marque',
  nomAutre: 'taux de marge',
  idPrix: 'prix-vente-ht-depuis-taux-de-marque',
  idAutre: 'taux-de-marge-depuis-taux-de-marque',
  prix: (coutAchatHT: number, taux: number) =>
    prixVenteHTDepuisTauxDeMarque({ coutAchatHT, tauxDeMarque: taux }),
  mauvaisPrix: (coutAchatHT: number, taux: number) =>
    prixVenteHTDepuisTauxDeMarge({ coutAchatHT, tauxDeMarge: taux }),
  autreTaux: (taux: number) => tauxDeMargeDepuisTauxDeMarque({ tauxDeMarque: taux }),
  erreurPrix:
    'Vous avez appliqué le taux au coût, comme un taux de marge. Un taux de marque se rapporte au prix de vente\u202f: divisez le coût par (1 − taux).',
  indice:
    'Avec un taux de marque, la marge est une part du prix de vente\u202f: le coût en est donc la part (1 − taux).',
  operation: '÷ (1 −',
  signe: '−',
};
const SUR_LE_COUT: typeof SUR_LE_PRIX = {
  nomTaux: 'taux de marge',
  nomAutre: 'taux de marque',
  idPrix: 'prix-vente-ht-depuis-taux-de-marge',
  idAutre: 'taux-de-marque-depuis-taux-de-marge',
  prix: (coutAchatHT, taux) => prixVenteHTDepuisTauxDeMarge({ coutAchatHT, tauxDeMarge: taux }),
  mauvaisPrix: (coutAchatHT, taux) =>
    prixVenteHTDepuisTauxDeMarque({ coutAchatHT, tauxDeMarque: taux }),
  autreTaux: (taux) => tauxDeMarqueDepuisTauxDeMarge({ tauxDeMarge: taux }),
  erreurPrix:
    'Vous avez divisé par (1 − taux), comme pour un taux de marque. Un taux de marge se rapporte au coût\u202f: multipliez le coût par (1 + taux).',
  indice:
    'Avec un taux de marge, la marge est une part du coût\u202f: le prix de vente vaut le coût multiplié par (1 + taux).',
  operation: '× (1 +',
  signe: '+',
};

const generer: Generateur = (alea) => {
  const { presentation, nom, devise } = entrepriseQuiVend(alea);
  const coutAchatHT = entierEntre(alea, 26, 120) * 10 * facteurDevise(devise);
  const quantite = entierEntre(alea, 4, 40) * 10;
  const surLePrix = alea() < 0.5;
  const taux = choisir(alea, TAUX);
  const sens = surLePrix ? SUR_LE_PRIX : SUR_LE_COUT;
  const { nomTaux, nomAutre, idPrix, idAutre } = sens;
  const prix = valeurDe(sens.prix(coutAchatHT, taux));
  const mauvaisPrix = valeurDe(sens.mauvaisPrix(coutAchatHT, taux));
  const unitaire = valeurDe(margeUnitaire({ prixVenteHT: prix, coutAchatHT }));
  const globale = valeurDe(margeGlobale({ margeUnitaire: unitaire, quantite }));
  const autreTaux = valeurDe(sens.autreTaux(taux));
  const m = (valeur: number) => formaterReponse({ valeur, unite: devise });
  const pct = (t: number) => formaterReponse({ valeur: t, unite: '%' });
  return sansCollision({
    enonce:
      `${presentation} propose un article qui lui revient à ${m(coutAchatHT)} HT. Elle veut le vendre avec un ${nomTaux} de ${pct(taux)} et en attend une commande de ${quantite} unités.\n\n` +
      `Calculez le prix de vente HT, la marge unitaire, la marge globale de la commande et le ${nomAutre} correspondant.`,
    donnees: { coutAchatHT, quantite, taux },
    reponses: [
      {
        cle: 'prix',
        libelle: 'Prix de vente HT',
        attendu: prix,
        unite: devise,
        tolerance: { absolue: 0.01 },
      },
      {
        cle: 'unitaire',
        libelle: 'Marge unitaire',
        attendu: unitaire,
        unite: devise,
        tolerance: { absolue: 0.01 },
      },
      {
        cle: 'globale',
        libelle: 'Marge globale',
        attendu: globale,
        unite: devise,
        tolerance: { absolue: 1 },
      },
      {
        cle: 'autreTaux',
        libelle: `${nomAutre[0].toUpperCase()}${nomAutre.slice(1)} (en\u202f%)`,
        attendu: autreTaux,
        unite: '%',
        tolerance: { absolue: 0.0005 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'prix',
        valeur: mauvaisPrix,
        message: sens.erreurPrix,
      },
      {
        cle: 'globale',
        valeur: unitaire,
        message: 'C’est la marge d’une seule unité. La marge globale porte sur toute la commande.',
      },
      {
        cle: 'globale',
        valeur: prix * quantite,
        message:
          'C’est le chiffre d’affaires de la commande. La marge globale retire le coût de chaque unité.',
      },
      {
        cle: 'autreTaux',
        valeur: taux,
        message: `Le ${nomAutre} n’est pas égal au ${nomTaux}\u202f: la même marge est rapportée à une autre base.`,
      },
    ],
    indice: sens.indice,
    solution: [
      {
        texte: `${expressionDe(idPrix)}\u202f: ${m(coutAchatHT)} ${sens.operation} ${pct(taux)}) = ${m(prix)}.`,
        formuleId: idPrix,
      },
      {
        texte: `${expressionDe('marge-unitaire')}\u202f: ${m(prix)} − ${m(coutAchatHT)} = ${m(unitaire)}.`,
        formuleId: 'marge-unitaire',
      },
      {
        texte: `${expressionDe('marge-globale')}\u202f: ${m(unitaire)} × ${quantite} = ${m(globale)}.`,
        formuleId: 'marge-globale',
      },
      {
        texte: `${expressionDe(idAutre)}\u202f: ${pct(taux)} ÷ (1 ${sens.signe} ${pct(taux)}) = ${pct(autreTaux)}.`,
        formuleId: idAutre,
      },
      {
        texte: `${nom} vend l’article ${m(prix)} HT, avec une marge unitaire de ${m(unitaire)}, une marge globale de ${m(globale)} et un ${nomAutre} de ${pct(autreTaux)}.`,
      },
    ],
  });
};

/** Selling price from a target rate, unit and global margins, and the other rate. */
export const prixDeVenteExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'analyser-le-portefeuille/prix-de-vente',
  titre: 'Du coût au prix de vente',
  objectif:
    'Calculer un prix de vente à partir d’un taux de marge ou de marque, puis les marges unitaire et globale',
  generer,
};
