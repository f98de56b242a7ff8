import { beforeEach, describe, expect, test, vi } from 'vitest';
import {
  cleanTestStorage,
  getTestStorage,
  setTestStorageKey,
  useTestStorageEngine,
} from '@nanostores/persistent';

vi.mock('../../../src/stores/catalogue.ts', () => ({
  ENTREPRISES_EXEMPLES: [
    { id: 'alpha', nom: 'Alpha', devise: 'MAD' },
    { id: 'beta', nom: 'Bêta', devise: 'EUR' },
  ],
  chargerExemple: vi.fn(async () => ({
    ok: true,
    valeur: { prospects: [], dateReference: '2026-06-30' },
  })),
}));

useTestStorageEngine();
const { $entrepriseId } = await import('@stores/campagne.ts');
const { saisieParEntreprise } = await import('@stores/par-entreprise.ts');
const { $erreursStockage } = await import('@stores/persistance.ts');

const valider = (b: unknown) =>
  typeof b === 'object' && b !== null && typeof (b as { n?: unknown }).n === 'string'
    ? { n: (b as { n: string }).n }
    : undefined;

beforeEach(() => {
  cleanTestStorage();
  $entrepriseId.set('alpha');
  $erreursStockage.set([]);
});

describe('saisieParEntreprise', () => {
  test('chaque entreprise garde sa saisie ; une entreprise neuve reçoit le défaut de sa devise', () => {
    const { $saisie, definir, reinitialiser } = saisieParEntreprise({
      nom: 'essai-a',
      defaut: (devise) => ({ n: devise }),
      valider,
    });
    const fin = $saisie.listen(() => {});
    expect($saisie.get()).toEqual({ n: 'MAD' });
    definir({ n: 'alpha 1' });
    $entrepriseId.set('beta');
    expect($saisie.get()).toEqual({ n: 'EUR' });
    definir({ n: 'bêta 1' });
    $entrepriseId.set('alpha');
    expect($saisie.get()).toEqual({ n: 'alpha 1' });
    reinitialiser();
    expect($saisie.get()).toEqual({ n: 'MAD' });
    expect(JSON.parse(getTestStorage()['atelier:v1:essai-a'])).toEqual({ beta: { n: 'bêta 1' } });
    fin();
  });

  test('la saisie de l’ancienne clé unique est reprise une fois pour l’entreprise courante, puis effacée', () => {
    setTestStorageKey('atelier:v1:essai-ancien', JSON.stringify({ n: 'avant' }));
    const { $saisie } = saisieParEntreprise({
      nom: 'essai-b',
      defaut: () => ({ n: 'défaut' }),
      valider,
      ancienne: 'essai-ancien',
    });
    expect($saisie.get()).toEqual({ n: 'avant' });
    expect(getTestStorage()['atelier:v1:essai-ancien']).toBeUndefined();
  });

  test('un enregistrement illisible est mis de côté et signalé ; le défaut revient', () => {
    setTestStorageKey('atelier:v1:essai-c', JSON.stringify({ alpha: { n: 42 } }));
    const { $saisie } = saisieParEntreprise({
      nom: 'essai-c',
      defaut: () => ({ n: 'défaut' }),
      valider,
    });
    const fin = $saisie.listen(() => {});
    expect($saisie.get()).toEqual({ n: 'défaut' });
    expect($erreursStockage.get()).toHaveLength(1);
    fin();
  });

  test('une entreprise illisible est mise de côté seule, le reste est réécrit propre (issue 15)', () => {
    setTestStorageKey(
      'atelier:v1:essai-d',
      JSON.stringify({ alpha: { n: 42 }, beta: { n: 'bêta' } }),
    );
    const { $saisie } = saisieParEntreprise({
      nom: 'essai-d',
      defaut: () => ({ n: 'défaut' }),
      valider,
    });
    const fin = $saisie.listen(() => {});
    expect($saisie.get()).toEqual({ n: 'défaut' });
    $entrepriseId.set('beta');
    expect($saisie.get()).toEqual({ n: 'bêta' });
    expect(JSON.parse(getTestStorage()['atelier:v1:essai-d'])).toEqual({ beta: { n: 'bêta' } });
    expect(JSON.parse(getTestStorage()['atelier:v1:essai-d:corrompu'])).toEqual({
      alpha: { n: 42 },
    });
    expect($erreursStockage.get()).toEqual([
      expect.stringMatching(/«\sessai-d\s» pour l’entreprise alpha.*mises de côté/),
    ]);
    fin();
  });
  test('le message nomme ce que le store garde comme l’apprenant le nomme, pas sa clé (testeur A7)', () => {
    setTestStorageKey('atelier:v1:essai-l', 'garbage{"');
    const { $saisie } = saisieParEntreprise({
      nom: 'essai-l',
      libelle: 'du simulateur «\u00a0Essai\u00a0» (chapitre 1)',
      defaut: () => ({ n: 'défaut' }),
      valider,
    });
    const fin = $saisie.listen(() => {});
    expect($saisie.get()).toEqual({ n: 'défaut' });
    expect($erreursStockage.get()).toEqual([
      expect.stringMatching(
        /^Vos données du simulateur «\u00a0Essai\u00a0» \(chapitre 1\) enregistrées dans ce navigateur étaient illisibles/,
      ),
    ]);
    fin();
  });
});
