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
