/**
 * Clients lost in a year and average client lifetime (chapter 1): clients × taux d’attrition,
 * and durée de vie = 1 ÷ taux d’attrition, both from `besoinEnNouveauxClients` (src/lib/portefeuille/usure.ts).
 * Anticipated mistakes: giving the clients who stay instead of those who leave, dividing 1 by
 * the retention rate (1 − attrition), writing the rate itself as a number of years.
 */
import { formatNombre, formatPourcentage } from '../../lib/commun/nombres.ts';
import { besoinEnNouveauxClients } from '../../lib/portefeuille/usure.ts';
import {
  expressionDe,
  formaterReponse,
  sansCollision,
  valeurDe,
  type Generateur,
} from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { portefeuilleAuHasard } from './contexte.ts';

const generer: Generateur = (alea) => {
  const { presentation, nom, clients, tauxAttrition } = portefeuilleAuHasard(alea);
  const besoin = valeurDe(besoinEnNouveauxClients({ clients, tauxAttrition, tauxCroissance: 0 }));
  const dureeDeVie = besoin.dureeDeVie!;
  const attrition = formatPourcentage(tauxAttrition, 0);
  const r = (valeur: number) => formaterReponse({ valeur, unite: 'nombre' });
  // Both answers are asked « au dixième près » (tolerance 0,05): the solution says them so.
  const dixieme = (valeur: number) => formatNombre(valeur, 1);
  const arrondi = (valeur: number, unite: string) =>
    r(valeur) === dixieme(valeur)
      ? `${dixieme(valeur)}\u00a0${unite}`
      : `${dixieme(valeur)}\u00a0${unite} (${r(valeur)} avant l’arrondi au dixième)`;
  return sansCollision({
    enonce:
      `${presentation} compte ${clients}\u00a0clients en début d’année. Son taux d’attrition annuel est de ${attrition}. ` +
      'Combien de clients perdra-t-elle en moyenne dans l’année, et combien de temps un client reste-t-il en moyenne (en années)\u202f?',
    donnees: { clients, tauxAttrition },
    reponses: [
      {
        cle: 'clientsPerdus',
        libelle: 'Clients perdus dans l’année',
        attendu: besoin.clientsPerdus,
        unite: 'nombre',
        tolerance: { absolue: 0.05 },
      },
      {
        cle: 'dureeDeVie',
        libelle: 'Durée de vie moyenne d’un client (années)',
        attendu: dureeDeVie,
        unite: 'nombre',
        tolerance: { absolue: 0.05 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'clientsPerdus',
        valeur: clients - besoin.clientsPerdus,
        message:
          'C’est le nombre de clients qui restent. La question porte sur ceux qui partent\u202f: clients × taux d’attrition.',
      },
      {
        cle: 'dureeDeVie',
        valeur: 1 / (1 - tauxAttrition),
        message:
          'Vous avez divisé 1 par la part des clients qui restent. La durée de vie se calcule avec la part qui part chaque année\u202f: 1 ÷ taux d’attrition.',
      },
      {
        cle: 'dureeDeVie',
        valeur: tauxAttrition * 100,
        message:
          'Vous avez recopié le taux d’attrition. Une durée se calcule\u202f: 1 ÷ taux d’attrition (le taux écrit en nombre décimal).',
      },
    ],
    indice: `Sur 100\u00a0clients, ${formatNombre(tauxAttrition * 100, 0)} partent chaque année. Au bout de combien d’années la totalité du portefeuille aurait-elle été renouvelée\u202f?`,
    solution: [
      {
        texte: `Clients perdus\u202f: ${clients} × ${formatNombre(tauxAttrition, 2)} = ${r(besoin.clientsPerdus)}.`,
      },
      {
        texte: `${expressionDe('duree-de-vie-client')}\u202f: 1 ÷ ${formatNombre(tauxAttrition, 2)} ≈ ${dixieme(dureeDeVie)}.`,
        formuleId: 'duree-de-vie-client',
      },
      {
        texte: `${nom} perd en moyenne ${arrondi(besoin.clientsPerdus, 'clients')} par an, et un client lui reste fidèle environ ${arrondi(dureeDeVie, 'ans')}.`,
      },
    ],
  });
};

/** Clients lost in the year and average client lifetime. */
export const dureeDeVieExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'pourquoi-prospecter/duree-de-vie',
  titre: 'Combien de temps reste un client\u202f?',
  objectif:
    'Chiffrer les clients perdus et déduire la durée de vie moyenne d’un client du taux d’attrition',
  generer,
};
