/**
 * CA objectif: the turnover that pays the prospecting expenses AND leaves a target profit,
 * (dépenses + bénéfice visé) ÷ taux de marque. Anticipated mistakes: stopping at the CA
 * minimum (profit forgotten), adding the profit without dividing it (a profit is margin, and
 * margin is only a share of each sale), multiplying by the rate.
 */
import { formatPourcentage } from '../../lib/commun/nombres.ts';
import {
  expressionDe,
  formaterReponse,
  montantRond,
  sansCollision,
  tauxRond,
  type Generateur,
} from '../generateur.ts';
import { calculerFormule } from '../calcul-catalogue.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseQuiVend, montantEnonce } from './contexte.ts';

const generer: Generateur = (alea) => {
  const { presentation, nom, devise } = entrepriseQuiVend(alea);
  const facteur = devise === 'MAD' ? 10 : 1;
  const depenses = montantRond(alea, {
    min: 8000 * facteur,
    max: 60000 * facteur,
    pas: 500 * facteur,
  });
  const beneficeVise = montantRond(alea, {
    min: 2000 * facteur,
    max: 30000 * facteur,
    pas: 1000 * facteur,
  });
  const tauxDeMarque = tauxRond(alea, { min: 20, max: 50, demi: true });
  const caObjectif = calculerFormule('ca-objectif', { depenses, beneficeVise, tauxDeMarque });
  const caMinimum = calculerFormule('ca-minimum', { depenses, tauxDeMarque });
  const f = (valeur: number) => formaterReponse({ valeur, unite: devise });
  const taux = formatPourcentage(tauxDeMarque, 2);
  return sansCollision({
    enonce:
      `${presentation} engage ${montantEnonce(depenses, devise)} de dépenses de prospection sur un nouveau secteur. ` +
      `La direction veut que l’opération laisse, en plus, un bénéfice de ${montantEnonce(beneficeVise, devise)}. ` +
      `Le taux de marque moyen est de ${taux}.\n\nQuel chiffre d’affaires ${nom} doit-elle viser\u202f?`,
    donnees: { depenses, beneficeVise, tauxDeMarque },
    reponses: [
      {
        cle: 'caObjectif',
        libelle: 'CA objectif',
        attendu: caObjectif,
        unite: devise,
        tolerance: { absolue: 1 },
      },
    ],
    erreursAnticipees: [
      {
        valeur: caMinimum,
        message:
          'C’est le CA minimum\u202f: il couvre les dépenses mais ne laisse aucun bénéfice. Ajoutez le bénéfice visé aux dépenses avant de diviser.',
      },
      {
        valeur: caMinimum + beneficeVise,
        message:
          'Vous avez ajouté le bénéfice sans le diviser. Comme les dépenses, il doit être payé par la marge, qui n’est qu’une part de chaque vente.',
      },
      {
        valeur: (depenses + beneficeVise) * tauxDeMarque,
        message:
          'Vous avez multiplié par le taux de marque\u202f: ce chiffre d’affaires serait plus petit que les sommes à couvrir. Il faut diviser.',
      },
    ],
    indice:
      'La marge dégagée par les ventes doit payer deux choses\u202f: les dépenses et le bénéfice visé. Quel total la marge doit-elle atteindre\u202f?',
    solution: [
      {
        texte: `Marge à dégager = ${f(depenses)} + ${f(beneficeVise)} = ${f(depenses + beneficeVise)}.`,
      },
      { texte: `${expressionDe('ca-objectif')}.`, formuleId: 'ca-objectif' },
      {
        texte: `CA objectif = ${f(depenses + beneficeVise)} ÷ ${taux} = ${f(caObjectif)}.`,
        formuleId: 'ca-objectif',
      },
      {
        texte: `${nom} doit viser ${f(caObjectif)} de chiffre d’affaires (le CA minimum, ${f(caMinimum)}, ne paierait que les dépenses).`,
      },
    ],
  });
};

/** CA objectif with a target profit. */
export const caObjectifExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'budgetiser/ca-objectif',
  titre: 'Le chiffre d’affaires objectif',
  objectif: 'Ajouter un bénéfice visé aux dépenses avant de diviser par le taux de marque',
  generer,
};
