/**
 * Calendar arithmetic on ISO dates (`yyyy-mm-dd`), shared by the portfolio, the file quality
 * report, the RGPD check and the planning. Why day numbers: a date is turned into a count of
 * days since 1970-01-01 in UTC, so that « 3 ans », « 30 jours » or « 60 jours » never depend
 * on the browser's time zone or on daylight saving time. Clock times (calls) are wall-clock
 * times as written, in the prospect's local time.
 */

const MS_PAR_JOUR = 86_400_000;

/** Days since 1970-01-01 for a valid ISO date `yyyy-mm-dd`, or `null` (malformed or impossible date). */
export function jourDepuisISO(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof date === 'string' ? date.trim() : '');
  if (!m) return null;
  const [a, mo, j] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(a, mo - 1, j);
  const d = new Date(t);
  // Date.UTC silently rolls 2023-02-30 over to March: reject instead.
  if (d.getUTCFullYear() !== a || d.getUTCMonth() !== mo - 1 || d.getUTCDate() !== j) return null;
  return Math.round(t / MS_PAR_JOUR);
}

/** The ISO date `yyyy-mm-dd` of a day number. */
export function isoDepuisJour(jour: number): string {
  return new Date(jour * MS_PAR_JOUR).toISOString().slice(0, 10);
}

/** Day of the week of a day number: 0 = lundi … 6 = dimanche (French weeks start on Monday). */
export function jourDeSemaine(jour: number): number {
  return (((jour + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday (index 3)
}

/** Adds calendar years to a day number; 29 February becomes 28 February in a common year. */
export function ajouterAns(jour: number, ans: number): number {
  const d = new Date(jour * MS_PAR_JOUR);
  const a = d.getUTCFullYear() + ans,
    mo = d.getUTCMonth();
  const dernier = new Date(Date.UTC(a, mo + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(a, mo, Math.min(d.getUTCDate(), dernier)) / MS_PAR_JOUR);
}

/** Year, month (1–12) and day of a day number. */
export function composantes(jour: number): { annee: number; mois: number; jour: number } {
  const d = new Date(jour * MS_PAR_JOUR);
  return { annee: d.getUTCFullYear(), mois: d.getUTCMonth() + 1, jour: d.getUTCDate() };
}

/** A wall-clock date and time `yyyy-mm-ddTHH:mm[:ss]` (no time zone), split into day number and minutes. */
export function dateHeureDepuisISO(texte: string): { jour: number; minutes: number } | null {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(
    typeof texte === 'string' ? texte.trim() : '',
  );
  if (!m) return null;
  const jour = jourDepuisISO(m[1]);
  const h = Number(m[2]),
    mi = Number(m[3]),
    s = m[4] === undefined ? 0 : Number(m[4]);
  if (jour === null || h > 23 || mi > 59 || s > 59) return null;
  return { jour, minutes: h * 60 + mi + s / 60 };
}

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, « Meeus/Jones/Butcher »), as a day number. */
export function jourDePaques(annee: number): number {
  const a = annee % 19,
    b = Math.floor(annee / 100),
    c = annee % 100;
  const d = Math.floor(b / 4),
    e = b % 4,
    f = Math.floor((b + 8) / 25),
    g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30,
    i = Math.floor(c / 4),
    k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7,
    m = Math.floor((a + 11 * h + 22 * l) / 451);
  const mois = Math.floor((h + l - 7 * m + 114) / 31),
    jour = ((h + l - 7 * m + 114) % 31) + 1;
  return Math.round(Date.UTC(annee, mois - 1, jour) / MS_PAR_JOUR);
}

/** The months as French writes them in running text (lower case), January first. */
export const NOMS_DES_MOIS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

/** The ISO date of a year, month (1–12) and day. */
export const isoDepuisDate = (annee: number, mois: number, jour: number): string =>
  isoDepuisJour(Math.round(Date.UTC(annee, mois - 1, jour) / 86_400_000));
