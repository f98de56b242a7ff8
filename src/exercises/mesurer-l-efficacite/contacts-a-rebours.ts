/**
 * Backward funnel (chapter 10): from an objective of orders, divide by each stage rate from
 * the bottom up, rounding each stage UP because people are whole and rounding down would miss
 * the objective (src/lib/entonnoir/entonnoir.ts `effectifsNecessaires`).
 * Anticipated mistakes: rounding down at each stage, leaving the exact quotient, multiplying
 * by the rates instead of dividing.
 */
import { entierEntre } from '../../lib/commun/aleatoire.ts';
import { effectifsNecessaires } from '../../lib/entonnoir/entonnoir.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { formaterReponse, sansCollision, valeurDe, type Generateur } from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseAuHasard, NOMS_TAUX, tauxAuHasard, tauxEnonce } from './contexte.ts';

/** The same backward chain with another rounding, for the anticipated mistakes only. */
function remonter(
  objectif: number,
  taux: readonly number[],
  arrondi: (x: number) => number,
): number[] {
  const effectifs = [objectif];
  for (let i = taux.length - 1; i >= 0; i--) effectifs.unshift(arrondi(effectifs[0] / taux[i]));
  return effectifs;
}

const generer: Generateur = (alea) => {
  const { presentation, nom } = entrepriseAuHasard(alea);
  const tauxEtapes = tauxAuHasard(alea);
  const objectif = entierEntre(alea, 8, 40);
  const effectifs = valeurDe(effectifsNecessaires({ objectif, taux: tauxEtapes }));
  const [appeles, , rdv] = effectifs;
  const parDefaut = remonter(objectif, tauxEtapes, Math.floor);
  const exacts = remonter(objectif, tauxEtapes, (x) => x);
  const n = (valeur: number) => formaterReponse({ valeur, unite: 'nombre' });
  const libelles = ['appels', 'contacts joints', 'rendez-vous', 'propositions', 'commandes'];
  return sansCollision({
    enonce:
      `${presentation} vise ${objectif}\u00a0commandes lors de sa prochaine campagne. Ses taux habituels sont\u202f:\n` +
      NOMS_TAUX.map((libelle, i) => `- ${libelle}\u202f: ${tauxEnonce(tauxEtapes[i])}`).join('\n') +
      `\n\nCombien de rendez-vous faut-il obtenir, et combien de contacts ${nom} doit-elle appeler\u202f?`,
    donnees: {
      objectif,
      t1: tauxEtapes[0],
      t2: tauxEtapes[1],
      t3: tauxEtapes[2],
      t4: tauxEtapes[3],
    },
    reponses: [
      {
        cle: 'rdv',
        libelle: 'Rendez-vous nécessaires',
        attendu: rdv,
        unite: 'nombre',
        tolerance: { absolue: 0 },
      },
      {
        cle: 'appeles',
        libelle: 'Contacts à appeler',
        attendu: appeles,
        unite: 'nombre',
        tolerance: { absolue: 0 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'rdv',
        valeur: parDefaut[2],
        message:
          'Vous avez arrondi vers le bas\u202f: avec un rendez-vous de moins, l’objectif de commandes n’est plus atteint. Arrondissez chaque étape à l’unité supérieure.',
      },
      {
        cle: 'rdv',
        valeur: exacts[2],
        tolerance: { absolue: 0.01 },
        message:
          'On ne rencontre pas une fraction de prospect\u202f: arrondissez chaque étape à l’unité supérieure avant de remonter à la suivante.',
      },
      {
        cle: 'appeles',
        valeur: parDefaut[0],
        message:
          'Vous avez arrondi vers le bas à au moins une étape\u202f: il manquerait des contacts pour atteindre l’objectif. Arrondissez toujours à l’unité supérieure.',
      },
      {
        cle: 'appeles',
        valeur: exacts[0],
        tolerance: { absolue: 0.01 },
        message:
          'Ce quotient n’est pas arrondi. Arrondissez à l’unité supérieure à chaque étape, en partant des commandes.',
      },
      {
        cle: 'appeles',
        valeur: objectif * tauxEtapes.reduce((p, t) => p * t, 1),
        tolerance: { absolue: 0.01 },
        message:
          'Vous avez multiplié par les taux, comme vers l’avant. À rebours, on divise\u202f: il faut plus d’appels que de commandes.',
      },
    ],
    indice:
      'Partez des commandes. Combien de propositions faut-il pour en obtenir autant avec ce taux de transformation\u202f? Un prospect ne se coupe pas en deux.',
    solution: [
      {
        texte:
          'À rebours, on divise chaque effectif par le taux de l’étape qui y mène, et l’on arrondit à l’unité supérieure.',
      },
      ...tauxEtapes
        .map((t, i) => ({
          texte: `${libelles[i + 1][0].toUpperCase()}${libelles[i + 1].slice(1)} ${n(effectifs[i + 1])} ÷ ${tauxEnonce(t)} ≈ ${formatNombre(effectifs[i + 1] / t, 2)}, soit ${n(effectifs[i])}\u00a0${libelles[i]}.`,
        }))
        .reverse(),
      {
        texte: `${nom} doit obtenir ${n(rdv)}\u00a0rendez-vous et appeler ${n(appeles)}\u00a0contacts pour viser ${objectif}\u00a0commandes.`,
      },
    ],
  });
};

/** Contacts needed backward from an objective, rounding up at each stage. */
export const contactsAReboursExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'mesurer-l-efficacite/contacts-a-rebours',
  titre: 'Remonter l’entonnoir',
  objectif: 'Partir des commandes visées et arrondir chaque étape à l’unité supérieure',
  generer,
};
