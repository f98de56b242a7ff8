/**
 * The weighted note of a prospect (chapter 6): Σ (note × coefficient) ÷ Σ coefficients, by
 * `scorePondere`. Anticipated mistakes: the plain mean of the notes, dividing by the number of
 * criteria instead of the sum of the coefficients, and forgetting to divide.
 */
import { entierEntre } from '../../lib/commun/aleatoire.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { scorePondere } from '../../lib/scoring/scoring.ts';
import { sansCollision, valeurDe, type Generateur } from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseScoring } from './contexte.ts';

const n = (x: number) => formatNombre(x, 2);
const CRITERES = ['secteur', 'taille', 'localisation', 'besoin'] as const;

const generer: Generateur = (alea) => {
  const e = entrepriseScoring(alea);
  let coefficients: number[];
  do coefficients = CRITERES.map(() => entierEntre(alea, 1, 5));
  while (new Set(coefficients).size < 3);
  const notes = CRITERES.map(() => entierEntre(alea, 1, 5));
  const note = valeurDe(
    scorePondere({ notes: notes.map((x, i) => ({ note: x, coefficient: coefficients[i] })) }),
  );
  const produits = notes.map((x, i) => x * coefficients[i]);
  const somme = produits.reduce((s, x) => s + x, 0),
    sommeCoef = coefficients.reduce((s, x) => s + x, 0);
  return sansCollision({
    enonce:
      `${e.presentation} note ses prospects de 1 à 5 sur quatre critères pondérés\u202f:\n` +
      CRITERES.map(
        (c, i) => `- ${c}\u202f: coefficient ${coefficients[i]}, note du prospect ${notes[i]}`,
      ).join('\n') +
      '\n\nQuelle est la note pondérée de ce prospect (sur 5)\u202f?',
    donnees: Object.fromEntries(
      CRITERES.flatMap((c, i) => [
        [`coef_${c}`, coefficients[i]],
        [`note_${c}`, notes[i]],
      ]),
    ),
    reponses: [
      {
        cle: 'note',
        libelle: 'Note pondérée',
        attendu: note,
        unite: 'nombre',
        tolerance: { absolue: 0.01 },
      },
    ],
    erreursAnticipees: [
      {
        valeur: notes.reduce((s, x) => s + x, 0) / 4,
        message:
          'Vous avez fait la moyenne simple des notes\u202f: chaque note doit d’abord être multipliée par son coefficient.',
      },
      {
        valeur: somme / 4,
        message:
          'Vous avez divisé par le nombre de critères (4). Il faut diviser par la somme des coefficients.',
      },
      {
        valeur: somme,
        message:
          'Vous avez additionné les produits sans diviser par la somme des coefficients\u202f: la note doit rester sur 5.',
      },
    ],
    indice:
      'Multipliez chaque note par son coefficient, additionnez, puis divisez par la somme des coefficients.',
    solution: [
      {
        texte: `Produits\u202f: ${produits.map((x, i) => `${notes[i]} × ${coefficients[i]} = ${x}`).join('\u202f; ')}.`,
      },
      {
        texte: `Somme des produits = ${n(somme)}\u202f; somme des coefficients = ${coefficients.join(' + ')} = ${n(sommeCoef)}.`,
      },
      { texte: `Note pondérée = ${n(somme)} ÷ ${n(sommeCoef)} = ${n(note)} sur 5.` },
    ],
  });
};

/** Weighted note Σ note × coefficient ÷ Σ coefficients. */
export const notePondereeExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'selectionner-les-prospects/note-ponderee',
  titre: 'La note pondérée',
  objectif: 'Diviser par la somme des coefficients, pas par le nombre de critères',
  generer,
};
