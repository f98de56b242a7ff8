/**
 * The learner's own version of each numeric exercise (its code and the answers typed into it),
 * so that a link to another version (`?v=CODE#<id>`, shared by the trainer or a classmate) never
 * silently takes its place: the exercise names the version the learner had and gives it back.
 * Pure: the store (src/stores/versions-exercices.ts) keeps the value, this module reads it.
 */
import { codeValide, normaliserCode } from './format-code.ts';

/** One exercise's version as the learner left it: its code and the answers typed, by field. */
export interface VersionGardee {
  code: string;
  saisies: Record<string, string>;
}
/** The learner's own version of each numeric exercise, by exercise id. */
export type VersionsGardees = Record<string, VersionGardee>;

/** Most exercises kept: far more than the course has (a hand-edited value is refused). */
const MAX_EXERCICES = 500;
/** Most fields per exercise, and characters per typed answer. */
const MAX_CHAMPS = 20;
const MAX_SAISIE = 60;

const estObjet = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** An exercise id (« budgetiser/ca-minimum ») and a field key: also keeps `__proto__` out. */
const ID_EXERCICE = /^[a-z0-9-]{1,60}\/[a-z0-9-]{1,80}$/;
const CLE_CHAMP = /^[A-Za-z0-9_-]{1,40}$/;

/** One stored version, or undefined when it is not of the expected shape. */
function lireVersion(brut: unknown): VersionGardee | undefined {
  if (!estObjet(brut) || typeof brut.code !== 'string' || !codeValide(brut.code)) return undefined;
  const saisies = brut.saisies;
  if (!estObjet(saisies) || Object.keys(saisies).length > MAX_CHAMPS) return undefined;
  const champs = Object.entries(saisies);
  if (
    !champs.every(([c, s]) => CLE_CHAMP.test(c) && typeof s === 'string' && s.length <= MAX_SAISIE)
  )
    return undefined;
  return {
    code: normaliserCode(brut.code),
    saisies: Object.fromEntries(champs) as Record<string, string>,
  };
}

/** Accepts a stored value only if every entry has the expected shape. */
export function validerVersionsGardees(brut: unknown): VersionsGardees | undefined {
  if (!estObjet(brut)) return undefined;
  const entrees = Object.entries(brut);
  if (entrees.length > MAX_EXERCICES) return undefined;
  const versions: [string, VersionGardee][] = [];
  for (const [id, v] of entrees) {
    const lue = lireVersion(v);
    if (!lue || !ID_EXERCICE.test(id)) return undefined;
    versions.push([id, lue]);
  }
  return Object.fromEntries(versions);
}

/**
 * The version to offer back when a link opens `lien` for an exercise: the learner's own, when
 * they had one and it is another version; undefined otherwise (nothing to say).
 */
export function versionPrecedente({
  gardee,
  lien,
}: {
  gardee: VersionGardee | undefined;
  lien: string;
}): VersionGardee | undefined {
  return gardee && gardee.code !== normaliserCode(lien) ? gardee : undefined;
}

/** What the page's first numeric exercise says of a `?v=CODE` that names no exercise (enregistrer.ts). */
export function messageSansExercice(code: string): string {
  return `Le lien demande la version «\u00a0${code}\u00a0» sans dire de quel exercice\u202f: chaque exercice garde sa version actuelle. Pour ouvrir une version, utilisez le «\u00a0lien vers cette version\u00a0» de l’exercice, ou tapez le code dans son champ «\u00a0Code d’une version\u00a0».`;
}

/** What the exercise says when a link opened `lien` in place of the learner's version `code`. */
export function messageVersionLien({ lien, code }: { lien: string; code: string }): string {
  return `Version «\u00a0${lien}\u00a0» ouverte depuis un lien. Votre version précédente («\u00a0${code}\u00a0») est gardée\u202f:`;
}

/** The answers typed, cut to what a stored version holds (the longest kept, the first fields). */
export function saisiesAGarder(saisies: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(saisies)
      .filter(([cle]) => CLE_CHAMP.test(cle))
      .slice(0, MAX_CHAMPS)
      .map(([cle, valeur]) => [cle, valeur.slice(0, MAX_SAISIE)]),
  );
}
