import { describe, expect, test } from 'vitest';
import { exporterTravail, FORMAT_SAUVEGARDE, misesDeCote, texteRestaure } from '@stores/sauvegarde.ts';

describe('sauvegarde et mises de côté (issue 15)', () => {
  test('l’export garde chaque clé telle qu’enregistrée', () => {
    const stock: Record<string, string> = { 'atelier:v1:usure': '{"clients":"1 200"}', 'atelier:v1:travail': '{}' };
    const f = JSON.parse(exporterTravail({ cles: Object.keys(stock), lire: (c) => stock[c] ?? null, maintenant: new Date('2026-12-06T08:00:00Z') }));
    expect(f).toEqual({ format: FORMAT_SAUVEGARDE, version: 1, exporteLe: '2026-12-06T08:00:00.000Z', valeurs: stock });
  });

  test('les clés mises de côté sont reconnues, datées ou non', () => {
    expect(misesDeCote(['atelier:v1:travail', 'atelier:v1:travail:corrompu', 'atelier:v1:progression:corrompu:2026-12-01T10:00:00.000Z', 'autre:corrompu'])).toEqual([
      { cle: 'atelier:v1:travail:corrompu', origine: 'atelier:v1:travail', nom: 'travail' },
      { cle: 'atelier:v1:progression:corrompu:2026-12-01T10:00:00.000Z', origine: 'atelier:v1:progression', nom: 'progression', date: '2026-12-01T10:00:00.000Z' },
    ]);
  });

  test('restaurer un store par entreprise rend les entreprises mises de côté sans écraser les plus récentes', () => {
    expect(JSON.parse(texteRestaure({ misDeCote: '{"a":{"n":1},"b":{"n":2}}', actuel: '{"b":{"n":3}}', parEntreprise: true }))).toEqual({ a: { n: 1 }, b: { n: 3 } });
    expect(texteRestaure({ misDeCote: '{"clients":"9"}', actuel: '{"clients":"1"}', parEntreprise: false })).toBe('{"clients":"9"}');
    expect(texteRestaure({ misDeCote: 'pas du JSON', actuel: null, parEntreprise: true })).toBe('pas du JSON');
  });
});
