/**
 * Le rendement des sources (chapter 4), after the breakdown of sources.ts: which source turns
 * its contacts into clients best, by how much, and what a client cost through each source.
 *
 * - rapport entre deux sources = taux de transformation de l’une ÷ taux de l’autre (« 3 fois
 *   mieux »); the reference is the bought file when it converted someone (the lesson’s usual
 *   comparison), otherwise the weakest source that converted someone: dividing by a zero rate
 *   would say nothing;
 * - coût par client d’une source = coût de la source ÷ clients gagnés par elle (catalogue formula
 *   `cout-acquisition-client`); a source without a client has no cost per client (null, never
 *   Infinity). Only the cost of the source itself counts (the file, the stand, the referral
 *   gifts), not the calls or visits shared by every source.
 */
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { coutAcquisitionClient } from '../marges/rentabilite.ts';
import type { SourceProspect } from '../commun/prospect.ts';
import { LIBELLES_SOURCES, type LigneSource } from './sources.ts';

/** The best-converting source against a reference source. */
export interface ComparaisonSources {
  meilleure: LigneSource;
  reference: LigneSource;
  /** taux de la meilleure ÷ taux de la référence (≥ 1). */
  rapport: number;
}

const tauxDe = (l: LigneSource) => l.campagne?.tauxDeTransformation ?? null;

/** Compares the best-converting source with the bought file (or, failing that, the weakest source that converted). */
export function comparerSources({
  lignes,
}: {
  lignes: readonly LigneSource[];
}): Resultat<ComparaisonSources> {
  const utiles = lignes.filter((l) => (tauxDe(l) ?? 0) > 0);
  if (utiles.length < 2)
    return echec(
      'Il faut au moins deux sources ayant donné des clients lors de la campagne passée pour les comparer.',
      'lignes',
    );
  const meilleure = utiles.reduce((a, b) => ((tauxDe(b) ?? 0) > (tauxDe(a) ?? 0) ? b : a));
  const fichier = utiles.find((l) => l.source === 'fichier-achete' && l !== meilleure);
  const reference =
    fichier ?? utiles.reduce((a, b) => ((tauxDe(b) ?? 0) < (tauxDe(a) ?? 0) ? b : a));
  if (reference === meilleure)
    return echec(
      'Toutes les sources ont le même taux de conclusion\u202f: aucune ne se détache.',
      'lignes',
    );
  return ok({ meilleure, reference, rapport: (tauxDe(meilleure) ?? 0) / (tauxDe(reference) ?? 1) });
}

/** Which line of a campaign budget paid for one source alone (ids of campagne.json `lignesDeCout`). */
const LIGNE_DE_LA_SOURCE: Readonly<Record<string, SourceProspect>> = {
  fichier: 'fichier-achete',
  salon: 'salon',
  parrainage: 'parrainage',
  'reseaux-sociaux': 'reseau-social',
};

/** The costs a past campaign’s budget gives to one source alone (the file bought, the stand…); the others stay unknown. */
export function coutsDepuisCampagne({
  lignesDeCout,
}: {
  lignesDeCout: readonly { id: string; montant: number }[];
}): Partial<Record<SourceProspect, number>> {
  const couts: Partial<Record<SourceProspect, number>> = {};
  for (const l of lignesDeCout) {
    const s = LIGNE_DE_LA_SOURCE[l.id];
    if (s && Number.isFinite(l.montant) && l.montant >= 0) couts[s] = (couts[s] ?? 0) + l.montant;
  }
  return couts;
}

/** The cost per client of one source. */
export interface CoutSource {
  source: SourceProspect;
  cout: number;
  clients: number;
  coutParClient: number | null;
}

/** What one client cost, null when the source brought none (no client, no cost per client). */
function coutParClient(cout: number, clients: number): number | null {
  if (clients <= 0) return null;
  const r = coutAcquisitionClient({ coutTotal: cout, nouveauxClients: clients });
  return r.ok ? r.valeur : null;
}

/** Cost per client by source, for the sources whose cost is known, and over all of them. */
export function coutParClientDesSources({
  lignes,
  couts,
}: {
  lignes: readonly LigneSource[];
  couts: Partial<Record<SourceProspect, number>>;
}): Resultat<{ sources: CoutSource[]; total: Omit<CoutSource, 'source'> | null }> {
  const sources: CoutSource[] = [];
  for (const l of lignes) {
    const cout = couts[l.source];
    if (cout === undefined) continue;
    const nom = `«\u00a0${LIBELLES_SOURCES[l.source] ?? l.source}\u00a0»`;
    if (!Number.isFinite(cout) || cout < 0)
      return echec(`Le coût de la source ${nom} doit être un montant positif ou nul.`, l.source);
    if (!l.campagne)
      return echec(
        'Le coût par client demande une campagne passée\u202f: ce fichier n’en a pas.',
        'campagne',
      );
    sources.push({
      source: l.source,
      cout,
      clients: l.campagne.clients,
      coutParClient: coutParClient(cout, l.campagne.clients),
    });
  }
  if (sources.length === 0) return ok({ sources, total: null });
  const cout = sources.reduce((s, x) => s + x.cout, 0),
    clients = sources.reduce((s, x) => s + x.clients, 0);
  return ok({
    sources,
    total: { cout, clients, coutParClient: clients > 0 ? cout / clients : null },
  });
}
