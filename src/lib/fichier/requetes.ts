/**
 * Queries over a prospect file (course chapter 5: a good file is « exportable », one can ask it
 * « les prospects de moins de 25 ans domiciliés à Rabat »). A query is a tree of conditions joined by ET / OU;
 * it is plain JSON, so a permalink can carry it (`requeteDepuisJSON` checks what comes back).
 * Conventions:
 * - text compares without case, accents or extra spaces (« rabat » = « Rabat »);
 * - `<`, `≤`, `>`, `≥` compare numbers when both sides read as numbers (« 12,5 » included), else
 *   text in alphabetical order (so ISO dates compare correctly: dateCollecte < 2023-01-01);
 * - an empty cell satisfies no comparison except « est vide » and « ≠ » (an unknown city is not Rabat);
 * - booleans read « oui » / « non » (« vrai », « true » accepted).
 */
import { LIBELLES_PROSPECT } from '../commun/prospect.ts';
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { estVide, normaliserTexte } from '../commun/texte.ts';
import { formatNombre } from '../commun/nombres.ts';

/** Comparison operators, as the course writes them. */
export const OPERATEURS = [
  '=',
  '≠',
  '<',
  '≤',
  '>',
  '≥',
  'contient',
  'commence par',
  'est vide',
  'n’est pas vide',
] as const;
/** A comparison operator. */
export type Operateur = (typeof OPERATEURS)[number];
/** One condition on a field (« âge < 25 »). */
export interface Condition {
  champ: string;
  operateur: Operateur;
  valeur?: string | number | boolean;
}
/** A query: a condition, or conditions all true (ET) or at least one true (OU). */
export type Requete = Condition | { et: readonly Requete[] } | { ou: readonly Requete[] };

const MAX_NOEUDS = 200,
  MAX_PROFONDEUR = 8;
const SANS_VALEUR: readonly Operateur[] = ['est vide', 'n’est pas vide'];

const versTexte = (v: unknown) => {
  const t = typeof v === 'boolean' ? (v ? 'oui' : 'non') : normaliserTexte(v);
  return t === 'vrai' || t === 'true' ? 'oui' : t === 'faux' || t === 'false' ? 'non' : t;
};
const versNombre = (v: unknown): number | null => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string' || !/^\s*[-+]?\d[\d\s\u00a0\u202f]*([.,]\d+)?\s*$/.test(v)) return null;
  return Number(v.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
};

const estObjet = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === 'object' && v !== null;
const estOperateur = (v: unknown): v is Operateur => OPERATEURS.some((o) => o === v);
const estValeur = (v: unknown): v is NonNullable<Condition['valeur']> =>
  typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

/** The group of a node (its ET or OU list, unchecked), or undefined for a condition. */
function groupeDe(r: Readonly<Record<string, unknown>>) {
  const membres = 'et' in r ? r.et : 'ou' in r ? r.ou : undefined;
  if (membres === undefined) return undefined;
  return { mot: 'et' in r ? ('et' as const) : ('ou' as const), membres };
}

/** Reads one condition: a field of the file, a known operator, a value unless the operator needs none. */
function lireCondition(
  c: Readonly<Record<string, unknown>>,
  champs: readonly string[] | undefined,
): Resultat<Condition> {
  const { champ, operateur, valeur } = c;
  if (typeof champ !== 'string' || champ === '')
    return echec('Chaque condition doit nommer un champ.', 'requete');
  if (champs && !champs.includes(champ))
    return echec(`Le champ «\u00a0${champ}\u00a0» n’existe pas dans le fichier.`, 'requete');
  if (!estOperateur(operateur))
    return echec(`L’opérateur «\u00a0${String(operateur)}\u00a0» est inconnu.`, 'requete');
  if (estValeur(valeur)) return ok({ champ, operateur, valeur });
  if (SANS_VALEUR.includes(operateur)) return ok({ champ, operateur });
  return echec(`La condition sur «\u00a0${champ}\u00a0» demande une valeur.`, 'requete');
}

/** Checks a query's shape (it may come from a URL): known operators, a value where needed, bounded size. */
export function verifierRequete({
  requete,
  champs,
}: {
  requete: unknown;
  champs?: readonly string[];
}): Resultat<Requete> {
  let noeuds = 0;
  const verifier = (r: unknown, profondeur: number): Resultat<Requete> => {
    if (++noeuds > MAX_NOEUDS)
      return echec(`La requête dépasse ${MAX_NOEUDS} conditions.`, 'requete');
    if (profondeur > MAX_PROFONDEUR)
      return echec('La requête imbrique trop de parenthèses.', 'requete');
    if (!estObjet(r)) return echec('La requête est mal formée.', 'requete');
    const groupe = groupeDe(r);
    return groupe ? verifierGroupe(groupe, profondeur) : lireCondition(r, champs);
  };
  const verifierGroupe = (
    { mot, membres }: { mot: 'et' | 'ou'; membres: unknown },
    profondeur: number,
  ): Resultat<Requete> => {
    if (!Array.isArray(membres) || membres.length === 0)
      return echec('Un groupe ET / OU doit contenir au moins une condition.', 'requete');
    const lus: Requete[] = [];
    for (const x of membres) {
      const v = verifier(x, profondeur + 1);
      if (!v.ok) return v;
      lus.push(v.valeur);
    }
    return ok(mot === 'et' ? { et: lus } : { ou: lus });
  };
  return verifier(requete, 0);
}

/** A test on one row: any object, whose fields are looked up by name (`champDe`). */
type Predicat = (ligne: object) => boolean;
const champDe = (ligne: object, champ: string): unknown => Reflect.get(ligne, champ);

function compilerCondition(c: Condition): Predicat {
  const { champ, operateur } = c;
  if (operateur === 'est vide') return (l) => estVide(champDe(l, champ));
  if (operateur === 'n’est pas vide') return (l) => !estVide(champDe(l, champ));
  const texte = versTexte(c.valeur),
    nombre = versNombre(c.valeur);
  if (operateur === '=')
    return (l) =>
      !estVide(champDe(l, champ)) &&
      (nombre !== null && versNombre(champDe(l, champ)) !== null
        ? versNombre(champDe(l, champ)) === nombre
        : versTexte(champDe(l, champ)) === texte);
  if (operateur === '≠')
    return (l) =>
      estVide(champDe(l, champ)) ||
      (nombre !== null && versNombre(champDe(l, champ)) !== null
        ? versNombre(champDe(l, champ)) !== nombre
        : versTexte(champDe(l, champ)) !== texte);
  if (operateur === 'contient')
    return (l) => !estVide(champDe(l, champ)) && versTexte(champDe(l, champ)).includes(texte);
  if (operateur === 'commence par')
    return (l) => !estVide(champDe(l, champ)) && versTexte(champDe(l, champ)).startsWith(texte);
  const signe = (x: number) =>
    operateur === '<' ? x < 0 : operateur === '≤' ? x <= 0 : operateur === '>' ? x > 0 : x >= 0;
  return (l) => {
    const v = champDe(l, champ);
    if (estVide(v)) return false;
    const n = versNombre(v);
    if (n !== null && nombre !== null) return signe(n - nombre);
    const t = versTexte(v);
    return signe(t < texte ? -1 : t > texte ? 1 : 0);
  };
}

function compiler(r: Requete): Predicat {
  if ('et' in r) {
    const ps = r.et.map(compiler);
    return (l) => ps.every((p) => p(l));
  }
  if ('ou' in r) {
    const ps = r.ou.map(compiler);
    return (l) => ps.some((p) => p(l));
  }
  return compilerCondition(r);
}

/** The rows of a file that satisfy a query, in file order. */
export function filtrer<T extends object>({
  lignes,
  requete,
  champs,
}: {
  lignes: readonly T[];
  requete: Requete;
  champs?: readonly string[];
}): Resultat<T[]> {
  if (!Array.isArray(lignes)) return echec('Le fichier est absent.', 'lignes');
  const v = verifierRequete({ requete, champs });
  if (!v.ok) return v;
  const p = compiler(v.valeur);
  return ok(lignes.filter(p));
}

/** Reads a query back from its JSON text (a permalink), checking it. */
export function requeteDepuisJSON({
  texte,
  champs,
}: {
  texte: string;
  champs?: readonly string[];
}): Resultat<Requete> {
  let brut: unknown;
  try {
    brut = JSON.parse(texte);
  } catch {
    return echec('Le lien ne contient pas une requête lisible.', 'texte');
  }
  return verifierRequete({ requete: brut, champs });
}

/** The query in French (« âge < 25 ET ville = Rabat »), with parentheses where ET and OU mix. */
export function decrireRequete({
  requete,
  libelles = LIBELLES_PROSPECT,
}: {
  requete: Requete;
  libelles?: Readonly<Record<string, string>>;
}): string {
  const valeur = (v: Condition['valeur']) =>
    typeof v === 'number'
      ? formatNombre(v, 3)
      : typeof v === 'boolean'
        ? v
          ? 'oui'
          : 'non'
        : `${v ?? ''}`;
  const decrire = (r: Requete, parent: 'et' | 'ou' | null): string => {
    if ('et' in r) return decrireGroupe('et', r.et, parent);
    if ('ou' in r) return decrireGroupe('ou', r.ou, parent);
    const nom = libelles[r.champ] ?? r.champ;
    return SANS_VALEUR.includes(r.operateur)
      ? `${nom} ${r.operateur}`
      : `${nom} ${r.operateur} ${valeur(r.valeur)}`;
  };
  // Parentheses only where a group sits in a group of the other kind and holds several members.
  const decrireGroupe = (
    mot: 'et' | 'ou',
    membres: readonly Requete[],
    parent: 'et' | 'ou' | null,
  ): string => {
    const enfants = membres.map((x) => decrire(x, mot));
    const texte = enfants.join(mot === 'et' ? ' ET ' : ' OU ');
    return parent !== null && parent !== mot && enfants.length > 1 ? `(${texte})` : texte;
  };
  return decrire(requete, null);
}
