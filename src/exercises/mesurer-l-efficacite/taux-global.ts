/**
 * Global rate of a funnel (chapter 10): the product of the stage rates, with the expected
 * number of orders from a given number of calls (src/lib/entonnoir/entonnoir.ts `entonnoir`, forward,
 * exact values: 18,75 commandes is an expectation, not a promise).
 * Anticipated mistakes: adding the rates, averaging them, keeping only the last stage’s rate.
 */
import { entierEntre } from '../../lib/commun/aleatoire.ts';
import { entonnoir } from '../../lib/entonnoir/entonnoir.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { formaterReponse, sansCollision, valeurDe, type Generateur } from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseAuHasard, NOMS_TAUX, tauxAuHasard, tauxEnonce } from './contexte.ts';

const generer: Generateur = (alea) => {
  const { presentation, nom } = entrepriseAuHasard(alea);
  const tauxEtapes = tauxAuHasard(alea);
  const appeles = 100 * entierEntre(alea, 5, 30);
  const { effectifs, tauxGlobal } = valeurDe(entonnoir({ entree: appeles, taux: tauxEtapes }));
  const commandes = effectifs[effectifs.length - 1];
  const somme = tauxEtapes.reduce((s, t) => s + t, 0);
  const pct = (valeur: number) => formaterReponse({ valeur, unite: '%' });
  const n = (valeur: number) => formaterReponse({ valeur, unite: 'nombre' });
  const [t1, t2, t3, t4] = tauxEtapes;
  return sansCollision({
    enonce:
      `${presentation} prépare sa prochaine campagne avec les taux observés l’an dernier\u202f:\n` +
      NOMS_TAUX.map((libelle, i) => `- ${libelle}\u202f: ${tauxEnonce(tauxEtapes[i])}`).join('\n') +
      `\n\nQuel est le taux global de l’entonnoir (commandes rapportées aux contacts appelés), et combien de commandes ${nom} peut-elle attendre de ${formatNombre(appeles, 0)}\u00a0appels\u202f?`,
    donnees: { appeles, t1, t2, t3, t4 },
    reponses: [
      {
        cle: 'tauxGlobal',
        libelle: 'Taux global (en\u202f%)',
        attendu: tauxGlobal,
        unite: '%',
        tolerance: { absolue: 0.0001 },
      },
      {
        cle: 'commandes',
        libelle: 'Commandes attendues',
        attendu: commandes,
        unite: 'nombre',
        tolerance: { absolue: 0.1 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'tauxGlobal',
        valeur: somme,
        message:
          'Vous avez additionné les taux. Chaque étape ne garde qu’une part de la précédente\u202f: les taux se multiplient.',
      },
      {
        cle: 'tauxGlobal',
        valeur: somme / 4,
        message:
          'La moyenne des taux ne dit pas combien d’appels finissent en commande. Multipliez les quatre taux entre eux.',
      },
      {
        cle: 'tauxGlobal',
        valeur: t4,
        message:
          'C’est le taux de transformation, celui de la dernière étape seulement. Le taux global part des contacts appelés.',
      },
      {
        cle: 'commandes',
        valeur: appeles * t4,
        message:
          'Vous avez appliqué le seul taux de transformation aux appels. Les appels passent d’abord par trois autres étapes.',
      },
    ],
    indice:
      'Sur 100 appels, combien de contacts sont joints\u202f? Parmi eux, combien obtiennent un rendez-vous\u202f? Poursuivez jusqu’aux commandes.',
    solution: [
      {
        texte:
          'Chaque étape garde une fraction de la précédente\u202f: le taux global est le produit des taux d’étapes.',
      },
      { texte: `Taux global = ${tauxEtapes.map(tauxEnonce).join(' × ')} = ${pct(tauxGlobal)}.` },
      {
        texte: `Vers l’avant, étape par étape\u202f: ${effectifs.map((x) => n(x)).join(' → ')}. On garde la valeur exacte, c’est une moyenne attendue.`,
      },
      {
        texte: `Le taux global est de ${pct(tauxGlobal)}\u202f: ${formatNombre(appeles, 0)}\u00a0appels × ${pct(tauxGlobal)} = ${n(commandes)}\u00a0commandes attendues.`,
      },
    ],
  });
};

/** Global rate as the product of the stage rates. */
export const tauxGlobalExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'mesurer-l-efficacite/taux-global',
  titre: 'Le taux global de l’entonnoir',
  objectif: 'Multiplier les taux d’étapes pour passer des appels aux commandes',
  generer,
};
