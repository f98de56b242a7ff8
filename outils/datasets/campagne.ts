/**
 * The past campaign (campagne.json), counted from the prospect file so that chapters 6, 10 and 11
 * tell the same story: the funnel stages are nested sets of rows of prospects.csv (definitions
 * below, written into the file), the orders are exactly the rows marked `converti`, and the
 * turnover is the first order of each of them. Objectives are set apart from the results so that
 * the dashboard shows gaps both ways.
 */
import { normale, type Aleatoire } from '../../src/lib/commun/aleatoire.ts';
import type { Prospect } from '../../src/lib/commun/prospect.ts';
import type { Campagne } from '../../src/schemas/datasets.ts';
import type { ProfilCampagne } from './modele.ts';
import { margeSurChiffreAffaires } from '../../src/lib/marges/marge-operation.ts';
import { arrondirA } from './outils.ts';

/** A margin by the one rule the site uses (CA × taux de marque, to the unit): the dashboard recomputes it. */
function marge(chiffreAffaires: number, tauxDeMarque: number): number {
  const m = margeSurChiffreAffaires({ chiffreAffaires, tauxDeMarque });
  if (!m.ok) throw new Error(m.erreur.message);
  return m.valeur;
}

/** How each stage is counted from prospects.csv (written into campagne.json). */
export const DEFINITIONS_DES_ETAPES: Campagne['definitionsDesEtapes'] = {
  fichier:
    'Toutes les fiches de prospects.csv, doublons compris\u202f: c’est le fichier tel qu’il a été confié à l’équipe.',
  contactsJoints:
    'Fiches dont la température n’est plus «\u00a0suspect\u00a0»\u202f: la campagne a joint ces personnes (une opposition compte, elle a été exprimée au téléphone).',
  rdv: 'Fiches chaudes, plus celles qui ont demandé un devis ou signé\u202f: un rendez-vous a eu lieu (une fiche tiède a montré de l’intérêt au téléphone, sans rendez-vous).',
  propositions:
    'Fiches ayant demandé un devis, plus celles qui ont signé\u202f: une proposition chiffrée a été remise.',
  commandes: 'Fiches marquées converti = oui.',
};

/** Rounds a count objective the way a manager writes it (to 5 beyond 50, to 10 beyond 200). */
const objectif = (x: number) =>
  x >= 200 ? arrondirA(x, 10) : x >= 50 ? arrondirA(x, 5) : Math.round(x);

/**
 * campagne.json from the campaign profile, the final prospect rows and the card's average sale and
 * taux de marque: the first orders are spread around the average sale and scaled so that their
 * mean is that average (one average order per company). The margins, made and aimed at, are the
 * turnovers × the taux de marque rounded to the unit (margeSurChiffreAffaires): chapter 11's
 * dashboard computes them so, and the data must say the same (not a sum of rounded orders, not
 * an objective rounded to the thousand).
 */
export function genererCampagne(
  alea: Aleatoire,
  profil: ProfilCampagne,
  prospects: readonly Prospect[],
  offre: { prixMoyenHT: number; tauxDeMarque: number },
): Campagne {
  const { prixMoyenHT, tauxDeMarque } = offre;
  const compter = (f: (p: Prospect) => boolean) => prospects.filter(f).length;
  const etapes = {
    fichier: prospects.length,
    contactsJoints: compter((p) => p.temperature !== 'suspect'),
    rdv: compter((p) => p.temperature === 'chaud' || p.demandeDevis || p.converti),
    propositions: compter((p) => p.demandeDevis || p.converti),
    commandes: compter((p) => p.converti),
  };
  const tirees = Array.from({ length: etapes.commandes }, () =>
    Math.exp(normale(alea, 0, profil.premiereCommande.dispersion)),
  );
  const echelle =
    (prixMoyenHT * tirees.length) /
    Math.max(
      1e-9,
      tirees.reduce((s, x) => s + x, 0),
    );
  const commandes = tirees.map((x) => Math.round(x * echelle));
  const ca = commandes.reduce((s, x) => s + x, 0);
  const e = profil.ecartsObjectifs;
  const caVise = arrondirA(ca * e.chiffreAffaires, ca > 1e6 ? 50_000 : 5_000);
  return {
    nom: profil.nom,
    dateDebut: profil.dateDebut,
    dateFin: profil.dateFin,
    cible: profil.cible,
    methodes: profil.methodes,
    lignesDeCout: profil.lignesDeCout,
    etapes,
    definitionsDesEtapes: DEFINITIONS_DES_ETAPES,
    chiffreAffairesGenere: ca,
    margeGeneree: marge(ca, tauxDeMarque),
    objectifs: {
      fichier: etapes.fichier,
      contactsJoints: Math.min(etapes.fichier, objectif(etapes.contactsJoints * e.contactsJoints)),
      rdv: objectif(etapes.rdv * e.rdv),
      propositions: objectif(etapes.propositions * e.propositions),
      commandes: objectif(etapes.commandes * e.commandes),
      chiffreAffaires: caVise,
      marge: marge(caVise, tauxDeMarque),
    },
  };
}
