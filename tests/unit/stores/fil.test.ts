import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import type { Prospect } from '@lib/commun/prospect.ts';

const p = (id: string, autre: Partial<Prospect> = {}) => ({ id, opposition: false, ...autre });
const { FICHIER, chargerExemple } = vi.hoisted(() => ({
  FICHIER: [] as unknown as Prospect[],
  chargerExemple: {} as { fn?: (id: string) => unknown },
}));
FICHIER.push(...([p('P1'), p('P2'), p('P3', { opposition: true })] as Prospect[]));

// Two samples and a counted download: the thread's file step is tested alone.
vi.mock('../../../src/stores/catalogue.ts', async (original) => ({
  ...(await original<typeof import('../../../src/stores/catalogue.ts')>()),
  ENTREPRISES_EXEMPLES: [
    { id: 'alpha', nom: 'Alpha', devise: 'MAD', pays: 'MA' },
    { id: 'beta', nom: 'Bêta', devise: 'EUR', pays: 'FR' },
  ],
  chargerExemple: (chargerExemple.fn = vi.fn(async (id: string) => ({
    ok: true,
    valeur: {
      prospects: id === 'alpha' ? FICHIER : FICHIER.slice(0, 1),
      dateReference: '2026-06-30',
    },
  }))),
}));

useTestStorageEngine();
const { $entrepriseId, $travaux, selectionnerProspects } = await import('@stores/campagne.ts');
const { $filFichier, $etatsFil, connaitreLesFiches, lignesNecessaires } =
  await import('@stores/fil.ts');
const telechargements = () => (chargerExemple.fn as ReturnType<typeof vi.fn>).mock.calls.length;

let arreter: (() => void)[] = [];
beforeEach(() => {
  cleanTestStorage();
  $travaux.set({});
  $entrepriseId.set('alpha');
  connaitreLesFiches({ alpha: 3, beta: 1 });
  (chargerExemple.fn as ReturnType<typeof vi.fn>).mockClear();
});
afterEach(() => arreter.forEach((f) => f()));

describe('« Ma campagne », le fichier sans ses lignes (issue 14)', () => {
  test('rien de fait : les comptes de la construction, sans télécharger le fichier', () => {
    arreter = [$filFichier.listen(() => {}), $etatsFil.listen(() => {})];
    expect(lignesNecessaires()).toBe(false);
    expect($filFichier.get()).toEqual({
      origine: 3,
      nettoye: 3,
      operations: 0,
      retenus: 0,
      enregistres: 0,
    });
    expect($etatsFil.get().fichier.etat).toBe('a-faire');
    expect($etatsFil.get().selection.etat).toBe('a-faire');
    $entrepriseId.set('beta');
    expect($filFichier.get()?.origine).toBe(1);
    expect(telechargements()).toBe(0);
  });

  test('une sélection : les lignes sont chargées, et les mêmes comptes en sortent', async () => {
    arreter = [$filFichier.listen(() => {})];
    selectionnerProspects(['P1', 'P3']);
    expect(lignesNecessaires()).toBe(true);
    await vi.waitFor(() => expect($filFichier.get()).not.toBeNull());
    expect(telechargements()).toBe(1);
    // P3 is opposed: it leaves the selection, which only the rows can tell.
    expect($filFichier.get()).toMatchObject({ origine: 3, nettoye: 3, retenus: 1, enregistres: 2 });
    // Another company without work: its counts at once, not « loading » while its rows come.
    $entrepriseId.set('beta');
    expect($filFichier.get()).toMatchObject({ origine: 1, retenus: 0 });
  });

  test('une entreprise dont la construction ne connaît pas le fichier : ses lignes', async () => {
    connaitreLesFiches({ beta: 1 });
    arreter = [$filFichier.listen(() => {})];
    expect(lignesNecessaires()).toBe(true);
    await vi.waitFor(() => expect($filFichier.get()).toMatchObject({ origine: 3, retenus: 0 }));
  });
});
