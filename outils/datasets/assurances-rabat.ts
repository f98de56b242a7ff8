/**
 * Sample company 2: a fictional insurance agency in Rabat prospecting private persons (B2C).
 * Amounts in dirhams (MAD); a « vente » is a premium instalment and its cost the insurer's share,
 * so the agency's margin is its commission. The file has people of every age around Rabat, so the
 * course's query « moins de 25 ans habitant à Rabat » returns a few dozen rows.
 */
import { choisir, entierEntre, normale, type Aleatoire } from '../../src/lib/commun/aleatoire.ts';
import { ponderer, tirerVille, VILLES_MA } from './lieux.ts';
import type { Identite, ProfilEntreprise } from './modele.ts';
import { MOTS_SOCIETES_MA, NOMS_MA, PRENOMS_MA_F, PRENOMS_MA_H, type Fonction } from './noms.ts';
import { tirerPondere } from './outils.ts';

/** Professions by life stage, with how much an insurance pack fits them (0 to 1). */
const ACTIFS: readonly (readonly [Fonction, number, number])[] = [
  [['Salarié du privé', 'Salariée du privé'], 22, 0.65],
  [['Fonctionnaire', 'Fonctionnaire'], 16, 0.8],
  [['Cadre', 'Cadre'], 12, 0.85],
  [['Enseignant', 'Enseignante'], 10, 0.75],
  [['Commerçant', 'Commerçante'], 9, 0.7],
  [['Artisan', 'Artisane'], 6, 0.6],
  [['Profession libérale', 'Profession libérale'], 6, 0.85],
  [['Chauffeur de taxi', 'Chauffeuse de taxi'], 4, 0.7],
  [['Infirmier', 'Infirmière'], 5, 0.7],
  [['Ingénieur', 'Ingénieure'], 6, 0.85],
  [['Sans emploi', 'Sans emploi'], 4, 0.2],
];
const JEUNES: readonly (readonly [Fonction, number, number])[] = [
  [['Étudiant', 'Étudiante'], 60, 0.35],
  [['Employé', 'Employée'], 25, 0.55],
  [['Sans emploi', 'Sans emploi'], 15, 0.2],
];
const AINES: readonly (readonly [Fonction, number, number])[] = [
  [['Retraité', 'Retraitée'], 85, 0.5],
  [['Commerçant', 'Commerçante'], 15, 0.65],
];

const VILLES = ponderer(VILLES_MA, [
  ['Rabat', 46],
  ['Salé', 18],
  ['Témara', 14],
  ['Skhirat', 4],
  ['Kénitra', 9],
  ['Casablanca', 5],
  ['Mohammedia', 4],
]);

function tirerIdentite(alea: Aleatoire): Identite {
  const [a, b] = tirerPondere(alea, [
    [[18, 24], 14],
    [[25, 34], 25],
    [[35, 49], 30],
    [[50, 64], 20],
    [[65, 80], 11],
  ] as const);
  const age = entierEntre(alea, a, b);
  const liste = age < 25 ? JEUNES : age >= 65 ? AINES : ACTIFS;
  const [fonction, , fit] = tirerPondere(
    alea,
    liste.map((x) => [x, x[1]] as const),
  );
  const genre = alea() < 0.5 ? 'h' : 'f';
  const { ville, codePostal } = tirerVille(alea, VILLES);
  return {
    type: 'B2C',
    secteur: 'particulier',
    genre,
    age,
    ville,
    codePostal,
    prenom: choisir(alea, genre === 'h' ? PRENOMS_MA_H : PRENOMS_MA_F),
    nom: choisir(alea, NOMS_MA),
    fonction: fonction[genre === 'h' ? 0 : 1],
    adequation: Math.min(
      1,
      Math.max(0, fit + (age >= 30 && age <= 55 ? 0.05 : 0) + normale(alea, 0, 0.08)),
    ),
    mobile: alea() < 0.9,
  };
}

/** A client of the agency: a person, or a small business for the « entreprises » category. */
function nomClient(alea: Aleatoire, categorie: string): string {
  if (categorie === 'entreprises') {
    const activite = choisir(alea, [
      'Pharmacie',
      'Cabinet médical',
      'Taxis',
      'Café',
      'Boulangerie',
      'Transports',
      'Clinique dentaire',
      'Librairie',
      'Garage',
    ]);
    return `${activite} ${alea() < 0.6 ? choisir(alea, MOTS_SOCIETES_MA) : choisir(alea, NOMS_MA)}${alea() < 0.5 ? ' SARL' : ''}`;
  }
  return `${choisir(alea, alea() < 0.5 ? PRENOMS_MA_H : PRENOMS_MA_F)} ${choisir(alea, NOMS_MA)}`;
}

/** The profile of the insurance agency. */
export const assurancesRabat: ProfilEntreprise = {
  entreprise: {
    id: 'assurances-rabat',
    nom: 'Hilal Conseil Assurances',
    activite:
      'Agence d’assurances\u202f: automobile, habitation, santé et prévoyance pour les particuliers',
    ville: 'Rabat',
    pays: 'MA',
    devise: 'MAD',
    marche: {
      type: 'B2C',
      zone: 'Rabat, Salé, Témara et leurs environs',
      cibles: [
        'jeunes conducteurs et étudiants',
        'familles',
        'fonctionnaires et professions libérales',
        'retraités',
      ],
      tailleDuMarcheHT: 1_900_000_000,
    },
    offre: {
      nom: 'Pack auto et habitation avec complémentaire santé',
      unite: 'contrat',
      remuneration: 'commission',
      prixMoyenHT: 4_800,
      // Contractual rates the insurers pay the agency on each premium, by branch.
      commissions: [
        { branche: 'auto', taux: 0.15 },
        { branche: 'habitation', taux: 0.22 },
        { branche: 'santé-prévoyance', taux: 0.18 },
        { branche: 'entreprises', taux: 0.12 },
      ],
    },
    forceDeVente: {
      commerciaux: 2,
      joursParSemaine: 5.5,
      semainesParAn: 46,
      heuresParJour: 8,
      dureeVisiteMinutes: 45,
      trajetMoyenMinutes: 15,
      tempsAdministratifHeuresParSemaine: 8,
      partTempsProspection: 0.3,
      coutHoraireHT: 75,
      fraisParVisiteHT: 40,
    },
    objectifsDeProspection: {
      qualitatifs: [
        'Rajeunir le portefeuille en gagnant les jeunes actifs et les étudiants qui passent le permis.',
        'Proposer une complémentaire santé aux clients qui n’ont qu’un contrat auto.',
        'Réactiver les anciens clients partis à la concurrence.',
      ],
    },
    description:
      'Hilal Conseil Assurances est une agence fictive du quartier de l’Agdal, à Rabat, qui distribue les contrats de plusieurs compagnies. Ses deux conseillers reçoivent en agence et rappellent les demandes venues du site. Son portefeuille vieillit\u202f: l’agence veut gagner des clients plus jeunes sans perdre ses familles fidèles.',
  },
  prospects: {
    nombre: 650,
    tauxConversion: 0.11,
    issue: { commandes: 0.045, devisGardes: { suspect: 0, froid: 0.1, tiede: 0.25, chaud: 0.4 } },
    temperatures: { suspect: 0.28, froid: 0.4, tiede: 0.2, chaud: 0.12 },
    sources: [
      ['site-web', 18],
      ['parrainage', 16],
      ['reseau-social', 14],
      ['fichier-achete', 12],
      ['force-de-vente', 10],
      ['marketing', 10],
      ['comptabilite', 8],
      ['salon', 6],
      ['annuaire', 6],
    ],
    domainesPersonnels: ['rissala.ma', 'kalimamail.ma', 'webposte.ma'],
    tirerIdentite,
    plan: {
      doublonsExacts: [2, 2, 2, 2, 2, 2, 3, 3],
      doublonsProbables: 9,
      telephoneManquant: 10,
      emailManquant: 40,
      emailInvalide: 12,
      telephoneInvalide: 9,
      contactPerime: 35,
      bloctel: 0,
      opposition: 14,
      villeCodePostal: 6,
    },
  },
  portefeuille: {
    nombreClients: 200,
    categories: [
      { nom: 'auto', part: 0.4, croissance: 0.04, frequence: 1 },
      { nom: 'habitation', part: 0.25, croissance: 0.12, frequence: 1, poidsRelatif: 0.6 },
      { nom: 'santé-prévoyance', part: 0.25, croissance: 0.18, frequence: 1, poidsRelatif: 1.2 },
      { nom: 'entreprises', part: 0.1, croissance: -0.06, frequence: 1, poidsRelatif: 6 },
    ],
    caAnnuel: 2_600_000,
    dispersion: 1.4,
    saisonnalite: [1.5, 1.0, 0.9, 0.9, 0.9, 0.8, 0.9, 0.7, 1.3, 1.1, 1.0, 1.0],
    attrition: 0.1,
    nouveaux: 0.18,
    echeancier: true,
    tirerNom: nomClient,
    villes: VILLES,
  },
  campagne: {
    nom: 'Campagne «\u00a0Jeunes actifs et familles\u00a0» – automne 2025',
    dateDebut: '2025-10-06',
    dateFin: '2026-02-27',
    cible:
      'Particuliers de Rabat, Salé et Témara, en priorité les 25–45 ans actifs et les jeunes conducteurs',
    methodes: ['telephone', 'e-mailing', 'reseaux-sociaux', 'parrainage'],
    lignesDeCout: [
      {
        id: 'fichier',
        action: 'Location d’un fichier de particuliers ayant donné leur accord',
        montant: 9_000,
      },
      {
        id: 'phoning',
        action: 'Heures de téléconseiller pour les rappels et la prise de rendez-vous',
        montant: 36_000,
      },
      { id: 'e-mailing', action: 'Outil d’envoi d’e-mails et de SMS', montant: 6_000 },
      {
        id: 'reseaux-sociaux',
        action: 'Publicité ciblée sur les réseaux sociaux',
        montant: 18_000,
      },
      { id: 'parrainage', action: 'Chèques-cadeaux offerts aux clients parrains', montant: 12_000 },
      { id: 'documentation', action: 'Dépliants et affiches en agence', montant: 5_500 },
    ],
    ecartsObjectifs: {
      contactsJoints: 1.1,
      rdv: 1.15,
      propositions: 1.1,
      commandes: 1.2,
      chiffreAffaires: 1.35,
    },
    premiereCommande: { dispersion: 0.45 },
  },
};
