/**
 * What the learner reads from a scored file (chapter 6): the distribution of the scores, the
 * success rate of each temperature in the past campaign (the « probabilité de réussite » of a
 * class, seed 000), a plain-French verdict on the backtest, and the ids to select.
 * Conventions: histogram classes are [min, min + largeur[ on round steps (1, 2, 5 × 10^k);
 * the verdict reads the lift of the top 20 % (share of converters found ÷ share of the file),
 * where 1 is what a random order gives.
 */
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import type { ProspectScore, TemperatureScore } from './scoring.ts';

/** One class of the histogram: scores in [min, max[, how many prospects, how many converted. */
export interface ClasseHistogramme {
  min: number;
  max: number;
  effectif: number;
  convertis: number;
}

/** A round class width giving about `classes` classes over [min, max]. */
export function pasHistogramme({
  min,
  max,
  classes = 10,
}: {
  min: number;
  max: number;
  classes?: number;
}): number {
  const brut = (max - min) / Math.max(1, classes);
  if (!Number.isFinite(brut) || brut <= 0) return 1;
  const puissance = 10 ** Math.floor(Math.log10(brut));
  return [1, 2, 5, 10].map((m) => m * puissance).find((p) => p >= brut - 1e-9) ?? 10 * puissance;
}

/** Histogram of the scores, split into converters and others. */
export function histogrammeScores({
  classement,
  convertis,
  largeur,
}: {
  classement: readonly Pick<ProspectScore, 'id' | 'score'>[];
  convertis: ReadonlySet<string>;
  largeur?: number;
}): Resultat<ClasseHistogramme[]> {
  if (classement.length === 0) return ok([]);
  let min = Infinity,
    max = -Infinity;
  for (const l of classement) {
    if (l.score < min) min = l.score;
    if (l.score > max) max = l.score;
  }
  const pas = largeur ?? pasHistogramme({ min, max });
  if (!Number.isFinite(pas) || pas <= 0)
    return echec('La largeur des classes doit être un nombre positif.', 'largeur');
  const debut = Math.floor(min / pas) * pas;
  const n = Math.min(200, Math.floor((max - debut) / pas) + 1);
  const classes = Array.from({ length: n }, (_, i) => ({
    min: debut + i * pas,
    max: debut + (i + 1) * pas,
    effectif: 0,
    convertis: 0,
  }));
  for (const l of classement) {
    const c = classes[Math.min(n - 1, Math.floor((l.score - debut) / pas))];
    c.effectif++;
    if (convertis.has(l.id)) c.convertis++;
  }
  return ok(classes);
}

/** Past success of one temperature: prospects, converters, and their rate (null when the class is empty). */
export interface ReussiteClasse {
  temperature: TemperatureScore;
  effectif: number;
  convertis: number;
  taux: number | null;
}

/** Success rate of chauds, tièdes and froids in the past campaign: the probability of success of each class. */
export function reussiteParTemperature({
  classement,
  convertis,
}: {
  classement: readonly Pick<ProspectScore, 'id' | 'temperature'>[];
  convertis: ReadonlySet<string>;
}): ReussiteClasse[] {
  return (['chaud', 'tiede', 'froid'] as const).map((t) => {
    const dans = classement.filter((l) => l.temperature === t);
    const c = dans.filter((l) => convertis.has(l.id)).length;
    return {
      temperature: t,
      effectif: dans.length,
      convertis: c,
      taux: dans.length ? c / dans.length : null,
    };
  });
}

/** How good a grid is, from its lift on the past campaign. */
export type NiveauGrille = 'excellente' | 'utile' | 'faible' | 'inutile';

/** Level and French verdict of a backtest: lift ≥ 2,5 excellent, ≥ 1,5 useful, > 1,1 weak, else no better than chance. */
export function verdictBacktest({ lift }: { lift: number }): {
  niveau: NiveauGrille;
  texte: string;
} {
  if (!Number.isFinite(lift)) return { niveau: 'inutile', texte: 'Le test n’a pas pu être mené.' };
  if (lift >= 2.5)
    return {
      niveau: 'excellente',
      texte:
        'Grille efficace\u202f: les signataires se concentrent nettement en tête du classement.',
    };
  if (lift >= 1.5)
    return {
      niveau: 'utile',
      texte:
        'Grille utile\u202f: elle fait mieux que le hasard, mais une partie des signataires reste loin dans le classement.',
    };
  if (lift > 1.1)
    return {
      niveau: 'faible',
      texte:
        'Grille faible\u202f: à peine mieux qu’un tirage au hasard. Revoyez les critères ou leurs points.',
    };
  return {
    niveau: 'inutile',
    texte:
      'Grille sans effet\u202f: un ordre tiré au hasard ferait aussi bien. Changez de critères.',
  };
}

/** Which prospects a selection keeps. */
export type ModeSelection =
  { mode: 'premiers'; nombre: number } | { mode: 'chauds' } | { mode: 'chauds-tiedes' };

/** Ids of the selected prospects, best first: the first N of the ranking, or every chaud (and tiède). */
export function idsSelection({
  classement,
  choix,
}: {
  classement: readonly Pick<ProspectScore, 'id' | 'temperature'>[];
  choix: ModeSelection;
}): Resultat<string[]> {
  if (choix.mode === 'premiers') {
    const n = choix.nombre;
    if (!Number.isInteger(n) || n < 1)
      return echec('Le nombre de prospects à retenir doit être un entier d’au moins 1.', 'nombre');
    return ok(classement.slice(0, n).map((l) => l.id));
  }
  const garder = choix.mode === 'chauds' ? ['chaud'] : ['chaud', 'tiede'];
  return ok(
    classement
      .filter((l) => l.temperature !== undefined && garder.includes(l.temperature))
      .map((l) => l.id),
  );
}

/** Clients expected from a file split into classes: Σ prospects of the class × its probability of success. */
export function clientsAttendus({
  classes,
}: {
  classes: readonly { effectif: number; probabilite: number }[];
}): Resultat<number> {
  let total = 0;
  for (const [i, c] of classes.entries()) {
    if (!Number.isFinite(c?.effectif) || c.effectif < 0)
      return echec(
        `Le nombre de prospects de la classe ${i + 1} doit être positif ou nul.`,
        'classes',
      );
    if (!Number.isFinite(c.probabilite) || c.probabilite < 0 || c.probabilite > 1)
      return echec(
        `La probabilité de réussite de la classe ${i + 1} doit être comprise entre 0 et 100\u202f%.`,
        'classes',
      );
    total += c.effectif * c.probabilite;
  }
  return ok(total);
}
