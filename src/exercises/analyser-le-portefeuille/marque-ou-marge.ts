/**
 * Taux de marge and taux de marque of a customer category from its sales and their cost
 * (chapter 2): the same margin, on the cost for the first, on the selling price for the second.
 * Anticipated mistakes: the two rates swapped (the confusion the course exists to prevent),
 * the cost share of the price (coût ÷ CA) given as a rate of margin.
 */
import { entierEntre, choisir } from '../../lib/commun/aleatoire.ts';
import { tauxDeMarge, tauxDeMarque } from '../../lib/marges/marges.ts';
import {
  expressionDe,
  formaterReponse,
  sansCollision,
  valeurDe,
  type Generateur,
} from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseQuiVend, facteurDevise, montantEnonce } from './contexte.ts';

const generer: Generateur = (alea) => {
  const { presentation, nom, devise, categories } = entrepriseQuiVend(alea);
  const categorie = choisir(alea, categories);
  const ca = entierEntre(alea, 80, 900) * 1000 * facteurDevise(devise);
  // Cost between 55 % and 85 % of the CA, in whole percents: a taux de marque of 15 to 45 %.
  const cout = Math.round((ca * entierEntre(alea, 55, 85)) / 100);
  const marge = ca - cout;
  const tMarge = valeurDe(tauxDeMarge({ prixVenteHT: ca, coutAchatHT: cout }));
  const tMarque = valeurDe(tauxDeMarque({ prixVenteHT: ca, coutAchatHT: cout }));
  const m = (x: number) => montantEnonce(x, devise);
  const pct = (x: number) => formaterReponse({ valeur: x, unite: '%' });
  return sansCollision({
    enonce:
      `${presentation} a vendu l’an dernier pour ${m(ca)} HT à ses clients de la catégorie «\u00a0${categorie}\u00a0». ` +
      `Les produits vendus lui avaient coûté ${m(cout)} HT.\n\nCalculez le taux de marge puis le taux de marque de cette catégorie.`,
    donnees: { ca, cout },
    reponses: [
      {
        cle: 'tauxDeMarge',
        libelle: 'Taux de marge (en\u202f%)',
        attendu: tMarge,
        unite: '%',
        tolerance: { absolue: 0.0005 },
      },
      {
        cle: 'tauxDeMarque',
        libelle: 'Taux de marque (en\u202f%)',
        attendu: tMarque,
        unite: '%',
        tolerance: { absolue: 0.0005 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'tauxDeMarge',
        valeur: tMarque,
        message:
          'C’est le taux de marque\u202f: la marge rapportée au chiffre d’affaires. Le taux de marge rapporte la même marge au coût d’achat, plus petit\u202f: il est donc plus grand.',
      },
      {
        cle: 'tauxDeMarque',
        valeur: tMarge,
        message:
          'C’est le taux de marge, calculé sur le coût. Le taux de marque se calcule sur le prix de vente, ici le CA\u202f: il est plus petit.',
      },
      {
        cle: 'tauxDeMarque',
        valeur: cout / ca,
        message:
          'C’est la part du coût dans le CA, pas celle de la marge. La marge est ce qui reste une fois le coût retiré.',
      },
    ],
    indice: `Calculez d’abord la marge (CA − coût), puis rapportez-la une fois au coût, une fois au CA.`,
    solution: [
      { texte: `Marge = ${m(ca)} − ${m(cout)} = ${m(marge)}.` },
      {
        texte: `${expressionDe('taux-de-marge')}\u202f: ${m(marge)} ÷ ${m(cout)} = ${pct(tMarge)}.`,
        formuleId: 'taux-de-marge',
      },
      {
        texte: `${expressionDe('taux-de-marque')}\u202f: ${m(marge)} ÷ ${m(ca)} = ${pct(tMarque)}.`,
        formuleId: 'taux-de-marque',
      },
      {
        texte: `Chez ${nom}, la catégorie «\u00a0${categorie}\u00a0» a un taux de marge de ${pct(tMarge)} et un taux de marque de ${pct(tMarque)}, toujours plus petit.`,
      },
    ],
  });
};

/** Taux de marge and taux de marque of a category, on the right bases. */
export const marqueOuMargeExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'analyser-le-portefeuille/marque-ou-marge',
  titre: 'Marge sur le coût, marque sur le prix',
  objectif: 'Calculer le taux de marge et le taux de marque d’une catégorie sans les confondre',
  generer,
};
