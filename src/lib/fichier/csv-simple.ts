/**
 * A tiny, dependency-free CSV reader and writer for the files this project writes itself
 * (content/datasets/*.csv): read at build time and in tests, written by the dataset generator.
 * Conventions (RFC 4180, with the French `;` as default separator): a field holding the
 * separator, a double quote or a line break is quoted, and an inner quote is doubled; lines end
 * with LF when written, CRLF or LF are read; a UTF-8 BOM is ignored. The learner's own files
 * (Excel exports, Windows-1252, `,` or `;`) go through the full importer, not through this one.
 */
import { echec, ok, type Resultat } from '../commun/resultat.ts';

/** One record of a CSV text: its fields and the physical line (1-based) where it starts. */
export interface LigneCsv {
  ligne: number;
  champs: string[];
}

/** A CSV table read with its header: each row keeps its line number for error messages. */
export interface TableCsv {
  entetes: string[];
  lignes: { ligne: number; valeurs: Record<string, string> }[];
}

/** A separator must be one character that cannot be confused with a quote or a line break. */
const separateurValable = (separateur: string) =>
  separateur.length === 1 && !['"', '\n', '\r'].includes(separateur);

/** Splits a CSV text into records (RFC 4180 quotes, CRLF or LF); fully empty lines are skipped. */
export function parseCsvSimple({
  texte,
  separateur = ';',
}: {
  texte: string;
  separateur?: string;
}): Resultat<LigneCsv[]> {
  if (typeof texte !== 'string') return echec('Le texte CSV est absent.', 'texte');
  if (!separateurValable(separateur)) {
    return echec(
      'Le séparateur doit être un seul caractère, autre qu’un guillemet ou un saut de ligne.',
      'separateur',
    );
  }
  return lecteurCsv(texte.charCodeAt(0) === 0xfeff ? texte.slice(1) : texte, separateur).lire();
}

/**
 * The reading state of one CSV text, with one step per kind of character: a quoted field, a
 * separator, a line break, any other character. Kept as named steps so that each RFC 4180 rule
 * reads on its own.
 */
function lecteurCsv(s: string, separateur: string) {
  const lignes: LigneCsv[] = [];
  let champs: string[] = [];
  let champ = '';
  let ligne = 1,
    debut = 1,
    i = 0;
  let videJusquIci = true; // a record made of nothing at all is a blank line, not a row with one empty field

  const finirEnregistrement = () => {
    if (!(videJusquIci && champs.length === 0 && champ === ''))
      lignes.push({ ligne: debut, champs: [...champs, champ] });
    champs = [];
    champ = '';
    videJusquIci = true;
  };
  // A quote opens a quoted field only at the very start of a field.
  const ouvreUnChampCite = () =>
    s[i] === '"' && champ === '' && (videJusquIci || s[i - 1] === separateur);
  const finDeChamp = (c: string | undefined) =>
    c === undefined || c === separateur || c === '\n' || c === '\r';

  /** Reads a quoted field from its opening quote; `""` inside stands for one quote. */
  const lireChampCite = (): Resultat<void> => {
    const ouverture = ligne;
    i++;
    for (;;) {
      if (i >= s.length)
        return echec(`Ligne ${ouverture}\u202f: un guillemet ouvert n’est jamais fermé.`, 'texte');
      if (s[i] === '"' && s[i + 1] === '"') {
        champ += '"';
        i += 2;
      } else if (s[i] === '"') break;
      else {
        if (s[i] === '\n') ligne++;
        champ += s[i++];
      }
    }
    i++;
    videJusquIci = false;
    if (!finDeChamp(s[i]))
      return echec(`Ligne ${ligne}\u202f: un texte suit le guillemet fermant d’un champ.`, 'texte');
    return ok(undefined);
  };
  const finirChamp = () => {
    champs.push(champ);
    champ = '';
    videJusquIci = false;
    i++;
  };
  const finirLigne = () => {
    i += s[i] === '\r' && s[i + 1] === '\n' ? 2 : 1;
    finirEnregistrement();
    ligne++;
    debut = ligne;
  };
  const ajouterCaractere = () => {
    champ += s[i++];
    videJusquIci = false;
  };

  const lire = (): Resultat<LigneCsv[]> => {
    while (i < s.length) {
      if (ouvreUnChampCite()) {
        const r = lireChampCite();
        if (!r.ok) return r;
      } else if (s[i] === separateur) finirChamp();
      else if (s[i] === '\r' || s[i] === '\n') finirLigne();
      else ajouterCaractere();
    }
    finirEnregistrement();
    return ok(lignes);
  };
  return { lire };
}

/** Reads a CSV text whose first record is the header; every row must have as many fields as the header. */
export function lireTableCsv({
  texte,
  separateur = ';',
}: {
  texte: string;
  separateur?: string;
}): Resultat<TableCsv> {
  const r = parseCsvSimple({ texte, separateur });
  if (!r.ok) return r;
  if (r.valeur.length === 0)
    return echec('Le fichier CSV est vide (pas même une ligne d’en-tête).', 'texte');
  const [tete, ...corps] = r.valeur;
  const entetes = tete.champs.map((e) => e.trim());
  const double = entetes.find((e, k) => entetes.indexOf(e) !== k);
  if (double !== undefined)
    return echec(`La colonne «\u00a0${double}\u00a0» apparaît deux fois dans l’en-tête.`, 'texte');
  const lignes: TableCsv['lignes'] = [];
  for (const l of corps) {
    if (l.champs.length !== entetes.length) {
      return echec(
        `Ligne ${l.ligne}\u202f: ${l.champs.length} champs au lieu de ${entetes.length} (nombre de colonnes de l’en-tête).`,
        'texte',
      );
    }
    const valeurs: Record<string, string> = {};
    entetes.forEach((e, k) => {
      valeurs[e] = l.champs[k];
    });
    lignes.push({ ligne: l.ligne, valeurs });
  }
  return ok({ entetes, lignes });
}

/** Quotes a field when RFC 4180 requires it (separator, quote, CR or LF inside). */
export function echapperChampCsv({
  valeur,
  separateur = ';',
}: {
  valeur: string;
  separateur?: string;
}): string {
  return valeur.includes(separateur) || /["\r\n]/.test(valeur)
    ? `"${valeur.replace(/"/g, '""')}"`
    : valeur;
}

/** Writes a header and rows as CSV text (LF line ends, a final line break, no BOM). */
export function formatCsvSimple({
  entetes,
  lignes,
  separateur = ';',
}: {
  entetes: readonly string[];
  lignes: readonly (readonly string[])[];
  separateur?: string;
}): string {
  const ecrire = (champs: readonly string[]) =>
    champs.map((valeur) => echapperChampCsv({ valeur, separateur })).join(separateur);
  return [entetes, ...lignes].map(ecrire).join('\n') + '\n';
}
