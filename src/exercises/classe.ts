/**
 * The trainer's class summary (/classe/), with no server: each learner's exported progress file
 * is read by classe-lecture.ts (loaded on demand), then the class is summarised here per chapter
 * and per exercise. Pure: the page passes the validated files and the course's exercises.
 */
import { bilanGlobal, type ExerciceRecense } from './bilan.ts';
import type { ProductionEvaluee, Tentative } from '../schemas/progression.ts';

/** Most files (learners) in one summary. */
export const MAX_ELEVES = 200;

/** One learner's file, validated. */
export interface CopieEleve {
  /** Name given by the learner, or the file's name when none. */
  nom: string;
  /** Class given by the learner ('' when none). */
  classe: string;
  tentatives: Tentative[];
  productions: Record<string, ProductionEvaluee>;
}

/** One exercise across the class. */
export interface SyntheseExercice {
  id: string;
  titre: string;
  /** Learners who attempted it. */
  essaye: number;
  /** Learners who answered it right at least once. */
  reussi: number;
  /** reussi ÷ essaye (0 when nobody tried). */
  taux: number;
}

/** One chapter across the class. */
export interface SyntheseChapitre {
  chapitre: string;
  /** Exercise attempts by learners (one per learner and exercise) that ended right, over those attempted. */
  taux: number;
  essaye: number;
  reussi: number;
  exercices: SyntheseExercice[];
}

/** A learner who needs help: few exercises right among those tried. */
export interface EleveEnDifficulte {
  nom: string;
  classe: string;
  faits: number;
  reussis: number;
  taux: number;
  /** Titles of exercises tried and never answered right. */
  echoues: string[];
}

/** The whole summary. */
export interface SyntheseClasse {
  eleves: number;
  chapitres: SyntheseChapitre[];
  /** Anticipated mistakes, most frequent first (counted once per learner and exercise). */
  erreurs: { message: string; exercice: string; eleves: number }[];
  aAider: EleveEnDifficulte[];
  /**
   * Production grids: per grid, learners who self-assessed it and, per criterion, the learners
   * who gave themselves a level and their mean level (0 to 3).
   */
  productions: {
    id: string;
    eleves: number;
    criteres: { id: string; eleves: number; moyenne: number }[];
  }[];
}

/** Below this share of exercises right (among those tried, at least SEUIL_FAITS), a learner needs help. */
export const SEUIL_AIDE = 0.5;
const SEUIL_FAITS = 3;

/** Summarises a class from its learners' files and the course's chapters. */
export function syntheseClasse({
  chapitres,
  copies,
}: {
  chapitres: readonly { chapitre: string; titre: string; exercices: readonly ExerciceRecense[] }[];
  copies: readonly CopieEleve[];
}): SyntheseClasse {
  const titres = new Map(
    chapitres.flatMap((c) => c.exercices.map((e) => [e.id, e.titre] as const)),
  );
  const bilans = copies.map((c) => ({
    copie: c,
    bilan: bilanGlobal({ chapitres, tentatives: c.tentatives }),
  }));
  const syntheseChapitres = chapitres.map((c, i) => {
    const exercices = c.exercices.map((e, j) => {
      let essaye = 0,
        reussi = 0;
      for (const { bilan } of bilans) {
        const d = bilan.chapitres[i].exercices[j];
        if (d.essais > 0) essaye++;
        if (d.reussites > 0) reussi++;
      }
      return { id: e.id, titre: e.titre, essaye, reussi, taux: essaye > 0 ? reussi / essaye : 0 };
    });
    const essaye = exercices.reduce((s, e) => s + e.essaye, 0);
    const reussi = exercices.reduce((s, e) => s + e.reussi, 0);
    return {
      chapitre: c.chapitre,
      taux: essaye > 0 ? reussi / essaye : 0,
      essaye,
      reussi,
      exercices,
    };
  });
  const compte = new Map<string, { message: string; exercice: string; eleves: Set<number> }>();
  copies.forEach((c, n) => {
    for (const t of c.tentatives) {
      if (t.correct || !t.erreur || !titres.has(t.exerciceId)) continue;
      const cle = `${t.exerciceId}|${t.erreur}`;
      const e = compte.get(cle) ?? {
        message: t.erreur,
        exercice: titres.get(t.exerciceId)!,
        eleves: new Set<number>(),
      };
      e.eleves.add(n);
      compte.set(cle, e);
    }
  });
  const erreurs = [...compte.values()]
    .map((e) => ({ message: e.message, exercice: e.exercice, eleves: e.eleves.size }))
    .sort((a, b) => b.eleves - a.eleves || a.exercice.localeCompare(b.exercice, 'fr'))
    .slice(0, 10);
  const aAider = bilans
    .map(({ copie, bilan }) => ({
      nom: copie.nom,
      classe: copie.classe,
      faits: bilan.faits,
      reussis: bilan.reussis,
      taux: bilan.faits > 0 ? bilan.reussis / bilan.faits : 0,
      echoues: bilan.chapitres.flatMap((b) =>
        b.exercices.filter((e) => e.niveau === 'essaye').map((e) => e.titre),
      ),
    }))
    .filter((e) => e.faits >= SEUIL_FAITS && e.taux < SEUIL_AIDE)
    .sort((a, b) => a.taux - b.taux || a.nom.localeCompare(b.nom, 'fr'));
  const grilles = new Map<
    string,
    { eleves: number; sommes: Map<string, { total: number; n: number }> }
  >();
  for (const c of copies) {
    for (const [id, p] of Object.entries(c.productions)) {
      if (Object.keys(p.niveaux).length === 0) continue;
      const g = grilles.get(id) ?? { eleves: 0, sommes: new Map() };
      g.eleves++;
      for (const [critere, niveau] of Object.entries(p.niveaux)) {
        const s = g.sommes.get(critere) ?? { total: 0, n: 0 };
        s.total += niveau;
        s.n++;
        g.sommes.set(critere, s);
      }
      grilles.set(id, g);
    }
  }
  const productions = [...grilles.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, g]) => ({
      id,
      eleves: g.eleves,
      criteres: [...g.sommes.entries()].map(([critere, s]) => ({
        id: critere,
        eleves: s.n,
        moyenne: s.total / s.n,
      })),
    }));
  return { eleves: copies.length, chapitres: syntheseChapitres, erreurs, aAider, productions };
}
