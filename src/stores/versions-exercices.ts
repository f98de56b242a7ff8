/**
 * The learner's own version of each numeric exercise: its code and the answers typed into it,
 * under `atelier:v1:versions-exercices` as { [exercise id]: { code, saisies } }. Written when the
 * learner draws or types a version, or types an answer, in a version of their own; read when a
 * link (`?v=CODE#<id>`) opens another version, so that the exercise names theirs and gives it
 * back (« Revenir à ma version »). Attempts are not here: they stay in progression.ts.
 * Loaded on demand by the exercise island (enregistrer.ts), never with a chapter's first bytes.
 *
 * HOW THE STORED VALUE CAN GO STALE: an exercise removed leaves its entry, unused; an exercise
 * renamed (src/exercises/alias.ts) is looked up under its new id only, so its old entry is not
 * offered back, which loses nothing the learner cannot draw again (attempts follow the alias in
 * progression.ts); a generator changed gives other numbers for the same code, and the typed
 * answers come back as text beside them. A value of another shape is set aside and reported
 * (persistance.ts), and every exercise starts again from the version of the page.
 */
import { atomePersistant } from './persistance.ts';
import {
  messageVersionLien,
  saisiesAGarder,
  validerVersionsGardees,
  versionPrecedente,
  type VersionGardee,
  type VersionsGardees,
} from '../exercises/versions-gardees.ts';

export { messageSansExercice } from '../exercises/versions-gardees.ts';

/** Each exercise's version as the learner left it, by exercise id. */
export const $versionsExercices = atomePersistant<VersionsGardees>(
  'versions-exercices',
  {},
  validerVersionsGardees,
  { libelle: 'des versions de vos exercices chiffrés' },
);

/** Keeps `version` as the learner's own version of the exercise. */
export function garderVersion(exerciceId: string, version: VersionGardee): void {
  $versionsExercices.set({
    ...$versionsExercices.get(),
    [exerciceId]: { code: version.code, saisies: saisiesAGarder(version.saisies) },
  });
}

/**
 * The learner's own version to offer back when a link opens the version `lien`, if another, with
 * the sentence the exercise shows.
 */
export function versionAvantLien(
  exerciceId: string,
  lien: string,
): (VersionGardee & { message: string }) | undefined {
  const v = versionPrecedente({ gardee: $versionsExercices.get()[exerciceId], lien });
  return v && { ...v, message: messageVersionLien({ lien, code: v.code }) };
}
