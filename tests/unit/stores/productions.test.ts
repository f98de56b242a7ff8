import { beforeEach, describe, expect, test, vi } from 'vitest';
import { cleanTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';

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
const { $productions, modifierProduction, effacerProduction } =
  await import('@stores/productions.ts');
const { $partie, repondre, recommencer, changerCode, CODE_DEPART } =
  await import('@stores/jeu-de-role.ts');
const { $brouillon, modifierBrouillon } = await import('@stores/ecriture.ts');
const { $entrepriseId } = await import('@stores/campagne.ts');
const { $erreursStockage } = await import('@stores/persistance.ts');

beforeEach(() => {
  cleanTestStorage();
  $productions.set({});
  $entrepriseId.set('alpha');
  $erreursStockage.set([]);
});

describe('productions évaluées', () => {
  test('le texte et les niveaux d’une tâche sont gardés ensemble, une tâche effacée seule', () => {
    modifierProduction('persona', { texte: 'Amina, 34 ans' });
    modifierProduction('persona', { critere: 'identite', niveau: 2 });
    modifierProduction('plan-prospection', { texte: 'Objectifs' });
    expect($productions.get().persona).toMatchObject({
      texte: 'Amina, 34 ans',
      niveaux: { identite: 2 },
    });
    effacerProduction('persona');
    expect(Object.keys($productions.get())).toEqual(['plan-prospection']);
  });
});

describe('jeu de rôle et atelier d’écriture : une saisie par entreprise', () => {
  test('la partie suit l’entreprise ; recommencer garde le code, changer de code vide les répliques', () => {
    expect($partie.get()).toEqual({ code: CODE_DEPART, choix: [] });
    repondre(2);
    repondre(0);
    expect($partie.get().choix).toEqual([2, 0]);
    $entrepriseId.set('beta');
    expect($partie.get().choix).toEqual([]);
    $entrepriseId.set('alpha');
    recommencer();
    expect($partie.get()).toEqual({ code: CODE_DEPART, choix: [] });
    changerCode('ABCD');
    expect($partie.get()).toEqual({ code: 'ABCD', choix: [] });
  });
  test('le brouillon d’écriture est propre à chaque entreprise', () => {
    modifierBrouillon('objet', 'Vos étuis');
    $entrepriseId.set('beta');
    expect($brouillon.get().objet).toBe('');
    $entrepriseId.set('alpha');
    expect($brouillon.get().objet).toBe('Vos étuis');
  });
});

describe('valeurs stockées illisibles', () => {
  test('une production mal formée est mise de côté et signalée, sans planter', async () => {
    setTestStorageKey('atelier:v1:productions', JSON.stringify({ persona: { texte: 3 } }));
    vi.resetModules();
    const m = await import('@stores/productions.ts');
    const p = await import('@stores/persistance.ts');
    expect(m.$productions.get()).toEqual({});
    expect(p.$erreursStockage.get().join()).toMatch(/productions/);
  });
});
