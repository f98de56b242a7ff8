/**
 * The lifetime a customer value counts (chapter 2 and « Mon dossier »), apart from
 * valeur-client.ts, which chapters 4 and 7 load too: only the pages that value a client ship it.
 */
import { exigerFraction } from '../commun/champs.ts';
import { ok, type Resultat } from '../commun/resultat.ts';
import { dureeDeVieClient } from './valeur-client.ts';

/** Longest client lifetime a customer value is computed over, in years (see dureeDeVieRetenue). */
export const DUREE_DE_VIE_MAX = 10;

/** The lifetime a customer value counts: `duree` retained, `dureeCalculee` = 1 ÷ attrition (none without attrition). */
export interface DureeRetenue {
  duree: number;
  dureeCalculee?: number;
  plafonnee: boolean;
}

/**
 * The one rule for the lifetime of a customer value (chapter 2 and the dossier): 1 ÷ attrition,
 * CAPPED at `DUREE_DE_VIE_MAX` years. One year of a small portfolio may lose 0 or 2 clients,
 * which the formula turns into « forever » or 91 years, and no one plans a client's margin that
 * far; with no client lost, the cap applies.
 */
export function dureeDeVieRetenue({
  tauxAttrition,
}: {
  tauxAttrition: number;
}): Resultat<DureeRetenue> {
  const faute = exigerFraction('tauxAttrition', tauxAttrition);
  if (faute) return faute;
  if (tauxAttrition === 0) return ok({ duree: DUREE_DE_VIE_MAX, plafonnee: true });
  const d = dureeDeVieClient({ tauxAttrition });
  // A rate so tiny that 1 ÷ rate overflows is « no client lost » too.
  if (!d.ok) return ok({ duree: DUREE_DE_VIE_MAX, plafonnee: true });
  return ok({
    duree: Math.min(d.valeur, DUREE_DE_VIE_MAX),
    dureeCalculee: d.valeur,
    plafonnee: d.valeur > DUREE_DE_VIE_MAX,
  });
}
