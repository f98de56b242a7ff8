/**
 * Checking and normalising the contact details of a prospect file (course chapter 5: a good
 * file is « qualifié », its data verified). Conventions:
 * - e-mail: a pragmatic check (one @, a local part without spaces or doubled dots, a domain with
 *   a dot and a letter TLD), not the full RFC 5322 grammar that accepts addresses no mailer sends to;
 * - French phone: 10 digits starting 01–09 (« 04 72 10 20 30 »), or +33 / 0033 followed by
 *   9 digits (the leading 0 dropped; « +33 (0)4 … » tolerated); Moroccan phone: 05, 06 or 07
 *   followed by 8 digits, or +212 / 00212 followed by 9 digits. Spaces, dots, dashes allowed;
 * - French postal code: 5 digits, département 01–95, or overseas 971–978 / 984–989;
 *   Moroccan postal code: 5 digits not starting with 0;
 * - names compare without case, accents, punctuation or legal form (SARL, SAS, SA, EURL, SNC,
 *   « et Cie » …): « Emballages du Sud SARL » and « EMBALLAGES DU SUD » are the same company.
 */
import { PREFIXES_CODE_POSTAL } from './codes-postaux.ts';
import type { Pays } from '../commun/prospect.ts';
import { normaliserTexte } from '../commun/texte.ts';

const EMAIL =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;

/** Whether an e-mail address is well formed. */
export function emailValide({ email }: { email: string }): boolean {
  return typeof email === 'string' && email.trim().length <= 254 && EMAIL.test(email.trim());
}

/** The e-mail address as compared for duplicates: trimmed, lower case. */
export function normaliserEmail({ email }: { email: string }): string {
  return typeof email === 'string' ? email.trim().toLowerCase() : '';
}

/** A phone number in international form (+33…, +212…), or `null` if it is not a valid French or Moroccan number. */
export function normaliserTelephone({
  telephone,
  pays = 'FR',
}: {
  telephone: string;
  pays?: Pays;
}): string | null {
  if (typeof telephone !== 'string') return null;
  const t = telephone
    .trim()
    .replace(/\(0\)/g, '')
    .replace(/[\s.\-/()]/g, '')
    .replace(/^00/, '+');
  let m = /^\+33([1-9]\d{8})$/.exec(t);
  if (m) return `+33${m[1]}`;
  m = /^\+212([5-7]\d{8})$/.exec(t);
  if (m) return `+212${m[1]}`;
  if (pays === 'MA') {
    m = /^0([5-7]\d{8})$/.exec(t);
    return m ? `+212${m[1]}` : null;
  }
  m = /^0([1-9]\d{8})$/.exec(t);
  return m ? `+33${m[1]}` : null;
}

/** Whether a phone number is a valid French or Moroccan number (local numbers read with the country's rules). */
export function telephoneValide({
  telephone,
  pays = 'FR',
}: {
  telephone: string;
  pays?: Pays;
}): boolean {
  return normaliserTelephone({ telephone, pays }) !== null;
}

/** Whether a French postal code is well formed (5 digits, an existing département). */
export function codePostalFrancaisValide({ codePostal }: { codePostal: string }): boolean {
  if (typeof codePostal !== 'string' || !/^\d{5}$/.test(codePostal.trim())) return false;
  const c = codePostal.trim(),
    dep = Number(c.slice(0, 2)),
    dom = Number(c.slice(0, 3));
  return (dep >= 1 && dep <= 95) || (dom >= 971 && dom <= 978) || (dom >= 984 && dom <= 989);
}

/** Whether a postal code is well formed for its country. */
export function codePostalValide({
  codePostal,
  pays,
}: {
  codePostal: string;
  pays: Pays;
}): boolean {
  if (pays === 'FR') return codePostalFrancaisValide({ codePostal });
  return typeof codePostal === 'string' && /^[1-9]\d{4}$/.test(codePostal.trim());
}

const PREFIXES = new Map<string, readonly string[]>(
  (Object.keys(PREFIXES_CODE_POSTAL) as Pays[]).flatMap((pays) =>
    Object.entries(PREFIXES_CODE_POSTAL[pays]).map(
      ([ville, p]) => [`${pays}|${normaliserTexte(ville).replace(/-/g, ' ')}`, p] as const,
    ),
  ),
);

/** Whether the city matches its postal code: `true`, `false`, or `null` when the city is not in the reference table. */
export function villeCorrespondAuCodePostal({
  ville,
  codePostal,
  pays,
}: {
  ville: string;
  codePostal: string;
  pays: Pays;
}): boolean | null {
  const prefixes = PREFIXES.get(`${pays}|${normaliserTexte(ville).replace(/-/g, ' ')}`);
  if (!prefixes || typeof codePostal !== 'string') return null;
  return prefixes.some((p) => codePostal.trim().startsWith(p));
}

const FORMES_JURIDIQUES = new Set([
  'sarl',
  'sarlau',
  'sasu',
  'sas',
  'sa',
  'eurl',
  'snc',
  'sci',
  'scop',
  'scp',
  'selarl',
  'eirl',
  'ei',
  'gie',
  'cie',
  'ets',
  'etablissements',
  'ste',
]);

/** A company name reduced for comparison: no case, accents, punctuation or legal form. */
export function normaliserRaisonSociale({ raisonSociale }: { raisonSociale: string }): string {
  const mots = normaliserTexte(raisonSociale)
    .replace(/&/g, ' et ')
    .replace(/\.(?=\S)/g, '') // S.A.R.L. → sarl
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((m) => m !== '' && !FORMES_JURIDIQUES.has(m));
  while (mots.length > 1 && mots[mots.length - 1] === 'et') mots.pop(); // « Martin et Cie » → martin
  return mots.join(' ');
}

/** A person's name reduced for comparison; words are sorted so « Dupont Jean » meets « Jean Dupont ». */
export function normaliserNomPersonne({ nom, prenom }: { nom?: string; prenom?: string }): string {
  return normaliserTexte(`${prenom ?? ''} ${nom ?? ''}`)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((m) => m !== '')
    .sort()
    .join(' ');
}
