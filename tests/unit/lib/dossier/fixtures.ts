/** A complete dossier whose every analysis is worked out by hand in the tests. */
import { dossierVide, type Dossier } from '@lib/dossier/modele.ts';

/** Three categories, a 1 000 € offer at 600 € cost, a 10 000 € campaign: the figures of analyser.test.ts. */
export function dossierComplet(): Dossier {
  const d = dossierVide();
  return {
    ...d,
    etudiant: 'Inès Martin',
    entreprise: {
      nom: 'Bureaux du Rhône',
      activite: 'Mobilier de bureau',
      offre: 'Postes de travail',
      marche: 'B2B, Lyon',
      devise: 'EUR',
    },
    portefeuille: {
      anneeN1: '2025',
      anneeN: '2026',
      categories: [
        { nom: 'PME', caN1: 100_000, caN: 120_000 },
        { nom: 'Grands comptes', caN1: 200_000, caN: 180_000 },
        { nom: 'Indépendants', caN1: 50_000, caN: 60_000 },
      ],
    },
    valeur: {
      transactions: 300,
      prixVenteHT: 1000,
      coutAchatHT: 600,
      typeTaux: 'marque',
      frequence: 2,
      duree: 5,
      depensesAcquisition: 9000,
      nouveauxClients: 10,
    },
    objectifs: {
      problematique: 'Les grands comptes achètent moins.',
      qualitatifs: '',
      nouveauxClients: 20,
      chiffreAffaires: 36_000,
      marge: 14_400,
    },
    methode: {
      nom: 'Téléphone puis visite',
      justification: '',
      couts: [
        { action: 'Fichier', montant: 3000 },
        { action: 'Phoning', montant: 5000 },
        { action: 'Déplacements', montant: 2000 },
      ],
    },
    base: {
      constitution: '',
      outils: '',
      fiches: 500,
      doublons: 20,
      incompletes: 30,
      opposees: 10,
    },
    temps: {
      visitesAFaire: 120,
      semaines: 10,
      joursParSemaine: 2,
      visitesParJour: 3,
      commerciaux: 1,
      planning: '',
    },
    resultats: {
      etapes: { fichier: 500, contactsJoints: 300, rdv: 100, propositions: 50, commandes: 20 },
      objectifsEtapes: {
        fichier: 500,
        contactsJoints: 280,
        rdv: 120,
        propositions: 60,
        commandes: 25,
      },
      chiffreAffairesGenere: 30_000,
      margeGeneree: 12_000,
    },
  };
}
