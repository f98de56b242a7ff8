/** Seeded synthetic prospect rows shared by the benches (a helper: vitest collects only *.bench.ts here). */
import { choisir, creerAleatoire, entierEntre } from '@lib/commun/aleatoire.ts';
import type { Prospect } from '@lib/commun/prospect.ts';

const SYLLABES = [
  'ba',
  'lo',
  'mi',
  'ra',
  'tel',
  'cor',
  'van',
  'du',
  'ker',
  'sol',
  'pa',
  'ri',
  'mon',
  'gel',
  'tur',
  'zen',
  'bri',
  'cha',
  'fo',
  'lin',
];
const ACTIVITES = [
  'Emballages',
  'Cartonnerie',
  'Transports',
  'Mobilier',
  'Bureautique',
  'Imprimerie',
  'Conserverie',
  'Cosmétiques',
  'Biscuiterie',
  'Laiterie',
];
const FORMES = ['SARL', 'SAS', 'SA', '', '', 'EURL'];
const VILLES: [string, string][] = [
  ['Lyon', '69003'],
  ['Villeurbanne', '69100'],
  ['Vénissieux', '69200'],
  ['Bron', '69500'],
  ['Écully', '69130'],
  ['Saint-Priest', '69800'],
  ['Grenoble', '38000'],
  ['Vienne', '38200'],
  ['Saint-Étienne', '42000'],
  ['Annecy', '74000'],
  ['Chambéry', '73000'],
  ['Mâcon', '71000'],
  ['Casablanca', '20250'],
  ['Rabat', '10000'],
  ['Salé', '11000'],
  ['Mohammedia', '28810'],
  ['Kénitra', '14000'],
  ['Marrakech', '40000'],
  ['Fès', '30000'],
  ['Tanger', '90000'],
  ['Agadir', '80000'],
  ['Meknès', '50000'],
  ['Oujda', '60000'],
  ['El Jadida', '24000'],
];
const SECTEURS = [
  'agroalimentaire',
  'cosmétique',
  'industrie',
  'BTP',
  'santé',
  'commerce',
  'services',
  'transport',
];

/** `n` prospect rows from a seed, with a few duplicates mixed in. */
export function prospectsSynthetiques(n: number, graine = 'bench'): Prospect[] {
  const a = creerAleatoire(graine);
  const mot = () =>
    Array.from({ length: entierEntre(a, 2, 3) }, () => choisir(a, SYLLABES)).join('');
  const lignes: Prospect[] = [];
  for (let i = 0; i < n; i++) {
    const [ville, codePostal] = choisir(a, VILLES);
    const nomSociete =
      `${choisir(a, ACTIVITES)} ${mot()[0].toUpperCase()}${mot()} ${choisir(a, FORMES)}`.trim();
    const numero = String(10_000_000 + i).slice(-8);
    lignes.push({
      id: `P${i}`,
      raisonSociale: nomSociete,
      nom: mot(),
      prenom: mot(),
      type: a() < 0.8 ? 'B2B' : 'B2C',
      secteur: choisir(a, SECTEURS),
      taille: choisir(a, ['TPE', 'PME', 'ETI', 'GE'] as const),
      chiffreAffaires: entierEntre(a, 50_000, 20_000_000),
      fonction: 'Acheteur',
      age: entierEntre(a, 18, 80),
      ville,
      codePostal,
      pays: 'FR',
      telephone: `04 ${numero.slice(0, 2)} ${numero.slice(2, 4)} ${numero.slice(4, 6)} ${numero.slice(6)}`,
      email: `contact${i}@${mot()}.fr`,
      source: 'annuaire',
      dateCollecte: '2023-01-15',
      dateDernierContact: `202${entierEntre(a, 0, 5)}-0${entierEntre(a, 1, 9)}-1${entierEntre(a, 0, 9)}`,
      consentementEmail: a() < 0.5,
      opposition: a() < 0.02,
      bloctel: a() < 0.05,
      temperature: 'froid',
      ouvertures: entierEntre(a, 0, 12),
      clics: entierEntre(a, 0, 4),
      visitesSite: entierEntre(a, 0, 6),
      demandeDevis: a() < 0.05,
      converti: a() < 0.04,
    });
    // About 2 % exact copies and 2 % copies with a changed case and legal form.
    if (a() < 0.02 && i > 0) lignes.push({ ...lignes[entierEntre(a, 0, i - 1)], id: `D${i}` });
    if (a() < 0.02 && i > 0) {
      const o = lignes[entierEntre(a, 0, i - 1)];
      lignes.push({
        ...o,
        id: `Q${i}`,
        raisonSociale: (o.raisonSociale ?? '').toUpperCase().replace(/ (SARL|SAS|SA|EURL)$/, ''),
        email: `autre${i}@exemple.fr`,
        telephone: '',
      });
    }
  }
  return lignes.slice(0, n);
}
