/**
 * The one place where the site's stores touch localStorage (issue 15, « nothing the learner
 * typed is lost »). Every persistent store goes through this engine, so that:
 * - storage refused by the browser (`SecurityError` under a school policy, disabled site data)
 *   never stops a page: the values live in memory for this page, and the state says so;
 * - a full storage (`QuotaExceededError`) never throws out of a store's `set`: the value is
 *   kept in memory (the page goes on showing it) and the state says it was not saved;
 * - the keys of a shared scenario are read from and written to their own memory layer.
 * Pure of the DOM: the storage and the reporting are passed in, so it runs under Vitest.
 */
import { stockageDuNavigateur } from './stockage-navigateur.ts';

export { stockageDuNavigateur };

/** What the browser lets the site keep: all, nothing (blocked), or not the last writes (full). */
export type EtatStockage = 'ok' | 'bloque' | 'plein';

/** The part of the Web Storage API this engine uses. */
export type StockageBrut = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** An engine as @nanostores/persistent reads it (`moteur[cle]`, `cle in moteur`, `delete`), plus checked writes. */
export interface MoteurSur {
  /** The object handed to `setPersistentEngine`. */
  objet: Record<string, string>;
  /** Writes a key and says whether it reached the browser's storage (false: kept in memory only). */
  ecrire: (cle: string, texte: string | undefined) => boolean;
  /** Reads a key (scenario layer, then memory, then storage). */
  lire: (cle: string) => string | undefined;
  /** The same, under the scenario layer: the visitor's own values (for « Garder ce scénario »). */
  lireSous: (cle: string) => string | undefined;
  ecrireSous: (cle: string, texte: string | undefined) => boolean;
  /** Every key the visitor has (storage and memory), scenario excluded. */
  cles: () => string[];
}

/**
 * The engine over `local` (null: blocked). `scenario` holds the keys of a shared scenario
 * (undefined: « absent »); `surEtat` hears of a refused write, once per new state.
 */
export function creerMoteur({
  local,
  scenario,
  surEtat,
}: {
  local: StockageBrut | null;
  scenario: Map<string, string | undefined>;
  surEtat: (etat: EtatStockage) => void;
}): MoteurSur {
  /** Values the browser refused to keep: this page goes on reading them. */
  const repli = new Map<string, string | undefined>();
  const lireSous = (cle: string): string | undefined => {
    if (repli.has(cle)) return repli.get(cle);
    try {
      return local?.getItem(cle) ?? undefined;
    } catch {
      return undefined;
    }
  };
  const lire = (cle: string): string | undefined =>
    scenario.has(cle) ? scenario.get(cle) : lireSous(cle);
  const ecrire = (cle: string, texte: string | undefined): boolean => {
    if (scenario.has(cle)) {
      scenario.set(cle, texte);
      return true;
    }
    return ecrireSous(cle, texte);
  };
  const ecrireSous = (cle: string, texte: string | undefined): boolean => {
    if (!local) {
      repli.set(cle, texte);
      return false;
    }
    try {
      if (texte === undefined) local.removeItem(cle);
      else local.setItem(cle, texte);
      repli.delete(cle);
      return true;
    } catch (e) {
      repli.set(cle, texte);
      surEtat((e as { name?: string })?.name === 'SecurityError' ? 'bloque' : 'plein');
      return false;
    }
  };
  if (!local) surEtat('bloque');
  const objet = new Proxy({} as Record<string, string>, {
    get: (_, k) => (typeof k === 'string' ? lire(k) : undefined),
    set: (_, k, v) => {
      if (typeof k === 'string') ecrire(k, String(v));
      return true;
    },
    has: (_, k) => typeof k === 'string' && lire(k) !== undefined,
    deleteProperty: (_, k) => {
      if (typeof k === 'string') ecrire(k, undefined);
      return true;
    },
  });
  const cles = (): string[] => {
    const toutes = new Set<string>();
    try {
      for (let i = 0; local && i < local.length; i++) {
        const k = local.key(i);
        if (k !== null) toutes.add(k);
      }
    } catch {
      /* blocked: memory only */
    }
    for (const [k, v] of repli) {
      if (v === undefined) toutes.delete(k);
      else toutes.add(k);
    }
    return [...toutes];
  };
  return { objet, ecrire, lire, lireSous, ecrireSous, cles };
}
