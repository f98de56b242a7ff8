/**
 * The cost of a visit, derived rather than quoted (chapter 7): the salesperson's full annual cost
 * divided by the visits a year (field days × visits a day, chapter 8), plus the travel; then the
 * cost of visiting the appointments a phone campaign brings.
 * Anticipated mistakes: the travel forgotten (the « 40 à 80 € » people quote), the annual cost
 * divided by the field days instead of the visits, the visits' cost counted without the travel.
 */
import { choisir, entierEntre } from '../../lib/commun/aleatoire.ts';
import { coutUnitaire } from '../../lib/marges/rentabilite.ts';
import { visitesParCommercial } from '../../lib/planning/capacite.ts';
import {
  expressionDe,
  formaterReponse,
  montantRond,
  sansCollision,
  valeurDe,
  type Generateur,
} from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseAuHasard, montantEnonce } from './contexte.ts';

const generer: Generateur = (alea) => {
  const { presentation, nom, devise } = entrepriseAuHasard(alea);
  const dh = devise === 'MAD';
  const coutAnnuel = dh
    ? montantRond(alea, { min: 180000, max: 360000, pas: 6000 })
    : montantRond(alea, { min: 48000, max: 84000, pas: 1200 });
  const semaines = choisir(alea, [40, 42, 44, 45, 46]);
  const joursParSemaine = choisir(alea, [3, 4]);
  const visitesParJour = entierEntre(alea, 3, 6);
  const trajet = dh
    ? montantRond(alea, { min: 60, max: 250, pas: 10 })
    : montantRond(alea, { min: 10, max: 40, pas: 5 });
  const rdv = entierEntre(alea, 15, 90);
  const visitesAn = valeurDe(visitesParCommercial({ semaines, joursParSemaine, visitesParJour }));
  const tempsParVisite = valeurDe(coutUnitaire({ coutTotal: coutAnnuel, nombre: visitesAn }));
  const coutVisite = tempsParVisite + trajet;
  const coutRdv = coutVisite * rdv;
  const m = (valeur: number) => formaterReponse({ valeur, unite: devise });
  const n = (valeur: number) => formaterReponse({ valeur, unite: 'nombre' });
  const jours = semaines * joursParSemaine;
  return sansCollision({
    enonce:
      `${presentation} emploie un commercial qui lui coûte ${montantEnonce(coutAnnuel, devise)} par an (salaire, charges, véhicule, téléphone). ` +
      `Il passe ${n(joursParSemaine)} jours par semaine sur le terrain, ${semaines} semaines par an, et y fait ${visitesParJour} visites par jour. Chaque visite entraîne en moyenne ${montantEnonce(trajet, devise)} de frais de trajet.\n\n` +
      `Combien de visites fait-il par an, combien coûte une visite, et combien coûtent les ${rdv} rendez-vous qu’une campagne d’appels vient de fixer\u202f?`,
    donnees: { coutAnnuel, semaines, joursParSemaine, visitesParJour, trajet, rdv },
    reponses: [
      {
        cle: 'visitesAn',
        libelle: 'Visites par an',
        attendu: visitesAn,
        unite: 'nombre',
        tolerance: { absolue: 0.5 },
      },
      {
        cle: 'coutVisite',
        libelle: 'Coût d’une visite',
        attendu: coutVisite,
        unite: devise,
        tolerance: { absolue: 0.01 },
      },
      {
        cle: 'coutRdv',
        libelle: `Coût des ${rdv} visites`,
        attendu: coutRdv,
        unite: devise,
        tolerance: { relative: 0.001 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'coutVisite',
        valeur: tempsParVisite,
        message:
          'Il manque le trajet\u202f: la visite coûte le temps du commercial et la route pour y aller.',
      },
      {
        cle: 'coutVisite',
        valeur: coutAnnuel / jours + trajet,
        message:
          'Vous avez divisé par les jours de terrain\u202f: c’est le coût d’une journée. Divisez par les visites de l’année.',
      },
      {
        cle: 'coutVisite',
        valeur: trajet,
        message:
          'Ce ne sont que les frais de route. Le temps du commercial est le plus gros du coût d’une visite.',
      },
      {
        cle: 'coutRdv',
        valeur: tempsParVisite * rdv,
        message:
          'Chaque rendez-vous entraîne aussi son trajet\u202f: ajoutez-le au coût de chaque visite.',
      },
    ],
    indice:
      'Visites par an = semaines × jours de terrain par semaine × visites par jour. Le coût du temps d’une visite est le coût annuel divisé par ces visites\u202f; ajoutez le trajet.',
    solution: [
      {
        texte: `${expressionDe('visites-par-commercial')}\u202f: ${semaines} × ${n(joursParSemaine)} × ${visitesParJour} = ${n(visitesAn)} visites.`,
        formuleId: 'visites-par-commercial',
      },
      {
        texte: `${expressionDe('cout-unitaire')}\u202f: ${m(coutAnnuel)} ÷ ${n(visitesAn)} = ${m(tempsParVisite)} de temps par visite.`,
        formuleId: 'cout-unitaire',
      },
      {
        texte: `Coût d’une visite = ${m(tempsParVisite)} + ${m(trajet)} de trajet = ${m(coutVisite)}.`,
      },
      {
        texte: `Chez ${nom}, le commercial fait ${n(visitesAn)} visites par an, une visite coûte ${m(coutVisite)} et les ${rdv} rendez-vous coûtent ${m(coutRdv)}.`,
      },
    ],
  });
};

/** The cost of a visit from the salesperson's annual cost and capacity. */
export const coutDUneVisiteExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'methodes-et-moyens/cout-d-une-visite',
  titre: 'Ce que coûte vraiment une visite',
  objectif:
    'Calculer le coût d’une visite à partir du coût complet d’un commercial, de ses visites par an et du trajet',
  generer,
};
