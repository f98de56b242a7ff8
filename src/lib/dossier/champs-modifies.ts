/**
 * The dossier field by field (issue 15): what an edit changed, and copying chosen fields from
 * one dossier onto another. Two tabs on « Mon dossier », or a save racing a reload, then merge
 * by field instead of one whole dossier overwriting the other's newer text.
 * A field is a top-level key (`conclusion`, `ventes`), or one key inside a section
 * (`entreprise.nom`, `interpretations.abc`). Edits are immutable, so an unchanged field keeps
 * its reference and comparing references is enough.
 */
import type { Dossier } from './modele.ts';

type Objet = Record<string, unknown>;
const estObjet = (v: unknown): v is Objet =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** Sections merged as a whole: the sales file is one import, never half of two. */
const ENTIERS: ReadonlySet<string> = new Set(['ventes', 'format', 'version']);

/** The fields that differ between two versions of the dossier. */
export function champsModifies({ avant, apres }: { avant: Dossier; apres: Dossier }): string[] {
  const a = avant as unknown as Objet,
    b = apres as unknown as Objet;
  const champs: string[] = [];
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (Object.is(a[k], b[k])) continue;
    const x = a[k],
      y = b[k];
    if (ENTIERS.has(k) || !estObjet(x) || !estObjet(y)) {
      champs.push(k);
      continue;
    }
    for (const s of new Set([...Object.keys(x), ...Object.keys(y)]))
      if (!Object.is(x[s], y[s])) champs.push(`${k}.${s}`);
  }
  return champs;
}

/** The value of one field (undefined when absent). */
export function valeurChamp({ dossier, champ }: { dossier: Dossier; champ: string }): unknown {
  const [k, s] = champ.split('.', 2);
  const v = (dossier as unknown as Objet)[k];
  return s === undefined ? v : estObjet(v) ? v[s] : undefined;
}

/** `cible` with the given fields set to `valeurs` (undefined removes the field). */
export function poserChamps({
  cible,
  valeurs,
}: {
  cible: Dossier;
  valeurs: Readonly<Record<string, unknown>>;
}): Dossier {
  const r: Objet = { ...(cible as unknown as Objet) };
  for (const [champ, v] of Object.entries(valeurs)) {
    const [k, s] = champ.split('.', 2);
    if (s === undefined) {
      if (v === undefined) delete r[k];
      else r[k] = v;
      continue;
    }
    const section: Objet = { ...(estObjet(r[k]) ? (r[k] as Objet) : {}) };
    if (v === undefined) delete section[s];
    else section[s] = v;
    r[k] = section;
  }
  return r as unknown as Dossier;
}

/** `cible` with the given fields copied from `source`. */
export function reporterChamps({
  cible,
  source,
  champs,
}: {
  cible: Dossier;
  source: Dossier;
  champs: Iterable<string>;
}): Dossier {
  const valeurs: Record<string, unknown> = {};
  for (const c of champs) valeurs[c] = valeurChamp({ dossier: source, champ: c });
  return poserChamps({ cible, valeurs });
}
