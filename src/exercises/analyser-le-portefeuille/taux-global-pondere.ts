/**
 * Growth N / N−1 of three customer categories and of the whole (chapter 2): the global rate is
 * computed on the totals, which is the same as the category rates weighted by their N−1 share.
 * Anticipated mistakes: the plain average of the three rates (the lesson's warning), the ratio
 * N ÷ N−1 given as the rate, the change divided by N instead of N−1.
 */
import { entierEntre } from '../../lib/commun/aleatoire.ts';
import { tauxDEvolution } from '../../lib/ventes/evolution.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import {
  expressionDe,
  formaterReponse,
  sansCollision,
  valeurDe,
  type Generateur,
} from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseAuHasard, facteurDevise, montantEnonce } from './contexte.ts';

const generer: Generateur = (alea) => {
  const { presentation, nom, devise, categories } = entrepriseAuHasard(alea);
  const f = facteurDevise(devise);
  let caN1: number[], taux: number[], global: number;
  // Redraw (a few times at most) until the whole grows by 3 % or more and the plain average of
  // the rates lands clearly elsewhere: each anticipated mistake then differs from the answer.
  do {
    caN1 = [
      entierEntre(alea, 300, 700),
      entierEntre(alea, 100, 300),
      entierEntre(alea, 30, 150),
    ].map((k) => k * 1000 * f);
    taux = [entierEntre(alea, 3, 15), -entierEntre(alea, 2, 20), entierEntre(alea, 10, 60)].map(
      (p) => p / 100,
    );
    global = caN1.reduce((t, c, i) => t + c * taux[i], 0);
    global /= caN1.reduce((t, c) => t + c, 0);
  } while (global < 0.03 || Math.abs((taux[0] + taux[1] + taux[2]) / 3 - global) < 0.003);
  const caN = caN1.map((c, i) => Math.round(c * (1 + taux[i])));
  const totalN1 = caN1.reduce((t, c) => t + c, 0),
    totalN = caN.reduce((t, c) => t + c, 0);
  const tauxCategories = caN1.map((c, i) =>
    valeurDe(tauxDEvolution({ valeurDepart: c, valeurArrivee: caN[i] })),
  );
  const tauxGlobal = valeurDe(tauxDEvolution({ valeurDepart: totalN1, valeurArrivee: totalN }));
  const m = (x: number) => montantEnonce(x, devise);
  const pct = (x: number) => formaterReponse({ valeur: x, unite: '%' });
  const signe = (x: number) => (x < 0 ? `−${pct(-x)}` : `+${pct(x)}`);
  const poids = caN1.map((c) => c / totalN1);
  return sansCollision({
    enonce:
      `${presentation} compare son chiffre d’affaires HT par catégorie de clientèle sur deux années\u202f:\n` +
      categories.map((c, i) => `- ${c}\u202f: ${m(caN1[i])} en N−1, ${m(caN[i])} en N`).join('\n') +
      `\n\nCalculez le taux d’évolution de la catégorie «\u00a0${categories[0]}\u00a0», puis le taux d’évolution du CA global.`,
    donnees: Object.fromEntries(
      caN1.flatMap((c, i) => [
        [`caN1_${i + 1}`, c],
        [`caN_${i + 1}`, caN[i]],
      ]),
    ),
    reponses: [
      {
        cle: 'tauxCategorie',
        libelle: `Évolution de la catégorie ${categories[0]} (en\u202f%)`,
        attendu: tauxCategories[0],
        unite: '%',
        tolerance: { absolue: 0.0005 },
      },
      {
        cle: 'tauxGlobal',
        libelle: 'Évolution du CA global (en\u202f%)',
        attendu: tauxGlobal,
        unite: '%',
        tolerance: { absolue: 0.0005 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'tauxGlobal',
        valeur: tauxCategories.reduce((t, x) => t + x, 0) / 3,
        message:
          'C’est la moyenne simple des trois taux. Elle donne autant de poids à la plus petite catégorie qu’à la plus grosse\u202f: calculez le taux sur les totaux, ou pondérez chaque taux par le poids de sa catégorie en N−1.',
      },
      {
        cle: 'tauxGlobal',
        valeur: (totalN - totalN1) / totalN,
        message:
          'La variation a été divisée par le CA de N. Un taux d’évolution se rapporte toujours à la valeur de départ, celle de N−1.',
      },
      {
        cle: 'tauxCategorie',
        valeur: (caN[0] - caN1[0]) / caN[0],
        message:
          'La variation a été divisée par le CA de N. Un taux d’évolution se rapporte à la valeur de départ, celle de N−1.',
      },
    ],
    indice:
      'Additionnez d’abord les trois catégories pour chaque année, puis appliquez la formule du taux d’évolution aux deux totaux.',
    solution: [
      { texte: `${expressionDe('taux-d-evolution')}.`, formuleId: 'taux-d-evolution' },
      {
        texte: `${categories[0]}\u202f: (${m(caN[0])} − ${m(caN1[0])}) ÷ ${m(caN1[0])} = ${signe(tauxCategories[0])}.`,
        formuleId: 'taux-d-evolution',
      },
      {
        texte: `Totaux\u202f: ${m(totalN1)} en N−1, ${m(totalN)} en N, d’où (${m(totalN)} − ${m(totalN1)}) ÷ ${m(totalN1)} = ${signe(tauxGlobal)}.`,
        formuleId: 'taux-d-evolution',
      },
      {
        texte: `Vérification par la moyenne pondérée\u202f: ${poids.map((p, i) => `${formatNombre(p, 3)} × (${signe(tauxCategories[i])})`).join(' + ')} ≈ ${signe(tauxGlobal)}.`,
      },
      {
        texte: `Chez ${nom}, la catégorie «\u00a0${categories[0]}\u00a0» progresse de ${pct(tauxCategories[0])} et le CA global de ${pct(tauxGlobal)}.`,
      },
    ],
  });
};

/** Growth of a category and of the whole, the global rate being a weighted average. */
export const tauxGlobalPondereExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'analyser-le-portefeuille/taux-global-pondere',
  titre: 'Le taux global n’est pas une moyenne simple',
  objectif: 'Calculer un taux d’évolution par catégorie et le taux global sur les totaux',
  generer,
};
