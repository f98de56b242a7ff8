/**
 * Cities, postal codes and phone numbers of the datasets. Every city is one the quality report
 * knows (PREFIXES_CODE_POSTAL in src/lib/fichier/codes-postaux.ts), so a planted « ville-code-postal » error is
 * found and a correct row never is. French numbers come from the blocks ARCEP reserves for
 * fiction (04 65 71 xx xx, 06 39 98 xx xx): they can never ring anyone. Moroccan numbers use the
 * real area codes (05 22 Casablanca, 05 37 Rabat…) with random subscriber digits.
 */
import type { Aleatoire } from '../../src/lib/commun/aleatoire.ts';
import type { Pays } from '../../src/lib/commun/prospect.ts';
import { tirerPondere, type Pondere } from './outils.ts';

/** A city of the datasets: its postal codes and, in Morocco, its landline area code. */
export interface Ville {
  nom: string;
  pays: Pays;
  codes: readonly string[];
  indicatif: string;
}

const ma = (nom: string, code: string, indicatif: string): Ville => ({
  nom,
  pays: 'MA',
  codes: [code],
  indicatif,
});
const fr = (nom: string, ...codes: string[]): Ville => ({
  nom,
  pays: 'FR',
  codes,
  indicatif: '04',
});

/** Moroccan cities (one postal code each: the city's main code, as most files write it). */
export const VILLES_MA: Readonly<Record<string, Ville>> = Object.fromEntries(
  [
    ma('Casablanca', '20000', '0522'),
    ma('Mohammedia', '28800', '0523'),
    ma('Berrechid', '26100', '0522'),
    ma('Settat', '26000', '0523'),
    ma('El Jadida', '24000', '0523'),
    ma('Rabat', '10000', '0537'),
    ma('Salé', '11000', '0537'),
    ma('Témara', '12000', '0537'),
    ma('Skhirat', '12050', '0537'),
    ma('Kénitra', '14000', '0537'),
    ma('Marrakech', '40000', '0524'),
    ma('Fès', '30000', '0535'),
    ma('Meknès', '50000', '0535'),
    ma('Tanger', '90000', '0539'),
    ma('Tétouan', '93000', '0539'),
    ma('Agadir', '80000', '0528'),
    ma('Oujda', '60000', '0536'),
    ma('Safi', '46000', '0524'),
    ma('Béni Mellal', '23000', '0523'),
    ma('Khouribga', '25000', '0523'),
  ].map((v) => [v.nom, v]),
);

/** French cities of the Lyon area and the region (Lyon has one code per arrondissement). */
export const VILLES_FR: Readonly<Record<string, Ville>> = Object.fromEntries(
  [
    fr('Lyon', '69001', '69002', '69003', '69004', '69005', '69006', '69007', '69008', '69009'),
    fr('Villeurbanne', '69100'),
    fr('Vénissieux', '69200'),
    fr('Vaulx-en-Velin', '69120'),
    fr('Bron', '69500'),
    fr('Saint-Priest', '69800'),
    fr('Caluire-et-Cuire', '69300'),
    fr('Oullins', '69600'),
    fr('Écully', '69130'),
    fr('Tassin-la-Demi-Lune', '69160'),
    fr('Rillieux-la-Pape', '69140'),
    fr('Décines-Charpieu', '69150'),
    fr('Meyzieu', '69330'),
    fr('Givors', '69700'),
    fr('Villefranche-sur-Saône', '69400'),
    fr('Limonest', '69760'),
    fr('Dardilly', '69570'),
    fr('Saint-Genis-Laval', '69230'),
    fr('Vienne', '38200'),
    fr('Grenoble', '38000', '38100'),
    fr('Bourgoin-Jallieu', '38300'),
    fr('Saint-Étienne', '42000', '42100'),
    fr('Bourg-en-Bresse', '01000'),
  ].map((v) => [v.nom, v]),
);

/** A city, drawn by weight, and one of its postal codes. */
export function tirerVille(
  alea: Aleatoire,
  villes: readonly Pondere<Ville>[],
): { ville: Ville; codePostal: string } {
  const ville = tirerPondere(alea, villes);
  return { ville, codePostal: ville.codes[Math.floor(alea() * ville.codes.length)] };
}

/** Weighted cities from a table and a list of [name, weight]. */
export function ponderer(
  table: Readonly<Record<string, Ville>>,
  poids: readonly (readonly [string, number])[],
): Pondere<Ville>[] {
  return poids.map(([nom, p]) => {
    const v = table[nom];
    if (!v) throw new Error(`Ville inconnue du générateur : ${nom}`);
    return [v, p] as const;
  });
}

/** A postal code of another département / postal zone, for a planted « ville-code-postal » error. */
export function codePostalErrone(alea: Aleatoire, ville: Ville): string {
  const table = ville.pays === 'FR' ? VILLES_FR : VILLES_MA;
  const prefixe = ville.codes[0].slice(0, 2);
  const autres = Object.values(table)
    .flatMap((v) => v.codes)
    .filter((c) => c.slice(0, 2) !== prefixe);
  return autres[Math.floor(alea() * autres.length)];
}

/** A national 10-digit number (no spaces), unique in `deja`: landline or mobile. */
export function tirerNumero(
  alea: Aleatoire,
  ville: Ville,
  mobile: boolean,
  deja: Set<string>,
): string {
  for (let essai = 0; essai < 10_000; essai++) {
    const chiffres = (n: number) =>
      Array.from({ length: n }, () => Math.floor(alea() * 10)).join('');
    let n: string;
    if (ville.pays === 'FR') n = mobile ? `063998${chiffres(4)}` : `046571${chiffres(4)}`;
    else
      n = mobile
        ? `0${alea() < 0.7 ? '6' : '7'}${chiffres(8)}`
        : `${ville.indicatif}${chiffres(6)}`;
    if (!deja.has(n)) {
      deja.add(n);
      return n;
    }
  }
  throw new Error('Plus de numéro libre : la plage de numéros est épuisée.');
}

/** A national number written the way people type it: spaced, compact, with dots, or international. */
export function ecrireNumero(
  alea: Aleatoire,
  numero: string,
  pays: Pays,
  forme?: 'espaces' | 'compact' | 'points' | 'international',
): string {
  const f =
    forme ??
    tirerPondere(alea, [
      ['espaces', 55],
      ['compact', 20],
      ['points', 7],
      ['international', 18],
    ] as const);
  const paires = numero.match(/../g) ?? [];
  if (f === 'compact') return numero;
  if (f === 'points') return paires.join('.');
  if (f === 'espaces') return paires.join(' ');
  const reste = numero.slice(1);
  return `${pays === 'FR' ? '+33' : '+212'} ${reste[0]} ${(reste.slice(1).match(/../g) ?? []).join(' ')}`;
}
