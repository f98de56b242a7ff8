import { describe, expect, test } from 'vitest';
import {
  DUREE_DE_VIE_MAX,
  analyserVentes,
  classerPortefeuille,
} from '../../../src/stores/portefeuille-analyse.ts';
import { dataset, IDS } from '../datasets/aide-datasets.ts';
import { chiffreEntreprise } from '../../../src/build/chiffres-entreprise.ts';

describe.each(IDS)('analyserVentes on %s, checked by an independent computation', (id) => {
  const d = dataset(id);
  const r = analyserVentes({
    ventes: d.ventes,
    clients: d.clients,
    campagne: d.campagne,
    dateReference: d.entreprise.dateReference,
  });
  if (!r.ok) throw new Error(r.erreur.message);
  const a = r.valeur;
  // N = the 12 months before the reference date (the samples' sales stop there).
  const dansN = d.ventes.filter((v) => v.date >= a.periodeN.debut && v.date <= a.periodeN.fin);
  const dansN1 = d.ventes.filter((v) => v.date >= a.periodeN1.debut && v.date <= a.periodeN1.fin);
  const somme = (l: typeof d.ventes, f: (v: (typeof d.ventes)[number]) => number) =>
    l.reduce((t, v) => t + f(v), 0);

  test('periods, CA, growth and weighted average', () => {
    expect(a.periodeN).toEqual({ debut: '2025-09-01', fin: '2026-08-31' });
    const caN = somme(dansN, (v) => v.montantHT),
      caN1 = somme(dansN1, (v) => v.montantHT);
    expect(a.evolution.global.caN).toBeCloseTo(caN, 4);
    expect(a.evolution.global.evolution).toBeCloseTo((caN - caN1) / caN1, 10);
    const ponderee = a.evolution.categories.reduce(
      (t, c) => t + (c.caN1 / caN1) * ((c.caN - c.caN1) / c.caN1),
      0,
    );
    expect(ponderee).toBeCloseTo(a.evolution.global.evolution, 10);
  });

  test('indicators', () => {
    const caN = somme(dansN, (v) => v.montantHT),
      coutN = somme(dansN, (v) => v.coutHT);
    const clientsN = new Set(dansN.map((v) => v.client)),
      clientsN1 = new Set(dansN1.map((v) => v.client));
    expect(a.indicateurs.panierMoyen).toBeCloseTo(caN / dansN.length, 6);
    expect(a.indicateurs.tauxDeMarque).toBeCloseTo((caN - coutN) / caN, 10);
    expect(a.indicateurs.tauxDeMarge).toBeCloseTo((caN - coutN) / coutN, 10);
    expect(a.indicateurs.nombreClients).toBe(clientsN.size);
    const perdus = [...clientsN1].filter((c) => !clientsN.has(c)).length;
    expect(a.renouvellement?.tauxAttrition).toBeCloseTo(perdus / clientsN1.size, 12);
    const duree =
      perdus === 0 ? DUREE_DE_VIE_MAX : Math.min(DUREE_DE_VIE_MAX, clientsN1.size / perdus);
    expect(a.valeurClient?.duree).toBe(duree);
    expect(a.valeurClient?.enMarge).toBeCloseTo(
      (caN / dansN.length) * (dansN.length / clientsN.size) * duree * ((caN - coutN) / caN),
      4,
    );
    expect(a.coutAcquisition).toBeCloseTo(
      d.campagne.lignesDeCout.reduce((t, l) => t + l.montant, 0) / d.campagne.etapes.commandes,
      8,
    );
    expect(a.rfm.reduce((t, s) => t + s.nombre, 0)).toBe(
      new Set(d.ventes.map((v) => v.client)).size,
    );
  });

  test('classes and diagnosis with editable thresholds', () => {
    for (const seuils of [
      { a: 0.8, b: 0.95 },
      { a: 0.5, b: 0.9 },
    ]) {
      const c = classerPortefeuille({ id, analyse: a, seuils, devise: d.entreprise.devise });
      if (!c.ok) throw new Error(c.erreur.message);
      const tries = [...a.clientsN].sort((x, y) => y.valeur - x.valeur);
      const total = somme(dansN, (v) => v.montantHT);
      // Independent: A takes clients while the cumulative share BEFORE them is below the threshold.
      let cumul = 0,
        nA = 0;
      for (const t of tries) {
        if (cumul < seuils.a - 1e-12) nA++;
        cumul += t.valeur / total;
      }
      expect(c.valeur.lignes.filter((l) => l.classe === 'A')).toHaveLength(nA);
      expect(c.valeur.diagnostic.map((p) => p.id)).toEqual([
        'dependance',
        'abc',
        'croissance',
        'categories',
        'clients',
        'rentabilite',
      ]);
    }
  });
});

test('a sales file without a previous year is refused in French', () => {
  const r = analyserVentes({
    ventes: [{ client: 'a', categorie: 'x', date: '2026-01-10', montantHT: 100, coutHT: 50 }],
    dateReference: '2026-09-01',
  });
  expect(r).toEqual({
    ok: false,
    erreur: {
      champ: 'periodeN1',
      message:
        'Le CA de la période N−1 est nul\u202f: le taux d’évolution ne peut pas être calculé.',
    },
  });
});

test('the figures of the chapter’s worked example on Vénimob (quoted by <Chiffre>) are the simulator’s', () => {
  const d = dataset('mobilier-lyon');
  const a = analyserVentes({
    ventes: d.ventes,
    clients: d.clients,
    campagne: d.campagne,
    dateReference: d.entreprise.dateReference,
  });
  if (!a.ok) throw new Error(a.erreur.message);
  const lecon = (cle: string) =>
    chiffreEntreprise({ entreprise: 'mobilier-lyon', cle }).valeur as number;
  const { evolution: e, indicateurs: i } = a.valeur;
  expect([e.global.caN1, e.global.caN, e.global.evolution]).toEqual([
    lecon('ventes.N1.ca'),
    lecon('ventes.N.ca'),
    lecon('ventes.evolution'),
  ]);
  for (const c of e.categories) {
    expect([c.caN1, c.caN, c.poidsN1, c.contribution], c.categorie).toEqual(
      ['caN1', 'caN', 'poidsN1', 'contribution'].map((k) =>
        lecon(`ventes.categorie.${c.categorie}.${k}`),
      ),
    );
  }
  expect([
    i.nombreVentes,
    i.nombreClients,
    i.panierMoyen,
    i.coutGlobal,
    i.margeGlobale,
    i.tauxDeMarque,
    i.tauxDeMarge,
  ]).toEqual(
    [
      'nombreVentes',
      'nombreClients',
      'panierMoyen',
      'cout',
      'marge',
      'tauxDeMarque',
      'tauxDeMarge',
    ].map((k) => lecon(`ventes.N.${k}`)),
  );
  expect(a.valeur.renouvellement?.tauxAttrition).toBe(lecon('ventes.attrition'));
  const c = classerPortefeuille({
    id: 'mobilier-lyon',
    analyse: a.valeur,
    seuils: { a: 0.8, b: 0.95 },
    devise: 'EUR',
  });
  if (!c.ok) throw new Error(c.erreur.message);
  const l = c.valeur.lignes;
  expect(l.filter((x) => x.classe === 'A')).toHaveLength(lecon('abc.A.clients'));
  expect([l[0].part, l[2].partCumulee]).toEqual([
    lecon('abc.premier.part'),
    lecon('abc.troisPremiers.part'),
  ]);
});
