/**
 * The stores checked by a zod/mini schema (stores/schema-stocke.ts, issue 20) read a valid stored
 * value exactly as before, report a corrupted one with their own French message and reset it, and,
 * when kept per company, keep the valid companies' entries.
 */
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

/** Imports a store afresh after its stored text is set, as a page load would. */
async function charger<M>(module: () => Promise<M>, cle: string, texte: string) {
  cleanTestStorage();
  setTestStorageKey(`atelier:v1:${cle}`, texte);
  vi.resetModules();
  const m = await module();
  const { $erreursStockage } = await import('@stores/persistance.ts');
  const { $entrepriseId } = await import('@stores/campagne.ts');
  return { m, erreurs: () => $erreursStockage.get(), $entrepriseId };
}

const MESSAGE = (libelle: string) =>
  new RegExp(`^Vos données ${libelle} enregistrées dans ce navigateur étaient illisibles`);

beforeEach(() => cleanTestStorage());

describe('identité (« Mon bilan »)', () => {
  const lire = (texte: string) => charger(() => import('@stores/identite.ts'), 'identite', texte);

  test('une valeur valide est lue telle quelle, les clés inconnues laissées de côté', async () => {
    const { m, erreurs } = await lire(
      JSON.stringify({ nom: 'Amina Idrissi', classe: 'BTS NDRC 1', autre: 1 }),
    );
    expect(m.$identite.get()).toEqual({ nom: 'Amina Idrissi', classe: 'BTS NDRC 1' });
    expect(erreurs()).toEqual([]);
  });

  test.each([
    ['un nombre', { nom: 3, classe: '' }],
    ['un texte trop long', { nom: 'x'.repeat(61), classe: '' }],
    ['un champ manquant', { nom: 'Amina' }],
    ['une liste', []],
    ['du JSON illisible', 'garbage{"'],
  ])('%s : le défaut revient, le message français est le sien', async (_, brut) => {
    const texte = typeof brut === 'string' ? brut : JSON.stringify(brut);
    const { m, erreurs } = await lire(texte);
    expect(m.$identite.get()).toEqual({ nom: '', classe: '' });
    expect(erreurs()).toEqual([expect.stringMatching(MESSAGE('sur votre nom et votre classe'))]);
    expect(getTestStorage()['atelier:v1:identite:corrompu']).toBe(texte);
  });
});

describe('productions autoévaluées', () => {
  const lire = (texte: string) =>
    charger(() => import('@stores/productions.ts'), 'productions', texte);
  const persona = {
    texte: 'Amina, 34 ans',
    niveaux: { identite: 2, besoins: 0 },
    date: '2026-12-01',
  };

  test('une valeur valide est lue telle quelle', async () => {
    const { m, erreurs } = await lire(JSON.stringify({ persona }));
    expect(m.$productions.get()).toEqual({ persona });
    expect(erreurs()).toEqual([]);
  });

  test.each([
    ['un niveau hors de 0 à 9', { persona: { ...persona, niveaux: { identite: 10 } } }],
    ['un niveau non entier', { persona: { ...persona, niveaux: { identite: 1.5 } } }],
    ['un critère au nom interdit', { persona: { ...persona, niveaux: { __proto__x: 1 } } }],
    [
      'plus de 20 critères',
      {
        persona: {
          ...persona,
          niveaux: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`c${i}`, 1])),
        },
      },
    ],
    ['un texte trop long', { persona: { ...persona, texte: 'x'.repeat(30_001) } }],
    ['une tâche au nom interdit', { 'Pas Un Id': persona }],
    // Not kept per company: one bad task sets the whole record aside, as before.
    ['une tâche valide et une illisible', { persona, plan: { texte: 3 } }],
  ])('%s : tout est mis de côté et signalé', async (_, brut) => {
    const { m, erreurs } = await lire(JSON.stringify(brut));
    expect(m.$productions.get()).toEqual({});
    expect(erreurs()).toEqual([expect.stringMatching(MESSAGE('de vos productions autoévaluées'))]);
  });
});

describe('seuils ABC du portefeuille (par entreprise)', () => {
  const lire = (texte: string) =>
    charger(() => import('@stores/portefeuille.ts'), 'portefeuille', texte);
  const LIBELLE = 'de l’analyse du portefeuille \\(chapitre 2\\)';

  test('une valeur valide est lue telle quelle, pour chaque entreprise', async () => {
    const { m, erreurs, $entrepriseId } = await lire(
      JSON.stringify({
        alpha: { seuilA: '70,5', seuilB: '90' },
        beta: { seuilA: '75', seuilB: '95' },
      }),
    );
    $entrepriseId.set('alpha');
    expect(m.$saisieSeuils.get()).toEqual({ seuilA: '70,5', seuilB: '90' });
    $entrepriseId.set('beta');
    expect(m.$saisieSeuils.get()).toEqual({ seuilA: '75', seuilB: '95' });
    expect(erreurs()).toEqual([]);
  });

  test('un enregistrement illisible : le défaut revient, le message est le sien', async () => {
    const { m, erreurs, $entrepriseId } = await lire('[1, 2]');
    $entrepriseId.set('alpha');
    expect(m.$saisieSeuils.get()).toEqual(m.SEUILS_PAR_DEFAUT);
    expect(erreurs()).toEqual([expect.stringMatching(MESSAGE(LIBELLE))]);
  });

  test('une entreprise illisible est mise de côté seule, les autres gardent leurs seuils', async () => {
    const { m, erreurs, $entrepriseId } = await lire(
      JSON.stringify({
        alpha: { seuilA: 70, seuilB: '90' },
        beta: { seuilA: '75', seuilB: '95' },
        gamma: { seuilA: '60', seuilB: '90', autre: '1' },
      }),
    );
    $entrepriseId.set('beta');
    expect(m.$saisieSeuils.get()).toEqual({ seuilA: '75', seuilB: '95' });
    $entrepriseId.set('alpha');
    expect(m.$saisieSeuils.get()).toEqual(m.SEUILS_PAR_DEFAUT);
    expect(JSON.parse(getTestStorage()['atelier:v1:portefeuille'])).toEqual({
      beta: { seuilA: '75', seuilB: '95' },
    });
    expect(erreurs()).toEqual([
      expect.stringMatching(
        /^Vos données de l’analyse du portefeuille \(chapitre 2\) pour l’entreprise alpha/,
      ),
      expect.stringMatching(/pour l’entreprise gamma.*celles des autres entreprises sont intactes/),
    ]);
  });
});
