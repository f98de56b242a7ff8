/**
 * The evaluation of chapter 4's « Sources » simulator: a company's file broken down by source
 * (sources.ts), and the cost of each source as the learner typed it (text, as stores/sources.ts
 * keeps it), read the French way into a cost per client by source (rendement.ts). A blank cost is
 * unknown, not an error; an unreadable or negative one is a French sentence next to its source.
 */
import { formatNombre, parseNombre } from '../commun/nombres.ts';
import type { SourceProspect } from '../commun/prospect.ts';
import { echec, type Resultat, type ResultatChamps } from '../commun/resultat.ts';
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

/** Cost per client of the sources whose cost is valid and known, and of them all. */
export interface CoutsParClient {
  sources: CoutSource[];
  total: Omit<CoutSource, 'source'> | null;
}

/**
 * The analysis of a company’s sources: loading, the file's French error, or the file broken down
 * by source with the typed costs read: their cost per client when every typed cost is valid
 * (`undefined` without a past campaign), else a French error by source.
 */
export type EvaluationSources =
  | { etat: 'chargement' }
  | { etat: 'erreur'; message: string }
  | {
      etat: 'pret';
      bilan: BilanSources;
      comparaison?: ComparaisonSources;
      couts: ResultatChamps<CoutsParClient | undefined, SourceProspect>;
    };

/** Reads one typed cost: an amount, never negative. */
function lireCout(s: SourceProspect, texte: string): Resultat<number> {
  const nom = `«\u00a0${LIBELLES_SOURCES[s]}\u00a0»`;
  const r = parseNombre(texte, { champ: s, libelle: `le coût de la source ${nom}` });
  return r.ok && r.valeur < 0
    ? echec(`Le coût de la source ${nom} ne peut pas être négatif.`, s)
    : r;
}

/** Reads the typed costs, then the cost per client by source when the file has a past campaign. */
function lireCouts(
  saisie: CoutsSaisis,
  lignes: BilanSources['lignes'],
  avecCampagne: boolean,
): ResultatChamps<CoutsParClient | undefined, SourceProspect> {
  const erreurs: Partial<Record<SourceProspect, string>> = {};
  const couts: Partial<Record<SourceProspect, number>> = {};
  for (const [s, texte] of Object.entries(saisie) as [SourceProspect, string][]) {
    if (texte.trim() === '') continue; // a blank cost is unknown, not an error
    const r = lireCout(s, texte);
    if (r.ok) couts[s] = r.valeur;
    else erreurs[s] = r.erreur.message;
  }
  if (Object.keys(erreurs).length === 0 && avecCampagne) {
    const parClient = coutParClientDesSources({ lignes, couts });
    if (parClient.ok) return parClient;
    // rendement.ts names the source at fault.
    erreurs[parClient.erreur.champ as SourceProspect] = parClient.erreur.message;
  }
  return Object.keys(erreurs).length > 0 ? { ok: false, erreurs } : { ok: true, valeur: undefined };
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
  if (etat === 'chargement') return { etat };
  if (etat === 'erreur') return { etat, message: message ?? '' };
  const b = bilanDesSources({ prospects, dateReference, avecCampagne });
  if (!b.ok) return { etat: 'erreur', message: b.erreur.message };
  const comparaison = comparerSources({ lignes: b.valeur.lignes });
  return {
    etat,
    bilan: b.valeur,
    comparaison: comparaison.ok ? comparaison.valeur : undefined,
    couts: lireCouts(saisie, b.valeur.lignes, avecCampagne),
  };
}
