/**
 * CSV files the way French users really have them (course chapter 5: a file is « exportable »).
 * Reading: Excel in French saves « CSV (séparateur : point-virgule) » in Windows-1252, or
 * « CSV UTF-8 » with a BOM; other tools write commas and UTF-8 without BOM. So:
 * - encoding: a UTF-8 BOM wins; otherwise strict UTF-8 is tried (invalid bytes throw) and
 *   Windows-1252 is the fallback, which can decode any byte; a UTF-16 BOM (Excel « texte Unicode »)
 *   is honoured too;
 * - separator: among `;`, `,` and tab, the one that splits the first records into the same number
 *   of fields as the header (outside quotes); on a tie `;` wins, the French default;
 * - parsing itself is PapaParse (RFC 4180 quotes, line breaks inside quoted fields);
 * - line numbers are record numbers as Excel shows them: the header is line 1, and a record whose
 *   quoted field holds a line break still counts as one line.
 * Limits (csv-limites.ts), checked before anything replaces the learner's current file: 20 MB
 * and 100 000 rows. Writing (csv-export.ts): `;`, CRLF, UTF-8 BOM, formula injection neutralised;
 * reading removes that neutralisation again, so an export re-imports unchanged.
 */
import Papa from 'papaparse';
import { formatNombre } from '../commun/nombres.ts';
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { LIMITE_COLONNES, LIMITE_LIGNES } from './csv-limites.ts';

// Writing and the limits live apart so that pages can use them without loading PapaParse.
export * from './csv-limites.ts';
export * from './csv-export.ts';

/** How the bytes of a file were read. */
export type Encodage = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'utf-16be';
/** A field separator. */
export type Separateur = ';' | ',' | '\t';

/** Decodes the bytes of a text file: BOM first, then strict UTF-8, then Windows-1252. */
export function decoderOctets({ octets }: { octets: Uint8Array }): {
  texte: string;
  encodage: Encodage;
} {
  const [a, b, c] = octets;
  if (a === 0xef && b === 0xbb && c === 0xbf)
    return { texte: new TextDecoder('utf-8').decode(octets.subarray(3)), encodage: 'utf-8-bom' };
  if (a === 0xff && b === 0xfe)
    return { texte: new TextDecoder('utf-16le').decode(octets.subarray(2)), encodage: 'utf-16le' };
  if (a === 0xfe && b === 0xff)
    return { texte: new TextDecoder('utf-16be').decode(octets.subarray(2)), encodage: 'utf-16be' };
  // UTF-16 without a BOM (some exports): every other byte of Latin text is zero, which no 8-bit text has.
  const seize = utf16SansBom(octets);
  if (seize) return { texte: new TextDecoder(seize).decode(octets), encodage: seize };
  try {
    return { texte: new TextDecoder('utf-8', { fatal: true }).decode(octets), encodage: 'utf-8' };
  } catch {
    // Not valid UTF-8: an 8-bit Windows file, which is what French Excel writes by default.
    return { texte: decoderWindows1252(octets), encodage: 'windows-1252' };
  }
}

/** `utf-16le` or `utf-16be` when the zero bytes of the start of a file fall on one parity only. */
function utf16SansBom(octets: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(octets.length, 4096) & ~1;
  if (n < 4) return undefined;
  let pairs = 0,
    impairs = 0;
  for (let i = 0; i < n; i += 2) {
    if (octets[i] === 0) pairs++;
    if (octets[i + 1] === 0) impairs++;
  }
  const moitie = n / 2;
  if (impairs > moitie * 0.3 && pairs === 0) return 'utf-16le';
  if (pairs > moitie * 0.3 && impairs === 0) return 'utf-16be';
  return undefined;
}

/** Bytes 0x80–0x9F of Windows-1252 (’ « € Œ …); the other bytes are their own code point. */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Decodes Windows-1252 by hand: Node's TextDecoder reads the label « windows-1252 » as
 * ISO-8859-1, turning ’ € Œ into invisible control characters, and the tests run under Node.
 */
function decoderWindows1252(octets: Uint8Array): string {
  const unites = new Uint16Array(octets.length);
  for (let i = 0; i < octets.length; i++) {
    const b = octets[i];
    unites[i] = b >= 0x80 && b < 0xa0 ? CP1252.charCodeAt(b - 0x80) : b;
  }
  return new TextDecoder('utf-16le').decode(unites);
}

/** Length of the line break at `i` (2 for CRLF, 1 for CR or LF), 0 when there is none. */
function sautDeLigne(texte: string, i: number): number {
  if (texte[i] === '\n') return 1;
  if (texte[i] !== '\r') return 0;
  return texte[i + 1] === '\n' ? 2 : 1;
}

/** Field counts of the first records for one separator, quotes respected. */
function comptes(texte: string, sep: string, records = 20): number[] {
  const r: number[] = [];
  let n = 0,
    guillemets = false;
  for (let i = 0; i < texte.length && r.length < records; i++) {
    const saut = guillemets ? 0 : sautDeLigne(texte, i);
    if (texte[i] === '"') guillemets = !guillemets;
    else if (guillemets) continue;
    else if (texte[i] === sep) n++;
    else if (saut) {
      i += saut - 1;
      r.push(n);
      n = 0;
    }
  }
  if (r.length < records) r.push(n);
  return r;
}

/** The separator of a CSV text: the one that gives every early record as many fields as the header. */
export function detecterSeparateur({ texte }: { texte: string }): Separateur {
  const debut = texte.slice(0, 65_536);
  let meilleur: Separateur = ';',
    score = -1;
  for (const sep of [';', ',', '\t'] as const) {
    const c = comptes(debut, sep);
    if (debut.length < texte.length && c.length > 1) c.pop(); // the last record may be cut in half
    if (c[0] === 0) continue;
    const s = c.filter((x) => x === c[0]).length / c.length + c[0] / 1000; // regularity first, then width
    if (s > score) {
      meilleur = sep;
      score = s;
    }
  }
  return meilleur;
}

/** The end of line used by a text (Papa guesses it from the first chunk only). */
function finDeLigne(texte: string): '\r\n' | '\n' | '\r' {
  const i = texte.indexOf('\n');
  if (i > 0 && texte[i - 1] === '\r') return '\r\n';
  return i === -1 && texte.includes('\r') ? '\r' : '\n';
}

/** A parsed CSV: the header, the data records and their line numbers (header = line 1). */
export interface TableauCsv {
  entetes: string[];
  lignes: string[][];
  numeros: number[];
  separateur: Separateur;
  lignesVides: number;
  erreurs: { ligne: number; raison: string }[];
}

/** Excel's « sep=; » first line names the separator; it is not the header. */
function ligneSepExcel(brut: string): { texte: string; separateur?: Separateur } {
  const excel = /^sep=([;,\t])(?:\r\n|\n|\r)/i.exec(brut);
  if (!excel) return { texte: brut };
  const separateur = [';', ',', '\t'].find((s): s is Separateur => s === excel[1]);
  return { texte: brut.slice(excel[0].length), separateur };
}

/** What a reading of the records found, before it is turned into a table or a refusal. */
interface Lecture {
  entetes?: string[];
  lignes: string[][];
  numeros: number[];
  lignesVides: number;
  erreurs: TableauCsv['erreurs'];
  /** Columns of a header too wide to map (0 when it fits). */
  tropLarge: number;
  tropLong: boolean;
}

const GUILLEMET_NON_FERME =
  'Guillemet ouvert jamais refermé\u202f: la suite du fichier a été lue comme une seule cellule.';

/** Parses a CSV text; `surProgression` receives the share read (0–1). Fails past LIMITE_LIGNES or without a header. */
export function lireCsv({
  texte: brut,
  separateur,
  surProgression,
  limite = LIMITE_LIGNES,
}: {
  texte: string;
  separateur?: Separateur;
  surProgression?: (part: number) => void;
  /** Rows read at most (the sales file of the dossier has its own limit). */
  limite?: number;
}): Resultat<TableauCsv> {
  // A NUL byte never occurs in text, and always in a workbook, an image or a program renamed .csv
  // (Windows-1252 decodes any byte, so such a file would otherwise « read » as columns of noise).
  if (brut.slice(0, 8192).includes('\u0000'))
    return echec(
      'Ce fichier n’est pas un fichier texte\u202f: c’est sans doute un classeur Excel, une image ou un programme renommé en .csv. Dans Excel, choisissez «\u00a0Enregistrer sous\u00a0», type «\u00a0CSV (séparateur\u202f: point-virgule)\u00a0», puis importez ce fichier-là.',
      'texte',
    );
  const excel = ligneSepExcel(brut);
  const texte = excel.texte;
  const sep = separateur ?? excel.separateur ?? detecterSeparateur({ texte });
  const lu: Lecture = {
    lignes: [],
    numeros: [],
    lignesVides: 0,
    erreurs: [],
    tropLarge: 0,
    tropLong: false,
  };
  let numero = texte === brut ? 0 : 1,
    enAttente = 0;
  /** Takes one record; false when reading must stop (too wide, too long). */
  const recevoir = (l: string[]): boolean => {
    numero++;
    if (l.length === 1 && l[0].trim() === '') {
      if (lu.entetes) enAttente++;
      return true;
    }
    if (!lu.entetes) {
      if (l.length > LIMITE_COLONNES) lu.tropLarge = l.length;
      else lu.entetes = l.map((x) => x.trim());
      return !lu.tropLarge;
    }
    lu.lignesVides += enAttente; // blank lines count only between rows, not at the end of the file
    enAttente = 0;
    lu.tropLong = lu.lignes.length >= limite;
    if (lu.tropLong) return false;
    lu.lignes.push(l);
    lu.numeros.push(numero);
    return true;
  };
  const lot = (res: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
    const premier = numero;
    for (const e of res.errors)
      if (e.code === 'MissingQuotes')
        lu.erreurs.push({ ligne: premier + (e.row ?? 0) + 1, raison: GUILLEMET_NON_FERME });
    if (!res.data.every(recevoir)) {
      parser.abort();
      return;
    }
    surProgression?.(Math.min(1, res.meta.cursor / Math.max(1, texte.length)));
  };
  // With a string and `chunk`, PapaParse runs synchronously, chunk by chunk (the types only
  // describe the file and worker cases), which is what lets the worker report progress.
  const config = {
    delimiter: sep,
    newline: finDeLigne(texte),
    chunkSize: 1 << 20,
    skipEmptyLines: false,
    chunk: lot,
  };
  Papa.parse<string[]>(texte, config as Papa.ParseConfig<string[]>);
  return tableauOuRefus(lu, sep, limite);
}

/** The table read, or why the file is refused (too wide, too long, no header). */
function tableauOuRefus(lu: Lecture, separateur: Separateur, limite: number): Resultat<TableauCsv> {
  const { entetes, lignes, numeros, lignesVides, erreurs } = lu;
  if (lu.tropLarge)
    return echec(
      `Le fichier compte ${formatNombre(lu.tropLarge, 0)} colonnes, au-delà des ${formatNombre(LIMITE_COLONNES, 0)} que l’import sait associer\u202f: rien n’a été importé. Gardez les colonnes utiles (nom, société, contact, secteur…) et recommencez.`,
      'colonnes',
    );
  if (lu.tropLong)
    return echec(
      `Le fichier compte plus de ${formatNombre(limite, 0)} lignes\u202f: rien n’a été importé. Gardez les ${formatNombre(limite, 0)} premières lignes (ou filtrez le fichier) et recommencez.`,
      'lignes',
    );
  if (!entetes)
    return echec(
      'Le fichier ne contient aucune ligne\u202f: il faut au moins une ligne d’en-têtes.',
      'texte',
    );
  if (entetes.every((e) => e === ''))
    return echec('La première ligne doit donner le nom des colonnes (en-têtes).', 'texte');
  if (lignes.length === 0)
    return echec(
      'Le fichier ne contient que la ligne d’en-têtes\u202f: aucune ligne de données à importer. Ajoutez les lignes sous les en-têtes, puis recommencez.',
      'lignes',
    );
  return ok({ entetes, lignes, numeros, separateur, lignesVides, erreurs });
}
