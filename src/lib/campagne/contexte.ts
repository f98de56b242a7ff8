/**
 * The context of the company studied (issue 14): the figures a simulator must take from the
 * company's own data rather than from the textbook example — currency, country, taux de marque,
 * average order, the team's capacity, its last campaign's cost lines and funnel. A sample company
 * has one, built from its entreprise.json and campagne.json; the learner's own file has only a
 * currency (the simulators then start from the lesson's example, and say so).
 */
import type { EffectifsParEtape } from './etapes.ts';
import type { Remuneration } from '../marges/remuneration.ts';

/** Currencies of the course. */
export type Devise = 'EUR' | 'MAD';

/** What the company card (entreprise.json) must give; structural, so tests and the dossier can build one. */
export interface FicheContexte {
  id: string;
  nom: string;
  pays: 'FR' | 'MA';
  devise: Devise;
  offre: {
    nom: string;
    unite: string;
    prixMoyenHT: number;
    coutMoyenHT: number;
    tauxDeMarque: number;
    /** How the company earns (absent: « marge »): lib/marges/remuneration.ts gives the words. */
    remuneration?: Remuneration;
  };
  forceDeVente: {
    commerciaux: number;
    visitesParJour: number;
    joursParSemaine: number;
    semainesParAn: number;
    partTempsProspection: number;
    /** What a visit costs: the salesperson's loaded hour, a day's hours, the travel of one visit (optional: older cards lack them). */
    coutHoraireHT?: number;
    heuresParJour?: number;
    fraisParVisiteHT?: number;
  };
  objectifsDeProspection: { nouveauxClients: number; chiffreAffairesAdditionnelHT: number };
}
/** What the company's past campaign (campagne.json) must give. */
export interface CampagnePasseeContexte {
  nom: string;
  lignesDeCout: readonly { id: string; action: string; montant: number }[];
  etapes: EffectifsParEtape;
  chiffreAffairesGenere: number;
  margeGeneree: number;
  objectifs: EffectifsParEtape & { chiffreAffaires: number; marge: number };
}

/** A company's context, the same for every chapter. */
export interface ContexteEntreprise {
  id: string;
  nom: string;
  pays: 'FR' | 'MA';
  devise: Devise;
  /** The offer: one average sale (« commande », « contrat »…), its price and cost HT, its taux de marque. */
  offre: {
    nom: string;
    unite: string;
    prixMoyenHT: number;
    coutMoyenHT: number;
    margeUnitaire: number;
    tauxDeMarque: number;
    /** « marge » (a maker or a reseller) or « commission » (an agent): the words of lib/marges/remuneration.ts. */
    remuneration: Remuneration;
  };
  /** Salespeople, visits per day, prospecting days per year. */
  capacite: { commerciaux: number; visitesParJour: number; joursDeProspectionParAn: number };
  /** The goals of the company card. */
  objectifs: { nouveauxClients: number; chiffreAffairesAdditionnelHT: number };
  /** The company's last campaign, the « réalisé » of chapters 10 and 11, and its cost lines (the budget's starting point). */
  campagnePassee?: {
    nom: string;
    lignesDeCout: { id: string; action: string; montant: number }[];
    etapes: EffectifsParEtape;
    chiffreAffairesGenere: number;
    margeGeneree: number;
    coutTotal: number;
    objectifs: EffectifsParEtape & { chiffreAffaires: number; marge: number };
  };
}

/** Builds a sample company's context from its card and past campaign. */
export function contexteEntreprise({
  fiche,
  campagnePassee,
}: {
  fiche: FicheContexte;
  campagnePassee?: CampagnePasseeContexte;
}): ContexteEntreprise {
  const o = fiche.offre,
    f = fiche.forceDeVente;
  return {
    id: fiche.id,
    nom: fiche.nom,
    pays: fiche.pays,
    devise: fiche.devise,
    offre: {
      nom: o.nom,
      unite: o.unite,
      prixMoyenHT: o.prixMoyenHT,
      coutMoyenHT: o.coutMoyenHT,
      margeUnitaire: o.prixMoyenHT - o.coutMoyenHT,
      tauxDeMarque: o.tauxDeMarque,
      remuneration: o.remuneration ?? 'marge',
    },
    capacite: {
      commerciaux: f.commerciaux,
      visitesParJour: f.visitesParJour,
      joursDeProspectionParAn: Math.round(
        f.joursParSemaine * f.semainesParAn * f.partTempsProspection,
      ),
    },
    objectifs: {
      nouveauxClients: fiche.objectifsDeProspection.nouveauxClients,
      chiffreAffairesAdditionnelHT: fiche.objectifsDeProspection.chiffreAffairesAdditionnelHT,
    },
    campagnePassee: campagnePassee && {
      nom: campagnePassee.nom,
      lignesDeCout: campagnePassee.lignesDeCout.map((l) => ({
        id: l.id,
        action: l.action,
        montant: l.montant,
      })),
      etapes: { ...campagnePassee.etapes },
      chiffreAffairesGenere: campagnePassee.chiffreAffairesGenere,
      margeGeneree: campagnePassee.margeGeneree,
      objectifs: { ...campagnePassee.objectifs },
      coutTotal: campagnePassee.lignesDeCout.reduce((s, l) => s + l.montant, 0),
    },
  };
}

/** The currency's symbol, written in one place (lib/commun/nombres.ts). */
export { symboleDevise } from '../commun/nombres.ts';
