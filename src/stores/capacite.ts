/**
 * The « Capacité » simulator of chapter 8: the working time and visit figures as the learner
 * typed them (text, so « 7,5 » comes back as « 7,5 » after a reload, and nothing typed is lost
 * while invalid), one set per company, and their evaluation by
 * src/lib/planning/evaluation-capacite.ts.
 *
 * Stored under `atelier:v1:capacites` as { [company id]: eight strings } (see `SaisieCapacite`),
 * like the plan of planning.ts: the company comes from planning-contexte.ts, which this chapter
 * already loads, not from campagne.ts and its prospect file. A company never edited shows its own
 * figures (`capaciteDeDepart`: its salesperson's week, the visits its last campaign planned), the
 * learner's own file the lesson's example; it is stored on the first edit only.
 * HOW THE STORED VALUE CAN GO STALE:
 * - the single value of `atelier:v1:capacite` (before issue 14, one for every company) is adopted
 *   once for the company studied at that moment, then removed: nothing typed is lost;
 * - a value of another shape fails `validerSaisieCapacite`: the record is set aside and reported
 *   by `atomePersistant`, and each company's own figures come back. Adding a field later: bump
 *   the key or accept its absence in the validator.
 */
import { computed } from 'nanostores';
import {
  capaciteParDefaut,
  CHAMPS_CAPACITE,
  evaluerCapacite,
  type SaisieCapacite,
} from '../lib/planning/evaluation-capacite.ts';
import { atomePersistant, validerParEntreprise } from './persistance.ts';
import { $contextePlan, contexteCourant } from './planning-contexte.ts';

/** Accepts a stored value only if it has exactly the expected shape. */
export function validerSaisieCapacite(brut: unknown): SaisieCapacite | undefined {
  if (typeof brut !== 'object' || brut === null || Array.isArray(brut)) return undefined;
  const b = brut as Record<string, unknown>;
  if (!CHAMPS_CAPACITE.every((c) => typeof b[c] === 'string' && (b[c] as string).length <= 60))
    return undefined;
  return Object.fromEntries(CHAMPS_CAPACITE.map((c) => [c, b[c]])) as unknown as SaisieCapacite;
}

/** Every company's figures as typed, by company id, persisted under `atelier:v1:capacites`. */
export const $capacites = atomePersistant<Record<string, SaisieCapacite>>(
  'capacites',
  {},
  validerParEntreprise(validerSaisieCapacite),
  { libelle: 'de la capacité de prospection (chapitre 8)' },
);

// The single value kept before issue 14 goes to the company studied then, once.
const $ancienne = atomePersistant<SaisieCapacite | undefined>(
  'capacite',
  undefined,
  validerSaisieCapacite,
  { libelle: 'de la capacité de prospection (chapitre 8)' },
);
const ancienne = $ancienne.get();
if (ancienne !== undefined) {
  const id = contexteCourant().id;
  if (!$capacites.get()[id]) $capacites.set({ ...$capacites.get(), [id]: ancienne });
  $ancienne.set(undefined);
}

/** The figures of the company studied. */
export const $saisieCapacite = computed(
  [$capacites, $contextePlan],
  (toutes, c) => toutes[c.id] ?? capaciteParDefaut(c),
);

/** The evaluation of the current figures. */
export const $evaluationCapacite = computed($saisieCapacite, evaluerCapacite);

/** Changes one or more typed figures of the company studied. */
export function modifierCapacite(changement: Partial<SaisieCapacite>): void {
  const id = $contextePlan.get().id;
  $capacites.set({ ...$capacites.get(), [id]: { ...$saisieCapacite.get(), ...changement } });
}

/** Back to the company's own figures (the other companies keep theirs). */
export function reinitialiserCapacite(): void {
  const { [$contextePlan.get().id]: _, ...autres } = $capacites.get();
  $capacites.set(autres);
}
