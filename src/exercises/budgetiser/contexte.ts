/**
 * The companies and the expense lines the « Budgétiser » problems draw from. Amounts are
 * ranges in euros with a rounding step, scaled by 10 for dirhams (about the exchange rate,
 * and round figures either way) so a Moroccan SME's salon costs 60 000 DH, not 6 000 DH.
 */
import { type Aleatoire, choisir } from '../../lib/commun/aleatoire.ts';
import type { LigneBudget } from '../../lib/budget/budget.ts';
import { formatMontant } from '../../lib/commun/nombres.ts';
import { deviseDe, montantRond } from '../generateur.ts';

/** A fictional company of the course, with the currency it counts in. */
export interface Entreprise {
  /** Name and activity, ready to start a sentence (« Atlas Emballages, PME d’emballages de Casablanca, »). */
  presentation: string;
  /** Short name for the following sentences. */
  nom: string;
  /** Currency of its figures. */
  devise: 'EUR' | 'MAD';
}

const ENTREPRISES: Record<'EUR' | 'MAD', readonly Omit<Entreprise, 'devise'>[]> = {
  EUR: [
    {
      nom: 'Mobilier Confluence',
      presentation: 'Mobilier Confluence, PME lyonnaise de mobilier de bureau,',
    },
    { nom: 'Isolis Habitat', presentation: 'Isolis Habitat, installateur d’isolation en Isère,' },
    { nom: 'Vitrine & Co', presentation: 'Vitrine & Co, fabricant de présentoirs pour magasins,' },
  ],
  MAD: [
    { nom: 'Atlas Emballages', presentation: 'Atlas Emballages, PME d’emballages de Casablanca,' },
    {
      nom: 'Bouregreg Assurances',
      presentation: 'Bouregreg Assurances, agence d’assurance de Rabat,',
    },
  ],
};

/** Draws a company; its currency follows (two chances in three of a French company). */
export function entrepriseAuHasard(alea: Aleatoire): Entreprise {
  const devise = deviseDe(alea);
  return { ...choisir(alea, ENTREPRISES[devise]), devise };
}

/**
 * A company that sells goods at a taux de marque (verif14 item 5): the draw of
 * `entrepriseAuHasard`, with the insurance agency (it earns commissions on premiums and buys
 * nothing to resell) replaced by a Moroccan distributor. The random source is used exactly as
 * before, so every other version keeps its numbers and its code (as ch 2's `entrepriseQuiVend`).
 */
export function entrepriseQuiVend(alea: Aleatoire): Entreprise {
  const e = entrepriseAuHasard(alea);
  return e.nom === 'Bouregreg Assurances'
    ? {
        nom: 'Sebou Matériel',
        presentation: 'Sebou Matériel, distributeur de matériel électrique à Kénitra,',
        devise: e.devise,
      }
    : e;
}

/** Prospecting actions and their plausible cost in euros: [id, label, min, max, step]. */
const ACTIONS: readonly [string, string, number, number, number][] = [
  ['salon', 'participation à un salon professionnel', 4000, 12000, 500],
  ['publipostage', 'publipostage (conception, impression, envoi)', 1000, 3500, 100],
  ['fichier', 'achat d’un fichier de prospects qualifiés', 600, 2400, 100],
  ['phoning', 'campagne d’appels confiée à un prestataire', 1500, 6000, 250],
  ['deplacements', 'frais de déplacement des visites', 1200, 4800, 100],
  ['documentation', 'documentation commerciale', 500, 2000, 50],
  ['emailing', 'campagne d’e-mailing', 300, 1500, 50],
  ['annonces', 'annonces dans la presse professionnelle', 800, 3000, 100],
];

/** Draws `nombre` distinct expense lines with round amounts in the company's currency. */
export function lignesAuHasard(
  alea: Aleatoire,
  { nombre, devise }: { nombre: number; devise: 'EUR' | 'MAD' },
): LigneBudget[] {
  const restantes = [...ACTIONS];
  const facteur = devise === 'MAD' ? 10 : 1;
  const lignes: LigneBudget[] = [];
  for (let i = 0; i < nombre && restantes.length > 0; i++) {
    const [id, action, min, max, pas] = restantes.splice(
      Math.floor(alea() * restantes.length),
      1,
    )[0];
    lignes.push({
      id,
      action,
      montant: montantRond(alea, { min: min * facteur, max: max * facteur, pas: pas * facteur }),
    });
  }
  return lignes;
}

/** An amount of the statement, without decimals (drawn amounts are round). */
export function montantEnonce(n: number, devise: 'EUR' | 'MAD'): string {
  return formatMontant(n, devise, 0);
}

/** The expense lines as a bulleted list for a statement. */
export function listeLignes(lignes: readonly LigneBudget[], devise: 'EUR' | 'MAD'): string {
  return lignes.map((l) => `- ${l.action}\u202f: ${montantEnonce(l.montant, devise)}`).join('\n');
}
