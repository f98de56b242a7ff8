/**
 * « Pour aller plus loin » (chapter 2): the discounted value of a client, margin ÷ (attrition +
 * discount rate), compared with its acquisition cost. Anticipated mistakes: the discount forgotten
 * (margin ÷ attrition), the rates multiplied, margin × lifetime discounted once.
 */
import { choisir, entierEntre } from '../../lib/commun/aleatoire.ts';
import { valeurClientActualisee } from '../../lib/portefeuille/valeur-client.ts';
import {
  expressionDe,
  formaterReponse,
  sansCollision,
  valeurDe,
  type Generateur,
} from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseAuHasard, facteurDevise } from './contexte.ts';

const generer: Generateur = (alea) => {
  const { presentation, nom, devise } = entrepriseAuHasard(alea);
  const margeAnnuelle = entierEntre(alea, 20, 200) * 10 * facteurDevise(devise);
  const tauxAttrition = choisir(alea, [0.1, 0.15, 0.2, 0.25, 0.3]);
  const tauxActualisation = choisir(alea, [0.05, 0.06, 0.08, 0.1, 0.12]);
  const valeur = valeurDe(
    valeurClientActualisee({ margeAnnuelle, tauxAttrition, tauxActualisation }),
  );
  const m = (x: number) => formaterReponse({ valeur: x, unite: devise });
  const pct = (t: number) => formaterReponse({ valeur: t, unite: '%' });
  return sansCollision({
    enonce:
      `${presentation} gagne en moyenne ${m(margeAnnuelle)} de marge par an sur un client. Elle perd ${pct(tauxAttrition)} de ses clients chaque année et actualise ses flux au taux de ${pct(tauxActualisation)}.\n\n` +
      'Quelle est la valeur actualisée d’un client, marge encaissée en fin d’année et sans limite de durée\u202f?',
    donnees: { margeAnnuelle, tauxAttrition, tauxActualisation },
    reponses: [
      {
        cle: 'valeur',
        libelle: 'Valeur client actualisée',
        attendu: valeur,
        unite: devise,
        tolerance: { relative: 0.002 },
      },
    ],
    erreursAnticipees: [
      {
        valeur: margeAnnuelle / tauxAttrition,
        message:
          'C’est la valeur sans actualisation\u202f: marge × durée de vie. Une marge encaissée plus tard vaut moins\u202f: ajoutez le taux d’actualisation à l’attrition.',
      },
      {
        valeur: margeAnnuelle / tauxAttrition / (1 + tauxActualisation),
        message:
          'Vous n’avez actualisé qu’une fois. Chaque année d’attente divise la marge par (1 + taux)\u202f: la formule additionne les deux taux au dénominateur.',
      },
      {
        valeur: margeAnnuelle / (tauxAttrition * tauxActualisation),
        message: 'Les deux taux s’additionnent au dénominateur, ils ne se multiplient pas.',
      },
    ],
    indice:
      'La valeur actualisée se résume à la marge annuelle divisée par la somme du taux d’attrition et du taux d’actualisation.',
    solution: [
      {
        texte: `${expressionDe('valeur-client-actualisee')}, soit marge annuelle ÷ (attrition + taux d’actualisation).`,
        formuleId: 'valeur-client-actualisee',
      },
      {
        texte: `Un client de ${nom} vaut ${m(margeAnnuelle)} ÷ (${pct(tauxAttrition)} + ${pct(tauxActualisation)}) = ${m(valeur)}, contre ${m(margeAnnuelle / tauxAttrition)} sans actualisation.`,
      },
    ],
  });
};

/** Discounted customer value (beyond the BTS programme). */
export const valeurActualiseeExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'analyser-le-portefeuille/valeur-actualisee',
  titre: 'Pour aller plus loin\u202f: la valeur client actualisée',
  objectif: 'Actualiser la valeur d’un client et la comparer à sa valeur sans actualisation',
  generer,
};
