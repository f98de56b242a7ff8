/**
 * The evaluation of chapter 4's « Sources » simulator: a company's file broken down by source
 * (sources.ts), and the cost of each source as the learner typed it (text, as stores/sources.ts
 * keeps it), read the French way into a cost per client by source (rendement.ts). A blank cost is
 * unknown, not an error; an unreadable or negative one is a French sentence next to its source.
 */
import { formatNombre, parseNombre } from '../commun/nombres.ts';
import type { SourceProspect } from '../commun/prospect.ts';
import {
  bilanDesSources,
  LIBELLES_SOURCES,
  type BilanSources,
  type ProspectSource,
} from './sources.ts';
import {
  comparerSources,
  coutParClientDesSources,
  coutsDepuisCampagne,
  type ComparaisonSources,
  type CoutSource,
} from './rendement.ts';

/** The costs typed for one company, by source (absent: not typed). */
export type CoutsSaisis = Partial<Record<SourceProspect, string>>;

/** The costs a past campaign paid for one source alone, typed French style (« 1 500 »). */
export function coutsSaisisDepuisCampagne(
  campagne: Parameters<typeof coutsDepuisCampagne>[0],
): CoutsSaisis {
  return Object.fromEntries(
    Object.entries(coutsDepuisCampagne(campagne)).map(([s, m]) => [s, formatNombre(m, 2)]),
  );
}

/** The analysis of a company’s sources. */
export interface EvaluationSources {
  etat: 'chargement' | 'erreur' | 'pret';
  message?: string;
  /** French errors on the cost fields, by source. */
  erreurs: Partial<Record<SourceProspect, string>>;
  bilan?: BilanSources;
  comparaison?: ComparaisonSources;
  /** Cost per client of the sources whose cost is valid and known; absent while a cost is in error. */
  couts?: { sources: CoutSource[]; total: Omit<CoutSource, 'source'> | null };
}

/** Parses the typed costs, then breaks the file down by source. */
export function evaluerSources({
  etat,
  message,
  prospects,
  dateReference,
  avecCampagne,
  saisie,
}: {
  etat: EvaluationSources['etat'];
  message?: string;
  prospects: readonly ProspectSource[];
  dateReference: string;
  avecCampagne: boolean;
  saisie: CoutsSaisis;
}): EvaluationSources {
  if (etat !== 'pret') return { etat, message, erreurs: {} };
  const b = bilanDesSources({ prospects, dateReference, avecCampagne });
  if (!b.ok) return { etat: 'erreur', message: b.erreur.message, erreurs: {} };
  const comparaison = comparerSources({ lignes: b.valeur.lignes });
  const erreurs: EvaluationSources['erreurs'] = {};
  const couts: Partial<Record<SourceProspect, number>> = {};
  for (const [s, texte] of Object.entries(saisie) as [SourceProspect, string][]) {
    if (texte.trim() === '') continue; // a blank cost is unknown, not an error
    const r = parseNombre(texte, {
      champ: s,
      libelle: `le coût de la source «\u00a0${LIBELLES_SOURCES[s]}\u00a0»`,
    });
    if (!r.ok) erreurs[s] = r.erreur.message;
    else if (r.valeur < 0)
      erreurs[s] =
        `Le coût de la source «\u00a0${LIBELLES_SOURCES[s]}\u00a0» ne peut pas être négatif.`;
    else couts[s] = r.valeur;
  }
  const parClient =
    avecCampagne && Object.keys(erreurs).length === 0
      ? coutParClientDesSources({ lignes: b.valeur.lignes, couts })
      : undefined;
  if (parClient && !parClient.ok && parClient.erreur.champ)
    erreurs[parClient.erreur.champ as SourceProspect] = parClient.erreur.message;
  return {
    etat,
    erreurs,
    bilan: b.valeur,
    comparaison: comparaison.ok ? comparaison.valeur : undefined,
    couts: parClient?.ok ? parClient.valeur : undefined,
  };
}
