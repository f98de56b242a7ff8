/**
 * The past campaign (campagne.json), counted from the prospect file so that chapters 6, 10 and 11
 * tell the same story: the funnel stages are nested sets of rows of prospects.csv (definitions
 * below, written into the file), the orders are exactly the rows marked `converti`, and the
 * turnover is the first order of each of them. Objectives are set apart from the results so that
 * the dashboard shows gaps both ways.
 */
import { normale, type Aleatoire } from '../../src/lib/aleatoire.ts';
import type { Prospect } from '../../src/lib/prospect.ts';
import type { Campagne } from '../../src/schemas/datasets.ts';
import type { ProfilCampagne } from './modele.ts';
import { arrondirA } from './outils.ts';

/** How each stage is counted from prospects.csv (written into campagne.json). */
export const DEFINITIONS_DES_ETAPES: Campagne['definitionsDesEtapes'] = {
  fichier: 'Toutes les fiches de prospects.csv, doublons compris\u202f: c’est le fichier tel qu’il a été confié à l’équipe.',
  contactsJoints: 'Fiches dont la température n’est plus «\u00a0suspect\u00a0»\u202f: la campagne a joint ces personnes (une opposition compte, elle a été exprimée au téléphone).',
  rdv: 'Fiches tièdes ou chaudes, plus celles qui ont demandé un devis ou signé\u202f: un rendez-vous a eu lieu.',
  propositions: 'Fiches ayant demandé un devis, plus celles qui ont signé\u202f: une proposition chiffrée a été remise.',
  commandes: 'Fiches marquées converti = oui.',
};

/** Rounds a count objective the way a manager writes it (to 5 beyond 50, to 10 beyond 200). */
const objectif = (x: number) => (x >= 200 ? arrondirA(x, 10) : x >= 50 ? arrondirA(x, 5) : Math.round(x));

/** campagne.json from the campaign profile and the final prospect rows. */
export function genererCampagne(alea: Aleatoire, profil: ProfilCampagne, prospects: readonly Prospect[], tauxDeMarque: number): Campagne {
  const compter = (f: (p: Prospect) => boolean) => prospects.filter(f).length;
  const etapes = {
    fichier: prospects.length,
    contactsJoints: compter((p) => p.temperature !== 'suspect'),
    rdv: compter((p) => p.temperature === 'tiede' || p.temperature === 'chaud' || p.demandeDevis || p.converti),
    propositions: compter((p) => p.demandeDevis || p.converti),
    commandes: compter((p) => p.converti),
  };
  let ca = 0, marge = 0;
  for (let k = 0; k < etapes.commandes; k++) {
    const commande = profil.premiereCommande.moyenne * Math.exp(normale(alea, -(profil.premiereCommande.dispersion ** 2) / 2, profil.premiereCommande.dispersion));
    ca += Math.round(commande);
    marge += Math.round(commande * (tauxDeMarque + normale(alea, 0, 0.02)));
  }
  const e = profil.ecartsObjectifs;
  const caVise = arrondirA(ca * e.chiffreAffaires, ca > 1e6 ? 50_000 : 5_000);
  return {
    nom: profil.nom, dateDebut: profil.dateDebut, dateFin: profil.dateFin, cible: profil.cible, methodes: profil.methodes,
    lignesDeCout: profil.lignesDeCout, etapes, definitionsDesEtapes: DEFINITIONS_DES_ETAPES,
    chiffreAffairesGenere: ca, margeGeneree: marge,
    objectifs: {
      fichier: etapes.fichier,
      contactsJoints: Math.min(etapes.fichier, objectif(etapes.contactsJoints * e.contactsJoints)),
      rdv: objectif(etapes.rdv * e.rdv),
      propositions: objectif(etapes.propositions * e.propositions),
      commandes: objectif(etapes.commandes * e.commandes),
      chiffreAffaires: caVise,
      marge: arrondirA(caVise * tauxDeMarque, 1_000),
    },
  };
}
