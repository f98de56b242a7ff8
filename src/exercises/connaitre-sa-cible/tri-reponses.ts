/**
 * Sorting the replies of an e-mailing by temperature (chapter 3, the lesson's example):
 * tièdes = clics − demandes de devis, froids = ouvertures − clics (src/lib/cible/engagement.ts).
 * Anticipated mistakes: counting every click as tiède (the quote requests are counted twice),
 * every opener as froid, or removing only the quotes from the openers.
 */
import { entierEntre } from '../../lib/commun/aleatoire.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { trierReponses } from '../../lib/cible/engagement.ts';
import { formaterReponse, sansCollision, valeurDe, type Generateur } from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseAuHasard } from '../budgetiser/contexte.ts';

const generer: Generateur = (alea) => {
  const { presentation, nom } = entrepriseAuHasard(alea);
  const touches = 100 * entierEntre(alea, 8, 40);
  const ouvertures =
    Math.round((touches * entierEntre(alea, 18, 35)) / 100) + entierEntre(alea, -7, 7);
  const clics =
    Math.round((ouvertures * entierEntre(alea, 12, 30)) / 100) + entierEntre(alea, -2, 2);
  const demandes = Math.max(1, Math.round((clics * entierEntre(alea, 10, 30)) / 100));
  const tri = valeurDe(trierReponses({ touches, ouvertures, clics, demandes }));
  const f = (x: number) => formaterReponse({ valeur: x, unite: 'nombre' });
  const n = (x: number) => formatNombre(x, 0);
  return sansCollision({
    enonce:
      `${presentation} fait le bilan d’un e-mailing envoyé à ${n(touches)} prospects\u202f:\n` +
      `- e-mails ouverts\u202f: ${n(ouvertures)}\n- clics sur le lien de l’offre\u202f: ${n(clics)}\n- demandes de devis (le formulaire se trouve derrière le lien)\u202f: ${n(demandes)}\n\n` +
      'Le commercial considère comme chaud celui qui a demandé un devis, comme tiède celui qui a cliqué sans demander de devis, et comme froid celui qui a seulement ouvert. Combien de prospects tièdes et de prospects froids compte-t-il\u202f?',
    donnees: { touches, ouvertures, clics, demandes },
    reponses: [
      {
        cle: 'tiedes',
        libelle: 'Prospects tièdes',
        attendu: tri.tiedes,
        unite: 'nombre',
        tolerance: { absolue: 0.5 },
      },
      {
        cle: 'froids',
        libelle: 'Prospects froids',
        attendu: tri.froids,
        unite: 'nombre',
        tolerance: { absolue: 0.5 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'tiedes',
        valeur: clics,
        message:
          'Tous ceux qui ont cliqué ne sont pas tièdes\u202f: ceux qui ont aussi demandé un devis sont déjà comptés parmi les chauds. Retirez-les.',
      },
      {
        cle: 'froids',
        valeur: ouvertures,
        message:
          'Parmi ceux qui ont ouvert, certains ont aussi cliqué\u202f: ils sont tièdes ou chauds. Ne gardez que ceux qui se sont arrêtés à l’ouverture.',
      },
      {
        cle: 'froids',
        valeur: ouvertures - demandes,
        message:
          'Vous avez retiré les chauds, mais pas les tièdes\u202f: retirez tous ceux qui ont cliqué.',
      },
    ],
    indice:
      'Les réactions s’emboîtent\u202f: pour cliquer, il faut avoir ouvert\u202f; pour demander un devis, il faut avoir cliqué. Chaque personne ne doit être comptée qu’une fois, à son signal le plus fort.',
    solution: [
      { texte: `Chauds\u202f: les ${n(demandes)} demandes de devis.` },
      {
        texte: `Tièdes\u202f: ceux qui ont cliqué sans demander de devis, ${n(clics)} − ${n(demandes)} = ${f(tri.tiedes)}.`,
      },
      {
        texte: `Froids\u202f: ceux qui ont ouvert sans cliquer, ${n(ouvertures)} − ${n(clics)} = ${f(tri.froids)}.`,
      },
      {
        texte: `Sans réaction\u202f: ${n(touches)} − ${n(ouvertures)} = ${n(tri.sansReaction)}. Vérification\u202f: ${n(tri.chauds)} + ${n(tri.tiedes)} + ${n(tri.froids)} + ${n(tri.sansReaction)} = ${n(touches)}.`,
      },
      {
        texte: `${nom} compte ${f(tri.tiedes)} prospects tièdes et ${f(tri.froids)} prospects froids.`,
      },
    ],
  });
};

/** Sorting an e-mailing's replies into chauds, tièdes and froids. */
export const triReponsesExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'connaitre-sa-cible/tri-reponses',
  titre: 'Trier les réponses d’un e-mailing',
  objectif: 'Compter chaque contact une seule fois, à son signal le plus fort',
  generer,
};
