/**
 * Visits per day (chapter 8): (working minutes − admin) ÷ (visit + travel), rounded DOWN, by
 * `capaciteDeVisites` (src/lib/planning/planning.ts).
 * Anticipated mistakes: rounding to the nearest (a fifth visit that does not fit), leaving the
 * decimal quotient, forgetting the travel time, forgetting the admin time.
 */
import { formatNombre } from '../../lib/commun/nombres.ts';
import { capaciteDeVisites } from '../../lib/planning/planning.ts';
import { formaterReponse, sansCollision, valeurDe, type Generateur } from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { heures, journeeAuHasard } from './contexte.ts';

const generer: Generateur = (alea) => {
  const { presentation, nom, minutesParJour, tempsAdministratif, dureeVisite, dureeTrajet } =
    journeeAuHasard(alea);
  const capacite = valeurDe(
    capaciteDeVisites({ minutesParJour, tempsAdministratif, dureeVisite, dureeTrajet, jours: 1 }),
  );
  const libre = minutesParJour - tempsAdministratif;
  const quotient = libre / capacite.minutesParVisite;
  const r = (valeur: number) => formaterReponse({ valeur, unite: 'nombre' });
  return sansCollision({
    enonce:
      `Chez ${presentation} une journée de prospection dure ${heures(minutesParJour)}, dont ${tempsAdministratif}\u00a0min de travail administratif (comptes rendus, saisie, prises de rendez-vous). ` +
      `Une visite dure en moyenne ${dureeVisite}\u00a0min et le trajet qui y mène ${dureeTrajet}\u00a0min. ` +
      'Combien de minutes faut-il compter par visite, et combien de visites complètes un commercial peut-il faire par jour\u202f?',
    donnees: { minutesParJour, tempsAdministratif, dureeVisite, dureeTrajet },
    reponses: [
      {
        cle: 'minutesParVisite',
        libelle: 'Minutes par visite, trajet compris',
        attendu: capacite.minutesParVisite,
        unite: 'nombre',
        tolerance: { absolue: 0 },
      },
      {
        cle: 'visitesParJour',
        libelle: 'Visites par jour',
        attendu: capacite.visitesParJour,
        unite: 'nombre',
        tolerance: { absolue: 0 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'minutesParVisite',
        valeur: dureeVisite,
        message:
          'Le trajet fait partie du temps d’une visite\u202f: ajoutez-le à la durée de l’entretien.',
      },
      {
        cle: 'visitesParJour',
        valeur: Math.round(quotient),
        message:
          'Vous avez arrondi au plus proche. La dernière visite ne tiendrait pas dans la journée\u202f: les visites par jour s’arrondissent vers le bas.',
      },
      {
        cle: 'visitesParJour',
        valeur: quotient,
        tolerance: { absolue: 0.01 },
        message:
          'On ne fait pas une fraction de visite\u202f: gardez la partie entière de votre quotient.',
      },
      {
        cle: 'visitesParJour',
        valeur: Math.floor(libre / dureeVisite + 1e-9),
        message:
          'Vous avez oublié le temps de trajet\u202f: chaque visite coûte aussi la route qui y mène.',
      },
      {
        cle: 'visitesParJour',
        valeur: Math.floor(minutesParJour / capacite.minutesParVisite + 1e-9),
        message:
          'Vous avez oublié de retirer le temps administratif de la journée avant de la diviser.',
      },
    ],
    indice:
      'Retirez d’abord l’administratif de la journée, puis divisez le temps restant par la durée complète d’une visite (entretien + trajet). Une visite commencée doit pouvoir se terminer.',
    solution: [
      {
        texte: `Temps de la journée\u202f: ${heures(minutesParJour)} = ${minutesParJour}\u00a0min, moins ${tempsAdministratif}\u00a0min d’administratif = ${libre}\u00a0min.`,
      },
      {
        texte: `Une visite, trajet compris\u202f: ${dureeVisite} + ${dureeTrajet} = ${r(capacite.minutesParVisite)}\u00a0min.`,
      },
      {
        texte: `${libre} ÷ ${capacite.minutesParVisite} ≈ ${formatNombre(quotient, 2)}, arrondi à l’unité inférieure.`,
      },
      {
        texte: `Avec ${r(capacite.minutesParVisite)}\u00a0min par visite, un commercial fait ${r(capacite.visitesParJour)} visites par jour chez ${nom}.`,
      },
    ],
  });
};

/** Visits per day from the minutes of a working day, rounded down. */
export const visitesParJourExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'planifier/visites-par-jour',
  titre: 'Combien de visites par jour\u202f?',
  objectif:
    'Diviser le temps disponible d’une journée par la durée d’une visite trajet compris, en arrondissant vers le bas',
  generer,
};
