/**
 * Shared scenarios (issue 8): « Partager ce scénario » puts a simulator's inputs in a link;
 * opening the link shows them without touching the visitor's own saved work, until they press
 * « Garder ce scénario ». This module is the link format, pure and unit-tested:
 *   ?scenario=1.<base64url of the UTF-8 JSON { e: company id, d: { <store name>: value } }>
 * versioned by its « 1. » prefix, validated on read (a damaged or tampered link is a French
 * message, never an exception). Per-company stores carry the scenario's company only.
 * No compression: the stores are read synchronously as the page starts, and the browser's
 * (de)compression is asynchronous; a typical simulator fits in 150 to 700 characters.
 */
import type { WritableAtom } from 'nanostores';
import * as z from 'zod/mini';
import { echec, ok, type Resultat } from '../lib/commun/resultat.ts';

/** Whether the page shows a shared scenario, and which company's, for the banner (`$scenario`). */
export type EtatScenario =
  | { mode: 'aucun' }
  | { mode: 'partage'; entreprise: string }
  | { mode: 'invalide'; message: string };

const ID_ENTREPRISE = /^[a-z0-9-]{1,60}$/;

/** Stores a link may carry (`atelier:v1:<nom>`); any other name in a link makes it invalid. */
export const NOMS_PARTAGEABLES = [
  'usure',
  'usures',
  'portefeuille',
  'temperature',
  'sources-couts',
  'sources-tri',
  'travail',
  'fichier-requetes',
  'methodes',
  'capacites',
  'planning',
  'budgets',
  'entonnoirs',
  'tableaux-de-bord',
  'reseau',
  'checklist-rgpd',
  'jeu-de-role',
  'ecriture',
] as const;
/** Stores holding one value per company id: a link carries the scenario's company only. */
export const PAR_ENTREPRISE: ReadonlySet<string> = new Set([
  'usures',
  'portefeuille',
  'temperature',
  'sources-couts',
  'travail',
  'fichier-requetes',
  'methodes',
  'capacites',
  'planning',
  'budgets',
  'entonnoirs',
  'tableaux-de-bord',
  'jeu-de-role',
  'ecriture',
]);

/**
 * The work of a company not touched yet, as travail.ts's TRAVAIL_VIDE (a test keeps them equal):
 * copied here so that reading a link does not load the work validators on every page.
 */
export const TRAVAIL_VIDE_LIEN = {
  journal: [],
  grille: null,
  selection: [],
  methode: null,
} as const;

/** A decoded scenario. */
export interface Scenario {
  entreprise: string;
  valeurs: Record<string, unknown>;
}

const VERSION = '1';
/** Beyond this a link is refused: a QR code holds about 2 900 characters, an address bar far more, a tampered link anything. */
export const LONGUEUR_MAX = 12_000;
const estObjet = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function versBase64url(texte: string): string {
  const octets = new TextEncoder().encode(texte);
  let binaire = '';
  for (const o of octets) binaire += String.fromCharCode(o);
  return btoa(binaire).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function depuisBase64url(texte: string): string {
  const b64 = texte.replace(/-/g, '+').replace(/_/g, '/');
  const binaire = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(
    Uint8Array.from(binaire, (c) => c.charCodeAt(0)),
  );
}

/** The `scenario` parameter for a company and store values (per-company stores cut to that company). */
export function encoderScenario({
  entreprise,
  valeurs,
}: {
  entreprise: string;
  valeurs: Record<string, unknown>;
}): string {
  const d: Record<string, unknown> = {};
  for (const [nom, v] of Object.entries(valeurs)) {
    if (v === undefined) continue;
    if (!PAR_ENTREPRISE.has(nom)) d[nom] = v;
    else if (estObjet(v) && v[entreprise] !== undefined) d[nom] = { [entreprise]: v[entreprise] };
  }
  return `${VERSION}.${versBase64url(JSON.stringify({ e: entreprise, d }))}`;
}

/**
 * The link's envelope: a company id and values by store name, no other name. zod/mini is
 * affordable here: this module loads only on a page opened from a link, or when sharing.
 */
const LienSchema = z.object({
  e: z.string().check(z.regex(ID_ENTREPRISE)),
  d: z.partialRecord(z.enum(NOMS_PARTAGEABLES), z.unknown()),
});

const ABIME =
  'Ce lien de scénario est abîmé ou a été modifié\u202f: l’exemple par défaut est affiché, et vos propres saisies n’ont pas été touchées.';

/** Reads a `scenario` parameter; every failure is the same French message (the details help no one). */
export function decoderScenario(texte: string): Resultat<Scenario> {
  if (typeof texte !== 'string' || texte.length > LONGUEUR_MAX) return echec(ABIME, 'scenario');
  const [version, corps] = texte.split('.', 2);
  if (version !== VERSION)
    return echec(
      version && /^\d+$/.test(version)
        ? 'Ce lien de scénario vient d’une autre version du site\u202f: l’exemple par défaut est affiché.'
        : ABIME,
      'scenario',
    );
  let brut: unknown;
  try {
    brut = JSON.parse(depuisBase64url(corps ?? ''));
  } catch {
    return echec(ABIME, 'scenario');
  }
  const lu = LienSchema.safeParse(brut);
  if (!lu.success) return echec(ABIME, 'scenario');
  const { e, d } = lu.data;
  for (const [nom, v] of Object.entries(d))
    if (PAR_ENTREPRISE.has(nom) && !(estObjet(v) && Object.keys(v).length === 1 && e in v))
      return echec(ABIME, 'scenario');
  // Each value then goes through its store's own validator as it is read (persistance.ts).
  return ok({ entreprise: e, valeurs: d });
}

/**
 * The values a page starts from: the visitor's stored ones with the scenario's laid over them
 * (a per-company store keeps the visitor's other companies), as storage strings by key.
 */
export function superposer({
  scenario,
  lire,
}: {
  scenario: Scenario;
  lire: (cle: string) => string | null;
}): Map<string, string> {
  const memoire = new Map<string, string>([
    ['atelier:v1:entreprise', JSON.stringify(scenario.entreprise)],
  ]);
  for (const [nom, v] of Object.entries(scenario.valeurs)) {
    const cle = `atelier:v1:${nom}`;
    let valeur = v;
    if (PAR_ENTREPRISE.has(nom)) {
      const actuel = lireJson(lire(cle));
      const autres = estObjet(actuel) ? actuel : {};
      const entree = (v as Record<string, unknown>)[scenario.entreprise];
      // The learner's work travels field by field (a simulator shares only what it reads):
      // the fields the link carries replace the visitor's, the others stay (or start empty).
      const travail =
        nom === 'travail' && estObjet(entree)
          ? {
              ...TRAVAIL_VIDE_LIEN,
              ...(estObjet(autres[scenario.entreprise])
                ? (autres[scenario.entreprise] as object)
                : {}),
              ...entree,
            }
          : entree;
      // A link's method comes without what it was chosen on (the sharer's selection is not the
      // visitor's): the visitor's record, made for another choice, goes (unknown: up to date, D11).
      if (
        nom === 'travail' &&
        estObjet(entree) &&
        'methode' in entree &&
        !('baseMethode' in entree)
      )
        delete (travail as Record<string, unknown>).baseMethode;
      valeur = { ...autres, [scenario.entreprise]: travail };
    }
    memoire.set(cle, JSON.stringify(valeur));
  }
  return memoire;
}

/**
 * Lays a link's scenario over the visitor's storage for this page (called by persistance.ts
 * before any store exists): the keys it names are read from and written to `memoire` (the
 * persistence engine reads that layer first), every other key still goes to localStorage;
 * a damaged link gives the lesson's defaults and a message.
 */
export function installerScenario({
  parametre,
  memoire,
  etat,
  lire,
}: {
  parametre: string;
  memoire: Map<string, string | undefined>;
  etat: WritableAtom<EtatScenario>;
  lire: (cle: string) => string | null;
}): void {
  const lu = decoderScenario(parametre);
  if (lu.ok) {
    for (const [cle, v] of superposer({ scenario: lu.valeur, lire })) memoire.set(cle, v);
    etat.set({ mode: 'partage', entreprise: lu.valeur.entreprise });
  } else {
    for (const nom of NOMS_PARTAGEABLES) memoire.set(`atelier:v1:${nom}`, undefined);
    etat.set({ mode: 'invalide', message: lu.erreur.message });
  }
}

/** How « Garder ce scénario » checks a value: the store's validator, and `partiel` for a per-company record. */
export interface ValidateurGarde {
  (brut: unknown): unknown;
  partiel?: (
    brut: unknown,
  ) => { valeur: Record<string, unknown>; refuses: Record<string, unknown> } | undefined;
}

/** A stored text read as JSON: null when absent, undefined when unreadable. */
export function lireJson(t: string | null | undefined): unknown {
  try {
    return JSON.parse(t ?? 'null');
  } catch {
    return undefined;
  }
}

/**
 * What « Garder ce scénario » writes: each key the scenario holds, checked by its store's own
 * validator first. A per-company record (any store whose validator reads company by company,
 * so a store that becomes per-company later is covered with no change here) keeps the
 * visitor's other companies as they are in storage and replaces only the scenario's company;
 * a value that fails its check is not written, and is named in `refuses` (store names).
 */
export function aGarder({
  entrees,
  entreprise,
  lire,
  validateurs,
}: {
  entrees: [string, string | undefined][];
  entreprise: string;
  lire: (cle: string) => string | null;
  validateurs: ReadonlyMap<string, ValidateurGarde>;
}): { ecrire: [string, string | undefined][]; refuses: string[] } {
  const ecrire: [string, string | undefined][] = [],
    refuses: string[] = [];
  for (const [cle, texte] of entrees) {
    const nom = cle.replace(/^atelier:v1:/, '');
    const valider = validateurs.get(cle);
    if (!valider) {
      refuses.push(nom);
      continue;
    }
    if (!valider.partiel) {
      if (texte === undefined) {
        ecrire.push([cle, undefined]);
        continue;
      }
      const v = valider(lireJson(texte));
      if (v === undefined) refuses.push(nom);
      else ecrire.push([cle, JSON.stringify(v)]);
      continue;
    }
    const actuel = lireJson(lire(cle));
    const autres: Record<string, unknown> = estObjet(actuel) ? { ...actuel } : {};
    const scenario = lireJson(texte);
    const entree = estObjet(scenario) ? scenario[entreprise] : undefined;
    if (entree === undefined) {
      delete autres[entreprise];
      ecrire.push([cle, JSON.stringify(autres)]);
      continue;
    }
    const lu = valider.partiel({ [entreprise]: entree });
    if (!lu || !(entreprise in lu.valeur)) {
      refuses.push(nom);
      continue;
    }
    ecrire.push([cle, JSON.stringify({ ...autres, [entreprise]: lu.valeur[entreprise] })]);
  }
  return { ecrire, refuses };
}

/**
 * The keys whose visitor's own value « Garder ce scénario » would replace (`ecrire` from
 * `aGarder`): a key per company whose entry for the scenario's company exists and differs, or a
 * whole key that exists and differs. What the visitor never typed is not « replaced ». The banner
 * asks before replacing them (trainer's test: 777 contacts became 321 without a word).
 */
export function saisiesRemplacees({
  ecrire,
  entreprise,
  lire,
}: {
  ecrire: readonly [string, string | undefined][];
  entreprise: string;
  lire: (cle: string) => string | null;
}): string[] {
  const remplacees: string[] = [];
  for (const [cle, texte] of ecrire) {
    if (cle === 'atelier:v1:entreprise') continue;
    const actuel = lireJson(lire(cle));
    if (actuel === null || actuel === undefined) continue;
    const nom = cle.replace(/^atelier:v1:/, '');
    if (PAR_ENTREPRISE.has(nom)) {
      const avant = estObjet(actuel) ? actuel[entreprise] : undefined;
      const apres = lireJson(texte);
      const ensuite = estObjet(apres) ? apres[entreprise] : undefined;
      if (avant !== undefined && JSON.stringify(avant) !== JSON.stringify(ensuite))
        remplacees.push(cle);
    } else if (JSON.stringify(actuel) !== JSON.stringify(lireJson(texte))) remplacees.push(cle);
  }
  return remplacees;
}
