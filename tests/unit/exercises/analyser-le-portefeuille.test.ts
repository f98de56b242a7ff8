import { expect } from 'vitest';
import { formule } from '@lib/formules/catalogue.ts';
import { classerABC } from '@lib/portefeuille/portefeuille.ts';
import { exercicesNumeriques } from '@exercises/analyser-le-portefeuille/index.ts';
import { type VersionNumerique } from '@exercises/generateur.ts';
import { attendu, testerSerieNumerique, v } from './serie-numerique.ts';

/** Per exercise: recompute the expected answers from the statement's numbers (by hand, and with the catalogue). */
const RECALCUL: Record<string, (version: VersionNumerique) => void> = {
  'analyser-le-portefeuille/taux-global-pondere': ({ donnees: d, ...version }) => {
    const n1 = [d.caN1_1, d.caN1_2, d.caN1_3],
      n = [d.caN_1, d.caN_2, d.caN_3];
    const t1 = n1.reduce((s, x) => s + x, 0),
      t = n.reduce((s, x) => s + x, 0);
    expect(attendu({ donnees: d, ...version }, 'tauxCategorie')).toBeCloseTo(
      (n[0] - n1[0]) / n1[0],
      12,
    );
    expect(attendu({ donnees: d, ...version }, 'tauxGlobal')).toBeCloseTo((t - t1) / t1, 12);
    // The lesson's point: the global rate is the N−1-weighted average of the category rates.
    const pondere = n1.reduce((s, x, i) => s + (x / t1) * ((n[i] - x) / x), 0);
    expect(pondere).toBeCloseTo((t - t1) / t1, 12);
    expect(
      v(formule('taux-d-evolution')!.calculer({ valeurDepart: t1, valeurArrivee: t })),
    ).toBeCloseTo((t - t1) / t1, 12);
    expect(n[1]).toBeLessThan(n1[1]);
  },
  'analyser-le-portefeuille/marque-ou-marge': (version) => {
    const { ca, cout } = version.donnees;
    expect(attendu(version, 'tauxDeMarge')).toBeCloseTo((ca - cout) / cout, 12);
    expect(attendu(version, 'tauxDeMarque')).toBeCloseTo((ca - cout) / ca, 12);
    expect(attendu(version, 'tauxDeMarque')).toBeLessThan(attendu(version, 'tauxDeMarge'));
    expect(
      v(
        formule('taux-de-marque-depuis-taux-de-marge')!.calculer({
          tauxDeMarge: attendu(version, 'tauxDeMarge'),
        }),
      ),
    ).toBeCloseTo(attendu(version, 'tauxDeMarque'), 12);
  },
  'analyser-le-portefeuille/classe-a': (version) => {
    const valeurs = Object.values(version.donnees).sort((a, b) => b - a);
    const total = valeurs.reduce((s, x) => s + x, 0);
    // By hand: take clients while the cumulative share before them is below 80 %.
    let cumul = 0,
      n = 0;
    for (const x of valeurs) {
      if (cumul < 0.8) {
        n++;
        cumul += x / total;
      }
    }
    expect(attendu(version, 'nombreA')).toBe(n);
    expect(attendu(version, 'partA')).toBeCloseTo(cumul, 12);
    const lignes = v(
      classerABC({ elements: valeurs.map((valeur, i) => ({ id: String(i), valeur })) }),
    );
    expect(lignes.filter((l) => l.classe === 'A')).toHaveLength(n);
  },
  'analyser-le-portefeuille/valeur-client': (version) => {
    const { ca, commandes, frequence, tauxAttrition, tauxDeMarque } = version.donnees;
    expect(attendu(version, 'panierMoyen')).toBeCloseTo(ca / commandes, 9);
    expect(attendu(version, 'valeurClient')).toBeCloseTo(
      (ca / commandes) * frequence * (1 / tauxAttrition) * tauxDeMarque,
      6,
    );
    expect(
      v(
        formule('valeur-client-en-marge')!.calculer({
          panierMoyen: ca / commandes,
          frequence,
          duree: 1 / tauxAttrition,
          tauxDeMarque,
        }),
      ),
    ).toBeCloseTo(attendu(version, 'valeurClient'), 6);
  },
  'analyser-le-portefeuille/prix-de-vente': (version) => {
    const { coutAchatHT, quantite, taux } = version.donnees;
    const prix = attendu(version, 'prix');
    // Either reading of the rate, checked by hand: on the price (marque) or on the cost (marge).
    const surLePrix = Math.abs(prix - coutAchatHT / (1 - taux)) < 1e-9;
    if (!surLePrix) expect(prix).toBeCloseTo(coutAchatHT * (1 + taux), 9);
    const id = surLePrix
      ? 'prix-vente-ht-depuis-taux-de-marque'
      : 'prix-vente-ht-depuis-taux-de-marge';
    expect(
      v(
        formule(id)!.calculer(
          surLePrix ? { coutAchatHT, tauxDeMarque: taux } : { coutAchatHT, tauxDeMarge: taux },
        ),
      ),
    ).toBeCloseTo(prix, 9);
    expect(attendu(version, 'unitaire')).toBeCloseTo(prix - coutAchatHT, 9);
    expect(attendu(version, 'globale')).toBeCloseTo((prix - coutAchatHT) * quantite, 6);
    const autre = surLePrix ? taux / (1 - taux) : taux / (1 + taux);
    expect(attendu(version, 'autreTaux')).toBeCloseTo(autre, 12);
    // The other rate describes the same price.
    const prixAutre = surLePrix ? coutAchatHT * (1 + autre) : coutAchatHT / (1 - autre);
    expect(prixAutre).toBeCloseTo(prix, 9);
  },
  'analyser-le-portefeuille/coefficient-multiplicateur': (version) => {
    const { achatHT, prixVenteHT } = version.donnees;
    expect(attendu(version, 'ttc')).toBeCloseTo(prixVenteHT * 1.2, 9);
    expect(v(formule('prix-ttc')!.calculer({ prixHT: prixVenteHT, tauxTVA: 0.2 }))).toBeCloseTo(
      attendu(version, 'ttc'),
      9,
    );
    expect(attendu(version, 'coefficient')).toBeCloseTo((prixVenteHT * 1.2) / achatHT, 12);
    expect(attendu(version, 'coefficient')).toBeGreaterThan(1);
  },
  'analyser-le-portefeuille/indices-et-tcam': (version) => {
    const { valeurDepart, valeurArrivee, periodes, baisse } = version.donnees;
    expect(attendu(version, 'indice')).toBeCloseTo((valeurArrivee / valeurDepart) * 100, 9);
    const tcam = attendu(version, 'tcam');
    expect(valeurDepart * (1 + tcam) ** periodes).toBeCloseTo(valeurArrivee, 3);
    expect(v(formule('tcam')!.calculer({ valeurDepart, valeurArrivee, periodes }))).toBeCloseTo(
      tcam,
      12,
    );
    expect((1 - baisse) * (1 + attendu(version, 'reciproque'))).toBeCloseTo(1, 12);
  },
  'analyser-le-portefeuille/part-de-marche': (version) => {
    const { caN1, caN, marcheN1, marcheN } = version.donnees;
    expect(attendu(version, 'partN1')).toBeCloseTo(caN1 / marcheN1, 12);
    expect(attendu(version, 'partN')).toBeCloseTo(caN / marcheN, 12);
    expect(
      v(
        formule('part-de-marche')!.calculer({
          chiffreAffaires: caN,
          chiffreAffairesMarche: marcheN,
        }),
      ),
    ).toBeCloseTo(caN / marcheN, 12);
  },
  'analyser-le-portefeuille/valeur-actualisee': (version) => {
    const { margeAnnuelle, tauxAttrition, tauxActualisation } = version.donnees;
    // By hand: the sum over 200 years of the margin kept by survivors, discounted each year.
    let somme = 0;
    for (let t = 1; t <= 200; t++)
      somme += (margeAnnuelle * (1 - tauxAttrition) ** (t - 1)) / (1 + tauxActualisation) ** t;
    expect(attendu(version, 'valeur')).toBeCloseTo(somme, 3);
    expect(attendu(version, 'valeur')).toBeLessThan(margeAnnuelle / tauxAttrition);
  },
};

testerSerieNumerique({
  chapitre: 'analyser-le-portefeuille',
  exercicesNumeriques,
  recalcul: RECALCUL,
  maxNombre: 200,
});
