import { describe, expect, it } from 'vitest';
import { analyserDossier } from '@lib/dossier/analyser.ts';
import { lireDossier, exporterDossier } from '@lib/dossier/lecture.ts';
import { dossierVide, type Dossier } from '@lib/dossier/modele.ts';
import type { VentesDossier } from '@lib/dossier/ventes.ts';
import { dossierComplet } from './fixtures.ts';

/** Four clients; last sale 10/06/2026, so period N = 07/2025–06/2026. */
const VENTES: VentesDossier = {
  version: 1,
  fichier: 'ventes.csv',
  lignes: [
    { client: 'Alpha', date: '2026-01-15', montant: 5000, categorie: 'PME', cout: 3000 },
    { client: 'Alpha', date: '2026-06-10', montant: 3000, categorie: 'PME' },
    { client: 'Beta', date: '2026-03-01', montant: 1500, categorie: 'Grands comptes' },
    { client: 'Gamma', date: '2026-02-01', montant: 1000, categorie: 'PME' },
    { client: 'Delta', date: '2025-05-20', montant: 500, categorie: 'Indépendants' },
    { client: 'Beta', date: '2024-10-10', montant: 2000, categorie: 'Grands comptes' },
  ],
};
const avecVentes = (d: Dossier): Dossier => ({ ...d, ventes: VENTES });
const chiffres = (
  a: ReturnType<typeof analyserDossier>[keyof ReturnType<typeof analyserDossier>],
) => (a.etat === 'calcule' ? Object.fromEntries(a.chiffres.map((c) => [c.libelle, c.valeur])) : {});

describe('ABC et RFM par client', () => {
  it('sans fichier de ventes : incomplètes, en nommant ce qui manque', () => {
    const a = analyserDossier({ dossier: dossierComplet() });
    for (const id of ['abc-clients', 'rfm'] as const) {
      expect(a[id].etat).toBe('incomplet');
      expect(a[id].etat === 'incomplet' && a[id].manque[0]).toMatch(/fichier de ventes importé/);
    }
  });

  it('ABC sur le CA de la période N : Alpha 8 000, Beta 1 500 (A), Gamma 1 000 (B) ; Delta hors période', () => {
    const a = analyserDossier({ dossier: avecVentes(dossierVide()) })['abc-clients'];
    expect(a.etat).toBe('calcule');
    if (a.etat !== 'calcule') return;
    // Alpha: 0 % before → A; Beta: 8000/10500 = 76,2 % before → A; Gamma: 90,5 % before → B.
    const c = chiffres(a);
    expect(c).toMatchObject({ 'Clients actifs sur la période N': 3, 'Clients en classe A': 2 });
    expect(c['Part des clients en classe A']).toBeCloseTo(2 / 3, 12);
    expect(c['Part du CA faite par la classe A']).toBeCloseTo(9500 / 10500, 12);
    expect(a.tableau?.lignes.map((l) => l.valeurs[0])).toEqual([2, 1, 0]);
    expect(a.graphique?.libelles).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(a.graphique?.cumul?.[2]).toBe(1);
    expect(a.interpretation).toMatch(/66,7\u202f% des clients \(2 sur 3\) font 90,5\u202f% du CA/);
  });

  it('RFM sur tout le fichier, à la date de la dernière vente : Alpha et Beta excellents, Gamma et Delta perdus', () => {
    const a = analyserDossier({ dossier: avecVentes(dossierVide()) }).rfm;
    if (a.etat !== 'calcule') throw new Error(a.etat);
    // Notes by hand (mid-rank quintiles, n = 4): R 5-4-2-1, F 4-4-2-2, M 5-4-2-1.
    expect(chiffres(a)).toEqual({
      'Clients notés': 4,
      'Clients excellents': 2,
      'Clients à relancer': 0,
      'Part du CA des clients à relancer': 0,
    });
    const ligne = (s: string) => a.tableau?.lignes.find((l) => l.libelle.startsWith(s))?.valeurs;
    expect(ligne('Excellents')).toEqual([2, 0.5, 11_500, 11_500 / 13_000]);
    expect(ligne('Perdus')).toEqual([2, 0.5, 1500, 1500 / 13_000]);
  });

  it('remplit le CA par catégorie quand aucune catégorie n’est saisie, garde celles saisies sinon', () => {
    const a = analyserDossier({ dossier: avecVentes(dossierVide()) });
    const e = a['evolution-ca'];
    if (e.etat !== 'calcule') throw new Error(e.etat);
    expect(chiffres(e)).toMatchObject({
      'CA global 07/2024–06/2025': 2500,
      'CA global 07/2025–06/2026': 10_500,
    });
    expect(e.methode).toMatch(/fichier de ventes/);
    expect(e.graphique?.series.map((s) => s.valeurs)).toEqual([
      [2000, 500, 0],
      [1500, 0, 9000],
    ]);
    expect(a['repartition-ca'].etat).toBe('calcule');
    const saisi = analyserDossier({ dossier: avecVentes(dossierComplet()) })['evolution-ca'];
    expect(saisi.etat === 'calcule' && saisi.chiffres[0]).toMatchObject({
      libelle: 'CA global 2025',
      valeur: 350_000,
    });
  });

  it('l’entonnoir donne un graphique des effectifs', () => {
    const e = analyserDossier({ dossier: dossierComplet() }).entonnoir;
    expect(e.etat === 'calcule' && e.graphique?.series[0].valeurs).toEqual([500, 300, 100, 50, 20]);
  });
});

describe('le fichier de ventes dans le fichier du dossier', () => {
  const texte = (ventes: unknown) =>
    JSON.stringify({ format: 'atelier-prospection/dossier', version: 1, ventes });
  const erreur = (ventes: unknown) => {
    const r = lireDossier({ texte: texte(ventes) });
    if (r.ok) throw new Error('accepté à tort');
    return r.erreur.message;
  };

  it('s’exporte et se relit à l’identique ; un dossier sans ventes reste valide', () => {
    const d = avecVentes(dossierComplet());
    expect(lireDossier({ texte: exporterDossier({ dossier: d }) })).toEqual({
      ok: true,
      valeur: d,
    });
    const sans = lireDossier({ texte: texte(undefined) });
    expect(sans.ok && 'ventes' in sans.valeur).toBe(false);
  });

  it('refuse en français une version inconnue, une date impossible, un montant absent ou négatif, un client vide, trop de lignes', () => {
    expect(erreur({ version: 2, lignes: [] })).toMatch(/Fichier de ventes en version 2/);
    expect(erreur('x')).toMatch(/Fichier de ventes doit être un objet/);
    const ligne = (l: object) => ({
      version: 1,
      fichier: 'v.csv',
      lignes: [{ client: 'A', date: '2026-01-01', montant: 1, ...l }],
    });
    expect(erreur(ligne({ date: '2026-02-30' }))).toMatch(
      /vente 1 › date doit être une date aaaa-mm-jj qui existe/,
    );
    expect(erreur(ligne({ date: { toString: 1 } }))).toMatch(/date/);
    expect(erreur(ligne({ montant: undefined }))).toMatch(/montant HT manque/);
    expect(erreur(ligne({ montant: -5 }))).toMatch(/montant HT doit valoir au moins 0\./);
    expect(erreur(ligne({ montant: '1e400' }))).toMatch(/montant HT doit être un nombre/);
    expect(erreur(ligne({ client: '  ' }))).toMatch(/client est vide/);
    expect(erreur(ligne({ client: 'x'.repeat(201) }))).toMatch(/client dépasse 200 caractères/);
    expect(
      erreur({
        version: 1,
        lignes: Array.from({ length: 20_001 }, () => ({
          client: 'A',
          date: '2026-01-01',
          montant: 1,
        })),
      }),
    ).toMatch(/plus de 20\u202f000 lignes/);
  });

  it('ignore les clés inconnues et le prototype piégé des lignes', () => {
    const r = lireDossier({
      texte:
        '{"format":"atelier-prospection/dossier","version":1,"ventes":{"version":1,"lignes":[{"client":"A","date":"2026-01-01","montant":2,"__proto__":{"x":1},"pirate":"<script>"}]}}',
    });
    expect(r.ok && r.valeur.ventes?.lignes).toEqual([
      { client: 'A', date: '2026-01-01', montant: 2 },
    ]);
  });
});
