/**
 * A finished dossier built from a sample company of the course (content/datasets), so the
 * learner sees every analysis filled: the card gives the company, offer and sales force, the
 * sales file the CA by category over the last two 12-month periods (ventes.ts), the purchase
 * frequency and the attrition (hence the customer's lifetime, capped as chapter 2 caps it:
 * dureeDeVieRetenue in duree-de-vie.ts), the past
 * campaign its costs, stages, objectives and results.
 * Conventions: the frequency is the purchases per client of period N; the weeks are the
 * campaign's calendar weeks; days in the field and visits a day are chapter 8's (capacite-fiche.ts:
 * working days × share of time spent prospecting, to the half day, said in the planning line);
 * a record counts once per planted problem (the sample's overlaps are few and kept as they are).
 */
import type { Remuneration } from '../marges/remuneration.ts';
import { dureeDeVieRetenue } from '../portefeuille/duree-de-vie.ts';
import { capaciteDeLaFiche, type ForceDeVenteCapacite } from '../planning/capacite-fiche.ts';
import { formatMontant, formatNombre } from '../commun/nombres.ts';
import { LIMITE_VENTES, VERSION_VENTES } from './ventes.ts';
import {
  derniersDouzeMois,
  evolutionParCategorie,
  indicateursVentes,
  renouvellementClients,
  type Vente,
} from '../ventes/ventes.ts';
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { dossierVide, type Dossier, type Etapes } from './modele.ts';

/** The fields of a sample's card the dossier uses (src/schemas/entreprise.ts). */
export interface FicheExemple {
  nom: string;
  activite: string;
  ville: string;
  devise: 'EUR' | 'MAD';
  description: string;
  marche: { type: string; zone: string; cibles: string[] };
  offre: {
    nom: string;
    prixMoyenHT: number;
    coutMoyenHT: number;
    tauxDeMarque: number;
    remuneration?: Remuneration;
  };
  forceDeVente: ForceDeVenteCapacite & { commerciaux: number };
  objectifsDeProspection: {
    nouveauxClients: number;
    chiffreAffairesAdditionnelHT: number;
    margeAdditionnelleHT: number;
    qualitatifs: string[];
  };
  problemesPlantes: { type: string; ids: string[]; groupes?: string[][] }[];
}

/** The fields of a sample's past campaign the dossier uses. */
export interface CampagneExemple {
  nom: string;
  dateDebut: string;
  dateFin: string;
  cible: string;
  methodes: string[];
  lignesDeCout: { action: string; montant: number }[];
  etapes: Required<Etapes>;
  objectifs: Required<Etapes> & { chiffreAffaires: number; marge: number };
  chiffreAffairesGenere: number;
  margeGeneree: number;
}

const mois = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const jour = (iso: string) => `${iso.slice(8, 10)}/${mois(iso)}`;
const JOUR = 86_400_000;
const compter = (fiche: FicheExemple, types: string[]) =>
  fiche.problemesPlantes
    .filter((p) => types.includes(p.type))
    .reduce((s, p) => s + p.ids.length - (p.groupes?.length ?? 0), 0);

/** The rate of the offer as the dossier takes it: a seller's taux de marque on its purchase cost, an agent's commission. */
function tauxDeLOffre(offre: FicheExemple['offre']) {
  // An agent buys nothing: its card's « coût » is the insurer's share, not a purchase cost.
  return offre.remuneration === 'commission'
    ? { typeTaux: 'commission' as const, taux: offre.tauxDeMarque }
    : { coutAchatHT: offre.coutMoyenHT, typeTaux: 'marque' as const, taux: offre.tauxDeMarque };
}

/** The planning line's note on the prospecting days, when chapter 8's half-day rounding changed them. */
function phraseArrondi(
  f: FicheExemple['forceDeVente'],
  joursParSemaine: number,
  joursParSemaineExacts: number,
): string {
  if (joursParSemaine === joursParSemaineExacts) return '';
  return ` Jours de prospection par semaine\u202F: ${formatNombre(f.joursParSemaine, 2)} × ${formatNombre(f.partTempsProspection * 100, 2)}\u202F% = ${formatNombre(joursParSemaineExacts, 2)}, arrondi à la demi-journée comme au chapitre 8\u202F: ${formatNombre(joursParSemaine, 1)}.`;
}

/** The dossier of a sample company, from its card, its sales and its past campaign. */
export function dossierDepuisExemple({
  fiche,
  ventes,
  campagne,
}: {
  fiche: FicheExemple;
  ventes: readonly Vente[];
  campagne: CampagneExemple;
}): Resultat<Dossier> {
  const periodes = derniersDouzeMois({ ventes });
  if (!periodes.ok) return periodes;
  const { periodeN, periodeN1 } = periodes.valeur;
  const evolution = evolutionParCategorie({ ventes, periodeN, periodeN1 });
  const indicateurs = indicateursVentes({ ventes, periode: periodeN });
  const renouvellement = renouvellementClients({ ventes, periodeN, periodeN1 });
  if (!evolution.ok) return evolution;
  if (!indicateurs.ok) return indicateurs;
  if (!renouvellement.ok) return renouvellement;
  const duree = dureeDeVieRetenue({ tauxAttrition: renouvellement.valeur.tauxAttrition });
  const semaines = Math.max(
    1,
    Math.round((Date.parse(campagne.dateFin) - Date.parse(campagne.dateDebut)) / JOUR / 7),
  );
  if (!Number.isFinite(semaines))
    return echec('Les dates de la campagne de cet exemple sont illisibles.', 'campagne');
  const capacite = capaciteDeLaFiche({ forceDeVente: fiche.forceDeVente });
  if (!capacite.ok) return capacite;
  const { joursParSemaine, joursParSemaineExacts, visitesParJour } = capacite.valeur;
  const f = fiche.forceDeVente;
  const arrondi = phraseArrondi(f, joursParSemaine, joursParSemaineExacts);
  const cout = campagne.lignesDeCout.reduce((s, l) => s + l.montant, 0);
  const { chiffreAffaires: _ca, marge: _marge, ...objectifsEtapes } = campagne.objectifs;
  const o = fiche.objectifsDeProspection;
  const d = dossierVide();
  return ok({
    ...d,
    entreprise: {
      nom: fiche.nom,
      activite: fiche.activite,
      offre: fiche.offre.nom,
      marche: `${fiche.marche.type}, ${fiche.marche.zone}\u202F; cibles\u202F: ${fiche.marche.cibles.join(', ')}.`,
      devise: fiche.devise,
    },
    demande: {
      relationClient: `Relation ${fiche.marche.type === 'B2C' ? 'avec des particuliers' : 'entre professionnels'}, suivie par ${fiche.forceDeVente.commerciaux} commerciaux basés à ${fiche.ville}.`,
      persona: '',
    },
    portefeuille: {
      anneeN1: `${mois(periodeN1.debut)}–${mois(periodeN1.fin)}`,
      anneeN: `${mois(periodeN.debut)}–${mois(periodeN.fin)}`,
      categories: evolution.valeur.categories.map((c) => ({
        nom: c.categorie,
        caN1: c.caN1,
        caN: c.caN,
      })),
    },
    // The sales themselves too, so the example shows the ABC and RFM by client (analyses-clients.ts).
    ventes: {
      version: VERSION_VENTES,
      fichier: `ventes de l’exemple ${fiche.nom}`.slice(0, 200),
      lignes: ventes.slice(-LIMITE_VENTES).map((v) => ({
        client: v.client,
        date: v.date,
        montant: v.montantHT,
        ...(v.categorie ? { categorie: v.categorie } : {}),
        cout: v.coutHT,
      })),
    },
    valeur: {
      transactions: indicateurs.valeur.nombreVentes,
      prixVenteHT: fiche.offre.prixMoyenHT,
      ...tauxDeLOffre(fiche.offre),
      frequence: indicateurs.valeur.achatsParClient,
      ...(duree.ok ? { duree: duree.valeur.duree } : {}),
      depensesAcquisition: cout,
      nouveauxClients: campagne.etapes.commandes,
    },
    // The card's objectives: the datasets set them for the past campaign (campagne.json repeats them), so the dashboard compares like with like.
    objectifs: {
      problematique: fiche.description,
      qualitatifs: o.qualitatifs.join('\n'),
      nouveauxClients: o.nouveauxClients,
      chiffreAffaires: o.chiffreAffairesAdditionnelHT,
      marge: o.margeAdditionnelleHT,
    },
    cible: {
      typeClientele: campagne.cible,
      persona: '',
      qualification: '',
      offreRetenue: `${fiche.offre.nom}\u202F: ${formatMontant(fiche.offre.prixMoyenHT, fiche.devise, 0)} HT en moyenne.`,
    },
    methode: {
      nom: campagne.methodes.join(', '),
      justification: '',
      couts: campagne.lignesDeCout.map((l) => ({ action: l.action, montant: l.montant })),
    },
    base: {
      constitution: '',
      outils: '',
      fiches: campagne.etapes.fichier,
      doublons: compter(fiche, ['doublon-exact', 'doublon-probable']),
      incompletes: compter(fiche, [
        'telephone-manquant',
        'email-manquant',
        'email-invalide',
        'telephone-invalide',
        'ville-code-postal',
      ]),
      opposees: compter(fiche, ['opposition']),
    },
    temps: {
      visitesAFaire: campagne.etapes.rdv,
      semaines,
      joursParSemaine,
      visitesParJour,
      commerciaux: f.commerciaux,
      planning: `${campagne.nom}, du ${jour(campagne.dateDebut)} au ${jour(campagne.dateFin)}.${arrondi}`,
    },
    resultats: {
      etapes: { ...campagne.etapes },
      objectifsEtapes,
      chiffreAffairesGenere: campagne.chiffreAffairesGenere,
      margeGeneree: campagne.margeGeneree,
    },
  });
}
