/**
 * The « Usure du portefeuille » simulator of chapter 1: the three figures as the learner typed
 * them (text, so « 1 250 » comes back as « 1 250 » after a reload, and nothing typed is lost
 * while invalid), persisted, and their evaluation by src/lib/portefeuille/evaluation-usure.ts.
 *
 * Stored under `atelier:v1:usure` as `{ clients, tauxAttrition, tauxCroissance }`, three strings.
 * A stored value of another shape (older format, hand edit) is set aside and reported by
 * `atomePersistant`, and the lesson's example comes back. Adding a field later: bump the key or
 * accept its absence in `validerSaisieUsure`, never read old data with the new shape.
 */
import { computed } from 'nanostores';
import {
  CHAMPS_USURE,
  USURE_PAR_DEFAUT,
  evaluerUsure,
  type SaisieUsure,
} from '../lib/portefeuille/evaluation-usure.ts';
import { atomePersistant } from './persistance.ts';

/** Accepts a stored value only if it has exactly the expected shape. */
export function validerSaisieUsure(brut: unknown): SaisieUsure | undefined {
  if (typeof brut !== 'object' || brut === null || Array.isArray(brut)) return undefined;
  const b = brut as Record<string, unknown>;
  if (!CHAMPS_USURE.every((c) => typeof b[c] === 'string' && (b[c] as string).length <= 60))
    return undefined;
  return {
    clients: b.clients as string,
    tauxAttrition: b.tauxAttrition as string,
    tauxCroissance: b.tauxCroissance as string,
  };
}

/** The learner's figures, persisted under `atelier:v1:usure`. */
export const $saisieUsure = atomePersistant<SaisieUsure>(
  'usure',
  USURE_PAR_DEFAUT,
  validerSaisieUsure,
);

/** The evaluation of the current figures. */
export const $evaluationUsure = computed($saisieUsure, evaluerUsure);

/** Changes one or more typed figures. */
export function modifierUsure(changement: Partial<SaisieUsure>): void {
  $saisieUsure.set({ ...$saisieUsure.get(), ...changement });
}

/** Restores the lesson's example. */
export function reinitialiserUsure(): void {
  $saisieUsure.set(USURE_PAR_DEFAUT);
}
