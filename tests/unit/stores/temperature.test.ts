import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import type { Prospect } from '@lib/commun/prospect.ts';

const p = (id: string, autre: Partial<Prospect> = {}): Prospect => ({
  id,
  raisonSociale: `Société ${id}`,
  type: 'B2B',
  secteur: 'industrie',
  fonction: '',
  ville: 'Lyon',
  codePostal: '69003',
  pays: 'FR',
  telephone: '',
  email: '',
  source: 'salon',
  dateCollecte: '2025-01-01',
  dateDernierContact: '2026-06-01',
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
FICHIERS.alpha = Array.from({ length: 30 }, (_, i) =>
  p(`A${i}`, {
    demandeDevis: i % 5 === 0,
    clics: i % 3,
    converti: i % 7 === 0,
    dateDernierContact: i % 4 === 0 ? '2025-01-01' : '2026-06-01',
  }),
);
FICHIERS.beta = Array.from({ length: 20 }, (_, i) => p(`B${i}`, { ouvertures: i % 2 }));

vi.mock('../../../src/stores/catalogue.ts', () => ({
  ENTREPRISES_EXEMPLES: [
    { id: 'alpha', nom: 'Alpha', devise: 'MAD' },
    { id: 'beta', nom: 'Bêta', devise: 'EUR' },
  ],
  chargerExemple: vi.fn(async (id: string) => ({
    ok: true,
    valeur: { prospects: FICHIERS[id], dateReference: '2026-06-30' },
  })),
}));

useTestStorageEngine();
const { $donnees, $entrepriseId, choisirEntreprise } = await import('@stores/campagne.ts');
const t = await import('@stores/temperature.ts');
const { $erreursStockage } = await import('@stores/persistance.ts');

const pret = () => {
  const e = t.$echantillonTemperature.get();
  if (e.etat !== 'pret') throw new Error(`échantillon ${e.etat}`);
  return e.echantillon;
};
let desabonner: () => void = () => {};
beforeEach(async () => {
  cleanTestStorage();
  t.$travauxTemperature.set({});
  $entrepriseId.set('alpha');
  $erreursStockage.set([]);
  desabonner = t.$comparaisonTemperature.listen(() => {});
  await vi.waitFor(() => expect($donnees.get()).toMatchObject({ etat: 'pret', id: 'alpha' }));
});
afterEach(() => desabonner());

describe('l’exercice « Température »', () => {
  test('douze contacts du fichier, la comparaison n’apparaît qu’après « Comparer »', () => {
    const e = pret();
    expect(e.contacts).toHaveLength(12);
    expect(t.$comparaisonTemperature.get()).toBeUndefined();
    const [a, b] = e.contacts;
    t.repondre(a.contact.id, a.classement.stade);
    t.repondre(b.contact.id, a.classement.stade === 'client' ? 'suspect' : 'client');
    t.comparer();
    expect(t.$comparaisonTemperature.get()).toMatchObject({ accords: 1, repondus: 2, total: 12 });
  });

  test('« Autres contacts » change de tirage et efface les réponses ; chaque entreprise garde les siennes', async () => {
    const ids = pret().contacts.map((c) => c.contact.id);
    t.repondre(ids[0], 'chaud');
    t.autresContacts();
    expect(t.$exerciceTemperature.get()).toEqual({ tirage: 1, reponses: {}, compare: false });
    expect(pret().contacts.map((c) => c.contact.id)).not.toEqual(ids);
    t.repondre(pret().contacts[0].contact.id, 'froid');
    choisirEntreprise('beta');
    await vi.waitFor(() => expect($donnees.get()).toMatchObject({ etat: 'pret', id: 'beta' }));
    expect(pret().contacts.every((c) => c.contact.id.startsWith('B'))).toBe(true);
    expect(t.$exerciceTemperature.get().tirage).toBe(0);
    choisirEntreprise('alpha');
    await vi.waitFor(() => expect($donnees.get()).toMatchObject({ etat: 'pret', id: 'alpha' }));
    expect(t.$exerciceTemperature.get().tirage).toBe(1);
    expect(Object.values(t.$exerciceTemperature.get().reponses)).toEqual(['froid']);
  });

  test('le validateur refuse toute autre forme', () => {
    const bon = { alpha: { tirage: 2, reponses: { A1: 'tiede' }, compare: true } };
    expect(t.validerTravauxTemperature(bon)).toEqual(bon);
    for (const mauvais of [
      null,
      [],
      { alpha: { tirage: -1, reponses: {}, compare: false } },
      { alpha: { tirage: 0, reponses: { A1: 'brulant' }, compare: false } },
      { 'Pas Un Id': { tirage: 0, reponses: {}, compare: false } },
      { alpha: { tirage: 0, reponses: [], compare: 'oui' } },
    ]) {
      expect(t.validerTravauxTemperature(mauvais)).toBeUndefined();
    }
  });
});
