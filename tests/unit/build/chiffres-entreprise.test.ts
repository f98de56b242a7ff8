/**
 * The figures lessons quote (<Chiffre>): the registry computes them from a company's data, finds
 * them by key, refuses an unknown key with a message that helps the author, and writes them with
 * the site's one formatter. Checked on a fixture company with hand-made sales, against sums done
 * here by hand.
 */
import { describe, expect, test } from 'vitest';
import { chargerJeu } from '../../../src/build/jeux-de-donnees.ts';
import {
  chiffreEntreprise,
  chiffresDuJeu,
  clesDisponibles,
  texteDuChiffre,
} from '../../../src/build/chiffres-entreprise.ts';

const FIXTURES = 'tests/fixtures/jeux';

// N = April 2025 – March 2026 (the 12 months ending with the last sale), N−1 the 12 before.
// C001 buys in both years, C002 only in N−1 (lost), C003 only in N (new).
const VENTES = [
  {
    id: 'V00001',
    client: 'C001',
    categorie: 'grossiste',
    date: '2024-10-10',
    montantHT: 1000,
    coutHT: 600,
  },
  {
    id: 'V00002',
    client: 'C002',
    categorie: 'detaillant',
    date: '2024-11-05',
    montantHT: 500,
    coutHT: 300,
  },
  {
    id: 'V00003',
    client: 'C001',
    categorie: 'grossiste',
    date: '2025-10-10',
    montantHT: 1500,
    coutHT: 900,
  },
  {
    id: 'V00004',
    client: 'C003',
    categorie: 'detaillant',
    date: '2026-03-01',
    montantHT: 800,
    coutHT: 480,
  },
];
const jeu = { ...chargerJeu({ id: 'alpha-emballage', dossier: FIXTURES }), ventes: VENTES };
const chiffres = chiffresDuJeu({ jeu });
const valeur = (cle: string) => chiffres.get(cle)?.valeur;

describe('the registry of a company’s figures', () => {
  test('sales of N and N−1, growth, basket, margin and attrition, as computed by hand', () => {
    expect(valeur('ventes.N.ca')).toBe(2300);
    expect(valeur('ventes.N1.ca')).toBe(1500);
    expect(valeur('ventes.evolution')).toBeCloseTo(800 / 1500, 12);
    expect(valeur('ventes.N.panierMoyen')).toBe(1150);
    expect(valeur('ventes.N.marge')).toBe(920);
    expect(valeur('ventes.N.tauxDeMarque')).toBeCloseTo(0.4, 12);
    expect([
      valeur('ventes.clientsN1'),
      valeur('ventes.clientsPerdus'),
      valeur('ventes.nouveauxClients'),
    ]).toEqual([2, 1, 1]);
    expect(valeur('ventes.attrition')).toBe(0.5);
    expect(valeur('ventes.categorie.grossiste.contribution')).toBeCloseTo(500 / 1500, 12);
    expect(valeur('ventes.categorie.detaillant.evolution')).toBeCloseTo((800 - 500) / 500, 12);
  });

  test('the card and the past campaign, as they are in the files', () => {
    expect(valeur('offre.prixMoyenHT')).toBe(jeu.fiche.offre.prixMoyenHT);
    expect(valeur('offre.margeMoyenneHT')).toBe(
      jeu.fiche.offre.prixMoyenHT - jeu.fiche.offre.coutMoyenHT,
    );
    expect(valeur('objectifs.nouveauxClients')).toBe(
      jeu.fiche.objectifsDeProspection.nouveauxClients,
    );
    expect(valeur('campagne.etapes.rdv')).toBe(jeu.campagne.etapes.rdv);
    expect(valeur('campagne.taux.rdv')).toBeCloseTo(
      jeu.campagne.etapes.rdv / jeu.campagne.etapes.contactsJoints,
      12,
    );
    const cout = jeu.campagne.lignesDeCout.reduce((s, l) => s + l.montant, 0);
    expect(valeur('campagne.coutHT')).toBe(cout);
    expect(valeur('campagne.caMinimumHT')).toBeCloseTo(cout / jeu.fiche.offre.tauxDeMarque, 9);
    expect(valeur('campagne.roi')).toBeCloseTo((jeu.campagne.margeGeneree - cout) / cout, 12);
  });

  test('every key of the committed companies has a finite value or a text', () => {
    for (const entreprise of ['emballages-casablanca', 'assurances-rabat', 'mobilier-lyon']) {
      const cles = clesDisponibles({ entreprise });
      expect(cles.length).toBeGreaterThan(100);
      for (const cle of cles) {
        const v = chiffreEntreprise({ entreprise, cle }).valeur;
        expect(typeof v === 'string' || Number.isFinite(v), `${entreprise} ${cle}`).toBe(true);
      }
    }
  });

  test('a row of the prospect file is quoted field by field, with the days since its last exchange', () => {
    const ligne = (cle: string) => chiffreEntreprise({ entreprise: 'emballages-casablanca', cle });
    expect(ligne('prospect.P0159.raisonSociale')).toEqual({
      valeur: 'Chaouia Dattes',
      format: 'texte',
      decimales: 0,
    });
    expect(ligne('prospect.P0159.dateDernierContact')).toMatchObject({
      valeur: '2026-04-17',
      format: 'date',
    });
    expect(ligne('prospect.P0159.joursDepuisDernierContact').valeur).toBe(137);
    expect(() => ligne('prospect.P9999.ouvertures')).toThrow(/prospect\.P9999\.ouvertures/);
    expect(() => ligne('prospect.P0159.champInconnu')).toThrow(/champInconnu/);
  });

  test('an unknown key stops with a French message naming the company, the key and the closest keys', () => {
    expect(() =>
      chiffreEntreprise({ entreprise: 'mobilier-lyon', cle: 'ventes.N.chiffreAffaires' }),
    ).toThrow(
      /la clé «\u00a0ventes\.N\.chiffreAffaires\u00a0» n’existe pas pour l’entreprise «\u00a0mobilier-lyon\u00a0»\. Clés proches\u202f: «\u00a0ventes\.N\.c/,
    );
    expect(() => chiffreEntreprise({ entreprise: 'entreprise-inconnue', cle: 'nom' })).toThrow(
      /entreprise-inconnue/,
    );
  });
});

describe('how a figure is written', () => {
  const ecrire = (
    cle: string,
    options: { decimales?: number; unite?: boolean; enDecimal?: boolean } = {},
    devise: 'EUR' | 'MAD' = 'MAD',
  ) => texteDuChiffre({ chiffre: chiffres.get(cle)!, devise, ...options });

  test('amounts in the company’s currency, or bare inside a computation', () => {
    expect(ecrire('ventes.N.ca')).toBe('2\u202f300\u00a0DH');
    expect(ecrire('ventes.N.ca', {}, 'EUR')).toBe('2\u202f300\u00a0€');
    expect(ecrire('ventes.N.ca', { unite: false })).toBe('2\u202f300');
  });

  test('rates as percentages with French spacing, or as decimals; negatives with a minus sign', () => {
    expect(ecrire('ventes.N.tauxDeMarque')).toBe('40\u202f%');
    expect(ecrire('ventes.evolution')).toBe('53,3\u202f%');
    expect(ecrire('ventes.N.tauxDeMarque', { enDecimal: true, decimales: 0 })).toBe('0,4');
    expect(ecrire('ventes.categorie.detaillant.evolution', { decimales: 0 })).toBe('60\u202f%');
    const baisse = texteDuChiffre({
      chiffre: { valeur: -0.068, format: 'pourcentage', decimales: 1 },
      devise: 'EUR',
    });
    expect(baisse).toBe('\u22126,8\u202f%');
  });

  test('dates the French way, with « 1er » for the first of the month', () => {
    expect(ecrire('ventes.N.debut')).toBe('1er\u00a0avril 2025');
    expect(ecrire('ventes.N.fin')).toBe('31 mars 2026');
  });
});
