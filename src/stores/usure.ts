/**
 * The « Usure du portefeuille » simulator of chapter 1: the three figures as the learner typed
 * them (text, so « 1 250 » comes back as « 1 250 » after a reload, and nothing typed is lost
 * while invalid), one set per company like every other simulator (issue 14: a figure typed for
 * Vénimob came back for Sadaf), and their evaluation by src/lib/portefeuille/evaluation-usure.ts.
 * A company never edited starts from its own data (`$departsUsure`: its clients and observed
 * attrition, computed at build time by the lab wrapper and handed over by the island); the
 * learner's own file, with no sales history, from the lesson's example.
 *
 * Stored under `atelier:v1:usures` as { [company id]: { clients, tauxAttrition, tauxCroissance } }
 * (par-entreprise.ts). HOW THE STORED VALUE CAN GO STALE: the single value of `atelier:v1:usure`
 * (before issue 14, one for every company) is adopted once for the company studied at that
 * moment, then removed; a value of another shape is set aside and reported by
 * `atomePersistant`, and each company's own figures come back. Adding a field later: bump the
 * key or accept its absence in `validerSaisieUsure`, never read old data with the new shape.
 */
import { atom, computed } from 'nanostores';
import {
  CHAMPS_USURE,
  USURE_PAR_DEFAUT,
  evaluerUsure,
  type SaisieUsure,
} from '../lib/portefeuille/evaluation-usure.ts';
import { saisieParEntreprise } from './par-entreprise.ts';
import { $entreprise } from './entreprise.ts';

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

const parEntreprise = saisieParEntreprise<SaisieUsure>({
  nom: 'usures',
  libelle: 'du simulateur «\u00a0L’usure du portefeuille\u00a0» (chapitre 1)',
  defaut: () => USURE_PAR_DEFAUT,
  valider: validerSaisieUsure,
  ancienne: 'usure',
});

/** Each sample company's own starting figures, by company id (build-time data, not the learner's). */
export const $departsUsure = atom<Readonly<Record<string, SaisieUsure>>>({});

/** The figures of the company studied: as typed, else its own starting figures, else the lesson's. */
export const $saisieUsure = computed(
  [parEntreprise.$toutes, $entreprise, $departsUsure],
  (toutes, e, departs) => (e && (toutes[e.id] ?? departs[e.id])) || USURE_PAR_DEFAUT,
);

/** The evaluation of the current figures. */
export const $evaluationUsure = computed($saisieUsure, evaluerUsure);

/** Changes one or more typed figures, for the company studied. */
export function modifierUsure(changement: Partial<SaisieUsure>): void {
  parEntreprise.definir({ ...$saisieUsure.get(), ...changement });
}

/** Back to the company's own figures (the other companies keep theirs). */
export function reinitialiserUsure(): void {
  parEntreprise.reinitialiser();
}

/** The lesson's example (200 clients, 15 %, 5 %), for the company studied. */
export function prendreExempleUsure(): void {
  parEntreprise.definir(USURE_PAR_DEFAUT);
}
