/**
 * Duplicates in a prospect file (course chapter 5: a file is « mis à jour », each prospect once).
 * - Doublon exact: two rows with the same normalised e-mail, or the same phone number once
 *   written in international form. Rows linked through either key form one group.
 * - Doublon probable: rows of the same type (B2B: company name; B2C: first + last name) whose names
 *   are equal after removing case, accents, punctuation and legal form, or differ by a small edit
 *   distance (Levenshtein): 0 below 6 characters, 1 up to 12 characters, 2 beyond. To keep 20 000
 *   rows under a second, only rows of the same city are compared, and only when they share the
 *   first or the last letter of the name (a typo rarely hits both). Names whose numbers differ
 *   (« Agence 12 », « Agence 13 ») are not duplicates. Of an exact-duplicate group only the first
 *   row takes part, so a copied row is not reported twice. Probable duplicates are for a person to
 *   check, never merged automatically.
 */
import {
  normaliserEmail,
  normaliserNomPersonne,
  normaliserRaisonSociale,
  normaliserTelephone,
} from './coordonnees.ts';
import type { Prospect } from '../commun/prospect.ts';
import { normaliserTexte } from '../commun/texte.ts';

let ligne0 = new Int32Array(64),
  ligne1 = new Int32Array(64);

/** Edit distance between two texts (insertions, deletions, substitutions); stops early and returns `max + 1` beyond `max`. */
export function levenshtein({
  a,
  b,
  max = Infinity,
}: {
  a: string;
  b: string;
  max?: number;
}): number {
  const borne = typeof max === 'number' && max >= 0 ? Math.floor(max) : 0;
  if (a === b) return 0;
  if (a.length > b.length) [a, b] = [b, a];
  if (b.length - a.length > borne) return borne + 1; // the length gap alone is a lower bound of the distance
  if (a.length === 0) return b.length;
  return distanceDansLaBande(a, b, borne);
}

/** Grows the two reusable rows of the distance table so that they hold `longueur + 1` cells. */
function reserverLignes(longueur: number): void {
  if (ligne0.length > longueur + 1) return;
  ligne0 = new Int32Array(longueur + 2);
  ligne1 = new Int32Array(longueur + 2);
}

/** The distance table row by row, `a` being the shorter text; `borne + 1` as soon as every path costs more. */
function distanceDansLaBande(a: string, b: string, borne: number): number {
  const la = a.length,
    lb = b.length;
  reserverLignes(lb);
  // Only cells within `bande` of the diagonal can stay under the bound (Ukkonen): the rest is « too far ».
  const bande = Math.min(borne, lb),
    loin = bande + 1;
  let prec = ligne0,
    cour = ligne1;
  for (let j = 0; j <= lb; j++) prec[j] = j <= bande ? j : loin;
  for (let i = 1; i <= la; i++) {
    const minLigne = ligneSuivante(a, b, i, bande, prec, cour);
    if (minLigne > borne) return borne + 1; // every path already costs more than allowed
    [prec, cour] = [cour, prec];
  }
  return prec[lb] > borne ? borne + 1 : prec[lb];
}

/** Fills row `i` of the table (`cour`) from the row above (`prec`), within the band; returns its smallest cell. */
function ligneSuivante(
  a: string,
  b: string,
  i: number,
  bande: number,
  prec: Int32Array,
  cour: Int32Array,
): number {
  const lb = b.length,
    loin = bande + 1;
  const jmin = Math.max(1, i - bande),
    jmax = Math.min(lb, i + bande);
  cour[jmin - 1] = jmin === 1 && i <= bande ? i : loin;
  let minLigne = cour[jmin - 1];
  const ca = a.charCodeAt(i - 1);
  for (let j = jmin; j <= jmax; j++) {
    let v = prec[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
    if (prec[j] + 1 < v) v = prec[j] + 1;
    if (cour[j - 1] + 1 < v) v = cour[j - 1] + 1;
    if (v > loin) v = loin;
    cour[j] = v;
    if (v < minLigne) minLigne = v;
  }
  if (jmax < lb) cour[jmax + 1] = loin;
  return minLigne;
}

/** The letters and digits a text contains, as bits: each edit changes at most two of them. */
function signature(texte: string): number {
  let m = 0;
  for (let i = 0; i < texte.length; i++) {
    const c = texte.charCodeAt(i);
    m |=
      c >= 97 && c <= 122
        ? 1 << (c - 97)
        : c >= 48 && c <= 57
          ? 1 << (26 + ((c - 48) % 5))
          : c === 32
            ? 0
            : 1 << 31;
  }
  return m;
}

function bitsAUn(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** A group of rows that are the same prospect. */
export interface GroupeDoublons {
  ids: string[];
  raisons: ('email' | 'telephone' | 'nom')[];
}

type LigneFichier = Pick<Prospect, 'id' | 'email' | 'telephone' | 'pays'> & Partial<Prospect>;

/** Union-find over row indexes: links found pair by pair become groups. */
function grouper(
  n: number,
  paires: Iterable<[number, number, GroupeDoublons['raisons'][number]]>,
  ids: (i: number) => string,
): GroupeDoublons[] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const racine = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const raisons = new Map<number, Set<GroupeDoublons['raisons'][number]>>();
  const liens: [number, GroupeDoublons['raisons'][number]][] = [];
  for (const [i, j, r] of paires) {
    parent[racine(i)] = racine(j);
    liens.push([i, r]);
  }
  for (const [i, r] of liens) {
    const k = racine(i);
    if (!raisons.has(k)) raisons.set(k, new Set());
    raisons.get(k)!.add(r);
  }
  const groupes = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const k = racine(i);
    if (raisons.has(k)) {
      if (!groupes.has(k)) groupes.set(k, []);
      groupes.get(k)!.push(i);
    }
  }
  return [...groupes].map(([k, membres]) => ({
    ids: membres.map(ids),
    raisons: [...raisons.get(k)!].sort(),
  }));
}

/** Rows sharing a normalised e-mail or phone number, as groups in file order. */
export function doublonsExacts({
  prospects,
}: {
  prospects: readonly LigneFichier[];
}): GroupeDoublons[] {
  const paires: [number, number, 'email' | 'telephone'][] = [];
  const vus = new Map<string, number>();
  prospects.forEach((p, i) => {
    const email = normaliserEmail({ email: p.email });
    const tel = normaliserTelephone({ telephone: p.telephone, pays: p.pays });
    for (const [cle, raison] of [
      [email && `e|${email}`, 'email'],
      [tel && `t|${tel}`, 'telephone'],
    ] as const) {
      if (!cle) continue;
      const premier = vus.get(cle);
      if (premier === undefined) vus.set(cle, i);
      else paires.push([premier, i, raison]);
    }
  });
  return grouper(prospects.length, paires, (i) => prospects[i].id);
}

/** The name a row is compared on: its company for B2B, its person otherwise. */
function cleNom(p: LigneFichier): string {
  return p.type === 'B2B' && p.raisonSociale
    ? `b|${normaliserRaisonSociale({ raisonSociale: p.raisonSociale })}`
    : `p|${normaliserNomPersonne({ nom: p.nom, prenom: p.prenom })}`;
}

/** Largest edit distance accepted between two names of this length: none under 6 letters. */
const ecartTolere = (longueur: number) => (longueur < 6 ? 0 : longueur <= 12 ? 1 : 2);

/** Whether two name keys are one name give or take a typo (edits allowed by their length). */
function nomsProches(a: string, b: string, signatureA: number, signatureB: number): boolean {
  const max = ecartTolere(Math.max(a.length, b.length) - 2);
  if (Math.abs(a.length - b.length) > max) return false;
  if (a === b) return true;
  // Cheap filters first: each edit adds or removes at most two letters from the signature.
  return (
    max > 0 && bitsAUn(signatureA ^ signatureB) <= 2 * max && levenshtein({ a, b, max }) <= max
  );
}

/**
 * The rows to compare, in blocks: same kind of name, same city, same first or same last letter
 * (a typo rarely hits both). An exact duplicate is already one problem: only the first row of
 * its group takes part.
 */
function blocsAComparer(prospects: readonly LigneFichier[], cles: string[]): number[][] {
  const copies = new Set<string>();
  for (const g of doublonsExacts({ prospects })) for (const id of g.ids.slice(1)) copies.add(id);
  const blocs = new Map<string, number[]>();
  prospects.forEach((p, i) => {
    const nom = cles[i].slice(2);
    if (nom.length < 2 || copies.has(p.id)) return; // no name to compare, or a copy of another row
    const ville = normaliserTexte(p.ville);
    for (const bloc of [
      `${cles[i][0]}|${ville}|^${nom[0]}`,
      `${cles[i][0]}|${ville}|$${nom[nom.length - 1]}`,
    ]) {
      const l = blocs.get(bloc);
      if (l) l.push(i);
      else blocs.set(bloc, [i]);
    }
  });
  return [...blocs.values()];
}

/** Rows whose names differ only by case, accents, legal form or a small edit distance (same city), as groups. */
export function doublonsProbables({
  prospects,
}: {
  prospects: readonly LigneFichier[];
}): GroupeDoublons[] {
  const cles = prospects.map(cleNom);
  const chiffres = cles.map((c) => c.replace(/\D+/g, ' ').trim());
  const signatures = cles.map(signature);
  const vues = new Set<number>();
  const paires: [number, number, 'nom'][] = [];
  const n = prospects.length;
  for (const membres of blocsAComparer(prospects, cles)) {
    for (let x = 0; x < membres.length; x++) {
      const i = membres[x];
      for (let y = x + 1; y < membres.length; y++) {
        const j = membres[y];
        // « Agence 12 » and « Agence 13 » are two branches, not a typo: numbers must match.
        if (chiffres[i] !== chiffres[j]) continue;
        if (!nomsProches(cles[i], cles[j], signatures[i], signatures[j])) continue;
        const paire = i * n + j;
        if (vues.has(paire)) continue;
        vues.add(paire);
        paires.push([i, j, 'nom']);
      }
    }
  }
  return grouper(n, paires, (i) => prospects[i].id);
}
