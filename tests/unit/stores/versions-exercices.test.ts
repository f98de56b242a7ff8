import { beforeEach, expect, test } from 'vitest';
import { cleanTestStorage, getTestStorage, useTestStorageEngine } from '@nanostores/persistent';

useTestStorageEngine();
const { $versionsExercices, garderVersion, versionAvantLien } =
  await import('@stores/versions-exercices.ts');

beforeEach(() => {
  cleanTestStorage();
  $versionsExercices.set({});
});

test('la version de l’apprenant est gardée par exercice, et proposée quand un lien en ouvre une autre', () => {
  garderVersion('budgetiser/ca-minimum', { code: 'XYZ7', saisies: { total: '17 200' } });
  garderVersion('planifier/commerciaux', { code: 'ABCD', saisies: {} });
  expect(JSON.parse(getTestStorage()['atelier:v1:versions-exercices']!)).toMatchObject({
    'budgetiser/ca-minimum': { code: 'XYZ7', saisies: { total: '17 200' } },
  });
  expect(versionAvantLien('budgetiser/ca-minimum', 'K7Q2')).toEqual({
    code: 'XYZ7',
    saisies: { total: '17 200' },
    message:
      'Version «\u00a0K7Q2\u00a0» ouverte depuis un lien. Votre version précédente («\u00a0XYZ7\u00a0») est gardée\u202f:',
  });
  // The link opens their own version, or an exercise they never worked on: nothing to offer.
  expect(versionAvantLien('budgetiser/ca-minimum', 'XYZ7')).toBeUndefined();
  expect(versionAvantLien('budgetiser/ca-minimum-taux-de-marge', 'K7Q2')).toBeUndefined();
});

test('une nouvelle version gardée remplace l’ancienne du même exercice seulement', () => {
  garderVersion('budgetiser/ca-minimum', { code: 'XYZ7', saisies: { total: '1' } });
  garderVersion('planifier/commerciaux', { code: 'ABCD', saisies: {} });
  garderVersion('budgetiser/ca-minimum', { code: 'K7Q2', saisies: {} });
  expect($versionsExercices.get()).toEqual({
    'budgetiser/ca-minimum': { code: 'K7Q2', saisies: {} },
    'planifier/commerciaux': { code: 'ABCD', saisies: {} },
  });
});
