/**
 * Engagement of a campaign (course chapter 3, seed 001 « taux d’engagement »):
 * - Taux d’engagement = réactions ÷ personnes touchées, computed for each kind of reaction
 *   (ouverture, clic, demande de devis). Convention chosen: the base is the people reached;
 *   a rate « among those who opened » is the same function with the openers as the base.
 * - Reactions are nested, as in the lesson's e-mailing example: whoever asked for a quote went
 *   through the link (clicked), whoever clicked opened. Sorting the replies then gives chauds =
 *   demandes, tièdes = clics − demandes, froids = ouvertures − clics, sans réaction = touchés −
 *   ouvertures, four groups that add up to the people reached.
 */
import { echec, ok, type Resultat } from '../commun/resultat.ts';

const entier = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** Reactions ÷ people reached, as a fraction. */
export function tauxDEngagement({
  reactions,
  touches,
}: {
  reactions: number;
  touches: number;
}): Resultat<number> {
  if (!entier(touches))
    return echec(
      'Le nombre de personnes touchées doit être un nombre entier positif ou nul.',
      'touches',
    );
  if (touches === 0)
    return echec(
      'Aucune personne touchée\u202f: le taux d’engagement ne peut pas être calculé.',
      'touches',
    );
  if (!entier(reactions))
    return echec('Le nombre de réactions doit être un nombre entier positif ou nul.', 'reactions');
  if (reactions > touches)
    return echec(
      'Il ne peut pas y avoir plus de réactions que de personnes touchées.',
      'reactions',
    );
  return ok(reactions / touches);
}

/** The replies of a campaign sorted by temperature. */
export interface TriReponses {
  chauds: number;
  tiedes: number;
  froids: number;
  sansReaction: number;
}

/** Sorts the replies of an e-mailing into chauds, tièdes, froids and sans réaction (nested counts). */
export function trierReponses({
  touches,
  ouvertures,
  clics,
  demandes,
}: {
  touches: number;
  ouvertures: number;
  clics: number;
  demandes: number;
}): Resultat<TriReponses> {
  const champs = [
    ['touches', touches, 'de personnes touchées'],
    ['ouvertures', ouvertures, 'd’ouvertures'],
    ['clics', clics, 'de clics'],
    ['demandes', demandes, 'de demandes de devis'],
  ] as const;
  for (const [champ, x, libelle] of champs)
    if (!entier(x))
      return echec(`Le nombre ${libelle} doit être un nombre entier positif ou nul.`, champ);
  if (ouvertures > touches)
    return echec(
      'Il ne peut pas y avoir plus d’ouvertures que de personnes touchées.',
      'ouvertures',
    );
  if (clics > ouvertures)
    return echec(
      'Il ne peut pas y avoir plus de clics que d’ouvertures\u202f: pour cliquer, il faut avoir ouvert.',
      'clics',
    );
  if (demandes > clics)
    return echec(
      'Il ne peut pas y avoir plus de demandes de devis que de clics\u202f: le formulaire se trouve derrière le lien.',
      'demandes',
    );
  return ok({
    chauds: demandes,
    tiedes: clics - demandes,
    froids: ouvertures - clics,
    sansReaction: touches - ouvertures,
  });
}

/** People to reach for `objectif` reactions at a given rate, rounded up (whole people, the objective reached). */
export function touchesNecessaires({
  objectif,
  taux,
}: {
  objectif: number;
  taux: number;
}): Resultat<number> {
  if (!entier(objectif))
    return echec('L’objectif doit être un nombre entier de réactions.', 'objectif');
  if (typeof taux !== 'number' || !Number.isFinite(taux) || taux <= 0 || taux > 1)
    return echec('Le taux d’engagement doit être compris entre 0 (exclu) et 100\u202f%.', 'taux');
  // The small tolerance keeps 18 ÷ 0,009 = 2 000 exact despite binary rounding (1999,9999…).
  return ok(Math.ceil(objectif / taux - 1e-9));
}
