import { expect } from 'vitest';
import { formule } from '@lib/formules.ts';
import { classerABC } from '@lib/portefeuille.ts';
import { exercicesNumeriques } from '@exercises/analyser-le-portefeuille/index.ts';
import { type VersionNumerique } from '@exercises/generateur.ts';
import { attendu, testerSerieNumerique, v } from './serie-numerique.ts';

/** Per exercise: recompute the expected answers from the statement's numbers (by hand, and with the catalogue). */
const RECALCUL: Record<string, (version: VersionNumerique) => void> = {
  'analyser-le-portefeuille/taux-global-pondere': ({ donnees: d, ...version }) => {
    const n1 = [d.caN1_1, d.caN1_2, d.caN1_3], n = [d.caN_1, d.caN_2, d.caN_3];
    const t1 = n1.reduce((s, x) => s + x, 0), t = n.reduce((s, x) => s + x, 0);
    expect(attendu({ donnees: d, ...version }, 'tauxCategorie')).toBeCloseTo((n[0] - n1[0]) / n1[0], 12);
    expect(attendu({ donnees: d, ...version }, 'tauxGlobal')).toBeCloseTo((t - t1) / t1, 12);
    // The lesson's point: the global rate is the N−1-weighted average of the category rates.
    const pondere = n1.reduce((s, x, i) => s + (x / t1) * ((n[i] - x) / x), 0);
    expect(pondere).toBeCloseTo((t - t1) / t1, 12);
    expect(v(formule('taux-d-evolution')!.calculer({ valeurDepart: t1, valeurArrivee: t }))).toBeCloseTo((t - t1) / t1, 12);
    expect(n[1]).toBeLessThan(n1[1]);
  },
  'analyser-le-portefeuille/marque-ou-marge': (version) => {
    const { ca, cout } = version.donnees;
    expect(attendu(version, 'tauxDeMarge')).toBeCloseTo((ca - cout) / cout, 12);
    expect(attendu(version, 'tauxDeMarque')).toBeCloseTo((ca - cout) / ca, 12);
    expect(attendu(version, 'tauxDeMarque')).toBeLessThan(attendu(version, 'tauxDeMarge'));
    expect(v(formule('taux-de-marque-depuis-taux-de-marge')!.calculer({ tauxDeMarge: attendu(version, 'tauxDeMarge') }))).toBeCloseTo(attendu(version, 'tauxDeMarque'), 12);
  },
  'analyser-le-portefeuille/classe-a': (version) => {
    const valeurs = Object.values(version.donnees).sort((a, b) => b - a);
    const total = valeurs.reduce((s, x) => s + x, 0);
    // By hand: take clients while the cumulative share before them is below 80 %.
    let cumul = 0, n = 0;
    for (const x of valeurs) { if (cumul < 0.8) { n++; cumul += x / total; } }
    expect(attendu(version, 'nombreA')).toBe(n);
    expect(attendu(version, 'partA')).toBeCloseTo(cumul, 12);
    const lignes = v(classerABC({ elements: valeurs.map((valeur, i) => ({ id: String(i), valeur })) }));
    expect(lignes.filter((l) => l.classe === 'A')).toHaveLength(n);
  },
  'analyser-le-portefeuille/valeur-client': (version) => {
    const { ca, commandes, frequence, tauxAttrition, tauxDeMarque } = version.donnees;
    expect(attendu(version, 'panierMoyen')).toBeCloseTo(ca / commandes, 9);
    expect(attendu(version, 'valeurClient')).toBeCloseTo((ca / commandes) * frequence * (1 / tauxAttrition) * tauxDeMarque, 6);
    expect(v(formule('valeur-client-en-marge')!.calculer({ panierMoyen: ca / commandes, frequence, duree: 1 / tauxAttrition, tauxDeMarque }))).toBeCloseTo(attendu(version, 'valeurClient'), 6);
  },
};

testerSerieNumerique({ chapitre: 'analyser-le-portefeuille', exercicesNumeriques, recalcul: RECALCUL, maxNombre: 9 });
