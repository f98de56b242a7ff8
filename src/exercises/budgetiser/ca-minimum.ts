/**
 * CA minimum from an envelope of expense lines and a taux de marque (chapter 9):
 * total of the lines, then CA minimum = dépenses ÷ taux de marque.
 * Anticipated mistakes: the seed's garbled subtraction (or no division at all), multiplying
 * by the rate, dividing by (1 − taux) as when a selling price is computed from a cost.
 */
import { totalDepenses } from '../../lib/budget/budget.ts';
import { formatPourcentage } from '../../lib/commun/nombres.ts';
import {
  expressionDe,
  formaterReponse,
  sansCollision,
  tauxRond,
  valeurDe,
  type Generateur,
} from '../generateur.ts';
import { calculerFormule } from '../calcul-catalogue.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseQuiVend, lignesAuHasard, listeLignes } from './contexte.ts';

const generer: Generateur = (alea) => {
  const { presentation, nom, devise } = entrepriseQuiVend(alea);
  const lignes = lignesAuHasard(alea, { nombre: 3 + Math.floor(alea() * 3), devise });
  const tauxDeMarque = tauxRond(alea, { min: 20, max: 45, demi: true });
  const depenses = valeurDe(totalDepenses({ lignes }));
  const caMinimum = calculerFormule('ca-minimum', { depenses, tauxDeMarque });
  const taux = formatPourcentage(tauxDeMarque, 1);
  const f = (valeur: number) => formaterReponse({ valeur, unite: devise });
  return sansCollision({
    enonce:
      `${presentation} prévoit ces actions de prospection pour l’année\u202f:\n${listeLignes(lignes, devise)}\n\n` +
      `Sur ce marché, ${nom} vend avec un taux de marque moyen de ${taux}. ` +
      'Quel est le total des dépenses, et quel chiffre d’affaires minimum faut-il réaliser pour les couvrir\u202f?',
    donnees: { ...Object.fromEntries(lignes.map((l) => [l.id, l.montant])), tauxDeMarque },
    reponses: [
      {
        cle: 'depenses',
        libelle: 'Total des dépenses',
        attendu: depenses,
        unite: devise,
        tolerance: { absolue: 0.5 },
      },
      {
        cle: 'caMinimum',
        libelle: 'CA minimum à réaliser',
        attendu: caMinimum,
        unite: devise,
        tolerance: { absolue: 1 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'caMinimum',
        valeur: depenses - tauxDeMarque,
        message:
          'Vous avez gardé le montant des dépenses (ou retranché le taux, comme une formule erronée qui circule)\u202f: ' +
          'un taux ne se soustrait pas d’un montant. Divisez les dépenses par le taux de marque.',
      },
      {
        cle: 'caMinimum',
        valeur: depenses * tauxDeMarque,
        message:
          'Vous avez multiplié par le taux de marque\u202f: le résultat est plus petit que les dépenses, il ne peut pas les couvrir. Il faut diviser.',
      },
      {
        cle: 'caMinimum',
        valeur: depenses / (1 - tauxDeMarque),
        message:
          'Vous avez divisé par (1 − taux de marque), comme pour passer d’un coût d’achat à un prix de vente. Ici, c’est la marge qui paie les dépenses\u202f: divisez par le taux de marque lui-même.',
      },
    ],
    indice: `Chaque fois que ${nom} vend pour 100, il lui reste ${taux.replace(/\u202f%$/, '')} de marge. Combien faut-il vendre pour que la marge égale les dépenses\u202f?`,
    solution: [
      {
        texte: `Total des dépenses\u202f: ${lignes.map((l) => f(l.montant)).join(' + ')} = ${f(depenses)}.`,
      },
      { texte: `${expressionDe('ca-minimum')}.`, formuleId: 'ca-minimum' },
      {
        texte: `CA minimum = ${f(depenses)} ÷ ${formatPourcentage(tauxDeMarque, 2)} = ${f(caMinimum)}.`,
        formuleId: 'ca-minimum',
      },
      {
        texte: `Pour couvrir ${f(depenses)} de dépenses, ${nom} doit réaliser au moins ${f(caMinimum)} de chiffre d’affaires.`,
      },
    ],
  });
};

/** CA minimum from expense lines and a taux de marque. */
export const caMinimumExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'budgetiser/ca-minimum',
  titre: 'Le chiffre d’affaires minimum',
  objectif: 'Additionner l’enveloppe et la diviser par le taux de marque',
  generer,
};
