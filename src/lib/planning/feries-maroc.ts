/**
 * Moroccan public holidays (chapter 8 « Planifier »: the working days of a campaign run by a
 * Moroccan company, such as the Casablanca and Rabat samples).
 * Conventions:
 * - ten civil holidays on fixed dates: 1 and 11 January, 14 January (Nouvel An amazigh, a
 *   holiday since 2024), 1 May, 30 July, 14, 20 and 21 August, 6 and 18 November;
 * - seven religious days on the Hegirian (lunar) calendar: Aïd al-Fitr (1–2 Chaoual), Aïd
 *   al-Adha (10–11 Dhou al-Hijja), 1er Moharram, Aïd al-Mawlid (12–13 Rabia al-Awal). Morocco
 *   fixes them by sighting the new moon and announces them a few days ahead, so no program can
 *   know them in advance: they are ESTIMATED here with the tabular (arithmetic) Islamic
 *   calendar, « Friday epoch » (16 July 622), which gave the announced 2025 dates exactly but
 *   can be one day early or late in other years. A plan made with them is a forecast.
 */
import type { JourFerie } from './planning.ts';
import { echec, ok, type Resultat } from '../commun/resultat.ts';

// Julian day number of 1970-01-01 at 0 h, and of the eve of 1 Moharram 1 (Friday epoch).
const JJ_1970 = 2440587.5;
const EPOQUE_HEGIRE = 1948439.5;

/** Day number (days since 1970-01-01) of a date of the tabular Hegirian calendar. */
function jourDepuisHegire({
  annee,
  mois,
  jour,
}: {
  annee: number;
  mois: number;
  jour: number;
}): number {
  // 30-year cycle of 11 leap years; odd months have 30 days, even months 29 (Dhou al-Hijja 30 in leap years).
  const jj =
    jour +
    Math.ceil(29.5 * (mois - 1)) +
    (annee - 1) * 354 +
    Math.floor((3 + 11 * annee) / 30) +
    EPOQUE_HEGIRE -
    1;
  return Math.round(jj - JJ_1970);
}

const iso = (jour: number) => new Date(jour * 86_400_000).toISOString().slice(0, 10);

const FIXES: readonly [number, number, string][] = [
  [1, 1, 'Nouvel An'],
  [1, 11, 'Manifeste de l’Indépendance'],
  [1, 14, 'Nouvel An amazigh'],
  [5, 1, 'Fête du Travail'],
  [7, 30, 'Fête du Trône'],
  [8, 14, 'Allégeance Oued Eddahab'],
  [8, 20, 'Révolution du Roi et du Peuple'],
  [8, 21, 'Fête de la Jeunesse'],
  [11, 6, 'Marche verte'],
  [11, 18, 'Fête de l’Indépendance'],
];
const LUNAIRES: readonly [number, number, string][] = [
  [1, 1, '1er Moharram'],
  [3, 12, 'Aïd al-Mawlid'],
  [3, 13, 'Aïd al-Mawlid (2e jour)'],
  [10, 1, 'Aïd al-Fitr'],
  [10, 2, 'Aïd al-Fitr (2e jour)'],
  [12, 10, 'Aïd al-Adha'],
  [12, 11, 'Aïd al-Adha (2e jour)'],
];

/** Moroccan public holidays of a Gregorian year, in date order (religious ones estimated, see above). */
export function joursFeriesMaroc({
  annee,
}: {
  annee: number;
}): Resultat<(JourFerie & { estime?: boolean })[]> {
  if (!Number.isInteger(annee) || annee < 1900 || annee > 2200)
    return echec('L’année doit être un entier entre 1900 et 2200.', 'annee');
  const liste: (JourFerie & { estime?: boolean })[] = FIXES.map(([m, j, nom]) => ({
    date: `${annee}-${String(m).padStart(2, '0')}-${String(j).padStart(2, '0')}`,
    nom,
  }));
  // A Gregorian year overlaps two or three Hegirian years (a lunar year is 354 or 355 days).
  const h0 = Math.floor(((annee - 622) * 33) / 32);
  for (let h = h0 - 1; h <= h0 + 2; h++) {
    for (const [mois, jour, nom] of LUNAIRES) {
      const d = iso(jourDepuisHegire({ annee: h, mois, jour }));
      if (d.startsWith(`${annee}-`)) liste.push({ date: d, nom, estime: true });
    }
  }
  return ok(liste.sort((a, b) => a.date.localeCompare(b.date)));
}
