import { describe, expect, test } from 'vitest';
import { lireExportJson } from '@lib/commun/export-json.ts';

const options = { format: 'essai/format', nature: 'une progression exportée', tailleMax: 100 };

describe('lireExportJson', () => {
  test('rend l’objet d’un fichier au bon format, version 1', () => {
    expect(lireExportJson('{"format":"essai/format","version":1,"x":[1]}', options)).toEqual({
      ok: true,
      valeur: { format: 'essai/format', version: 1, x: [1] },
    });
  });
  test.each([
    ['vide', '  ', 'Le fichier est vide.'],
    [
      'trop gros',
      `"${'x'.repeat(200)}"`,
      'Ce fichier est trop volumineux pour être une progression exportée.',
    ],
    ['pas du JSON', 'PK\u0003\u0004', 'Ce fichier n’est pas au format JSON.'],
    [
      'un autre JSON',
      '{"name":"package"}',
      'Ce fichier n’est pas une progression exportée par l’Atelier Prospection.',
    ],
    [
      'un tableau',
      '[1,2]',
      'Ce fichier n’est pas une progression exportée par l’Atelier Prospection.',
    ],
    [
      'une autre version',
      '{"format":"essai/format","version":2}',
      'Ce fichier vient d’une autre version du site et ne peut pas être lu ici.',
    ],
  ])('refuse un fichier %s, en français, sur le champ « fichier »', (_, texte, message) => {
    expect(lireExportJson(texte, options)).toEqual({
      ok: false,
      erreur: { champ: 'fichier', message },
    });
  });
});
