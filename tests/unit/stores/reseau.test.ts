import { beforeEach, describe, expect, it } from 'vitest';
import {
  $aujourdhui,
  $carteReseau,
  $diagnosticReseau,
  $reseau,
  ajouterContact,
  chargerExemple,
  dateDuJour,
  modifierContact,
  supprimerContact,
  validerReseau,
  viderReseau,
} from '../../../src/stores/reseau.ts';

const saisie = {
  nom: 'Ana',
  categorie: 'horizontal',
  role: 'commerciale',
  organisation: 'Infodesk',
  force: '3',
  dernierEchange: '2026-11-01',
};

describe('store reseau', () => {
  beforeEach(() => {
    $aujourdhui.set('2026-11-23');
    viderReseau();
  });

  it('adds, edits and removes contacts; the diagnosis and the map follow', () => {
    expect(ajouterContact({ saisie })).toEqual({});
    const [c] = $reseau.get().contacts;
    expect($diagnosticReseau.get().comptes.horizontal).toBe(1);
    expect(
      modifierContact({ id: c.id, saisie: { ...saisie, categorie: 'transversal', force: '1' } }),
    ).toEqual({});
    expect($diagnosticReseau.get().comptes).toEqual({
      personnel: 0,
      vertical: 0,
      horizontal: 0,
      transversal: 1,
    });
    expect($carteReseau.get()).toMatchObject({
      ok: true,
      valeur: { noeuds: [{ id: c.id, categorie: 'transversal', force: 1 }] },
    });
    supprimerContact({ id: c.id });
    expect($reseau.get().contacts).toEqual([]);
  });

  it('returns French errors by field and stores nothing when invalid', () => {
    const e = ajouterContact({ saisie: { ...saisie, nom: '', dernierEchange: '2027-01-01' } });
    expect(e.nom).toMatch(/obligatoire/);
    expect(e.dernierEchange).toMatch(/futur/);
    expect($reseau.get().contacts).toEqual([]);
  });

  it('refuses a 41st contact', () => {
    for (let i = 0; i < 40; i++) ajouterContact({ saisie: { ...saisie, nom: `C${i}` } });
    expect(ajouterContact({ saisie }).nom).toMatch(/40\u00a0contacts/);
    expect($reseau.get().contacts).toHaveLength(40);
  });

  it('loads the fictional example', () => {
    chargerExemple();
    expect($reseau.get().contacts).toHaveLength(11);
    expect(validerReseau($reseau.get())).toEqual($reseau.get());
  });

  it('validerReseau refuses damaged data', () => {
    const bon = {
      id: 'a',
      nom: 'A',
      categorie: 'vertical',
      role: '',
      organisation: '',
      force: 2,
      dernierEchange: '',
    };
    expect(validerReseau({ contacts: [bon] })).toEqual({ contacts: [bon] });
    for (const brut of [
      null,
      [],
      { contacts: 'x' },
      { contacts: [{ ...bon, force: 4 }] },
      { contacts: [{ ...bon, categorie: 'diagonal' }] },
      { contacts: [{ ...bon, dernierEchange: '31/12/2025' }] },
      { contacts: [{ ...bon, nom: ' ' }] },
      { contacts: Array(41).fill(bon) },
    ]) {
      expect(validerReseau(brut)).toBeUndefined();
    }
  });

  it('dateDuJour uses the local calendar day', () => {
    expect(dateDuJour(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
