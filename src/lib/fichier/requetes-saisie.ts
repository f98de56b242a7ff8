/**
 * The query builder of chapter 5 as a learner fills it: rows « champ, opérateur, valeur » joined
 * by ET / OU, typed as text. This module turns that text into a checked `Requete` (requetes.ts),
 * with a French error naming the field for a value that cannot be right (« âge < vingt »), and
 * sorts rows for the table.
 * Conventions:
 * - ET binds tighter than OU, as in the course's logic and in SQL: « A OU B ET C » reads
 *   « A OU (B ET C) »; `decrireRequete` then shows the parentheses, so the learner sees it;
 * - a number is typed the French way (« 12,5 », « 1 000 »); a date as jj/mm/aaaa or aaaa-mm-jj;
 *   a yes/no field as « oui » / « non »;
 * - sorting puts empty cells last whatever the direction, numbers in numeric order, text in
 *   French alphabetical order (accents ignored), and keeps file order between equal rows.
 */
import { jourDepuisISO } from '../commun/dates.ts';
import { parseNombre } from '../commun/nombres.ts';
import { LIBELLES_PROSPECT, type Prospect } from '../commun/prospect.ts';
import type { Condition, Operateur, Requete } from './requetes.ts';
import { echec, ok, type Resultat, type ResultatChamps } from '../commun/resultat.ts';
import { estVide, normaliserTexte } from '../commun/texte.ts';

/** Fields holding numbers: a comparison needs a number. */
export const CHAMPS_NUMERIQUES: readonly string[] = [
  'age',
  'chiffreAffaires',
  'ouvertures',
  'clics',
  'visitesSite',
];
/** Fields holding ISO dates. */
export const CHAMPS_DATES: readonly string[] = ['dateCollecte', 'dateDernierContact', 'dateRefus'];
/** Fields holding yes / no. */
export const CHAMPS_OUI_NON: readonly string[] = [
  'consentementEmail',
  'opposition',
  'bloctel',
  'demandeDevis',
  'converti',
];

/** How a condition row links to the previous one. */
export type Lien = 'ET' | 'OU';
/** One row of the builder, as typed. */
export interface LigneRequete {
  lien: Lien;
  champ: string;
  operateur: Operateur;
  texte: string;
}

const SANS_VALEUR: readonly Operateur[] = ['est vide', 'n’est pas vide'];
const ORDRE: readonly Operateur[] = ['<', '≤', '>', '≥'];

/** Field labels looked up by any name: a builder row may name a column the prospect type lacks. */
const LIBELLES: Readonly<Record<string, string | undefined>> = LIBELLES_PROSPECT;

/** One row's condition, its value read according to the field (French error naming the field otherwise). */
export function conditionDepuisSaisie({
  champ,
  operateur,
  texte,
}: Omit<LigneRequete, 'lien'>): Resultat<Condition> {
  const nom = LIBELLES[champ] ?? champ;
  if (SANS_VALEUR.includes(operateur)) return ok({ champ, operateur });
  const t = typeof texte === 'string' ? texte.trim() : '';
  if (t === '') return echec(`Saisissez une valeur pour «\u00a0${nom}\u00a0».`, champ);
  const valeur = lireValeur({ champ, operateur, t, nom });
  return valeur.ok ? ok({ champ, operateur, valeur: valeur.valeur }) : valeur;
}

/** What a typed value is read as, and the row it belongs to (for the error message). */
interface Saisie {
  champ: string;
  operateur: Operateur;
  /** The value typed, trimmed and not empty. */
  t: string;
  /** The field's French label. */
  nom: string;
}

/** The typed value read by the kind of its field: a number, a date, yes / no, or plain text. */
function lireValeur(s: Saisie): Resultat<string | number | boolean> {
  // « contient 12 » on a number field searches the digits as text.
  const comparaisonTexte = s.operateur === 'contient' || s.operateur === 'commence par';
  if (CHAMPS_NUMERIQUES.includes(s.champ) && !comparaisonTexte) return lireNombreSaisi(s);
  if (CHAMPS_DATES.includes(s.champ)) return lireDateSaisie(s);
  if (CHAMPS_OUI_NON.includes(s.champ)) return lireOuiNonSaisi(s);
  return ok(s.t);
}

function lireNombreSaisi({ champ, t, nom }: Saisie): Resultat<number> {
  const n = parseNombre(t);
  return n.ok
    ? ok(n.valeur)
    : echec(
        `Le champ «\u00a0${nom}\u00a0» attend un nombre, par exemple 25\u202f: «\u00a0${t.slice(0, 24)}\u00a0» n’en est pas un.`,
        champ,
      );
}

/** A date typed jj/mm/aaaa (or already ISO), as ISO. */
function lireDateSaisie({ champ, t, nom }: Saisie): Resultat<string> {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const iso = m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : t;
  if (jourDepuisISO(iso) === null)
    return echec(
      `Le champ «\u00a0${nom}\u00a0» attend une date (jj/mm/aaaa), par exemple 01/09/2023.`,
      champ,
    );
  return ok(iso);
}

/** « oui » or « non », compared only with = or ≠. */
function lireOuiNonSaisi({ champ, operateur, t, nom }: Saisie): Resultat<boolean> {
  const v = normaliserTexte(t);
  if (v !== 'oui' && v !== 'non')
    return echec(
      `Le champ «\u00a0${nom}\u00a0» attend «\u00a0oui\u00a0» ou «\u00a0non\u00a0».`,
      champ,
    );
  if (ORDRE.includes(operateur))
    return echec(
      `On ne compare pas «\u00a0${nom}\u00a0» avec ${operateur}\u202f: utilisez = ou ≠.`,
      champ,
    );
  return ok(v === 'oui');
}

/** The query of the builder's rows (ET before OU); `null` when there is no row. Errors are per row index. */
export function requeteDepuisLignes({
  lignes,
}: {
  lignes: readonly LigneRequete[];
}): ResultatChamps<Requete | null, number> {
  const erreurs: Record<number, string> = {};
  const groupes: Condition[][] = [];
  lignes.forEach((l, i) => {
    const c = conditionDepuisSaisie(l);
    if (!c.ok) {
      erreurs[i] = c.erreur.message;
      return;
    }
    if (i === 0 || l.lien === 'OU' || groupes.length === 0) groupes.push([c.valeur]);
    else groupes[groupes.length - 1].push(c.valeur);
  });
  if (Object.keys(erreurs).length > 0) return { ok: false, erreurs };
  if (groupes.length === 0) return { ok: true, valeur: null };
  const ets: Requete[] = groupes.map((g) => (g.length === 1 ? g[0] : { et: g }));
  return { ok: true, valeur: ets.length === 1 ? ets[0] : { ou: ets } };
}

/** Sort direction. */
export type Sens = 'croissant' | 'decroissant';

/** The rows sorted on one field, or on `valeur` of each row (empty cells last, numbers numerically, text alphabetically, stable). */
export function trierLignes<T extends object>({
  lignes,
  champ,
  sens,
  valeur,
}: {
  lignes: readonly T[];
  champ: string;
  sens: Sens;
  valeur?: (ligne: T) => unknown;
}): T[] {
  const signe = sens === 'decroissant' ? -1 : 1;
  const cle = valeur ?? ((l: T): unknown => Reflect.get(l, champ));
  const cles = lignes.map((l, i) => ({ l, i, v: cle(l) }));
  const texte = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
  cles.sort((a, b) => {
    const va = estVide(a.v),
      vb = estVide(b.v);
    if (va || vb) return va === vb ? a.i - b.i : va ? 1 : -1;
    const d =
      typeof a.v === 'number' && typeof b.v === 'number'
        ? a.v - b.v
        : texte.compare(String(a.v), String(b.v));
    return d !== 0 ? signe * d : a.i - b.i;
  });
  return cles.map((x) => x.l);
}

/** One page of rows (1-based page, clamped to the existing pages) and the number of pages. */
export function pageDe<T>({
  lignes,
  page,
  parPage,
}: {
  lignes: readonly T[];
  page: number;
  parPage: number;
}): { lignes: T[]; page: number; pages: number } {
  const taille = Number.isInteger(parPage) && parPage > 0 ? parPage : 25;
  const pages = Math.max(1, Math.ceil(lignes.length / taille));
  const p = Number.isFinite(page) ? Math.min(pages, Math.max(1, Math.floor(page))) : 1;
  return { lignes: lignes.slice((p - 1) * taille, p * taille), page: p, pages };
}

/** The city most prospects of a file live in (the first met on a tie), or undefined for a file without cities. */
export function villePrincipale({
  prospects,
}: {
  prospects: readonly Prospect[];
}): string | undefined {
  const villes = new Map<string, number>();
  for (const p of prospects) if (p.ville) villes.set(p.ville, (villes.get(p.ville) ?? 0) + 1);
  let principale: string | undefined,
    max = 0;
  for (const [ville, n] of villes) if (n > max) [principale, max] = [ville, n];
  return principale;
}

/**
 * The lesson's example query adapted to a file (issue 14: moved from stores/requete-fichier.ts):
 * « âge < 25 ET ville = <its main city> » when at least half the file are individuals, « taille =
 * PME ET ville = … » otherwise (companies have no age).
 */
export function requeteParDefaut({
  prospects,
}: {
  prospects: readonly Prospect[];
}): LigneRequete[] {
  const particuliers = prospects.filter((p) => p.type === 'B2C').length;
  const premiere: LigneRequete =
    particuliers * 2 >= prospects.length
      ? { lien: 'ET', champ: 'age', operateur: '<', texte: '25' }
      : { lien: 'ET', champ: 'taille', operateur: '=', texte: 'PME' };
  // An empty file still gets a complete example to edit (the course's own city).
  const ville = villePrincipale({ prospects }) ?? 'Rabat';
  return [premiere, { lien: 'ET', champ: 'ville', operateur: '=', texte: ville }];
}
