/**
 * Every exercise of the course, by chapter slug: the static questions of
 * content/exercises/<slug>.json (validated by schemas.ts) followed by the chapter's numeric
 * generators. Used at build time by pages (chapter series, /bilan/, /exercices/): it loads Zod
 * and the JSON, so islands import the generators' modules directly instead.
 * A file that fails its schema stops the build with a French message naming the question:
 * authored content is fixed by its author, not silently skipped.
 */
import { z } from 'astro/zod';
import { echec, ok, type Resultat } from '../lib/commun/resultat.ts';
import type { ExerciceRecense } from './bilan.ts';
import { FichierExercicesSchema, type FichierExercices } from './schemas.ts';
import type { Exercice, ExerciceNumerique } from './types.ts';

const messagesFrancais = z.locales.fr().localeError;

/** Validates the content of one exercises file; the error names the first faulty question. */
export function lireFichierExercices(
  donnees: unknown,
  nomFichier = 'content/exercises',
): Resultat<FichierExercices> {
  // French messages for the trainer who wrote the file, without changing Zod's global config.
  const lu = FichierExercicesSchema.safeParse(donnees, { error: messagesFrancais });
  if (lu.success) return ok(lu.data);
  const probleme = lu.error.issues[0];
  const chemin = probleme.path.join('.');
  const rang =
    probleme.path[0] === 'questions' && typeof probleme.path[1] === 'number'
      ? probleme.path[1]
      : undefined;
  const question =
    rang === undefined
      ? undefined
      : (donnees as { questions?: { id?: unknown }[] }).questions?.[rang]?.id;
  const ou = question ? ` (question ${String(question)})` : '';
  return echec(`${nomFichier}${ou}, ${chemin || 'racine'}\u202f: ${probleme.message}`, chemin);
}

/**
 * The static files and the numeric generators, found by name: adding a chapter's
 * content/exercises/<slug>.json or src/exercises/<slug>/index.ts needs no edit here.
 */
const FICHIERS = Object.entries(
  import.meta.glob<unknown>('../../content/exercises/*.json', { eager: true, import: 'default' }),
).map(([chemin, donnees]) => ({ nom: chemin.replace('../../', ''), donnees }));

/** The numeric problems of each chapter, by slug (the folder's name). */
const NUMERIQUES: Readonly<Record<string, readonly ExerciceNumerique[]>> = Object.fromEntries(
  Object.entries(
    import.meta.glob<readonly ExerciceNumerique[]>('./*/index.ts', {
      eager: true,
      import: 'exercicesNumeriques',
    }),
  ).map(([chemin, liste]) => [chemin.split('/')[1], liste]),
);

function charger(): Map<string, Exercice[]> {
  const parChapitre = new Map<string, Exercice[]>();
  for (const { nom, donnees } of FICHIERS) {
    const lu = lireFichierExercices(donnees, nom);
    if (!lu.ok) throw new Error(lu.erreur.message);
    parChapitre.set(lu.valeur.chapitre, [
      ...(parChapitre.get(lu.valeur.chapitre) ?? []),
      ...lu.valeur.questions,
    ]);
  }
  for (const [chapitre, liste] of Object.entries(NUMERIQUES)) {
    if (liste.length === 0) continue;
    parChapitre.set(chapitre, [...(parChapitre.get(chapitre) ?? []), ...liste]);
  }
  return parChapitre;
}

const REGISTRE = charger();

/** All exercises of a chapter, in series order (static questions, then numeric problems); [] if none. */
export function exercicesDuChapitre(slug: string): readonly Exercice[] {
  return REGISTRE.get(slug) ?? [];
}

/** Slugs of the chapters that have exercises. */
export function chapitresAvecExercices(): string[] {
  return [...REGISTRE.keys()];
}

/** One exercise by id, or `undefined`. */
export function exerciceParId(id: string): Exercice | undefined {
  for (const liste of REGISTRE.values()) {
    const trouve = liste.find((e) => e.id === id);
    if (trouve) return trouve;
  }
  return undefined;
}

/** What the bilan needs for every chapter: ids, kinds and titles, in the given chapter order. */
export function exercicesRecenses(
  ordreChapitres: readonly string[] = chapitresAvecExercices(),
): { chapitre: string; exercices: ExerciceRecense[] }[] {
  return ordreChapitres.map((chapitre) => ({
    chapitre,
    exercices: exercicesDuChapitre(chapitre).map(({ id, type, titre }) => ({ id, type, titre })),
  }));
}
