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

/** The factor that turns a euro range into the company's currency. */
export const facteurDevise = (devise: 'EUR' | 'MAD') => (devise === 'MAD' ? 10 : 1);

/** An amount of a statement, without decimals. */
export function montantEnonce(n: number, devise: 'EUR' | 'MAD'): string {
  return formatMontant(n, devise, 0);
}
