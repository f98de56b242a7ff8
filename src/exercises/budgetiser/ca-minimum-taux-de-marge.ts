/**
 * CA minimum when the company states its margin as a taux de marge (on the COST): convert it
 * to a taux de marque first (marque = marge ÷ (1 + marge)), then divide the expenses by it.
 * Anticipated mistakes: keeping the taux de marge (the classic confusion the course exists
 * to prevent: the CA comes out too low), dividing by the taux de marge, the garbled subtraction.
 * Taux de marge drawn from values that textbooks use (25 % → 20 %, 50 % → 33,33 %…).
 */
import { formatPourcentage } from '../../lib/commun/nombres.ts';
import { choisir } from '../../lib/commun/aleatoire.ts';
import { caMinimumLectureErronee } from '../../lib/budget/budget.ts';
import {
  expressionDe,
  formaterReponse,
  montantRond,
  sansCollision,
  valeurDe,
  type Generateur,
} from '../generateur.ts';
import { calculerFormule } from '../calcul-catalogue.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseQuiVend, montantEnonce } from './contexte.ts';

const TAUX_DE_MARGE = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.75, 0.8, 1, 1.5] as const;

const generer: Generateur = (alea) => {
  const { presentation, nom, devise } = entrepriseQuiVend(alea);
  const facteur = devise === 'MAD' ? 10 : 1;
  const depenses = montantRond(alea, {
    min: 12000 * facteur,
    max: 90000 * facteur,
    pas: 250 * facteur,
  });
  const tauxDeMarge = choisir(alea, TAUX_DE_MARGE);
  const tauxDeMarque = calculerFormule('taux-de-marque-depuis-taux-de-marge', { tauxDeMarge });
  const caMinimum = calculerFormule('ca-minimum', { depenses, tauxDeMarque });
  const lectureErronee = valeurDe(caMinimumLectureErronee({ depenses, tauxDeMarge }));
  const f = (valeur: number) => formaterReponse({ valeur, unite: devise });
  const pct = (t: number) => formatPourcentage(t, 2);
  return sansCollision({
    enonce:
      `${presentation} a chiffré son plan de prospection à ${montantEnonce(depenses, devise)}. ` +
      `Ses produits sont vendus avec un taux de marge de ${pct(tauxDeMarge)}, calculé sur le coût d’achat.\n\n` +
      'Quel est le taux de marque correspondant, et quel chiffre d’affaires minimum couvre ce plan\u202f?',
    donnees: { depenses, tauxDeMarge },
    reponses: [
      {
        cle: 'tauxDeMarque',
        libelle: 'Taux de marque (en\u202f%)',
        attendu: tauxDeMarque,
        unite: '%',
        tolerance: { absolue: 0.0005 },
      },
      {
        cle: 'caMinimum',
        libelle: 'CA minimum à réaliser',
        attendu: caMinimum,
        unite: devise,
        tolerance: { relative: 0.002 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'tauxDeMarque',
        valeur: tauxDeMarge,
        message:
          'C’est le taux de marge de l’énoncé, rapporté au coût d’achat. Le taux de marque rapporte la même marge au prix de vente, plus grand\u202f: il est donc plus petit.',
      },
      {
        cle: 'caMinimum',
        valeur: lectureErronee,
        message: `Vous avez divisé par le taux de marge. Il est rapporté au coût, pas au prix de vente\u202f: le résultat sous-estime le CA nécessaire. Convertissez-le d’abord en taux de marque.`,
      },
      {
        cle: 'caMinimum',
        valeur: depenses - tauxDeMarge,
        message:
          'Un taux ne se soustrait pas d’un montant, même si une formule erronée circule ainsi. Divisez les dépenses par le taux de marque.',
      },
    ],
    indice: `Le taux de marque rapporte la marge au prix de vente\u202f: pour un coût de 100, le prix est 100 × (1 + taux de marge). Quelle part de ce prix la marge représente-t-elle\u202f?`,
    solution: [
      {
        texte: `${expressionDe('taux-de-marque-depuis-taux-de-marge')}.`,
        formuleId: 'taux-de-marque-depuis-taux-de-marge',
      },
      {
        texte: `Taux de marque = ${pct(tauxDeMarge)} ÷ (1 + ${pct(tauxDeMarge)}) = ${pct(tauxDeMarque)}.`,
        formuleId: 'taux-de-marque-depuis-taux-de-marge',
      },
      {
        texte: `${expressionDe('ca-minimum')}\u202f: ${f(depenses)} ÷ ${pct(tauxDeMarque)} = ${f(caMinimum)}.`,
        formuleId: 'ca-minimum',
      },
      {
        texte: `Avec un taux de marque de ${pct(tauxDeMarque)}, ${nom} doit vendre au moins ${f(caMinimum)}, et non ${f(lectureErronee)} comme le donnerait le taux de marge.`,
      },
    ],
  });
};

/** CA minimum when the margin is given on the cost. */
export const caMinimumTauxDeMargeExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'budgetiser/ca-minimum-taux-de-marge',
  titre: 'Du taux de marge au CA minimum',
  objectif: 'Convertir un taux de marge en taux de marque avant de calculer le CA minimum',
  generer,
};
