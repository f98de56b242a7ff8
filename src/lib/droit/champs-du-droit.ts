/**
 * Prospect fields that only a law of one country reads (verif14 item 8): « inscrit sur Bloctel »
 * is the French opposition list, read by the rules table's « liste-opposition » check
 * (verifier.ts); a Moroccan file has the column (all « non ») but no rule that reads it, so
 * chapter 5's query builder does not offer it there. Derived from the rules table (regles.ts),
 * computed at build time by the chapter's wrapper, so the page ships no law table.
 */
import type { ChampProspect } from '../commun/prospect.ts';
import { REGLES, type Controle } from './regles.ts';
import type { Pays } from './types.ts';

/** The field each country-specific check reads. */
const CHAMP_DU_CONTROLE: Partial<Record<Controle, ChampProspect>> = {
  'liste-opposition': 'bloctel',
};

/** The fields no rule of `pays` reads (at any date): not worth a query in that country's file. */
export function champsSansRegle({ pays }: { pays: Pays }): ChampProspect[] {
  const lus = new Set(
    REGLES.filter((r) => r.pays === pays && r.controle).map((r) => CHAMP_DU_CONTROLE[r.controle!]),
  );
  return [...new Set(Object.values(CHAMP_DU_CONTROLE))].filter((c) => !lus.has(c));
}
