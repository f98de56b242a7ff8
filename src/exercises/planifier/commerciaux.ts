/**
 * Salespeople needed (chapter 8): visits per salesperson by `visitesParCommercial`, then
 * ⌈visites à faire ÷ visites par commercial⌉ by `commerciauxNecessaires` (src/lib/planning/capacite.ts).
 * Anticipated mistakes: rounding the headcount down (visits left undone), rounding to the
 * nearest, leaving the decimal quotient.
 */
import { entierEntre } from '../../lib/commun/aleatoire.ts';
import { commerciauxNecessaires, visitesParCommercial } from '../../lib/planning/capacite.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import {
  expressionDe,
  formaterReponse,
  montantRond,
  sansCollision,
  valeurDe,
  type Generateur,
} from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { journeeAuHasard, semainesDeConges } from './contexte.ts';

const generer: Generateur = (alea) => {
  const { presentation, nom } = journeeAuHasard(alea);
  const semaines = 52 - semainesDeConges(alea) - 1;
  const joursParSemaine = entierEntre(alea, 1, 3);
  const visitesParJour = entierEntre(alea, 3, 6);
  const parCommercial = valeurDe(
    visitesParCommercial({ semaines, joursParSemaine, visitesParJour }),
  );
  // Between 1,2 and 4,5 salespeople's worth of visits, so that rounding always matters.
  const visitesAFaire = montantRond(alea, {
    min: parCommercial * 1.2,
    max: parCommercial * 4.5,
    pas: 10,
  });
  const commerciaux = valeurDe(
    commerciauxNecessaires({ visitesAFaire, visitesParCommercial: parCommercial }),
  );
  const quotient = visitesAFaire / parCommercial;
  const enDessous = Math.floor(quotient + 1e-9);
  const r = (valeur: number) => formaterReponse({ valeur, unite: 'nombre' });
  const n = (valeur: number) => formatNombre(valeur, 0);
  return sansCollision({
    enonce:
      `${presentation} prépare une campagne qui demande ${n(visitesAFaire)} visites dans l’année. ` +
      `Chaque commercial travaille ${semaines}\u00a0semaines, consacre ${joursParSemaine}\u00a0jour${joursParSemaine > 1 ? 's' : ''} par semaine à la prospection et fait ${visitesParJour} visites par jour de terrain. ` +
      'Combien de visites un commercial peut-il assurer sur l’année, et combien de commerciaux faut-il pour la campagne\u202f?',
    donnees: { visitesAFaire, semaines, joursParSemaine, visitesParJour },
    reponses: [
      {
        cle: 'visitesParCommercial',
        libelle: 'Visites possibles par commercial',
        attendu: parCommercial,
        unite: 'nombre',
        tolerance: { absolue: 0 },
      },
      {
        cle: 'commerciaux',
        libelle: 'Commerciaux nécessaires',
        attendu: commerciaux,
        unite: 'nombre',
        tolerance: { absolue: 0 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'commerciaux',
        valeur: enDessous,
        message: `Vous avez arrondi vers le bas\u202f: ${enDessous > 1 ? `${r(enDessous)}\u00a0commerciaux laisseraient` : 'un seul commercial laisserait'} ${n(visitesAFaire - enDessous * parCommercial)} visites non faites. Un effectif s’arrondit toujours vers le haut.`,
      },
      {
        cle: 'commerciaux',
        valeur: quotient,
        tolerance: { absolue: 0.01 },
        message:
          'On n’embauche pas une fraction de commercial\u202f: arrondissez à l’entier supérieur.',
      },
      {
        cle: 'visitesParCommercial',
        valeur: 52 * joursParSemaine * visitesParJour,
        message:
          'Comptez les semaines réellement travaillées, pas les 52\u00a0semaines de l’année.',
      },
    ],
    indice:
      'Calculez la capacité d’un commercial (semaines × jours de terrain × visites par jour), puis combien de fois elle entre dans les visites à faire. Un commercial manquant, ce sont des visites qui ne seront pas faites.',
    solution: [
      {
        texte: `${expressionDe('visites-par-commercial')}\u202f: ${semaines} × ${joursParSemaine} × ${visitesParJour} = ${r(parCommercial)}.`,
        formuleId: 'visites-par-commercial',
      },
      {
        texte: `${expressionDe('commerciaux-necessaires')}\u202f: ${n(visitesAFaire)} ÷ ${n(parCommercial)} ≈ ${formatNombre(quotient, 2)}, arrondi à l’entier supérieur.`,
        formuleId: 'commerciaux-necessaires',
      },
      {
        texte: `Un commercial assure ${r(parCommercial)} visites par an\u202f: ${nom} a besoin de ${r(commerciaux)} commerciaux pour la campagne.`,
      },
    ],
  });
};

/** Salespeople needed for a campaign, rounded up. */
export const commerciauxExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'planifier/commerciaux',
  titre: 'Combien de commerciaux\u202f?',
  objectif:
    'Comparer les visites à faire à la capacité d’un commercial et arrondir l’effectif à l’entier supérieur',
  generer,
};
