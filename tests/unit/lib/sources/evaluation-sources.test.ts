import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { evaluerSources } from '../../../../src/lib/sources/evaluation-sources.ts';
import { erreursDe } from '../../../../src/lib/commun/resultat.ts';
import { proprieteDesChamps, valeurDe } from '../aide-lib.ts';
import { SOURCES, type ProspectSource } from '../../../../src/lib/sources/sources.ts';

const p = (
  source: ProspectSource['source'],
  temperature: ProspectSource['temperature'],
  converti: boolean,
): ProspectSource => ({ source, temperature, converti, dateCollecte: '2026-01-01' });
const prospects = [
  p('salon', 'chaud', true),
  p('salon', 'froid', false),
  p('fichier-achete', 'chaud', true),
  ...Array.from({ length: 9 }, () => p('fichier-achete', 'froid', false)),
];
const base = { etat: 'pret' as const, prospects, dateReference: '2026-09-01', avecCampagne: true };
/** The analysis of a file that is ready (the test fails otherwise). */
const pret = (e: ReturnType<typeof evaluerSources>) => {
  if (e.etat !== 'pret') throw new Error(`état ${e.etat}`);
  return e;
};

describe('evaluerSources', () => {
  test('les coûts saisis à la française donnent le coût par client ; un champ vide reste inconnu', () => {
    const e = pret(
      evaluerSources({
        ...base,
        saisie: { salon: '1\u202f500,50 €', 'fichier-achete': '' },
      }),
    );
    expect(erreursDe(e.couts)).toEqual({});
    expect(valeurDe(e.couts)?.sources).toEqual([
      { source: 'salon', cout: 1500.5, clients: 1, coutParClient: 1500.5 },
    ]);
    expect(e.comparaison?.rapport).toBeCloseTo(0.5 / 0.1, 12);
  });

  test('une saisie invalide ou négative donne une erreur française sur la source, sans coût par client', () => {
    const e = pret(evaluerSources({ ...base, saisie: { salon: 'abc', 'fichier-achete': '-3' } }));
    expect(erreursDe(e.couts).salon).toMatch(/coût de la source «\u00a0salon\u00a0»/);
    expect(erreursDe(e.couts)['fichier-achete']).toBe(
      'Le coût de la source «\u00a0fichier acheté\u00a0» ne peut pas être négatif.',
    );
    expect(valeurDe(e.couts)).toBeUndefined();
    expect(e.bilan.prospects).toBe(12);
  });

  test('sans campagne passée : les effectifs seulement', () => {
    const e = pret(evaluerSources({ ...base, avecCampagne: false, saisie: { salon: '100' } }));
    expect(e.bilan.campagne).toBeNull();
    expect(e.couts).toEqual({ ok: true, valeur: undefined });
    expect(e.comparaison).toBeUndefined();
  });

  test('le chargement et un fichier vide ne plantent pas', () => {
    expect(evaluerSources({ ...base, etat: 'chargement', saisie: {} })).toEqual({
      etat: 'chargement',
    });
    expect(evaluerSources({ ...base, prospects: [], saisie: {} }).etat).toBe('erreur');
  });
});

/** Every number reachable in a value, for the « never NaN » property. */
const nombres = (v: unknown): number[] =>
  typeof v === 'number' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(nombres) : [];

describe('propriétés', () => {
  test('des coûts positifs saisis à la française ne donnent jamais NaN ni Infinity', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...SOURCES), fc.integer({ min: 0, max: 10_000_000 }))),
        fc.boolean(),
        (couts, avecCampagne) => {
          const saisie = Object.fromEntries(
            couts.map(([s, c]) => [s, `${c / 100}`.replace('.', ',')]),
          );
          const e = pret(evaluerSources({ ...base, avecCampagne, saisie }));
          expect(e.couts.ok).toBe(true);
          expect(nombres(e).every(Number.isFinite)).toBe(true);
        },
      ),
    );
  });
  test('multiplier tous les coûts multiplie chaque coût par client', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 2, max: 9 }), (c, k) => {
        const parClient = (cout: number) =>
          valeurDe(
            pret(
              evaluerSources({
                ...base,
                saisie: { salon: String(cout), 'fichier-achete': String(cout) },
              }),
            ).couts,
          )!.sources.map((s) => s.coutParClient);
        parClient(c * k).forEach((v, i) => expect(v).toBeCloseTo(parClient(c)[i]! * k, 6));
      }),
    );
  });
  test('des coûts valides donnent un coût par client fini ; un seul coût illisible est signalé, lui seul', () => {
    const sources = ['salon', 'fichier-achete'] as const;
    proprieteDesChamps({
      evaluer: (saisie: Record<(typeof sources)[number], string>) =>
        pret(evaluerSources({ ...base, saisie })).couts,
      saisie: fc.record({
        salon: fc.integer({ min: 0, max: 10_000_000 }).map(String),
        'fichier-achete': fc.integer({ min: 0, max: 10_000_000 }).map(String),
      }),
      champs: sources.map((champ) => ({
        champ,
        mettre: (s: Record<(typeof sources)[number], string>, texte: string) => ({
          ...s,
          [champ]: texte === '' ? '-1' : texte,
        }),
      })),
    });
  });
});
