/**
 * Sample company 3: a fictional office-furniture SME in Vénissieux, near Lyon, prospecting
 * companies (B2B) and self-employed professionals (B2C), under French rules: RGPD, opt-in e-mail
 * for individuals, Bloctel for their phone numbers. Amounts in euros. Phone numbers come from the
 * ranges ARCEP reserves for fiction (see lieux.ts).
 */
import { choisir, entierEntre, normale, type Aleatoire } from '../../src/lib/commun/aleatoire.ts';
import type { TailleEntreprise } from '../../src/lib/commun/prospect.ts';
import { ponderer, tirerVille, VILLES_FR } from './lieux.ts';
import type { Identite, ProfilEntreprise } from './modele.ts';
import {
  LIEUX_FR,
  MOTS_SOCIETES_FR,
  NOMS_FR,
  PRENOMS_FR_F,
  PRENOMS_FR_H,
  type Fonction,
} from './noms.ts';
import { arrondirA, slug, tirerPondere } from './outils.ts';

/** Sectors, weight in the file, fit with office furniture, and name patterns ({F} family name, {M} noun, {L} place). */
const SECTEURS: readonly (readonly [string, number, number, readonly string[]])[] = [
  [
    'informatique',
    16,
    0.85,
    ['{M} Informatique', '{M} Digital', '{M} Logiciels', '{F} Informatique', 'Agence {M}'],
  ],
  [
    'services aux entreprises',
    20,
    0.8,
    ['Cabinet {F}', '{F} & Associés', '{F} Conseil', '{M} Conseil', '{M} Expertise'],
  ],
  [
    'santé',
    12,
    0.7,
    [
      'Clinique {L}',
      'Centre médical {L}',
      'Cabinet dentaire {L}',
      'Laboratoire {M}',
      'Maison de santé {L}',
    ],
  ],
  [
    'enseignement et formation',
    10,
    0.7,
    ['Institut {M}', 'École {M}', '{M} Formation', 'Centre de formation {L}'],
  ],
  ['immobilier', 8, 0.6, ['{F} Immobilier', 'Agence {L}', '{M} Immobilier', 'Foncière {M}']],
  [
    'industrie',
    14,
    0.45,
    ['{F} Industrie', 'Ateliers {F}', '{M} Mécanique', 'Plasturgie {L}', '{F} Métallerie'],
  ],
  ['commerce', 12, 0.35, ['{F} Distribution', 'Maison {F}', '{M} Négoce', 'Comptoir {L}']],
  ['BTP', 8, 0.3, ['{F} Bâtiment', '{F} Construction', '{M} Travaux', 'Menuiserie {F}']],
];

const FONCTIONS_B2B: readonly Fonction[] = [
  ['Office manager', 'Office manager'],
  ['Responsable des services généraux', 'Responsable des services généraux'],
  ['Directeur administratif et financier', 'Directrice administrative et financière'],
  ['Gérant', 'Gérante'],
  ['Directeur général', 'Directrice générale'],
  ['Responsable RH', 'Responsable RH'],
  ['Assistant de direction', 'Assistante de direction'],
  ['Responsable immobilier', 'Responsable immobilier'],
  ['Président', 'Présidente'],
];

/** Self-employed professions (B2C rows) and how much a furnished office fits them. */
const INDEPENDANTS: readonly (readonly [Fonction, number])[] = [
  [['Architecte', 'Architecte'], 0.65],
  [['Avocat', 'Avocate'], 0.7],
  [['Kinésithérapeute', 'Kinésithérapeute'], 0.55],
  [['Consultant indépendant', 'Consultante indépendante'], 0.6],
  [['Graphiste', 'Graphiste'], 0.5],
  [['Expert-comptable', 'Experte-comptable'], 0.7],
  [['Psychologue', 'Psychologue'], 0.55],
  [['Traducteur', 'Traductrice'], 0.45],
  [['Développeur indépendant', 'Développeuse indépendante'], 0.5],
  [['Photographe', 'Photographe'], 0.4],
  [['Orthophoniste', 'Orthophoniste'], 0.5],
  [['Coach professionnel', 'Coach professionnelle'], 0.45],
];

/** Turnover bands in euros per size (log-uniform inside the band). */
const CA: Readonly<Record<TailleEntreprise, readonly [number, number]>> = {
  TPE: [1.5e5, 2e6],
  PME: [2e6, 5e7],
  ETI: [5e7, 1.5e9],
  GE: [1.5e9, 6e9],
};

const VILLES = ponderer(VILLES_FR, [
  ['Lyon', 30],
  ['Villeurbanne', 10],
  ['Vénissieux', 6],
  ['Vaulx-en-Velin', 4],
  ['Bron', 4],
  ['Saint-Priest', 5],
  ['Caluire-et-Cuire', 3],
  ['Oullins', 2],
  ['Écully', 3],
  ['Tassin-la-Demi-Lune', 2],
  ['Rillieux-la-Pape', 2],
  ['Décines-Charpieu', 3],
  ['Meyzieu', 2],
  ['Givors', 1],
  ['Villefranche-sur-Saône', 3],
  ['Limonest', 3],
  ['Dardilly', 2],
  ['Saint-Genis-Laval', 2],
  ['Vienne', 2],
  ['Bourgoin-Jallieu', 2],
  ['Saint-Étienne', 3],
  ['Grenoble', 3],
  ['Bourg-en-Bresse', 2],
]);

/** A French company name from a pattern of a sector, with or without its legal form. */
export function nomSocieteFR(alea: Aleatoire, secteur?: string): string {
  const s =
    secteur === undefined
      ? tirerPondere(
          alea,
          SECTEURS.map((x) => [x, x[1]] as const),
        )
      : SECTEURS.find((x) => x[0] === secteur)!;
  const base = choisir(alea, s[3])
    .replace('{F}', choisir(alea, NOMS_FR))
    .replace('{M}', choisir(alea, MOTS_SOCIETES_FR))
    .replace('{L}', choisir(alea, LIEUX_FR));
  return (
    base +
    tirerPondere(alea, [
      ['', 30],
      [' SAS', 30],
      [' SARL', 25],
      [' SA', 8],
      [' EURL', 7],
    ] as const)
  );
}

function tirerIdentite(alea: Aleatoire): Identite {
  const genre = alea() < 0.5 ? 'h' : 'f';
  const personne = {
    genre,
    prenom: choisir(alea, genre === 'h' ? PRENOMS_FR_H : PRENOMS_FR_F),
    nom: choisir(alea, NOMS_FR),
  } as const;
  const { ville, codePostal } = tirerVille(alea, VILLES);
  if (alea() < 0.22) {
    const [fonction, fit] = choisir(alea, INDEPENDANTS);
    return {
      type: 'B2C',
      secteur: 'indépendant',
      ...personne,
      fonction: fonction[genre === 'h' ? 0 : 1],
      age: entierEntre(alea, 26, 68),
      ville,
      codePostal,
      adequation: Math.min(1, Math.max(0, fit + normale(alea, 0, 0.08))),
      mobile: alea() < 0.85,
    };
  }
  const [secteur, , fit] = tirerPondere(
    alea,
    SECTEURS.map((x) => [x, x[1]] as const),
  );
  const taille = tirerPondere(alea, [
    ['TPE', 35],
    ['PME', 45],
    ['ETI', 15],
    ['GE', 5],
  ] as const);
  const [min, max] = CA[taille];
  const raisonSociale = nomSocieteFR(alea, secteur);
  return {
    type: 'B2B',
    raisonSociale,
    secteur,
    taille,
    ...personne,
    fonction: choisir(alea, FONCTIONS_B2B)[genre === 'h' ? 0 : 1],
    ville,
    codePostal,
    chiffreAffaires: arrondirA(min * Math.pow(max / min, alea()), 1_000),
    adequation: Math.min(
      1,
      Math.max(
        0,
        fit + { TPE: -0.1, PME: 0.05, ETI: 0.05, GE: -0.1 }[taille] + normale(alea, 0, 0.08),
      ),
    ),
    mobile: alea() < 0.3,
    domaine: `${slug(raisonSociale.replace(/\s(SAS|SARL|SA|EURL)$/, ''))}.${alea() < 0.85 ? 'fr' : 'com'}`,
  };
}

function nomClient(alea: Aleatoire, categorie: string): string {
  if (categorie === 'indépendants')
    return `${choisir(alea, alea() < 0.5 ? PRENOMS_FR_H : PRENOMS_FR_F)} ${choisir(alea, NOMS_FR)}`;
  const nom = nomSocieteFR(
    alea,
    categorie === 'grands comptes'
      ? choisir(alea, [
          'services aux entreprises',
          'santé',
          'industrie',
          'enseignement et formation',
        ])
      : undefined,
  );
  return categorie === 'grands comptes' ? nom.replace(/\s(SAS|SARL|SA|EURL)$/, '') + ' SA' : nom;
}

/** The profile of the office-furniture SME. */
export const mobilierLyon: ProfilEntreprise = {
  entreprise: {
    id: 'mobilier-lyon',
    nom: 'Vénimob',
    activite:
      'Aménagement et mobilier de bureau\u202f: postes de travail, sièges ergonomiques, rangements, cloisons acoustiques',
    ville: 'Vénissieux',
    pays: 'FR',
    devise: 'EUR',
    marche: {
      type: 'mixte',
      zone: 'Métropole de Lyon, Nord-Isère, Ain et Loire',
      cibles: [
        'PME et ETI de services',
        'établissements de santé et de formation',
        'professions libérales et indépendants',
      ],
      tailleDuMarcheHT: 310_000_000,
    },
    offre: {
      nom: 'Aménagement complet d’un espace de bureaux',
      unite: 'commande',
      remuneration: 'marge',
      tauxDeMarque: 0.4,
    },
    forceDeVente: {
      commerciaux: 2,
      joursParSemaine: 5,
      semainesParAn: 45,
      heuresParJour: 8,
      dureeVisiteMinutes: 75,
      trajetMoyenMinutes: 35,
      tempsAdministratifHeuresParSemaine: 7,
      partTempsProspection: 0.4,
      coutHoraireHT: 38,
    },
    objectifsDeProspection: {
      qualitatifs: [
        'Conquérir les PME de services qui réaménagent leurs bureaux pour le travail hybride.',
        'Se faire recommander auprès des indépendants par les clients satisfaits.',
        'Respecter le RGPD et les règles du démarchage téléphonique en vigueur à la date de chaque appel, dans chaque action vers les particuliers et les indépendants.',
      ],
    },
    description:
      'Vénimob est une PME fictive de Vénissieux, au sud-est de Lyon, qui conçoit et installe des bureaux complets, du siège au plateau cloisonné. Ses clients historiques sont quelques grands comptes de la métropole, dont les achats baissent. L’entreprise se tourne vers les PME de services et les professions libérales, en respectant les règles françaises de prospection.',
  },
  prospects: {
    nombre: 380,
    tauxConversion: 0.1,
    issue: { commandes: 0.04, devisGardes: { suspect: 0, froid: 0.1, tiede: 0.25, chaud: 0.4 } },
    temperatures: { suspect: 0.32, froid: 0.36, tiede: 0.2, chaud: 0.12 },
    sources: [
      ['site-web', 16],
      ['annuaire', 14],
      ['fichier-achete', 14],
      ['salon', 12],
      ['parrainage', 12],
      ['force-de-vente', 12],
      ['reseau-social', 10],
      ['marketing', 6],
      ['comptabilite', 4],
    ],
    domainesPersonnels: ['webmel.fr', 'boitalettres.fr', 'courrielo.fr'],
    tirerIdentite,
    plan: {
      doublonsExacts: [2, 2, 2, 2, 3],
      doublonsProbables: 6,
      telephoneManquant: 9,
      emailManquant: 14,
      emailInvalide: 7,
      telephoneInvalide: 6,
      contactPerime: 22,
      bloctel: 18,
      opposition: 9,
      villeCodePostal: 7,
    },
  },
  portefeuille: {
    nombreClients: 95,
    categories: [
      {
        nom: 'grands comptes',
        part: 0.12,
        croissance: -0.06,
        tauxDeMarque: 0.36,
        frequence: 5,
        poidsRelatif: 8,
      },
      { nom: 'PME', part: 0.55, croissance: 0.18, tauxDeMarque: 0.41, frequence: 3 },
      {
        nom: 'indépendants',
        part: 0.33,
        croissance: 0.22,
        tauxDeMarque: 0.44,
        frequence: 1.2,
        poidsRelatif: 0.25,
      },
    ],
    caAnnuel: 2_900_000,
    dispersion: 1.2,
    saisonnalite: [0.9, 1.0, 1.1, 1.0, 1.0, 1.1, 0.8, 0.4, 1.3, 1.2, 1.0, 1.3],
    attrition: 0.1,
    nouveaux: 0.2,
    echeancier: false,
    tirerNom: nomClient,
    villes: VILLES,
  },
  campagne: {
    nom: 'Campagne «\u00a0Bureaux hybrides\u00a0» – printemps 2026',
    dateDebut: '2026-02-02',
    dateFin: '2026-06-26',
    cible:
      'PME de services de la métropole lyonnaise et professions libérales installées à leur compte',
    methodes: ['telephone', 'e-mailing', 'visite', 'parrainage'],
    lignesDeCout: [
      { id: 'fichier', action: 'Achat d’un fichier d’entreprises de la métropole', montant: 2_400 },
      {
        id: 'phoning',
        action: 'Prestataire de prise de rendez-vous auprès des entreprises ciblées',
        montant: 9_800,
      },
      { id: 'e-mailing', action: 'Outil d’e-mailing et rédaction des messages', montant: 1_500 },
      { id: 'visites', action: 'Frais de déplacement et véhicule', montant: 2_500 },
      { id: 'showroom', action: 'Journées portes ouvertes au showroom', montant: 5_500 },
      { id: 'parrainage', action: 'Remises offertes aux clients parrains', montant: 4_000 },
      { id: 'documentation', action: 'Catalogue et échantillons de tissus', montant: 3_100 },
    ],
    ecartsObjectifs: {
      contactsJoints: 0.95,
      rdv: 1.1,
      propositions: 1.15,
      commandes: 1.1,
      chiffreAffaires: 1.2,
    },
    premiereCommande: { dispersion: 0.6 },
  },
};
