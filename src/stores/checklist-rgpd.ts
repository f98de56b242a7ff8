/**
 * The points of the RGPD checklist (chapter 12) the learner has ticked, persisted under
 * `atelier:v1:checklist-rgpd` as a list of point ids. Design note on stale data: a point removed
 * from the course is dropped on read (see `validerCoches`); a point added later starts unticked;
 * anything that is not a list of strings is set aside and reported by `atomePersistant`.
 * Its own file, so the checklist's tiny script does not pull the network map's code.
 */
import { validerCoches } from '../lib/reseau/information-commerciale.ts';
import { atomePersistant } from './persistance.ts';

/** Ids of the ticked points. */
export const $cochesRgpd = atomePersistant<string[]>('checklist-rgpd', [], validerCoches, {
  libelle: 'de la liste de contrôle du chapitre 12',
});

/** Ticks or unticks one point. */
export function cocherPoint({ id, coche }: { id: string; coche: boolean }): void {
  const sans = $cochesRgpd.get().filter((x) => x !== id);
  $cochesRgpd.set(coche ? [...sans, id] : sans);
}
