/**
 * The analysis of the current company's 24 months of sales for chapter 2 « Analyser le
 * portefeuille client »: CA by category and growth N / N−1, the indicators (panier moyen, taux
 * de marque and de marge, attrition, valeur client, coût d’acquisition), ABC with the thresholds
 * of portefeuille.ts, RFM segments and the written diagnosis. Loaded by the island with the
 * sales file (see portefeuille.ts). Two computed steps, so that typing a threshold re-runs only
 * the ABC part: `$analyseVentes` (the sales file, once per company), then `$evaluationPortefeuille`.
 *
 * Valeur client: durée de vie = 1 ÷ the attrition observed between N−1 and N, capped at
 * `DUREE_DE_VIE_MAX` years, by the rule the dossier uses too (dureeDeVieRetenue, duree-de-vie.ts).
 */
import { computed } from 'nanostores';
import {
  classerABC,
  repartitionRFM,
  type ElementABC,
  type LigneABC,
  type SeuilsABC,
} from '../lib/portefeuille/portefeuille.ts';
import {
  derniersDouzeMois,
  evolutionParCategorie,
  caParClient,
  indicateursRFM,
  indicateursVentes,
  renouvellementClients,
  type IndicateursVentes,
  type Periode,
  type Renouvellement,
  type Vente,
} from '../lib/ventes/ventes.ts';
import { valeurClientEnMarge } from '../lib/portefeuille/valeur-client.ts';
import {
  DUREE_DE_VIE_MAX,
  dureeDeVieRetenue,
  type DureeRetenue,
} from '../lib/portefeuille/duree-de-vie.ts';
import { coutAcquisitionDeCampagne } from '../lib/portefeuille/cout-campagne.ts';
import { diagnosticPortefeuille, type PhraseDiagnostic } from '../lib/portefeuille/diagnostic.ts';
import { echec, ok, type Resultat, type ResultatChamps } from '../lib/commun/resultat.ts';
import type { Campagne, ClientLigne } from '../schemas/datasets.ts';
import { $donnees, $entreprise } from './campagne.ts';
import { $saisieSeuils, lireSeuils, type SaisieSeuils } from './portefeuille.ts';

/** Everything that does not depend on the thresholds, computed once per company. */
export interface AnalyseVentes {
  periodeN: Periode;
  periodeN1: Periode;
  evolution: Extract<ReturnType<typeof evolutionParCategorie>, { ok: true }>['valeur'];
  indicateurs: IndicateursVentes;
  renouvellement?: Renouvellement;
  /** Clients of N with their CA, for ABC. */
  clientsN: ElementABC[];
  noms: Record<string, { nom: string; categorie: string }>;
  rfm: Extract<ReturnType<typeof repartitionRFM>, { ok: true }>['valeur'];
  /** Durée de vie used (years, capped: `plafonnee`), 1 ÷ attrition before the cap (none without attrition), and valeur client en marge. */
  valeurClient?: DureeRetenue & { enMarge: number };
  /** The last campaign's cost per client won, when the company has a campaign. */
  coutAcquisition?: number;
}

/** Longest client lifetime the value is computed over, in years (duree-de-vie.ts). */
export { DUREE_DE_VIE_MAX };

const exiger = <T>(r: Resultat<T>): T => {
  if (!r.ok) throw r.erreur;
  return r.valeur;
};

/** Runs the threshold-free analyses on a sales file (pure, unit-tested). */
export function analyserVentes({
  ventes,
  clients = [],
  campagne,
  dateReference,
}: {
  ventes: readonly Vente[];
  clients?: readonly ClientLigne[];
  campagne?: Campagne;
  dateReference: string;
}): Resultat<AnalyseVentes> {
  try {
    const { periodeN, periodeN1 } = exiger(derniersDouzeMois({ ventes }));
    const evolution = exiger(evolutionParCategorie({ ventes, periodeN, periodeN1 }));
    const indicateurs = exiger(indicateursVentes({ ventes, periode: periodeN }));
    const ren = renouvellementClients({ ventes, periodeN, periodeN1 });
    const renouvellement = ren.ok ? ren.valeur : undefined;
    const rfm = exiger(
      repartitionRFM({ clients: exiger(indicateursRFM({ ventes, dateReference })) }),
    );
    const noms = Object.fromEntries(
      clients.map((c) => [c.id, { nom: c.nom, categorie: c.categorie }]),
    );
    let valeurClient: AnalyseVentes['valeurClient'];
    if (renouvellement) {
      const d = dureeDeVieRetenue({ tauxAttrition: renouvellement.tauxAttrition });
      const v = d.ok
        ? valeurClientEnMarge({
            panierMoyen: indicateurs.panierMoyen,
            frequence: indicateurs.achatsParClient,
            duree: d.valeur.duree,
            tauxDeMarque: indicateurs.tauxDeMarque,
          })
        : d;
      if (d.ok && v.ok) valeurClient = { ...d.valeur, enMarge: v.valeur };
    }
    const cout = campagne
      ? coutAcquisitionDeCampagne({
          lignesDeCout: campagne.lignesDeCout,
          nouveauxClients: campagne.etapes.commandes,
        })
      : undefined;
    return ok({
      periodeN,
      periodeN1,
      evolution,
      indicateurs,
      renouvellement,
      clientsN: exiger(caParClient({ ventes, periode: periodeN })),
      noms,
      rfm,
      valeurClient,
      coutAcquisition: cout?.ok ? cout.valeur : undefined,
    });
  } catch (e) {
    // `exiger` throws the French error of the first step that failed: it is returned as is.
    const erreur = e as { message?: string; champ?: string };
    return echec(
      erreur.message ?? 'Les ventes n’ont pas pu être analysées.',
      erreur.champ ?? 'ventes',
    );
  }
}

/** State of the analysis of the current company's sales. */
export type EtatAnalyse =
  | { etat: 'chargement' }
  | { etat: 'sans-ventes' }
  | { etat: 'erreur'; message: string }
  | { etat: 'pret'; id: string; analyse: AnalyseVentes };

/** The current company's sales analysed (once per company, whatever the thresholds). */
export const $analyseVentes = computed($donnees, (d): EtatAnalyse => {
  if (d.etat === 'chargement') return { etat: 'chargement' };
  if (d.etat === 'erreur') return { etat: 'erreur', message: d.message };
  if (!d.donnees.ventes?.length) return { etat: 'sans-ventes' };
  const r = analyserVentes({
    ventes: d.donnees.ventes,
    clients: d.donnees.clients,
    campagne: d.donnees.campagnePassee,
    dateReference: d.donnees.dateReference,
  });
  return r.ok
    ? { etat: 'pret', id: d.id, analyse: r.valeur }
    : { etat: 'erreur', message: r.erreur.message };
});

/** The ABC classes with the current thresholds and the diagnosis. */
export interface ResultatPortefeuille {
  id: string;
  lignes: LigneABC[];
  diagnostic: PhraseDiagnostic[];
}

/** Classes the clients of N and writes the diagnosis (pure, unit-tested). */
export function classerPortefeuille({
  id,
  analyse,
  seuils,
  devise,
}: {
  id: string;
  analyse: AnalyseVentes;
  seuils: SeuilsABC;
  devise: 'EUR' | 'MAD';
}): Resultat<ResultatPortefeuille> {
  const lignes = classerABC({ elements: analyse.clientsN, seuils });
  if (!lignes.ok) return lignes;
  const rentabilite =
    analyse.valeurClient && analyse.coutAcquisition !== undefined
      ? {
          valeurClientEnMarge: analyse.valeurClient.enMarge,
          coutAcquisition: analyse.coutAcquisition,
        }
      : undefined;
  const diagnostic = diagnosticPortefeuille({
    lignes: lignes.valeur,
    evolution: analyse.evolution,
    renouvellement: analyse.renouvellement,
    rentabilite,
    devise,
  });
  return ok({ id, lignes: lignes.valeur, diagnostic });
}

/** The classes with the thresholds typed (`null` until the sales are ready), else a French error by threshold. */
export type EvaluationPortefeuille = ResultatChamps<
  ResultatPortefeuille | null,
  keyof SaisieSeuils
>;

/** The evaluation of the thresholds typed against the current company's sales. */
export const $evaluationPortefeuille = computed(
  [$saisieSeuils, $analyseVentes, $entreprise],
  (s, a, e): EvaluationPortefeuille => {
    const seuils = lireSeuils(s);
    if (!seuils.ok) return seuils;
    if (a.etat !== 'pret') return { ok: true, valeur: null };
    const r = classerPortefeuille({
      id: a.id,
      analyse: a.analyse,
      seuils: seuils.valeur,
      devise: e?.devise ?? 'EUR',
    });
    return r.ok ? r : { ok: false, erreurs: { seuilB: r.erreur.message } };
  },
);
