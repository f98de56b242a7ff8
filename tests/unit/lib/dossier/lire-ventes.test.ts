import { describe, expect, it } from 'vitest';
import { lireCsv } from '@lib/fichier/csv.ts';
import { categoriesDepuisVentes, LIMITE_VENTES } from '@lib/dossier/ventes.ts';
import { colonnesVentes, lireVentes } from '@lib/dossier/lire-ventes.ts';

/** The small sales file of these tests: 6 good rows, 3 bad ones. */
const CSV_VENTES = [
  'Client;Date;Montant HT;Catégorie;Coût',
  'Alpha;15/01/2026;5000;PME;3000',
  'Alpha;10/06/2026;3 000,00;PME;',
  'Beta;2026-03-01;1500;Grands comptes;',
  'Gamma;01/02/2026;1000;PME;',
  'Delta;20/05/2025;500;Indépendants;',
  'Beta;10/10/2024;2000;Grands comptes;',
  ';01/01/2026;100;PME;',
  'Epsilon;31/02/2026;100;PME;',
  'Zeta;01/03/2026;abc;PME;',
].join('\r\n');

const lire = (texte: string) => {
  const t = lireCsv({ texte });
  if (!t.ok) throw new Error(t.erreur.message);
  return lireVentes({ tableau: t.valeur, fichier: 'ventes.csv' });
};

describe('lireVentes', () => {
  it('lit les ventes valides et rapporte chaque ligne rejetée en français, avec son numéro', () => {
    const r = lire(CSV_VENTES);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.valeur.ventes.version).toBe(1);
    expect(r.valeur.ventes.lignes).toHaveLength(6);
    expect(r.valeur.ventes.lignes[0]).toEqual({
      client: 'Alpha',
      date: '2026-01-15',
      montant: 5000,
      categorie: 'PME',
      cout: 3000,
    });
    expect(r.valeur.ventes.lignes[1]).toEqual({
      client: 'Alpha',
      date: '2026-06-10',
      montant: 3000,
      categorie: 'PME',
    });
    expect(r.valeur.rejets.map((x) => x.ligne)).toEqual([8, 9, 10]);
    expect(r.valeur.rejets[0].raison).toMatch(/client vide/);
    expect(r.valeur.rejets[1].raison).toMatch(/date «\u00a031\/02\/2026\u00a0» illisible/);
    expect(r.valeur.rejets[2].raison).toMatch(
      /montant «\u00a0abc\u00a0» n’est pas un nombre positif/,
    );
  });

  it('lit un fichier à virgules sans catégorie ni coût', () => {
    const r = lire('client,date,montant\nA,2026-01-01,10\nB,2026-01-02,"1,5"\n');
    expect(r.ok && r.valeur.ventes.lignes).toEqual([
      { client: 'A', date: '2026-01-01', montant: 10 },
      { client: 'B', date: '2026-01-02', montant: 1.5 },
    ]);
  });

  it('refuse un fichier sans les colonnes obligatoires, ou sans aucune vente lisible', () => {
    const sans = colonnesVentes({ entetes: ['Nom du produit', 'Quantité'] });
    expect(!sans.ok && sans.erreur.message).toMatch(
      /Colonnes introuvables\u202f: client, date, montant HT/,
    );
    const vide = lire('client;date;montant\nA;hier;10\n');
    expect(!vide.ok && vide.erreur.message).toMatch(
      /Aucune vente lisible.*votre dossier n’a pas changé/,
    );
  });

  it('refuse plus de 20 000 ventes et neutralise les cellules hostiles', () => {
    const lignes = Array.from({ length: LIMITE_VENTES + 1 }, (_, i) => `C${i};2026-01-01;1`);
    const trop = lire(`client;date;montant\n${lignes.join('\n')}`);
    expect(!trop.ok && trop.erreur.message).toMatch(/au-delà de 20\u202f000/);
    const r = lire(
      `client;date;montant\n"'=HYPERLINK(""x"")\u0007";2026-01-01;1\n${'x'.repeat(500)};2026-01-01;2`,
    );
    expect(r.ok && r.valeur.ventes.lignes[0].client).toBe('=HYPERLINK("x")');
    expect(r.ok && r.valeur.ventes.lignes[1].client).toHaveLength(200);
  });
});

describe('categoriesDepuisVentes', () => {
  it('donne le CA par catégorie des 12 derniers mois et des 12 d’avant', () => {
    const r = lire(CSV_VENTES);
    if (!r.ok) throw new Error();
    const c = categoriesDepuisVentes({ ventes: r.valeur.ventes });
    // Last sale 10/06/2026: N = 07/2025–06/2026, N−1 = 07/2024–06/2025.
    expect(c?.libelleN).toBe('07/2025–06/2026');
    expect(c?.libelleN1).toBe('07/2024–06/2025');
    expect(Object.fromEntries((c?.categories ?? []).map((x) => [x.nom, [x.caN1, x.caN]]))).toEqual({
      PME: [0, 9000],
      'Grands comptes': [2000, 1500],
      Indépendants: [500, 0],
    });
  });
});
