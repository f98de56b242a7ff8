/**
 * Visits per year for one salesperson (chapter 8): visits per day from `capaciteDeVisites`
 * (src/lib/planning/planning.ts), then semaines × jours de terrain × visites par jour by
 * `visitesParCommercial` (src/lib/planning/capacite.ts).
 * Anticipated mistakes: counting the 52 weeks of the year, counting every working day as a
 * field day, keeping the decimal visits per day.
 */
import { visitesParCommercial } from '../../lib/planning/capacite.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { capaciteDeVisites } from '../../lib/planning/planning.ts';
import { entierEntre } from '../../lib/commun/aleatoire.ts';
import {
  expressionDe,
  formaterReponse,
  sansCollision,
  valeurDe,
  type Generateur,
} from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { heures, journeeAuHasard, semainesDeConges } from './contexte.ts';

const generer: Generateur = (alea) => {
  const { presentation, nom, minutesParJour, tempsAdministratif, dureeVisite, dureeTrajet } =
    journeeAuHasard(alea);
  const conges = semainesDeConges(alea);
  const semaines = 52 - conges - 1;
  const joursParSemaine = entierEntre(alea, 1, 3);
  const { visitesParJour, minutesParVisite } = valeurDe(
    capaciteDeVisites({ minutesParJour, tempsAdministratif, dureeVisite, dureeTrajet, jours: 1 }),
  );
  const visitesParAn = valeurDe(
    visitesParCommercial({ semaines, joursParSemaine, visitesParJour }),
  );
  const libre = minutesParJour - tempsAdministratif;
  const r = (valeur: number) => formaterReponse({ valeur, unite: 'nombre' });
  return sansCollision({
    enonce:
      `Chez ${presentation} un commercial prend ${conges}\u00a0semaines de congés par an et perd environ une semaine en jours fériés. ` +
      `Le suivi de ses clients lui laisse ${joursParSemaine}\u00a0jour${joursParSemaine > 1 ? 's' : ''} de prospection par semaine. ` +
      `Ses journées comptent ${heures(minutesParJour)} de travail, dont ${tempsAdministratif}\u00a0min d’administratif\u202f; une visite dure ${dureeVisite}\u00a0min, plus ${dureeTrajet}\u00a0min de trajet. ` +
      'Combien de visites peut-il faire par jour de prospection, et combien sur l’année\u202f?',
    donnees: {
      semaines,
      joursParSemaine,
      minutesParJour,
      tempsAdministratif,
      dureeVisite,
      dureeTrajet,
    },
    reponses: [
      {
        cle: 'visitesParJour',
        libelle: 'Visites par jour de prospection',
        attendu: visitesParJour,
        unite: 'nombre',
        tolerance: { absolue: 0 },
      },
      {
        cle: 'visitesParAn',
        libelle: 'Visites possibles sur l’année',
        attendu: visitesParAn,
        unite: 'nombre',
        tolerance: { absolue: 0 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'visitesParAn',
        valeur: 52 * joursParSemaine * visitesParJour,
        message:
          'Vous avez compté les 52\u00a0semaines de l’année. Retirez les congés et la semaine de jours fériés.',
      },
      {
        cle: 'visitesParAn',
        valeur: semaines * 5 * visitesParJour,
        message:
          'Vous avez compté cinq jours de prospection par semaine. Le reste de la semaine va au suivi des clients actuels.',
      },
      {
        cle: 'visitesParAn',
        valeur: semaines * joursParSemaine * (libre / minutesParVisite),
        tolerance: { absolue: 0.5 },
        message:
          'Vous avez gardé un nombre décimal de visites par jour\u202f: arrondissez-le d’abord à l’unité inférieure.',
      },
      {
        cle: 'visitesParJour',
        valeur: Math.round(libre / minutesParVisite),
        message:
          'Vous avez arrondi au plus proche\u202f: la dernière visite ne tiendrait pas. Arrondissez vers le bas.',
      },
    ],
    indice:
      'Trois étapes\u202f: les semaines travaillées (52 moins les absences), les visites d’une journée (arrondies vers le bas), puis le produit semaines × jours de terrain × visites par jour.',
    solution: [
      { texte: `Semaines travaillées\u202f: 52 − ${conges} − 1 = ${semaines}.` },
      {
        texte: `Visites par jour\u202f: (${minutesParJour} − ${tempsAdministratif}) ÷ (${dureeVisite} + ${dureeTrajet}) = ${libre} ÷ ${minutesParVisite} ≈ ${formatNombre(libre / minutesParVisite, 2)}, soit ${r(visitesParJour)} en arrondissant vers le bas.`,
      },
      {
        texte: `${expressionDe('visites-par-commercial')}\u202f: ${semaines} × ${joursParSemaine} × ${visitesParJour} = ${r(visitesParAn)}.`,
        formuleId: 'visites-par-commercial',
      },
      {
        texte: `Chez ${nom}, ce commercial peut faire ${r(visitesParJour)} visites par jour de terrain, soit ${r(visitesParAn)} visites sur l’année.`,
      },
    ],
  });
};

/** Visits per day and per year for one salesperson. */
export const visitesParAnExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'planifier/visites-par-an',
  titre: 'Les visites possibles sur un an',
  objectif: 'Passer des visites d’une journée aux visites d’une année de terrain',
  generer,
};
