import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  bilanDesSources,
  trierSources,
  SOURCES,
  LIBELLES_SOURCES,
  type ProspectSource,
} from '@lib/sources/sources.ts';
import {
  comparerSources,
  coutParClientDesSources,
  coutsDepuisCampagne,
} from '@lib/sources/rendement.ts';
import type { SourceProspect, Temperature } from '@lib/commun/prospect.ts';
import { erreur, nimporte, v } from '../aide-lib.ts';

const p = (
  source: SourceProspect,
  temperature: Temperature,
  converti: boolean,
  dateCollecte = '2026-01-01',
): ProspectSource => ({ source, temperature, converti, dateCollecte });
const rep = (n: number, x: ProspectSource) => Array.from({ length: n }, () => x);

/** The lesson’s worked example: 400 rows of a rented file reached, 6 clients; 35 referrals, 7 clients… */
const exemple: ProspectSource[] = [
  ...rep(6, p('fichier-achete', 'chaud', true)),
  ...rep(394, p('fichier-achete', 'froid', false)),
  ...rep(100, p('fichier-achete', 'suspect', false)),
  ...rep(9, p('salon', 'chaud', true)),
  ...rep(141, p('salon', 'tiede', false)),
  ...rep(7, p('parrainage', 'chaud', true, '2026-07-01')),
  ...rep(28, p('parrainage', 'tiede', false, '2026-07-01')),
  ...rep(10, p('site-web', 'chaud', true)),
  ...rep(90, p('site-web', 'froid', false)),
];

describe('bilanDesSources', () => {
  const b = v(
    bilanDesSources({ prospects: exemple, dateReference: '2026-09-01', avecCampagne: true }),
  );
  const ligne = (s: SourceProspect) => b.lignes.find((l) => l.source === s)!;

  it('the lesson’s example: rates on the prospects reached, not on every row of the source', () => {
    expect(ligne('fichier-achete').campagne).toEqual({
      joints: 400,
      clients: 6,
      tauxDeTransformation: 0.015,
      tauxSurFichier: 0.012,
    });
    expect(ligne('salon').campagne?.tauxDeTransformation).toBeCloseTo(0.06, 12);
    expect(ligne('parrainage').campagne?.tauxDeTransformation).toBeCloseTo(0.2, 12);
    expect(ligne('site-web').campagne?.tauxDeTransformation).toBeCloseTo(0.1, 12);
    expect(b.campagne).toMatchObject({ joints: 685, clients: 32 });
    expect(b.campagne?.tauxDeTransformation).toBeCloseTo(32 / 685, 12);
  });

  it('counts, shares, freshness and the course’s order (internal sources first)', () => {
    expect(b.prospects).toBe(785);
    expect(b.lignes.map((l) => l.source)).toEqual(
      ['annuaire', 'fichier-achete', 'salon', 'site-web', 'parrainage'].filter((s) =>
        b.lignes.some((l) => l.source === s),
      ),
    );
    expect(ligne('fichier-achete').part).toBeCloseTo(500 / 785, 12);
    expect(ligne('parrainage').ageMoyenJours).toBe(62);
    expect(ligne('salon').ageMoyenJours).toBe(243);
    expect(ligne('salon').interne).toBe(false);
    expect(b.datesIllisibles).toBe(0);
  });

  it('without a past campaign: counts only, no rate', () => {
    const s = v(
      bilanDesSources({ prospects: exemple, dateReference: '2026-09-01', avecCampagne: false }),
    );
    expect(s.campagne).toBeNull();
    expect(s.lignes.every((l) => l.campagne === null && l.prospects > 0)).toBe(true);
  });

  it('a source the campaign never reached has no rate (null, not NaN); a converted suspect is not counted', () => {
    const s = v(
      bilanDesSources({
        prospects: [p('annuaire', 'suspect', true), p('salon', 'chaud', true)],
        dateReference: '2026-09-01',
        avecCampagne: true,
      }),
    );
    expect(s.lignes[0].campagne).toEqual({
      joints: 0,
      clients: 0,
      tauxDeTransformation: null,
      tauxSurFichier: 0,
    });
  });

  it('unreadable or future collection dates are left out of the mean and counted', () => {
    const s = v(
      bilanDesSources({
        prospects: [
          p('salon', 'froid', false, ''),
          p('salon', 'froid', false, '2027-01-01'),
          p('salon', 'froid', false, '2026-08-22'),
        ],
        dateReference: '2026-09-01',
        avecCampagne: true,
      }),
    );
    expect(s.datesIllisibles).toBe(2);
    expect(s.ageMoyenJours).toBe(10);
    const aucune = v(
      bilanDesSources({
        prospects: [p('salon', 'froid', false, 'hier')],
        dateReference: '2026-09-01',
        avecCampagne: false,
      }),
    );
    expect(aucune.ageMoyenJours).toBeNull();
  });

  it('French errors naming the field', () => {
    expect(
      erreur(bilanDesSources({ prospects: [], dateReference: '2026-09-01', avecCampagne: true }))
        ?.champ,
    ).toBe('prospects');
    expect(
      erreur(
        bilanDesSources({ prospects: exemple, dateReference: '01/09/2026', avecCampagne: true }),
      ),
    ).toEqual({
      champ: 'dateReference',
      message: 'La date de référence doit être une date valide (aaaa-mm-jj).',
    });
  });

  it('the sample files: the totals are the campaign’s contactsJoints and commandes', () => {
    for (const id of ['emballages-casablanca', 'assurances-rabat', 'mobilier-lyon']) {
      const campagne = JSON.parse(readFileSync(`content/datasets/${id}/campagne.json`, 'utf8'));
      const [entete, ...lignes] = readFileSync(`content/datasets/${id}/prospects.csv`, 'utf8')
        .trim()
        .split('\n')
        .map((l) => l.split(';'));
      const col = (n: string) => entete.indexOf(n);
      const prospects = lignes.map((l) =>
        p(
          l[col('source')] as SourceProspect,
          l[col('temperature')] as Temperature,
          l[col('converti')] === 'oui',
          l[col('dateCollecte')],
        ),
      );
      const s = v(bilanDesSources({ prospects, dateReference: '2026-09-01', avecCampagne: true }));
      expect(s.campagne?.joints).toBe(campagne.etapes.contactsJoints);
      expect(s.campagne?.clients).toBe(campagne.etapes.commandes);
    }
  });
});

const arbProspect = fc.record({
  source: fc.constantFrom(...SOURCES),
  temperature: fc.constantFrom<Temperature>('suspect', 'froid', 'tiede', 'chaud'),
  converti: fc.boolean(),
  dateCollecte: fc.oneof(
    fc
      .integer({ min: 0, max: 4000 })
      .map((j) => new Date(Date.UTC(2016, 0, 1) + j * 86_400_000).toISOString().slice(0, 10)),
    fc.constantFrom('', '2026-02-30', 'x'),
  ),
});

describe('properties', () => {
  it('shares sum to 1, rates lie in [0, 1], counts add up, nothing is NaN', () => {
    fc.assert(
      fc.property(
        fc.array(arbProspect, { minLength: 1, maxLength: 200 }),
        fc.boolean(),
        (prospects, avecCampagne) => {
          const b = v(bilanDesSources({ prospects, dateReference: '2026-09-01', avecCampagne }));
          expect(b.lignes.reduce((s, l) => s + l.part, 0)).toBeCloseTo(1, 9);
          expect(b.lignes.reduce((s, l) => s + l.prospects, 0)).toBe(prospects.length);
          for (const l of b.lignes) {
            expect(l.part).toBeGreaterThan(0);
            if (l.ageMoyenJours !== null) expect(l.ageMoyenJours).toBeGreaterThanOrEqual(0);
            if (!l.campagne) {
              expect(avecCampagne).toBe(false);
              continue;
            }
            const { joints, clients, tauxDeTransformation, tauxSurFichier } = l.campagne;
            expect(clients).toBeLessThanOrEqual(joints);
            expect(joints).toBeLessThanOrEqual(l.prospects);
            for (const t of [tauxDeTransformation ?? 0, tauxSurFichier]) {
              expect(t).toBeGreaterThanOrEqual(0);
              expect(t).toBeLessThanOrEqual(1);
            }
            expect(tauxSurFichier).toBeLessThanOrEqual(tauxDeTransformation ?? 0);
          }
          expect(JSON.stringify(b)).not.toMatch(/NaN|Infinity/);
        },
      ),
    );
  });

  it('sorting is a permutation, ordered, with missing values last', () => {
    fc.assert(
      fc.property(
        fc.array(arbProspect, { minLength: 1, maxLength: 80 }),
        fc.constantFrom(
          'source',
          'prospects',
          'part',
          'joints',
          'clients',
          'tauxDeTransformation',
          'ageMoyenJours' as const,
        ),
        fc.boolean(),
        (prospects, cle, decroissant) => {
          const b = v(
            bilanDesSources({ prospects, dateReference: '2026-09-01', avecCampagne: true }),
          );
          const t = trierSources({ lignes: b.lignes, cle, decroissant });
          expect(new Set(t)).toEqual(new Set(b.lignes));
          if (cle === 'tauxDeTransformation') {
            const taux = t.map((l) => l.campagne?.tauxDeTransformation ?? null);
            const vus = taux.filter((x) => x !== null) as number[];
            expect(taux.slice(0, vus.length).every((x) => x !== null)).toBe(true);
            for (let i = 1; i < vus.length; i++)
              expect(decroissant ? vus[i - 1] >= vus[i] : vus[i - 1] <= vus[i]).toBe(true);
          }
        },
      ),
    );
  });

  it('cost per client never gives NaN or Infinity, and rejects a bad cost in French', () => {
    const b = v(
      bilanDesSources({ prospects: exemple, dateReference: '2026-09-01', avecCampagne: true }),
    );
    fc.assert(
      fc.property(nimporte, (cout) => {
        const r = coutParClientDesSources({ lignes: b.lignes, couts: { salon: cout } });
        if (r.ok) expect(JSON.stringify(r.valeur)).not.toMatch(/NaN|Infinity|null,"clients":[1-9]/);
        else
          expect(r.erreur).toEqual({
            champ: 'salon',
            message:
              'Le coût de la source «\u00a0salon\u00a0» doit être un montant positif ou nul.',
          });
      }),
    );
  });
});

describe('rendement des sources', () => {
  const b = v(
    bilanDesSources({ prospects: exemple, dateReference: '2026-09-01', avecCampagne: true }),
  );

  it('compares the best source with the bought file: 20 % ÷ 1,5 % ≈ 13,3 times', () => {
    const c = v(comparerSources({ lignes: b.lignes }));
    expect(c.meilleure.source).toBe('parrainage');
    expect(c.reference.source).toBe('fichier-achete');
    expect(c.rapport).toBeCloseTo(0.2 / 0.015, 9);
  });

  it('without a bought file, the weakest converting source is the reference; too few sources is a French error', () => {
    const c = v(comparerSources({ lignes: b.lignes.filter((l) => l.source !== 'fichier-achete') }));
    expect(c.reference.source).toBe('salon');
    expect(erreur(comparerSources({ lignes: b.lignes.slice(0, 1) }))?.message).toMatch(
      /^Il faut au moins deux sources/,
    );
    const sans = v(
      bilanDesSources({ prospects: exemple, dateReference: '2026-09-01', avecCampagne: false }),
    );
    expect(comparerSources({ lignes: sans.lignes }).ok).toBe(false);
  });

  it('the lesson’s costs per client: 300, 600, 50 and 200 €; 9 550 ÷ 32 overall', () => {
    const r = v(
      coutParClientDesSources({
        lignes: b.lignes,
        couts: { 'fichier-achete': 1800, salon: 5400, parrainage: 350, 'site-web': 2000 },
      }),
    );
    expect(Object.fromEntries(r.sources.map((s) => [s.source, s.coutParClient]))).toEqual({
      'fichier-achete': 300,
      salon: 600,
      parrainage: 50,
      'site-web': 200,
    });
    expect(r.total?.coutParClient).toBeCloseTo(9550 / 32, 9);
    expect(v(coutParClientDesSources({ lignes: b.lignes, couts: {} })).total).toBeNull();
  });

  it('a source without a client has no cost per client; without a campaign, a French error', () => {
    const s = v(
      bilanDesSources({
        prospects: [p('annuaire', 'froid', false), p('salon', 'chaud', true)],
        dateReference: '2026-09-01',
        avecCampagne: true,
      }),
    );
    expect(
      v(coutParClientDesSources({ lignes: s.lignes, couts: { annuaire: 500 } })).sources[0]
        .coutParClient,
    ).toBeNull();
    const sans = v(
      bilanDesSources({ prospects: exemple, dateReference: '2026-09-01', avecCampagne: false }),
    );
    expect(
      erreur(coutParClientDesSources({ lignes: sans.lignes, couts: { salon: 100 } }))?.champ,
    ).toBe('campagne');
  });

  it('takes from a campaign budget only the lines one source paid for alone', () => {
    expect(
      coutsDepuisCampagne({
        lignesDeCout: [
          { id: 'fichier', montant: 2400 },
          { id: 'phoning', montant: 9800 },
          { id: 'parrainage', montant: 4000 },
          { id: 'reseaux-sociaux', montant: 18000 },
        ],
      }),
    ).toEqual({ 'fichier-achete': 2400, parrainage: 4000, 'reseau-social': 18000 });
  });

  it('names every source in French', () => {
    expect(SOURCES.every((s) => LIBELLES_SOURCES[s].length > 3)).toBe(true);
  });
});
