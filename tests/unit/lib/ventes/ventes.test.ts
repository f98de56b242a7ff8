import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  caParCategorie,
  caParClient,
  caParPeriode,
  derniersDouzeMois,
  evolutionParCategorie,
  indicateursRFM,
  indicateursVentes,
  renouvellementClients,
  type Vente,
} from '@lib/ventes/ventes.ts';
import { classerABC, notesRFM } from '@lib/portefeuille/portefeuille.ts';
import type { Resultat } from '@lib/commun/resultat.ts';

const v = <T>(r: Resultat<T>): T => {
  if (!r.ok) throw new Error(r.erreur.message);
  return r.valeur;
};
const erreur = <T>(r: Resultat<T>) => (r.ok ? undefined : r.erreur);

const ventes: Vente[] = [
  { client: 'A', categorie: 'Grands comptes', date: '2023-03-10', montantHT: 8000, coutHT: 6000 },
  { client: 'B', categorie: 'PME', date: '2023-05-02', montantHT: 2000, coutHT: 1200 },
  { client: 'A', categorie: 'Grands comptes', date: '2024-03-15', montantHT: 9600, coutHT: 7000 },
  { client: 'B', categorie: 'PME', date: '2024-06-20', montantHT: 1500, coutHT: 900 },
  { client: 'C', categorie: 'PME', date: '2024-07-01', montantHT: 1000, coutHT: 500 },
  { client: 'D', categorie: 'Particuliers', date: '2024-08-01', montantHT: 500, coutHT: 300 },
];
const periodeN1 = { debut: '2023-01-01', fin: '2023-12-31' };
const periodeN = { debut: '2024-01-01', fin: '2024-12-31' };

describe('caParCategorie', () => {
  it('gives CA global and by category with margins, weights, sales and clients', () => {
    const r = v(caParCategorie({ ventes }));
    expect(r.caGlobal).toBe(22600);
    expect(r.margeGlobale).toBe(22600 - 15900);
    expect(r.nombreClients).toBe(4);
    expect(r.categories.map((c) => c.categorie)).toEqual(['Grands comptes', 'PME', 'Particuliers']);
    expect(r.categories[1]).toMatchObject({
      ca: 4500,
      cout: 2600,
      marge: 1900,
      nombreVentes: 3,
      nombreClients: 2,
    });
    expect(r.categories.reduce((s, c) => s + c.part, 0)).toBeCloseTo(1, 12);
  });

  it('restricts to a period; an empty file gives zeros', () => {
    expect(v(caParCategorie({ ventes, periode: periodeN })).caGlobal).toBe(12600);
    expect(v(caParCategorie({ ventes: [] }))).toMatchObject({ caGlobal: 0, categories: [] });
  });

  it('names the faulty row or period in French', () => {
    expect(erreur(caParCategorie({ ventes: [{ ...ventes[0], date: '2024-02-30' }] }))).toEqual({
      champ: 'ventes',
      message: 'La date de la vente 1 n’est pas une date valide (aaaa-mm-jj).',
    });
    expect(erreur(caParCategorie({ ventes: [{ ...ventes[0], montantHT: -5 }] }))?.message).toBe(
      'Le montant HT de la vente 1 doit être un nombre positif ou nul.',
    );
    expect(
      erreur(caParCategorie({ ventes, periode: { debut: '2024-05-01', fin: '2024-01-01' } }))
        ?.champ,
    ).toBe('periode.fin');
  });
});

describe('evolutionParCategorie', () => {
  it('computes N/N−1 growth per category and the global rate as the N−1-weighted average of the category rates', () => {
    const r = v(evolutionParCategorie({ ventes, periodeN, periodeN1 }));
    const gc = r.categories.find((c) => c.categorie === 'Grands comptes')!;
    expect(gc.evolution).toBeCloseTo(0.2, 12);
    expect(gc.poidsN1).toBeCloseTo(0.8, 12);
    const pme = r.categories.find((c) => c.categorie === 'PME')!;
    expect(pme.evolution).toBeCloseTo(0.25, 12);
    expect(r.global.evolution).toBeCloseTo(0.26, 12);
    // A category new in N has no rate but still contributes.
    expect(r.categories.find((c) => c.categorie === 'Particuliers')!.evolution).toBeNull();
    expect(r.categories.reduce((s, c) => s + c.contribution, 0)).toBeCloseTo(
      r.global.evolution,
      12,
    );
    const sansNouvelle = r.categories.filter((c) => c.evolution !== null);
    expect(sansNouvelle.reduce((s, c) => s + c.poidsN1 * (c.evolution as number), 0)).toBeCloseTo(
      0.26 - 500 / 10000,
      12,
    );
  });

  it('refuses a zero CA in N−1, naming the period', () => {
    expect(
      erreur(
        evolutionParCategorie({
          ventes,
          periodeN,
          periodeN1: { debut: '2020-01-01', fin: '2020-12-31' },
        }),
      )?.champ,
    ).toBe('periodeN1');
    expect(
      erreur(
        evolutionParCategorie({ ventes, periodeN: { debut: 'x', fin: '2024-01-01' }, periodeN1 }),
      )?.champ,
    ).toBe('periodeN.debut');
  });

  it('property: the sum of contributions equals the global rate', () => {
    const vente = fc.record({
      client: fc.constantFrom('a', 'b', 'c'),
      categorie: fc.constantFrom('X', 'Y', 'Z'),
      date: fc.constantFrom('2023-02-01', '2023-09-09', '2024-04-04', '2024-12-31'),
      montantHT: fc.integer({ min: 0, max: 10000 }),
      coutHT: fc.integer({ min: 0, max: 10000 }),
    });
    fc.assert(
      fc.property(fc.array(vente, { maxLength: 30 }), (liste) => {
        const r = evolutionParCategorie({ ventes: liste, periodeN, periodeN1 });
        if (!r.ok) return;
        expect(r.valeur.categories.reduce((s, c) => s + c.contribution, 0)).toBeCloseTo(
          r.valeur.global.evolution,
          9,
        );
      }),
    );
  });
});

describe('caParPeriode and derniersDouzeMois', () => {
  it('fills empty months with zeros', () => {
    const r = v(caParPeriode({ ventes: ventes.slice(2), pas: 'mois' }));
    expect(r.map((x) => x.periode)).toEqual([
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
      '2024-08',
    ]);
    expect(r[1].ca).toBe(0);
    expect(v(caParPeriode({ ventes, pas: 'annee' })).map((x) => x.ca)).toEqual([10000, 12600]);
    expect(
      v(caParPeriode({ ventes, pas: 'trimestre', categorie: 'PME' })).map((x) => x.periode),
    ).toEqual(['2023-T2', '2023-T3', '2023-T4', '2024-T1', '2024-T2', '2024-T3']);
    expect(v(caParPeriode({ ventes: [] }))).toEqual([]);
  });

  it('finds the last 12 months with sales and the 12 before', () => {
    expect(v(derniersDouzeMois({ ventes }))).toEqual({
      periodeN: { debut: '2023-09-01', fin: '2024-08-31' },
      periodeN1: { debut: '2022-09-01', fin: '2023-08-31' },
    });
    expect(
      v(derniersDouzeMois({ ventes: [{ ...ventes[0], date: '2024-12-05' }] })).periodeN,
    ).toEqual({ debut: '2024-01-01', fin: '2024-12-31' });
    expect(erreur(derniersDouzeMois({ ventes: [] }))?.champ).toBe('ventes');
  });
});

describe('caParClient and indicateursRFM', () => {
  it('feeds the ABC and RFM analyses', () => {
    const parClient = v(caParClient({ ventes }));
    expect(parClient).toContainEqual({ id: 'A', valeur: 17600 });
    expect(v(classerABC({ elements: parClient }))[0].id).toBe('A');
    expect(v(caParClient({ ventes, mesure: 'marge' }))).toContainEqual({ id: 'B', valeur: 1400 });
    const rfm = v(indicateursRFM({ ventes, dateReference: '2024-12-31' }));
    expect(rfm.find((c) => c.id === 'A')).toEqual({
      id: 'A',
      recence: 291,
      frequence: 2,
      montant: 17600,
    });
    expect(v(notesRFM({ clients: rfm }))).toHaveLength(4);
    // Sales after the reference date are ignored.
    expect(
      v(indicateursRFM({ ventes, dateReference: '2023-12-31' }))
        .map((c) => c.id)
        .sort(),
    ).toEqual(['A', 'B']);
    expect(erreur(indicateursRFM({ ventes, dateReference: '31/12/2024' }))?.champ).toBe(
      'dateReference',
    );
  });
});

describe('indicateursVentes', () => {
  it('gives panier moyen, purchases per client and both margin rates on the sums of the period', () => {
    const r = v(indicateursVentes({ ventes, periode: periodeN }));
    // N: A 9 600 / 7 000, B 1 500 / 900, C 1 000 / 500, D 500 / 300 → CA 12 600, cost 8 700, 4 sales, 4 clients.
    expect(r).toMatchObject({
      caGlobal: 12600,
      coutGlobal: 8700,
      margeGlobale: 3900,
      nombreVentes: 4,
      nombreClients: 4,
    });
    expect(r.panierMoyen).toBe(3150);
    expect(r.achatsParClient).toBe(1);
    expect(r.tauxDeMarque).toBeCloseTo(3900 / 12600, 12);
    expect(r.tauxDeMarge).toBeCloseTo(3900 / 8700, 12);
    // The rate of the whole is a ratio of sums, not the average of each sale's rate.
    const moyenneSimple =
      [
        [9600, 7000],
        [1500, 900],
        [1000, 500],
        [500, 300],
      ].reduce((t, [p, c]) => t + (p - c) / p, 0) / 4;
    expect(Math.abs(r.tauxDeMarque - moyenneSimple)).toBeGreaterThan(0.05);
  });

  it('counts each row as one purchase over the whole file', () => {
    const r = v(indicateursVentes({ ventes }));
    expect(r.achatsParClient).toBe(6 / 4);
    expect(r.caParClient).toBe(22600 / 4);
  });

  it('refuses an empty period in French, and gives no taux de marge without a cost', () => {
    expect(
      erreur(indicateursVentes({ ventes, periode: { debut: '2030-01-01', fin: '2030-12-31' } })),
    ).toEqual({
      champ: 'ventes',
      message: 'Aucune vente sur la période\u202f: les indicateurs ne peuvent pas être calculés.',
    });
    expect(v(indicateursVentes({ ventes: [{ ...ventes[0], coutHT: 0 }] })).tauxDeMarge).toBeNull();
    expect(v(indicateursVentes({ ventes: [{ ...ventes[0], coutHT: 0 }] })).tauxDeMarque).toBe(1);
  });
});

describe('renouvellementClients', () => {
  it('lists the clients lost and won and the observed attrition', () => {
    const r = v(
      renouvellementClients({
        ventes: [
          ...ventes,
          { client: 'E', categorie: 'PME', date: '2023-09-01', montantHT: 100, coutHT: 50 },
        ],
        periodeN,
        periodeN1,
      }),
    );
    expect(r).toEqual({
      clientsN1: 3,
      clientsN: 4,
      fideles: 2,
      perdus: ['E'],
      nouveaux: ['C', 'D'],
      tauxAttrition: 1 / 3,
    });
  });

  it('refuses an empty N−1', () => {
    expect(
      erreur(
        renouvellementClients({
          ventes,
          periodeN,
          periodeN1: { debut: '2020-01-01', fin: '2020-12-31' },
        }),
      )?.champ,
    ).toBe('periodeN1');
  });

  it('property: kept + lost = clients of N−1, kept + won = clients of N, attrition within 0..1', () => {
    const vente = fc.record({
      client: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      annee: fc.constantFrom(2023, 2024),
      montant: fc.nat(1000),
    });
    fc.assert(
      fc.property(fc.array(vente, { minLength: 1, maxLength: 30 }), (liste) => {
        const lignes: Vente[] = liste.map((x) => ({
          client: x.client,
          categorie: 'x',
          date: `${x.annee}-06-01`,
          montantHT: x.montant,
          coutHT: 0,
        }));
        const r = renouvellementClients({ ventes: lignes, periodeN, periodeN1 });
        if (!liste.some((x) => x.annee === 2023)) {
          expect(r.ok).toBe(false);
          return;
        }
        const x = v(r);
        expect(x.fideles + x.perdus.length).toBe(x.clientsN1);
        expect(x.fideles + x.nouveaux.length).toBe(x.clientsN);
        expect(x.tauxAttrition >= 0 && x.tauxAttrition <= 1).toBe(true);
      }),
    );
  });
});
