/**
 * The companies the « Analyser le portefeuille » problems draw from, each with the customer
 * categories its portfolio is split into and the currency it counts in (amounts in dirhams
 * are ten times those in euros: about the exchange rate, and round figures either way).
 */
import { type Aleatoire, choisir } from '../../lib/commun/aleatoire.ts';
import { formatMontant } from '../../lib/commun/nombres.ts';

/** A fictional company of chapter 2. */
export interface EntreprisePortefeuille {
  /** Name and activity, ready to start a sentence. */
  presentation: string;
  /** Short name for the following sentences. */
  nom: string;
  devise: 'EUR' | 'MAD';
  /** Three customer categories, the historical one first. */
  categories: readonly [string, string, string];
}

const ENTREPRISES: readonly EntreprisePortefeuille[] = [
  {
    nom: 'Mobilier Confluence',
    presentation: 'Mobilier Confluence, PME lyonnaise de mobilier de bureau,',
    devise: 'EUR',
    categories: ['entreprises', 'collectivités', 'revendeurs'],
  },
  {
    nom: 'Clim’Azur',
    presentation: 'Clim’Azur, installateur de climatisation à Toulon,',
    devise: 'EUR',
    categories: ['particuliers', 'commerces', 'syndics'],
  },
  {
    nom: 'Papeterie Lemaire',
    presentation: 'Papeterie Lemaire, grossiste en fournitures de bureau à Lille,',
    devise: 'EUR',
    categories: ['PME', 'écoles', 'administrations'],
  },
  {
    nom: 'Atlas Emballages',
    presentation: 'Atlas Emballages, PME d’emballages de Casablanca,',
    devise: 'MAD',
    categories: ['agroalimentaire', 'cosmétique', 'distribution'],
  },
  {
    nom: 'Bouregreg Assurances',
    presentation: 'Bouregreg Assurances, agence d’assurance de Rabat,',
    devise: 'MAD',
    categories: ['auto', 'habitation', 'santé'],
  },
];

/** Draws a company (three French ones out of five). */
export function entrepriseAuHasard(alea: Aleatoire): EntreprisePortefeuille {
  return choisir(alea, ENTREPRISES);
}

/** A Moroccan company that buys or makes what it sells, in place of the insurance agency. */
const REVENDEUR_MAROCAIN: EntreprisePortefeuille = {
  nom: 'Sebou Matériel',
  presentation: 'Sebou Matériel, distributeur de matériel électrique à Kénitra,',
  devise: 'MAD',
  categories: ['installateurs', 'industriels', 'collectivités'],
};

/**
 * A company whose sales have a purchase or production cost (a margin or a markup on goods): the
 * draw of `entrepriseAuHasard`, with the insurance agency (which earns commissions and buys no
 * goods, trainer's test) replaced by a distributor in the same currency. The draw uses the random
 * source exactly as before, so every other version of a problem keeps its numbers and its code.
 */
export function entrepriseQuiVend(alea: Aleatoire): EntreprisePortefeuille {
  const e = entrepriseAuHasard(alea);
  return e.nom === 'Bouregreg Assurances' ? REVENDEUR_MAROCAIN : e;
}

/** The factor that turns a euro range into the company's currency. */
export const facteurDevise = (devise: 'EUR' | 'MAD') => (devise === 'MAD' ? 10 : 1);

/** An amount of a statement, without decimals. */
export function montantEnonce(n: number, devise: 'EUR' | 'MAD'): string {
  return formatMontant(n, devise, 0);
}
