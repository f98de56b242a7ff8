/**
 * The companies and portfolios the « Pourquoi prospecter » problems draw from: a portfolio of
 * a few dozen to a few hundred clients, an attrition rate and a growth objective in whole
 * percents, as a sales manager would state them.
 */
import { type Aleatoire, choisir, entierEntre } from '../../lib/commun/aleatoire.ts';
import { montantRond, tauxRond } from '../generateur.ts';

/** A fictional company of chapter 1 and its portfolio. */
export interface Portefeuille {
  /** Name and activity, ready to start a sentence. */
  presentation: string;
  /** Short name for the following sentences. */
  nom: string;
  /** Clients on 1 January. */
  clients: number;
  /** Yearly attrition rate, a fraction. */
  tauxAttrition: number;
  /** Growth objective on the number of clients, a fraction. */
  tauxCroissance: number;
}

const ENTREPRISES: readonly { nom: string; presentation: string }[] = [
  { nom: 'Clim’Azur', presentation: 'Clim’Azur, installateur de climatisation à Toulon,' },
  {
    nom: 'Papeterie Lemaire',
    presentation: 'Papeterie Lemaire, grossiste en fournitures de bureau à Lille,',
  },
  { nom: 'Atlas Emballages', presentation: 'Atlas Emballages, PME d’emballages de Casablanca,' },
  { nom: 'Net&Net', presentation: 'Net&Net, société de nettoyage de bureaux à Nantes,' },
  { nom: 'Comptalis', presentation: 'Comptalis, cabinet d’expertise comptable de Rennes,' },
];

/** Draws a company, its portfolio (multiple of 10), an attrition of 8 to 25 % and a growth of 2 to 12 %. */
export function portefeuilleAuHasard(alea: Aleatoire): Portefeuille {
  return {
    ...choisir(alea, ENTREPRISES),
    clients: montantRond(alea, { min: 80, max: 600, pas: 10 }),
    tauxAttrition: tauxRond(alea, { min: 8, max: 25 }),
    tauxCroissance: entierEntre(alea, 2, 12) / 100,
  };
}
