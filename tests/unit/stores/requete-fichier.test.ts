import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  cleanTestStorage,
  getTestStorage,
  setTestStorageKey,
  useTestStorageEngine,
} from '@nanostores/persistent';
import type { Prospect } from '@lib/commun/prospect.ts';

const p = (id: string, autre: Partial<Prospect> = {}): Prospect => ({
  id,
  type: 'B2C',
  nom: id,
  secteur: 'particulier',
  fonction: '',
  age: 30,
  ville: 'Rabat',
  codePostal: '10000',
  pays: 'MA',
  telephone: '',
  email: '',
  source: 'salon',
  dateCollecte: '2025-01-01',
  dateDernierContact: '',
  consentementEmail: false,
  opposition: false,
  bloctel: false,
  temperature: 'froid',
  ouvertures: 0,
  clics: 0,
  visitesSite: 0,
  demandeDevis: false,
  converti: false,
  ...autre,
});
const { FICHIERS } = vi.hoisted(() => ({ FICHIERS: {} as Record<string, Prospect[]> }));
FICHIERS.alpha = [
  p('A1', { age: 22 }),
  p('A2', { age: 40 }),
  p('A3', { age: 19, ville: 'Salé' }),
  p('A4', { age: 24 }),
];
FICHIERS.beta = [
  p('B1', {
    type: 'B2B',
    raisonSociale: 'Bêta SARL',
    taille: 'PME',
    ville: 'Lyon',
    pays: 'FR',
    age: undefined,
  }),
  p('B2', {
    type: 'B2B',
    raisonSociale: 'Gamma',
    taille: 'TPE',
    ville: 'Lyon',
    pays: 'FR',
    age: undefined,
  }),
];

vi.mock('../../../src/stores/catalogue.ts', () => ({
  ENTREPRISES_EXEMPLES: [
    { id: 'alpha', nom: 'Alpha', devise: 'MAD' },
    { id: 'beta', nom: 'Bêta', devise: 'EUR' },
  ],
  chargerExemple: vi.fn(async (id: string) => ({
    ok: true,
    valeur: { prospects: FICHIERS[id], dateReference: '2026-09-01' },
  })),
}));

useTestStorageEngine();
const { $donnees, $entrepriseId, choisirEntreprise } = await import('@stores/campagne.ts');
const { $lignesRequete, $resultatRequete, modifierRequete } =
  await import('@stores/requete-fichier.ts');
const { requeteParDefaut } = await import('@lib/fichier/requetes-saisie.ts');
const { $erreursStockage } = await import('@stores/persistance.ts');

let desabonner: () => void = () => {};
beforeEach(async () => {
  cleanTestStorage();
  $entrepriseId.set('alpha');
  $erreursStockage.set([]);
  desabonner = $resultatRequete.listen(() => {});
  await vi.waitFor(() => expect($donnees.get()).toMatchObject({ etat: 'pret', id: 'alpha' }));
});
afterEach(() => desabonner());

const ids = () => $resultatRequete.get().lignes.map((x) => x.id);

describe('requête du fichier', () => {
  test('starts from its file’s default query: « âge < 25 ET ville = <main city> »', () => {
    expect(ids()).toEqual(['A1', 'A4']);
    expect($resultatRequete.get().description).toBe('âge < 25 ET ville = Rabat');
  });

  test('a bad value keeps the last valid rows and reports the row in error', () => {
    modifierRequete([
      { lien: 'ET', champ: 'age', operateur: '<', texte: 'vingt' },
      $lignesRequete.get()[1],
    ]);
    expect(ids()).toEqual(['A1', 'A4']);
    expect($resultatRequete.get().erreurs[0]).toContain('attend un nombre');
    modifierRequete([
      { lien: 'ET', champ: 'age', operateur: '<', texte: '25' },
      { lien: 'OU', champ: 'ville', operateur: '=', texte: 'Rabat' },
    ]);
    expect(ids()).toEqual(['A1', 'A2', 'A3', 'A4']);
    modifierRequete([]);
    expect($resultatRequete.get()).toMatchObject({ description: 'tout le fichier', erreurs: {} });
  });

  test('is kept per company, in storage, and each company gets its own', async () => {
    modifierRequete([{ lien: 'ET', champ: 'ville', operateur: '=', texte: 'Salé' }]);
    expect(JSON.parse(getTestStorage()['atelier:v1:fichier-requetes']).alpha).toHaveLength(1);
    choisirEntreprise('beta');
    await vi.waitFor(() => expect($donnees.get()).toMatchObject({ etat: 'pret', id: 'beta' }));
    expect(ids()).toEqual(['B1']);
    choisirEntreprise('alpha');
    await vi.waitFor(() => expect($donnees.get()).toMatchObject({ etat: 'pret', id: 'alpha' }));
    expect(ids()).toEqual(['A3']);
  });

  test('a corrupted stored query is reported and replaced by the default', () => {
    setTestStorageKey('atelier:v1:fichier-requetes', '{"alpha": [{"lien": "SAUF"}]}');
    expect($lignesRequete.get()).toEqual(requeteParDefaut({ prospects: FICHIERS.alpha }));
    expect($erreursStockage.get().join(' ')).toContain('des requêtes sur le fichier (chapitre 5)');
  });
});
