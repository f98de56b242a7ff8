/**
 * The example network of chapter 12: Inès, who sells office furniture near Lyon (the lesson's
 * worked example). Every person and organisation is fictional. Dates are given as days before
 * « today », so that the example always shows the same diagnosis: two weak links, two contacts
 * not seen for more than six months, and no network left empty.
 */
import { isoDepuisJour, jourDepuisISO } from '../commun/dates.ts';
import type { Contact } from './reseau.ts';

type ModeleContact = Omit<Contact, 'dernierEchange'> & { joursDepuis: number };

const MODELE: readonly ModeleContact[] = [
  {
    id: 'ex-1',
    nom: 'Camille Roussel',
    categorie: 'personnel',
    role: 'responsable des services généraux, amie',
    organisation: 'Pixelia, jeune pousse',
    force: 3,
    joursDepuis: 12,
  },
  {
    id: 'ex-2',
    nom: 'Hugo Marchal',
    categorie: 'personnel',
    role: 'acheteur, ancien camarade de BTS',
    organisation: 'Groupe Aldéo',
    force: 2,
    joursDepuis: 95,
  },
  {
    id: 'ex-3',
    nom: 'Sièges Vercors',
    categorie: 'vertical',
    role: 'fabricant de sièges, fournisseur',
    organisation: 'Sièges Vercors',
    force: 3,
    joursDepuis: 20,
  },
  {
    id: 'ex-4',
    nom: 'Nadia Ferrand',
    categorie: 'vertical',
    role: 'cliente satisfaite',
    organisation: 'Cabinet Ferrand Avocats',
    force: 3,
    joursDepuis: 40,
  },
  {
    id: 'ex-5',
    nom: 'Julien Texier',
    categorie: 'vertical',
    role: 'client',
    organisation: 'Imprimerie du Rhône',
    force: 2,
    joursDepuis: 230,
  },
  {
    id: 'ex-6',
    nom: 'Transferts Lumière',
    categorie: 'vertical',
    role: 'déménageur d’entreprises',
    organisation: 'Transferts Lumière',
    force: 1,
    joursDepuis: 60,
  },
  {
    id: 'ex-7',
    nom: 'Sarah Benali',
    categorie: 'horizontal',
    role: 'commerciale en matériel informatique',
    organisation: 'Infodesk',
    force: 2,
    joursDepuis: 30,
  },
  {
    id: 'ex-8',
    nom: 'Marc Olivier',
    categorie: 'horizontal',
    role: 'vendeur de solutions d’impression',
    organisation: 'Copiaxe',
    force: 1,
    joursDepuis: 300,
  },
  {
    id: 'ex-9',
    nom: 'Club Parc Sud',
    categorie: 'transversal',
    role: 'club d’entreprises de la zone',
    organisation: 'Association Parc Sud',
    force: 2,
    joursDepuis: 25,
  },
  {
    id: 'ex-10',
    nom: 'Léa Gautier',
    categorie: 'transversal',
    role: 'conseillère entreprises',
    organisation: 'CCI',
    force: 2,
    joursDepuis: 70,
  },
  {
    id: 'ex-11',
    nom: 'Emma Duval',
    categorie: 'transversal',
    role: 'architecte d’intérieur',
    organisation: 'Atelier Duval',
    force: 3,
    joursDepuis: 15,
  },
];

/** The example network, dated relative to `aujourdhui` (ISO); empty if the date is invalid. */
export function reseauExemple({ aujourdhui }: { aujourdhui: string }): Contact[] {
  const jour = jourDepuisISO(aujourdhui);
  if (jour === null) return [];
  return MODELE.map(({ joursDepuis, ...c }) => ({
    ...c,
    dernierEchange: isoDepuisJour(jour - joursDepuis),
  }));
}
