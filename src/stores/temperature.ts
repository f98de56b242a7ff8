/**
 * The « Température » exercise of chapter 3: a dozen contacts of the current company's cleaned
 * file, drawn by src/lib/cible/temperature-echantillon.ts, the stage the learner gives each one, and
 * the comparison with the rule (src/lib/cible/temperature.ts).
 *
 * Stored under `atelier:v1:temperature` as `{ [companyId]: { tirage, reponses, compare } }`:
 * the draw number (the seed is `<companyId>:<tirage>`), the answers by prospect id, and whether
 * « Comparer » was pressed. HOW IT CAN GO STALE: the cleaning log of chapter 5 changes the file,
 * so the same draw may then bring other rows; answers are keyed by prospect id, so those of rows
 * still drawn come back and the others are simply not shown. A value of another shape is set
 * aside and reported by `atomePersistant`; a new field later means bumping v1.
 */
import { computed } from 'nanostores';
import { echantillonContacts, type Echantillon } from '../lib/cible/temperature-echantillon.ts';
import {
  comparerReponses,
  STADES,
  type Comparaison,
  type Stade,
} from '../lib/cible/temperature.ts';
import type { Prospect } from '../lib/commun/prospect.ts';
import { atomePersistant, validerParEntreprise } from './persistance.ts';
import { $dateReference, $donnees, $entreprise, $fichierNettoye } from './campagne.ts';

/** The learner's work on one company. */
export interface ExerciceTemperature {
  /** Draw number: « Autres contacts » adds one. */
  tirage: number;
  /** The stage chosen per prospect id. */
  reponses: Record<string, Stade>;
  /** « Comparer » was pressed: the rule's verdicts are shown. */
  compare: boolean;
}

const VIDE: ExerciceTemperature = { tirage: 0, reponses: {}, compare: false };

function validerExercice(brut: unknown): ExerciceTemperature | undefined {
  if (typeof brut !== 'object' || brut === null || Array.isArray(brut)) return undefined;
  const b = brut as Record<string, unknown>;
  if (!Number.isSafeInteger(b.tirage) || (b.tirage as number) < 0 || typeof b.compare !== 'boolean')
    return undefined;
  if (typeof b.reponses !== 'object' || b.reponses === null || Array.isArray(b.reponses))
    return undefined;
  const reponses = Object.entries(b.reponses);
  if (
    reponses.length > 200 ||
    !reponses.every(([id, s]) => id.length <= 60 && STADES.includes(s as Stade))
  )
    return undefined;
  return {
    tirage: b.tirage as number,
    reponses: Object.fromEntries(reponses) as Record<string, Stade>,
    compare: b.compare,
  };
}

/** Accepts a stored value only if every company's entry has exactly the expected shape. */
export const validerTravauxTemperature = validerParEntreprise(validerExercice);

/** The work of every company, persisted under `atelier:v1:temperature`. */
export const $travauxTemperature = atomePersistant<Record<string, ExerciceTemperature>>(
  'temperature',
  {},
  validerTravauxTemperature,
  { libelle: 'du tri des contacts par température (chapitre 3)' },
);

/** The work on the current company. */
export const $exerciceTemperature = computed(
  [$travauxTemperature, $entreprise],
  (t, e) => (e && t[e.id]) || VIDE,
);

/** The state of the sample: waiting for the file, a French error, or the drawn contacts. */
export type EtatEchantillon =
  | { etat: 'chargement' }
  | { etat: 'erreur'; message: string }
  | { etat: 'pret'; echantillon: Echantillon<Prospect> };

/** The current company's sample, drawn from its cleaned file. */
export const $echantillonTemperature = computed(
  [$donnees, $fichierNettoye, $dateReference, $entreprise, $exerciceTemperature],
  (d, fichier, date, e, ex): EtatEchantillon => {
    if (d.etat === 'erreur') return { etat: 'erreur', message: d.message };
    if (d.etat !== 'pret' || !e || d.id !== e.id) return { etat: 'chargement' };
    const r = echantillonContacts({
      prospects: fichier,
      dateReference: date,
      graine: `${e.id}:${ex.tirage}`,
    });
    if (!r.ok) return { etat: 'erreur', message: r.erreur.message };
    if (r.valeur.contacts.length === 0)
      return {
        etat: 'erreur',
        message: 'Le fichier de cette entreprise ne contient aucun contact à classer.',
      };
    return { etat: 'pret', echantillon: r.valeur };
  },
);

/** The learner's answers set against the rule, once « Comparer » was pressed. */
export const $comparaisonTemperature = computed(
  [$echantillonTemperature, $exerciceTemperature],
  (s, ex): Comparaison | undefined => {
    if (s.etat !== 'pret' || !ex.compare) return undefined;
    const r = comparerReponses({
      attendus: s.echantillon.contacts.map((c) => c.classement.stade),
      reponses: s.echantillon.contacts.map((c) => ex.reponses[c.contact.id]),
    });
    return r.ok ? r.valeur : undefined;
  },
);

function modifier(f: (e: ExerciceTemperature) => ExerciceTemperature): void {
  const id = $entreprise.get()?.id;
  if (!id) return;
  const tous = $travauxTemperature.get();
  $travauxTemperature.set({ ...tous, [id]: f(tous[id] ?? VIDE) });
}

/** Records the stage the learner gives a contact. */
export function repondre(id: string, stade: Stade): void {
  modifier((e) => ({ ...e, reponses: { ...e.reponses, [id]: stade } }));
}
/** Shows the rule's verdicts beside the answers. */
export function comparer(): void {
  modifier((e) => ({ ...e, compare: true }));
}
/** Draws another set of contacts, with blank answers. */
export function autresContacts(): void {
  modifier((e) => ({ tirage: e.tirage + 1, reponses: {}, compare: false }));
}
/** Clears the answers of the current set. */
export function effacerReponses(): void {
  modifier((e) => ({ ...e, reponses: {}, compare: false }));
}
