/**
 * Marking grids (« grilles critériées ») of the graded production tasks: criteria × levels with
 * descriptors. The learner picks a level per criterion; the total is a self-assessment, kept
 * apart from the auto-corrected exercise scores in « Mon bilan ».
 */
import { echec, ok, type Resultat } from '../commun/resultat.ts';

/** The four levels of every grid, worth 0 to 3 points. */
export const NIVEAUX = ['Insuffisant', 'Fragile', 'Satisfaisant', 'Très bien'] as const;

/** A criterion with one descriptor per level. */
export interface CritereGrille {
  id: string;
  libelle: string;
  niveaux: string[];
}
/** A grid: the task and its criteria. */
export interface Grille {
  id: string;
  chapitre: string;
  titre: string;
  consigne: string;
  production: string;
  criteres: CritereGrille[];
}

/** The total of a self-assessment: points, points possible, criteria assessed. */
export interface TotalGrille {
  points: number;
  max: number;
  evalues: number;
  complet: boolean;
}

/** Adds up the levels chosen (by criterion id); a level outside the grid is an error. */
export function totalGrille({
  criteres,
  niveaux,
}: {
  criteres: readonly CritereGrille[];
  niveaux: Readonly<Record<string, number>>;
}): Resultat<TotalGrille> {
  let points = 0,
    evalues = 0;
  for (const c of criteres) {
    const n = niveaux[c.id];
    if (n === undefined) continue;
    if (!Number.isInteger(n) || n < 0 || n >= c.niveaux.length)
      return echec(`Le niveau choisi pour « ${c.libelle} » n’existe pas dans la grille.`, c.id);
    points += n;
    evalues += 1;
  }
  const max = criteres.reduce((s, c) => s + c.niveaux.length - 1, 0);
  return ok({ points, max, evalues, complet: evalues === criteres.length });
}
