import { describe, expect, it } from 'vitest';
import { paysProbable } from '@lib/fichier/pays-probable.ts';

const entetes = ['Raison sociale', 'Ville', 'Téléphone'];
const correspondance = ['raisonSociale', 'ville', 'telephone'] as const;

describe('paysProbable (session 11 : un fichier marocain importé « en France »)', () => {
  it('des numéros en +212 et des villes du Maroc : Maroc, en disant pourquoi', () => {
    const lignes = [
      ['Riad Dar Zitoune', 'Marrakech', '+212 616480894'],
      ['Riad Les Orangers', 'Essaouira', '05 24 82 25 38'],
      ['Hôtel Atlas', 'Fès', '+212 5 24 83 49 81'],
    ];
    expect(paysProbable({ entetes, lignes, correspondance: [...correspondance] })).toEqual({
      pays: 'MA',
      indices: '2\u00a0numéros en +212, 3\u00a0villes du Maroc',
    });
  });
  it('des numéros en +33 seulement : France', () => {
    const lignes = Array.from({ length: 3 }, () => ['SARL', 'Lyon', '+33 4 72 10 20 30']);
    expect(paysProbable({ entetes, lignes, correspondance: [...correspondance] })?.pays).toBe('FR');
  });
  it('des indices contraires, ou trop peu : aucune supposition', () => {
    const melange = [
      ['A', 'Marrakech', '+212 6 11 22 33 44'],
      ['B', 'Rabat', '+212 6 11 22 33 45'],
      ['C', 'Lyon', '+33 4 72 10 20 30'],
    ];
    expect(paysProbable({ entetes, lignes: melange, correspondance: [...correspondance] })).toBe(
      undefined,
    );
    const peu = [['A', 'Lyon', '04 72 10 20 30']];
    expect(paysProbable({ entetes, lignes: peu, correspondance: [...correspondance] })).toBe(
      undefined,
    );
  });
});
