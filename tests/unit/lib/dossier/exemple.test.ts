import { describe, expect, it } from 'vitest';
import { dossierDepuisExemple } from '@lib/dossier/exemple.ts';
import { analyserDossier, IDS_ANALYSES } from '@lib/dossier/analyser.ts';
import { exporterDossier, lireDossier } from '@lib/dossier/lecture.ts';
import { chargerJeu, listerJeux } from '../../../../src/build/jeux-de-donnees.ts';

describe('dossierDepuisExemple', () => {
  for (const id of listerJeux()) {
    it(`${id} : toutes les analyses sont calculées, et le dossier se relit`, () => {
      const jeu = chargerJeu({ id });
      const r = dossierDepuisExemple({
        fiche: jeu.fiche,
        ventes: jeu.ventes,
        campagne: jeu.campagne,
      });
      if (!r.ok) throw new Error(r.erreur.message);
      const a = analyserDossier({ dossier: r.valeur });
      for (const k of IDS_ANALYSES)
        expect(a[k].etat, `${id} ${k} ${JSON.stringify(a[k])}`).toBe('calcule');
      expect(lireDossier({ texte: exporterDossier({ dossier: r.valeur }) })).toEqual(r);
      // Independent check: the categories' CA N add up to the sales of the last 12 months.
      const caN = r.valeur.portefeuille.categories.reduce((s, c) => s + (c.caN ?? 0), 0);
      const dernier = jeu.ventes.reduce((m, v) => (v.date > m ? v.date : m), '');
      const [a1, m1] = dernier.split('-').map(Number);
      // Period N starts on the first day of the month after the same month one year earlier.
      const debut = new Date(Date.UTC(a1 - 1, m1, 1)).toISOString().slice(0, 10);
      const attendu = jeu.ventes
        .filter((v) => v.date >= debut && v.date <= dernier)
        .reduce((s, v) => s + v.montantHT, 0);
      expect(caN).toBeCloseTo(attendu, 4);
      expect(r.valeur.resultats.margeGeneree).toBe(jeu.campagne.margeGeneree);
    });
  }
});

describe('verif14 item 5 : une agence d’assurances touche des commissions, elle ne revend pas', () => {
  const analyses = (id: string) => {
    const jeu = chargerJeu({ id });
    const r = dossierDepuisExemple({
      fiche: jeu.fiche,
      ventes: jeu.ventes,
      campagne: jeu.campagne,
    });
    if (!r.ok) throw new Error(r.erreur.message);
    return { jeu, dossier: r.valeur, a: analyserDossier({ dossier: r.valeur }) };
  };
  it('Hilal : ni coût d’achat ni taux de marge, un taux de commission tiré de sa fiche', () => {
    const { jeu, dossier, a } = analyses('assurances-rabat');
    expect(dossier.valeur.coutAchatHT).toBeUndefined();
    expect(dossier.valeur.typeTaux).toBe('commission');
    const texte = JSON.stringify(a['taux-de-marque']);
    expect(texte).not.toMatch(/coût d’achat|taux de marge/i);
    expect(texte).toContain('Taux de commission (commissions ÷ primes HT)');
    const chiffres = (a['taux-de-marque'] as { chiffres: { valeur: number }[] }).chiffres;
    expect(chiffres.map((c) => c.valeur)).toEqual([jeu.fiche.offre.tauxDeMarque]);
    expect(JSON.stringify(a)).not.toMatch(/de chiffre d’affaires à 16,3/);
  });
  it('Sadaf et Vénimob gardent leur coût d’achat, leur taux de marque et leur taux de marge', () => {
    for (const id of ['emballages-casablanca', 'mobilier-lyon']) {
      const { jeu, dossier, a } = analyses(id);
      expect(dossier.valeur.coutAchatHT).toBe(jeu.fiche.offre.coutMoyenHT);
      expect(JSON.stringify(a['taux-de-marque'])).toContain(
        'Taux de marge (marge ÷ coût d’achat HT)',
      );
    }
  });
});
