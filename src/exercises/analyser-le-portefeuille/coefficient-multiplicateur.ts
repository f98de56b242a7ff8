/**
 * The retailer's coefficient multiplicateur (chapter 2): a reseller buys from the manufacturer at
 * a price HT, sells to consumers at a price HT plus VAT; coefficient = price TTC ÷ purchase HT.
 * Anticipated mistakes: the coefficient computed on the price HT (VAT forgotten), the price TTC
 * taken as price HT plus the VAT rate in units, the coefficient inverted.
 */
import { choisir, entierEntre } from '../../lib/commun/aleatoire.ts';
import { coefficientMultiplicateur, prixTTC } from '../../lib/marges/marges.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import {
  expressionDe,
  formaterReponse,
  sansCollision,
  valeurDe,
  type Generateur,
} from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { facteurDevise } from './contexte.ts';

const REVENDEURS = [
  {
    nom: 'Bureau Plus',
    presentation: 'Bureau Plus, magasin de mobilier de bureau à Grenoble,',
    article: 'un fauteuil de bureau',
    devise: 'EUR',
  },
  {
    nom: 'Maison Lumière',
    presentation: 'Maison Lumière, boutique de décoration à Nantes,',
    article: 'une lampe de table',
    devise: 'EUR',
  },
  {
    nom: 'Dar Zitoun',
    presentation: 'Dar Zitoun, épicerie fine de Marrakech,',
    article: 'un coffret d’huile d’olive',
    devise: 'MAD',
  },
] as const;

const generer: Generateur = (alea) => {
  const { nom, presentation, article, devise } = choisir(alea, REVENDEURS);
  const f = facteurDevise(devise);
  const achatHT = entierEntre(alea, 10, 80) * 5 * f;
  const prixVenteHT = Math.round(achatHT * choisir(alea, [1.3, 1.4, 1.5, 1.6, 1.75, 1.8, 2]));
  const tauxTVA = 0.2;
  const ttc = valeurDe(prixTTC({ prixHT: prixVenteHT, tauxTVA }));
  const coefficient = valeurDe(
    coefficientMultiplicateur({ prixVenteTTC: ttc, coutAchatHT: achatHT }),
  );
  const m = (valeur: number) => formaterReponse({ valeur, unite: devise });
  return sansCollision({
    enonce:
      `${presentation} achète ${article} ${m(achatHT)} HT à son fournisseur et le revend ${m(prixVenteHT)} HT à ses clients particuliers. La TVA est de 20\u202f%.\n\n` +
      'Quel est le prix affiché TTC, et quel coefficient multiplicateur le magasin applique-t-il à son prix d’achat\u202f?',
    donnees: { achatHT, prixVenteHT },
    reponses: [
      {
        cle: 'ttc',
        libelle: 'Prix de vente TTC',
        attendu: ttc,
        unite: devise,
        tolerance: { absolue: 0.01 },
      },
      {
        cle: 'coefficient',
        libelle: 'Coefficient multiplicateur',
        attendu: coefficient,
        unite: 'nombre',
        tolerance: { absolue: 0.005 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'coefficient',
        valeur: prixVenteHT / achatHT,
        message:
          'Vous avez pris le prix de vente HT. Le coefficient multiplicateur part du prix affiché, TVA comprise.',
      },
      {
        cle: 'coefficient',
        valeur: achatHT / ttc,
        message:
          'Le rapport est inversé\u202f: le coefficient dit combien de fois le prix d’achat est multiplié, il est plus grand que 1.',
      },
      {
        cle: 'ttc',
        valeur: prixVenteHT + 20,
        message:
          'Le taux de TVA s’applique au prix\u202f: multipliez le prix HT par 1,20, n’ajoutez pas 20.',
      },
      {
        cle: 'ttc',
        valeur: achatHT * 1.2,
        message:
          'C’est le prix d’achat toutes taxes. Le prix affiché part du prix de vente HT du magasin.',
      },
    ],
    indice:
      'Calculez d’abord le prix TTC (prix HT × 1,20), puis divisez-le par le prix d’achat HT.',
    solution: [
      {
        texte: `${expressionDe('prix-ttc')}\u202f: ${m(prixVenteHT)} × 1,20 = ${m(ttc)}.`,
        formuleId: 'prix-ttc',
      },
      {
        texte: `${expressionDe('coefficient-multiplicateur')}\u202f: ${m(ttc)} ÷ ${m(achatHT)} = ${formatNombre(coefficient, 2)}.`,
        formuleId: 'coefficient-multiplicateur',
      },
      {
        texte: `${nom} affiche ${m(ttc)} TTC, soit un coefficient multiplicateur de ${formaterReponse({ valeur: coefficient, unite: 'nombre' })}.`,
      },
    ],
  });
};

/** Price TTC and coefficient multiplicateur of a reseller. */
export const coefficientMultiplicateurExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'analyser-le-portefeuille/coefficient-multiplicateur',
  titre: 'Le coefficient d’un revendeur',
  objectif: 'Calculer un prix TTC et le coefficient multiplicateur d’un revendeur',
  generer,
};
