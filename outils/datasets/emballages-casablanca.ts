/**
 * Sample company 1: a fictional packaging SME in Casablanca (B2B) prospecting food and cosmetics
 * manufacturers across Morocco. Amounts in dirhams (MAD). One client weighs about 30 % of the
 * turnover: the portfolio chapter's « dépendance » diagnosis is meant to appear here.
 */
import { choisir, normale, type Aleatoire } from '../../src/lib/commun/aleatoire.ts';
import type { TailleEntreprise } from '../../src/lib/commun/prospect.ts';
import { ponderer, tirerVille, VILLES_MA } from './lieux.ts';
import type { Identite, ProfilEntreprise } from './modele.ts';
import { MOTS_SOCIETES_MA, NOMS_MA, PRENOMS_MA_F, PRENOMS_MA_H, type Fonction } from './noms.ts';
import { arrondirA, slug, tirerPondere } from './outils.ts';

/** Words of company names per sector: [before the name, after the name]. */
const MOTS: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  agroalimentaire: [
    [
      'Biscuiterie',
      'Conserverie',
      'Laiterie',
      'Huilerie',
      'Minoterie',
      'Confiserie',
      'Chocolaterie',
      'Fromagerie',
      'Moulins',
      'Domaine',
    ],
    [
      'Foods',
      'Agro',
      'Épices',
      'Olives',
      'Dattes',
      'Miel',
      'Jus',
      'Couscous',
      'Pâtes',
      'Conserves',
    ],
  ],
  cosmétique: [
    ['Laboratoires', 'Savonnerie', 'Cosmétiques', 'Parfums', 'Distillerie'],
    ['Cosmétiques', 'Argan', 'Beauté', 'Naturel', 'Soins', 'Parfums'],
  ],
  pharmaceutique: [['Laboratoires'], ['Pharma', 'Médical', 'Santé', 'Génériques']],
  distribution: [
    ['Comptoir', 'Établissements'],
    ['Distribution', 'Négoce', 'Import', 'Trading'],
  ],
  'détergents et chimie': [['Détergents'], ['Chimie', 'Hygiène', 'Détergents', 'Industries']],
  textile: [
    ['Confection', 'Tissage', 'Filature'],
    ['Textile', 'Confection', 'Denim'],
  ],
  logistique: [
    ['Transports', 'Entrepôts'],
    ['Logistique', 'Transit', 'Express'],
  ],
  BTP: [['Matériaux'], ['Travaux', 'Construction', 'Bâtiment']],
};

/** Sectors prospected, their weight in the file and how well packaging fits them. */
const SECTEURS: readonly (readonly [string, number, number])[] = [
  ['agroalimentaire', 38, 0.85],
  ['cosmétique', 20, 0.8],
  ['pharmaceutique', 8, 0.6],
  ['distribution', 10, 0.45],
  ['détergents et chimie', 8, 0.5],
  ['textile', 6, 0.25],
  ['logistique', 5, 0.3],
  ['BTP', 5, 0.1],
];

const FONCTIONS: readonly Fonction[] = [
  ['Responsable achats', 'Responsable achats'],
  ['Acheteur', 'Acheteuse'],
  ['Directeur d’usine', 'Directrice d’usine'],
  ['Directeur général', 'Directrice générale'],
  ['Gérant', 'Gérante'],
  ['Responsable qualité', 'Responsable qualité'],
  ['Responsable marketing', 'Responsable marketing'],
  ['Chef de produit', 'Cheffe de produit'],
  ['Responsable logistique', 'Responsable logistique'],
  ['Directeur technique', 'Directrice technique'],
];

/** Turnover bands in MAD per size (log-uniform inside the band). */
const CA: Readonly<Record<TailleEntreprise, readonly [number, number]>> = {
  TPE: [1e6, 1e7],
  PME: [1e7, 1.75e8],
  ETI: [1.75e8, 1.5e9],
  GE: [1.5e9, 8e9],
};

const VILLES = ponderer(VILLES_MA, [
  ['Casablanca', 34],
  ['Mohammedia', 7],
  ['Berrechid', 7],
  ['Settat', 4],
  ['El Jadida', 5],
  ['Rabat', 5],
  ['Salé', 3],
  ['Kénitra', 5],
  ['Tanger', 8],
  ['Fès', 6],
  ['Meknès', 4],
  ['Marrakech', 5],
  ['Agadir', 6],
  ['Safi', 2],
  ['Béni Mellal', 2],
  ['Oujda', 2],
]);

/** A Moroccan company name in a sector, with or without its legal form. */
export function nomSocieteMA(alea: Aleatoire, secteur: string): string {
  const [avant, apres] = MOTS[secteur];
  const propre = alea() < 0.7 ? choisir(alea, MOTS_SOCIETES_MA) : choisir(alea, NOMS_MA);
  const base =
    alea() < 0.5 ? `${choisir(alea, avant)} ${propre}` : `${propre} ${choisir(alea, apres)}`;
  return (
    base +
    tirerPondere(alea, [
      ['', 45],
      [' SARL', 28],
      [' SA', 15],
      [' SARL AU', 12],
    ] as const)
  );
}

function tirerIdentite(alea: Aleatoire): Identite {
  const [secteur, , fit] = tirerPondere(
    alea,
    SECTEURS.map((s) => [s, s[1]] as const),
  );
  const taille = tirerPondere(alea, [
    ['TPE', 30],
    ['PME', 50],
    ['ETI', 15],
    ['GE', 5],
  ] as const);
  const [min, max] = CA[taille];
  const genre = alea() < 0.62 ? 'h' : 'f';
  const raisonSociale = nomSocieteMA(alea, secteur);
  const { ville, codePostal } = tirerVille(alea, VILLES);
  const ajustement = { TPE: -0.12, PME: 0.05, ETI: 0.08, GE: -0.05 }[taille];
  return {
    type: 'B2B',
    raisonSociale,
    secteur,
    taille,
    genre,
    prenom: choisir(alea, genre === 'h' ? PRENOMS_MA_H : PRENOMS_MA_F),
    nom: choisir(alea, NOMS_MA),
    chiffreAffaires: arrondirA(min * Math.pow(max / min, alea()), 10_000),
    fonction: choisir(alea, FONCTIONS)[genre === 'h' ? 0 : 1],
    ville,
    codePostal,
    adequation: Math.min(1, Math.max(0, fit + ajustement + normale(alea, 0, 0.08))),
    mobile: alea() < 0.4,
    domaine: `${slug(raisonSociale.replace(/\s(SARL AU|SARL|SA)$/, ''))}.${alea() < 0.8 ? 'ma' : 'com'}`,
  };
}

/** The profile of the packaging SME. */
export const emballagesCasablanca: ProfilEntreprise = {
  entreprise: {
    id: 'emballages-casablanca',
    nom: 'Sadaf Emballages',
    activite: 'Fabrication d’étuis et de caisses en carton imprimé et de films souples',
    ville: 'Casablanca',
    pays: 'MA',
    devise: 'MAD',
    marche: {
      type: 'B2B',
      zone: 'Maroc, surtout l’axe Casablanca – Rabat – Tanger et le Souss',
      cibles: [
        'industriels de l’agroalimentaire',
        'fabricants de cosmétiques',
        'laboratoires pharmaceutiques',
      ],
      tailleDuMarcheHT: 4_800_000_000,
    },
    offre: {
      nom: 'Étuis et caisses imprimés sur mesure',
      unite: 'commande',
      remuneration: 'marge',
      tauxDeMarque: 0.3,
    },
    forceDeVente: {
      commerciaux: 3,
      joursParSemaine: 5,
      semainesParAn: 45,
      heuresParJour: 8,
      dureeVisiteMinutes: 60,
      trajetMoyenMinutes: 45,
      tempsAdministratifHeuresParSemaine: 6,
      partTempsProspection: 0.35,
      coutHoraireHT: 110,
    },
    objectifsDeProspection: {
      qualitatifs: [
        'Réduire la dépendance envers le premier client, qui pèse près d’un tiers du chiffre d’affaires.',
        'Prendre pied chez les fabricants de cosmétiques à l’argan du Souss.',
        'Remplacer les distributeurs perdus par des clients industriels plus réguliers.',
      ],
    },
    description:
      'Sadaf Emballages est une PME fictive installée dans la zone industrielle de Sidi Maârouf, à Casablanca. Elle imprime et façonne des étuis, des caisses et des films pour les industriels marocains. Son carnet de commandes repose beaucoup sur un grand biscuitier\u202f: l’équipe commerciale doit conquérir de nouveaux comptes dans l’agroalimentaire et la cosmétique.',
  },
  prospects: {
    nombre: 420,
    tauxConversion: 0.09,
    issue: { commandes: 0.035, devisGardes: { suspect: 0, froid: 0.1, tiede: 0.25, chaud: 0.35 } },
    temperatures: { suspect: 0.3, froid: 0.38, tiede: 0.2, chaud: 0.12 },
    sources: [
      ['annuaire', 20],
      ['fichier-achete', 18],
      ['salon', 16],
      ['force-de-vente', 14],
      ['site-web', 10],
      ['marketing', 8],
      ['parrainage', 6],
      ['reseau-social', 5],
      ['comptabilite', 3],
    ],
    domainesPersonnels: ['rissala.ma', 'kalimamail.ma', 'webposte.ma'],
    tirerIdentite,
    plan: {
      doublonsExacts: [2, 2, 2, 2, 2, 3],
      doublonsProbables: 7,
      telephoneManquant: 12,
      emailManquant: 18,
      emailInvalide: 9,
      telephoneInvalide: 7,
      contactPerime: 25,
      bloctel: 0,
      opposition: 6,
      villeCodePostal: 5,
    },
  },
  portefeuille: {
    nombreClients: 110,
    categories: [
      { nom: 'agroalimentaire', part: 0.5, croissance: 0.09, tauxDeMarque: 0.29, frequence: 8 },
      { nom: 'cosmétique', part: 0.25, croissance: 0.16, tauxDeMarque: 0.34, frequence: 6 },
      { nom: 'distribution', part: 0.25, croissance: -0.22, tauxDeMarque: 0.25, frequence: 10 },
    ],
    caAnnuel: 40_000_000,
    dispersion: 1.3,
    dominant: { categorie: 'agroalimentaire', part: 0.3, nom: 'Biscuits Tadla Industries SA' },
    saisonnalite: [1.15, 1.2, 1.0, 0.9, 0.95, 1.05, 0.8, 0.7, 1.1, 1.15, 1.1, 1.0],
    attrition: 0.08,
    nouveaux: 0.12,
    echeancier: false,
    tirerNom: (alea, categorie) => nomSocieteMA(alea, categorie),
    villes: VILLES,
  },
  campagne: {
    nom: 'Campagne «\u00a0Étuis sur mesure\u00a0» – printemps 2026',
    dateDebut: '2026-01-12',
    dateFin: '2026-04-24',
    cible:
      'Industriels de l’agroalimentaire et de la cosmétique, de la TPE à l’ETI, partout au Maroc',
    methodes: ['telephone', 'e-mailing', 'visite', 'salon'],
    lignesDeCout: [
      {
        id: 'fichier',
        action: 'Achat et qualification d’un fichier d’entreprises',
        montant: 14_000,
      },
      { id: 'phoning', action: 'Téléprospectrice à mi-temps pendant trois mois', montant: 27_000 },
      {
        id: 'e-mailing',
        action: 'Plateforme d’envoi d’e-mails et conception des messages',
        montant: 4_500,
      },
      { id: 'visites', action: 'Frais de déplacement des commerciaux', montant: 15_500 },
      { id: 'salon', action: 'Stand sur un salon de l’emballage à Casablanca', montant: 45_000 },
      { id: 'echantillons', action: 'Échantillons et maquettes d’étuis', montant: 12_000 },
      { id: 'documentation', action: 'Plaquettes et catalogue imprimés', montant: 9_500 },
    ],
    ecartsObjectifs: {
      contactsJoints: 1.05,
      rdv: 1.1,
      propositions: 1,
      commandes: 1.2,
      chiffreAffaires: 1.1,
    },
    premiereCommande: { dispersion: 0.5 },
  },
};
