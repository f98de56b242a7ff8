/**
 * Dashboard objectives / achievements (chapter 11): taux de réalisation = réalisé ÷ objectif
 * (src/lib/portefeuille/valeur-client.ts `tauxDeRealisation`), for three indicators, some above their
 * objective and some below.
 * Anticipated mistakes: dividing the wrong way round (objectif ÷ réalisé), giving the relative
 * gap (réalisé − objectif) ÷ objectif instead of the share achieved.
 */
import { entierEntre } from '../../lib/commun/aleatoire.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { tauxDeRealisation } from '../../lib/portefeuille/valeur-client.ts';
import {
  expressionDe,
  formaterReponse,
  montantRond,
  sansCollision,
  valeurDe,
  type ErreurAnticipee,
  type Generateur,
} from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseAuHasard, montantEnonce } from '../budgetiser/contexte.ts';

/** A réalisé between 60 % and 125 % of the objective, never exactly on it. */
function realiseAutourDe(alea: () => number, objectif: number, pas: number): number {
  const r = montantRond(alea, { min: objectif * 0.6, max: objectif * 1.25, pas });
  return r === objectif ? objectif + pas : r;
}

const generer: Generateur = (alea) => {
  const { presentation, nom, devise } = entrepriseAuHasard(alea);
  const facteur = devise === 'MAD' ? 10 : 1;
  const indicateurs = [
    { cle: 'rdv', libelle: 'rendez-vous', objectif: 5 * entierEntre(alea, 12, 40), pas: 1 },
    { cle: 'commandes', libelle: 'commandes', objectif: entierEntre(alea, 15, 45), pas: 1 },
    {
      cle: 'ca',
      libelle: 'chiffre d’affaires',
      objectif: montantRond(alea, {
        min: 30000 * facteur,
        max: 120000 * facteur,
        pas: 5000 * facteur,
      }),
      pas: 100 * facteur,
    },
  ].map((i) => ({ ...i, realise: realiseAutourDe(alea, i.objectif, i.pas) }));
  const taux = indicateurs.map((i) =>
    valeurDe(tauxDeRealisation({ realise: i.realise, objectif: i.objectif })),
  );
  const pct = (valeur: number) => formaterReponse({ valeur, unite: '%' });
  const valeur = (i: (typeof indicateurs)[number], x: number) =>
    i.cle === 'ca' ? montantEnonce(x, devise) : formatNombre(x, 0);
  const erreurs: ErreurAnticipee[] = indicateurs.flatMap((i, k) => [
    {
      cle: i.cle,
      valeur: i.objectif / i.realise,
      message:
        'La division est à l’envers\u202f: le réalisé va au numérateur, l’objectif au dénominateur.',
    },
    {
      cle: i.cle,
      valeur: taux[k] - 1,
      message:
        'C’est l’écart rapporté à l’objectif. Le taux de réalisation dit quelle part de l’objectif est atteinte\u202f: réalisé ÷ objectif.',
    },
  ]);
  return sansCollision({
    enonce:
      `${presentation} compare les résultats de sa campagne aux objectifs fixés\u202f:\n` +
      indicateurs
        .map(
          (i) =>
            `- ${i.libelle}\u202f: objectif ${valeur(i, i.objectif)}, réalisé ${valeur(i, i.realise)}`,
        )
        .join('\n') +
      '\n\nCalculez le taux de réalisation de chaque indicateur.',
    donnees: Object.fromEntries(
      indicateurs.flatMap((i) => [
        [`${i.cle}Objectif`, i.objectif],
        [`${i.cle}Realise`, i.realise],
      ]),
    ),
    reponses: indicateurs.map((i, k) => ({
      cle: i.cle,
      libelle: `Taux de réalisation, ${i.libelle} (en\u202f%)`,
      attendu: taux[k],
      unite: '%' as const,
      tolerance: { absolue: 0.0005 },
    })),
    // A relative gap is negative below the objective: only the positive ones are typed as such.
    erreursAnticipees: erreurs.filter((e) => e.valeur > 0),
    indice:
      'Quelle part de l’objectif a été atteinte\u202f? Un objectif dépassé donne plus de 100\u202f%.',
    solution: [
      { texte: `${expressionDe('taux-de-realisation')}.`, formuleId: 'taux-de-realisation' },
      ...indicateurs.map((i, k) => ({
        texte: `${i.libelle[0].toUpperCase()}${i.libelle.slice(1)}\u202f: ${valeur(i, i.realise)} ÷ ${valeur(i, i.objectif)} = ${pct(taux[k])}.`,
        formuleId: 'taux-de-realisation',
      })),
      {
        texte:
          `${nom} atteint ${indicateurs.map((i, k) => `${pct(taux[k])} de son objectif de ${i.libelle}`).join(', ')}\u202f: ` +
          'au-dessus de 100\u202f%, l’objectif est dépassé.',
      },
    ],
  });
};

/** Taux de réalisation of a dashboard. */
export const tauxDeRealisationExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'mesurer-la-rentabilite/taux-de-realisation',
  titre: 'Le tableau de bord',
  objectif: 'Rapporter le réalisé à l’objectif, indicateur par indicateur',
  generer,
};
