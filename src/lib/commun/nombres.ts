/**
 * Numbers as a French learner types and reads them (« 1 250,50 € », « 12,5 % »).
 *
 * Reading (`parseNombre`): the decimal separator is the comma; the point is accepted as a
 * decimal point too (phones often offer only « . »). Thousands are grouped by a space of any
 * kind (regular, no-break U+00A0, narrow no-break U+202F, thin U+2009) and each group after
 * the first must have exactly 3 digits, so « 12 5 » is refused rather than read as 125.
 * A point is read as a thousands separator only in the German/Belgian style « 1.250,50 »:
 * groups of exactly 3 digits AND a comma decimal part; otherwise it is the decimal point
 * (« 1.250 » is 1,25, never 1 250). A trailing unit (€, EUR, DH, MAD, %) is ignored: the
 * value is the number as typed; `parsePourcentage` turns « 12,5 % » into the fraction 0.125.
 *
 * Writing: as `Intl.NumberFormat('fr-FR')` writes (narrow no-break space for thousands, decimal
 * comma), without loading Intl (see `ecrire`), and a negative number with the true minus sign
 * « − » (U+2212), as French typography wants. Moroccan dirham amounts are written « 1 250,50 DH »,
 * the usage in Morocco, not Intl's « MAD ». Before « % » we put a narrow no-break space U+202F
 * (house typography rule). A non-finite number is shown as « — », never « NaN ».
 */
import { echec, fini, type Resultat } from './resultat.ts';
import { majuscule } from './majuscule.ts';

/** How a field is named in parse errors; `libelle` carries its article (« le taux de marque »). */
export interface OptionsLecture {
  /** Parameter name copied into `erreur.champ`, so the UI can show the message next to the field. */
  champ?: string;
  /** Label with its article, lower case (« le taux de marque »): messages then name the field. */
  libelle?: string;
  /**
   * A count (clients, contacts…): the example in the error says « 12 », never « 12,5 », and
   * « 1.200 » is answered with « écrivez 1 200 ou 1200 » (a point between thousands).
   */
  entier?: boolean;
}

const ESPACES = /[ \u00A0\u202F\u2009]/;
const UNITE_FINALE = /[ \u00A0\u202F\u2009]*(€|eur|euros?|dhs?|dirhams?|mad|%)$/i;
const ENTIER_GROUPE = new RegExp(`^\\d{1,3}(${ESPACES.source}\\d{3})+$`);
const ENTIER_POINTS = /^\d{1,3}(\.\d{3})+$/;
const EXEMPLE = 'tapez par exemple 12,5';
const EXEMPLE_ENTIER = 'tapez un nombre entier, par exemple 12';

const cite = (s: string): string => `«\u00A0${s.length > 24 ? `${s.slice(0, 23)}…` : s}\u00A0»`;

/** Reads the integer part: plain digits, space-grouped thousands, or (with a comma decimal) point-grouped. */
function lireEntier(partie: string, pointsPermis: boolean): string | undefined {
  if (partie === '') return '0';
  if (/^\d+$/.test(partie)) return partie;
  if (ENTIER_GROUPE.test(partie)) return partie.replace(/[^\d]/g, '');
  if (pointsPermis && ENTIER_POINTS.test(partie)) return partie.replace(/\./g, '');
  return undefined;
}

type Pourquoi = { pourquoi: string };
const PAS_UN_NOMBRE: Pourquoi = { pourquoi: 'n’est pas un nombre' };

/** Turns the text without sign or unit into a JS number literal, or explains what is wrong. */
function normaliser(corps: string): string | Pourquoi {
  const virgules = corps.split(',').length - 1;
  if (virgules > 1) return { pourquoi: 'contient plusieurs virgules' };
  const lu = virgules === 1 ? avecVirgule(corps) : avecPoint(corps);
  if ('pourquoi' in lu) return lu;
  if (!/^\d*$/.test(lu.decimales)) return PAS_UN_NOMBRE;
  return lu.decimales === '' ? lu.entier : `${lu.entier}.${lu.decimales}`;
}

type Parties = { entier: string; decimales: string };

/** « 1.250,5 » or « 1 250,5 »: the comma is the decimal mark, points may group thousands. */
function avecVirgule(corps: string): Parties | Pourquoi {
  const [partie, decimales] = corps.split(',');
  const entier = lireEntier(partie, true);
  if (entier === undefined || decimales === '') return PAS_UN_NOMBRE;
  return { entier, decimales };
}

/** « 1250.5 » or « 1 250 »: at most one point, read as the decimal mark, never as grouping. */
function avecPoint(corps: string): Parties | Pourquoi {
  const points = corps.split('.').length - 1;
  if (points > 1) return { pourquoi: 'contient plusieurs points' };
  const [partie, decimales = ''] = corps.split('.');
  const entier = lireEntier(partie, false);
  if (entier === undefined || (points === 1 && decimales === '')) return PAS_UN_NOMBRE;
  return { entier, decimales };
}

/** Splits a leading sign (« - », « + », or the typographic minus and dash) from the digits. */
function separerSigne(texte: string): { signe: number; corps: string } {
  const corps = texte.replace(/^[\u2212\u2013]/, '-');
  if (!corps.startsWith('-') && !corps.startsWith('+')) return { signe: 1, corps };
  return { signe: corps.startsWith('-') ? -1 : 1, corps: corps.slice(1).trimStart() };
}

/** The error for an empty field, naming it when its label is known. */
const champVide = ({ champ, libelle }: OptionsLecture): Resultat<number> =>
  echec(`${libelle ? majuscule(libelle) : 'Ce champ'} est vide\u202F: saisissez un nombre.`, champ);

/**
 * A count written « 1.200 » means twelve hundred (a common way in Morocco and France), never 1,2:
 * the error says the two ways the site reads it rather than « on ne compte pas de fraction »
 * (session 11). Undefined for a decimal field, or when `corps` is not grouped by points.
 */
function pointEntreMilliers(
  corps: string,
  brut: string,
  { champ, libelle, entier }: OptionsLecture,
): Resultat<number> | undefined {
  if (!entier || !ENTIER_POINTS.test(corps)) return undefined;
  const chiffres = corps.replace(/\./g, '');
  const pour = libelle ? `Pour ${libelle}, ` : '';
  return echec(
    majuscule(
      `${pour}${cite(brut)}\u202F: sans point, écrivez ${formatNombre(Number(chiffres), 0)} ou ${chiffres}.`,
    ),
    champ,
  );
}

/** Reads a number typed the French way (« 1 250,5 », « 3 000 € », « 12,5 % », « -3 »). */
export function parseNombre(texte: string, options: OptionsLecture = {}): Resultat<number> {
  const { champ, libelle, entier } = options;
  const brut = typeof texte === 'string' ? texte.trim() : '';
  const { signe, corps } = separerSigne(brut.replace(UNITE_FINALE, ''));
  const refus = brut === '' ? champVide(options) : pointEntreMilliers(corps, brut, options);
  if (refus) return refus;
  const lu = corps === '' ? PAS_UN_NOMBRE : normaliser(corps);
  if (typeof lu !== 'string') {
    const pour = libelle ? `Pour ${libelle}, ` : '';
    return echec(
      majuscule(`${pour}${cite(brut)} ${lu.pourquoi}\u202F: ${entier ? EXEMPLE_ENTIER : EXEMPLE}.`),
      champ,
    );
  }
  const valeur = signe * Number(lu);
  // « -0 » is read as 0: a sign on zero means nothing to the learner and would print as « -0 ».
  return fini(valeur === 0 ? 0 : valeur, `${cite(brut)} est trop grand pour être calculé.`, champ);
}

/** Reads a percentage as typed (« 12,5 », « 12,5 % », « 12,5% ») and returns the fraction (0.125). */
export function parsePourcentage(texte: string, options: OptionsLecture = {}): Resultat<number> {
  const brut = typeof texte === 'string' ? texte.trim() : '';
  const pourMille = /‰$/.test(brut);
  const sansSigne = pourMille ? brut.slice(0, -1) : brut;
  if (pourMille && sansSigne.trim() === '') return parseNombre('', options);
  const lu = parseNombre(sansSigne, options);
  if (!lu.ok) return lu;
  return { ok: true, valeur: lu.valeur / (pourMille ? 1000 : 100) };
}

/**
 * Writing without Intl: the first `Intl.NumberFormat('fr-FR')` of a page loads the locale's
 * data, about 55 ms of blocked main thread on a laptop and 220 ms on a phone (Lighthouse mobile,
 * issue 14), paid by every page that shows a figure. fr-FR needs three rules, so they are written
 * here and a property test checks them against Intl: the shortest decimal digits of the number
 * (what ICU rounds, so 1,005 gives « 1,01 »), rounded half away from zero, thousands grouped by a
 * narrow no-break space from 1 000 up, a decimal comma, « − » only when a non-zero digit is left.
 */
function ecrire(n: number, min: number, max: number, decalage = 0): string {
  const [entier, fraction = ''] = decimalSansExposant(Math.abs(n)).split(',');
  // The point moves right by `decalage` (2 for a percentage): exact on the digits, as ICU does.
  const suite = (entier + fraction).padEnd(entier.length + decalage + max, '0');
  const virgule = entier.length + decalage;
  let garde = BigInt(suite.slice(0, virgule + max) || '0');
  if (suite.charCodeAt(virgule + max) >= 53) garde += 1n; // '5' or more: half away from zero
  const texte = garde.toString().padStart(max + 1, '0');
  const partieEntiere = texte.slice(0, texte.length - max);
  let decimales = texte.slice(texte.length - max);
  while (decimales.length > min && decimales.endsWith('0')) decimales = decimales.slice(0, -1);
  // The true minus sign U+2212 (French typography, as « 43 900 DH − 30 730 DH » elsewhere): the
  // hyphen-minus is a joining mark. parseNombre reads it back; CSV exports write numbers with
  // `decimalSansExposant`, plain « - », so a spreadsheet still reads them.
  const signe = n < 0 && garde > 0n ? MOINS : '';
  return `${signe}${grouperMilliers(partieEntiere)}${decimales ? `,${decimales}` : ''}`;
}

/** The minus sign every formatted negative number starts with (U+2212, not the hyphen « - »). */
export const MOINS = '\u2212';

/** « 1250 » → « 1 250 » (narrow no-break space), from 1 000 up as fr-FR does; « 999 » unchanged. */
function grouperMilliers(partieEntiere: string): string {
  if (partieEntiere.length <= 3) return partieEntiere;
  return partieEntiere.replace(/\B(?=(\d{3})+$)/g, '\u202F');
}

/** Keeps a digit count Intl accepts (0 to 20), whatever the caller passes. */
const chiffres = (d: number): number =>
  Number.isFinite(d) ? Math.min(20, Math.max(0, Math.trunc(d))) : 0;

/** « — » stands for a value that cannot be shown (NaN, ±Infinity). */
export const VALEUR_ABSENTE = '—';

/** Formats a number fr-FR with at most `decimales` decimals (« 1 250,5 »). */
export function formatNombre(n: number, decimales = 2): string {
  if (!Number.isFinite(n)) return VALEUR_ABSENTE;
  return ecrire(n, 0, chiffres(decimales));
}

/** Formats a number fr-FR with exactly `decimales` decimals (« 12,0 »). */
export function formatDecimales(n: number, decimales = 2): string {
  if (!Number.isFinite(n)) return VALEUR_ABSENTE;
  const d = chiffres(decimales);
  return ecrire(n, d, d);
}

/** A number as a learner types it back into a field (« 1 284 », « 62,5 »): ordinary spaces between thousands. */
export function nombreSaisissable(n: number, decimales = 2): string {
  return formatNombre(n, decimales).replace(/[\u202f\u00a0]/g, ' ');
}

/** The currency's symbol as the site writes it after an amount or a field: « € », « DH » (Moroccan usage). */
export const symboleDevise = (devise: 'EUR' | 'MAD'): string => (devise === 'MAD' ? 'DH' : '€');

/** Formats an amount: EUR « 1 250,50 € », MAD « 1 250,50 DH » (Moroccan usage). */
export function formatMontant(n: number, devise: 'EUR' | 'MAD' = 'EUR', decimales = 2): string {
  if (!Number.isFinite(n)) return VALEUR_ABSENTE;
  const d = chiffres(decimales);
  return `${ecrire(n, d, d)}\u00A0${symboleDevise(devise)}`;
}

/** Formats a fraction as a percentage: 0.125 → « 12,5 % » (narrow no-break space before %). */
export function formatPourcentage(fraction: number, decimales = 1): string {
  if (!Number.isFinite(fraction)) return VALEUR_ABSENTE;
  return `${ecrire(fraction, 0, chiffres(decimales), 2)}\u202F%`;
}

/**
 * A number in plain decimal notation with a decimal comma, never an exponent (« 1e+21 » and
 * « 1e-7 » become « 1000000000000000000000 » and « 0,0000001 »): what a CSV export writes so
 * that `parseNombre` (and a spreadsheet) read back exactly the same number. The digits are the
 * shortest ones that identify the number (`String`), only the point moves.
 */
export function decimalSansExposant(n: number): string {
  if (!Number.isFinite(n)) return '';
  const texte = String(n === 0 ? 0 : n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(texte);
  if (!m) return texte.replace('.', ',');
  const [, signe, entier, fraction = '', exposant] = m;
  const chiffres = entier + fraction;
  const virgule = entier.length + Number(exposant);
  if (virgule <= 0) return `${signe}0,${'0'.repeat(-virgule)}${chiffres}`;
  if (virgule >= chiffres.length)
    return `${signe}${chiffres}${'0'.repeat(virgule - chiffres.length)}`;
  return `${signe}${chiffres.slice(0, virgule)},${chiffres.slice(virgule)}`;
}

/** A finite number (a guard for values read from a form, a file or a store). */
export const estFini = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
