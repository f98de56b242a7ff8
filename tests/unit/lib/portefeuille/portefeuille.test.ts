import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  classerABC,
  courbeDeLorenz,
  diagnosticConcentration,
  indiceDeGini,
  notesRFM,
  repartitionRFM,
  segmentRFM,
  SEGMENTS_RFM,
  syntheseABC,
  verifierSeuilsABC,
  type ElementABC,
} from '@lib/portefeuille/portefeuille.ts';
import type { Resultat } from '@lib/commun/resultat.ts';

const v = <T>(r: Resultat<T>): T => {
  if (!r.ok) throw new Error(r.erreur.message);
  return r.valeur;
};
const erreur = <T>(r: Resultat<T>) => (r.ok ? undefined : r.erreur);

// Worked example: 10 clients, total CA 1 000.
const clients: ElementABC[] = [
  { id: 'C1', valeur: 50 },
  { id: 'C2', valeur: 400 },
  { id: 'C3', valeur: 30 },
  { id: 'C4', valeur: 250 },
  { id: 'C5', valeur: 20 },
  { id: 'C6', valeur: 150 },
  { id: 'C7', valeur: 40 },
  { id: 'C8', valeur: 30 },
  { id: 'C9', valeur: 20 },
  { id: 'C10', valeur: 10 },
];

describe('classerABC', () => {
  it('sorts by decreasing value with shares, cumulative shares and classes (the client crossing 80 % is A)', () => {
    const l = v(classerABC({ elements: clients }));
    expect(l.map((x) => x.id)).toEqual([
      'C2',
      'C4',
      'C6',
      'C1',
      'C7',
      'C3',
      'C8',
      'C5',
      'C9',
      'C10',
    ]);
    expect(l[0]).toMatchObject({ rang: 1, part: 0.4, partCumulee: 0.4, classe: 'A' });
    // Before C6 the cumulative share is 65 % < 80 %: C6 reaches 80 % and is A; C1 starts at 80 %: B.
    // Before C3 (2nd 30) 92 % < 95 %: B; the next one starts at 95 %: C.
    expect(l.map((x) => x.classe).join('')).toBe('AAABBBBCCC');
    expect(l[2].partCumulee).toBeCloseTo(0.8, 12);
    expect(l[l.length - 1].partCumulee).toBe(1);
  });

  it('a cumulative share of exactly 80 % before an item makes it B (not A)', () => {
    const l = v(
      classerABC({
        elements: [
          { id: 'a', valeur: 80 },
          { id: 'b', valeur: 15 },
          { id: 'c', valeur: 5 },
        ],
      }),
    );
    expect(l.map((x) => x.classe)).toEqual(['A', 'B', 'C']);
  });

  it('keeps the input order for ties', () => {
    const l = v(
      classerABC({
        elements: [
          { id: 'x', valeur: 10 },
          { id: 'y', valeur: 20 },
          { id: 'z', valeur: 10 },
        ],
      }),
    );
    expect(l.map((x) => x.id)).toEqual(['y', 'x', 'z']);
  });

  it('accepts edited thresholds', () => {
    const l = v(classerABC({ elements: clients, seuils: { a: 0.5, b: 0.9 } }));
    expect(l.map((x) => x.classe).join('')).toBe('AABBBBCCCC');
  });

  it('handles an empty list and an all-zero list', () => {
    expect(v(classerABC({ elements: [] }))).toEqual([]);
    const l = v(
      classerABC({
        elements: [
          { id: 'a', valeur: 0 },
          { id: 'b', valeur: 0 },
        ],
      }),
    );
    expect(l.map((x) => x.part)).toEqual([0.5, 0.5]);
    expect(l.map((x) => x.classe)).toEqual(['A', 'A']);
    const cinq = v(
      classerABC({ elements: Array.from({ length: 5 }, (_, i) => ({ id: String(i), valeur: 0 })) }),
    );
    expect(cinq.map((x) => x.classe).join('')).toBe('AAAAB');
  });

  it('rejects negative values and bad thresholds in French', () => {
    expect(erreur(classerABC({ elements: [{ id: 'a', valeur: -1 }] }))).toEqual({
      champ: 'elements',
      message:
        'La valeur de la ligne 1 est négative\u202f: la méthode ABC répartit des montants positifs.',
    });
    expect(erreur(classerABC({ elements: clients, seuils: { a: 0.9, b: 0.8 } }))?.champ).toBe(
      'seuils.b',
    );
    expect(erreur(classerABC({ elements: clients, seuils: { a: 0.9, b: 0.8 } }))?.message).toBe(
      'Le seuil de la classe B doit dépasser celui de la classe A (90\u202f%).',
    );
    expect(erreur(verifierSeuilsABC({ seuils: { a: 0, b: 0.5 } }))?.champ).toBe('seuils.a');
    expect(erreur(verifierSeuilsABC({ seuils: { a: 0.5, b: 1.2 } }))?.champ).toBe('seuils.b');
    expect(erreur(classerABC({ elements: [{ id: 'a', valeur: NaN }] }))?.message).toBe(
      'La valeur de la ligne 1 n’est pas un nombre.',
    );
  });

  it('summarises each class (« 30 % des clients font 80 % du CA »)', () => {
    const s = syntheseABC({ lignes: v(classerABC({ elements: clients })) });
    expect(s.A.nombre).toBe(3);
    expect(s.A.partElements).toBeCloseTo(0.3);
    expect(s.A.partValeur).toBeCloseTo(0.8);
    expect(s.B.nombre).toBe(4);
    expect(s.C.nombre).toBe(3);
  });

  it('property: classes partition the list, keep its order (A then B then C) and shares add to 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), { maxLength: 60 }),
        fc.double({ min: 0.01, max: 0.98, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (valeurs, a, d) => {
          const b = Math.min(1, a + d * (1 - a));
          const r = classerABC({
            elements: valeurs.map((valeur, i) => ({ id: String(i), valeur })),
            seuils: { a, b: b > a ? b : 1 },
          });
          if (!r.ok) return;
          const l = r.valeur;
          expect(l).toHaveLength(valeurs.length);
          expect(new Set(l.map((x) => x.id)).size).toBe(valeurs.length);
          const ordre = l.map((x) => 'ABC'.indexOf(x.classe));
          for (let i = 1; i < l.length; i++) {
            expect(ordre[i]).toBeGreaterThanOrEqual(ordre[i - 1]);
            expect(l[i].valeur).toBeLessThanOrEqual(l[i - 1].valeur);
          }
          if (l.length) {
            expect(l[0].classe).toBe('A');
            expect(l[l.length - 1].partCumulee).toBe(1);
            for (const x of l)
              expect(Number.isFinite(x.part) && Number.isFinite(x.partCumulee)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('indiceDeGini and courbeDeLorenz', () => {
  it('is 0 for equal shares and grows with concentration', () => {
    expect(v(indiceDeGini({ points: v(courbeDeLorenz({ valeurs: [5, 5, 5, 5] })) }))).toBeCloseTo(
      0,
      12,
    );
    const g = v(
      indiceDeGini({ points: v(courbeDeLorenz({ valeurs: clients.map((c) => c.valeur) })) }),
    );
    expect(g).toBeGreaterThan(0.4);
    expect(g).toBeLessThan(1);
  });

  it('computes the trapezoid formula on a textbook table (with or without the origin)', () => {
    // (20 %, 5 %), (50 %, 20 %), (80 %, 50 %), (100 %, 100 %): Σ = 0,2×0,05 + 0,3×0,25 + 0,3×0,7 + 0,2×1,5 = 0,595
    const points = [
      { x: 0.2, y: 0.05 },
      { x: 0.5, y: 0.2 },
      { x: 0.8, y: 0.5 },
      { x: 1, y: 1 },
    ];
    expect(v(indiceDeGini({ points }))).toBeCloseTo(0.405, 12);
    expect(v(indiceDeGini({ points: [{ x: 0, y: 0 }, ...points] }))).toBeCloseTo(0.405, 12);
  });

  it('gives the same index from a Pareto (decreasing) curve', () => {
    const pareto = [
      { x: 0.2, y: 0.5 },
      { x: 0.5, y: 0.8 },
      { x: 0.8, y: 0.95 },
      { x: 1, y: 1 },
    ];
    const lorenz = [
      { x: 0.2, y: 0.05 },
      { x: 0.5, y: 0.2 },
      { x: 0.8, y: 0.5 },
      { x: 1, y: 1 },
    ];
    expect(v(indiceDeGini({ points: pareto }))).toBeCloseTo(
      v(indiceDeGini({ points: lorenz })),
      12,
    );
  });

  it('rejects malformed points in French', () => {
    expect(erreur(indiceDeGini({ points: [] }))?.champ).toBe('points');
    expect(
      erreur(
        indiceDeGini({
          points: [
            { x: 0.5, y: 0.6 },
            { x: 0.4, y: 0.7 },
            { x: 1, y: 1 },
          ],
        }),
      )?.message,
    ).toBe('Les cumuls doivent croître d’un point au suivant (point 2).');
    expect(erreur(indiceDeGini({ points: [{ x: 0.5, y: 0.6 }] }))?.message).toBe(
      'Le dernier point doit être (100\u202f%, 100\u202f%).',
    );
    expect(erreur(indiceDeGini({ points: [{ x: 1.5, y: 1 }] }))?.champ).toBe('points');
    expect(erreur(courbeDeLorenz({ valeurs: [] }))?.message).toBe('La liste des valeurs est vide.');
  });

  it('property: the index stays in [0, 1], never NaN', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e12, noNaN: true }), { minLength: 1, maxLength: 50 }),
        (valeurs) => {
          const g = v(indiceDeGini({ points: v(courbeDeLorenz({ valeurs })) }));
          expect(g).toBeGreaterThanOrEqual(0);
          expect(g).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('diagnosticConcentration', () => {
  it('says how many clients make 50 %, 80 % and 95 % of the CA', () => {
    const d = v(diagnosticConcentration({ elements: clients }));
    expect(d.total).toBe(1000);
    expect(d.partDuPremier).toBe(0.4);
    expect(d.paliers.map((p) => p.nombre)).toEqual([2, 3, 7]);
    expect(d.paliers[1]).toMatchObject({ partVisee: 0.8, nombre: 3 });
    expect(d.paliers[1].partElements).toBeCloseTo(0.3);
    expect(d.gini).toBeGreaterThan(0);
  });

  it('refuses an empty portfolio and out-of-range targets', () => {
    expect(erreur(diagnosticConcentration({ elements: [] }))?.message).toBe(
      'Le portefeuille est vide\u202f: il n’y a rien à analyser.',
    );
    expect(erreur(diagnosticConcentration({ elements: clients, parts: [1.2] }))?.champ).toBe(
      'parts',
    );
  });
});

describe('notesRFM', () => {
  const cinq = [
    { id: 'a', recence: 10, frequence: 12, montant: 5000 },
    { id: 'b', recence: 30, frequence: 8, montant: 3000 },
    { id: 'c', recence: 60, frequence: 4, montant: 800 },
    { id: 'd', recence: 120, frequence: 2, montant: 400 },
    { id: 'e', recence: 300, frequence: 1, montant: 100 },
  ];

  it('gives 5 to the best (shortest recency, highest frequency and amount), with sum and code', () => {
    const n = v(notesRFM({ clients: cinq }));
    expect(n[0]).toEqual({
      id: 'a',
      noteRecence: 5,
      noteFrequence: 5,
      noteMontant: 5,
      total: 15,
      code: '555',
    });
    expect(n.map((x) => x.code)).toEqual(['555', '444', '333', '222', '111']);
  });

  it('uses quintiles on ten clients', () => {
    const dix = Array.from({ length: 10 }, (_, i) => ({
      id: String(i),
      recence: i,
      frequence: i,
      montant: i,
    }));
    const n = v(notesRFM({ clients: dix }));
    expect(n.map((x) => x.noteFrequence)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(n.map((x) => x.noteRecence)).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
  });

  it('gives equal values the same note; a lone client gets the middle note', () => {
    const n = v(
      notesRFM({ clients: [...cinq, { id: 'f', recence: 10, frequence: 12, montant: 5000 }] }),
    );
    expect(n[0].code).toBe(n[5].code);
    expect(v(notesRFM({ clients: [cinq[0]] }))[0].code).toBe('333');
    expect(v(notesRFM({ clients: [] }))).toEqual([]);
  });

  it('supports another number of classes', () => {
    const n = v(notesRFM({ clients: cinq, classes: 3 }));
    expect(n[0].total).toBe(9);
    expect(n[4].code).toBe('111');
  });

  it('rejects bad inputs in French', () => {
    expect(erreur(notesRFM({ clients: cinq, classes: 12 }))?.message).toBe(
      'Le nombre de classes doit être un entier de 2 à 9.',
    );
    expect(
      erreur(notesRFM({ clients: [{ id: 'x', recence: -1, frequence: 1, montant: 1 }] }))?.message,
    ).toBe('La récence du client 1 doit être un nombre positif ou nul.');
    expect(
      erreur(notesRFM({ clients: [{ id: 'x', recence: 1, frequence: 1, montant: NaN }] }))?.message,
    ).toBe('Le montant du client 1 doit être un nombre positif ou nul.');
  });

  it('property: notes stay within 1..classes, equal inputs share notes, and better never scores lower', () => {
    const client = fc.record({
      recence: fc.nat(400),
      frequence: fc.nat(30),
      montant: fc.nat(10000),
    });
    fc.assert(
      fc.property(
        fc.array(client, { maxLength: 40 }),
        fc.integer({ min: 2, max: 9 }),
        (liste, classes) => {
          const n = v(
            notesRFM({ clients: liste.map((c, i) => ({ id: String(i), ...c })), classes }),
          );
          n.forEach((x, i) => {
            for (const note of [x.noteRecence, x.noteFrequence, x.noteMontant])
              expect(note >= 1 && note <= classes).toBe(true);
            expect(x.code).toHaveLength(3);
            n.forEach((y, j) => {
              if (liste[i].montant > liste[j].montant)
                expect(x.noteMontant).toBeGreaterThanOrEqual(y.noteMontant);
              if (liste[i].recence < liste[j].recence)
                expect(x.noteRecence).toBeGreaterThanOrEqual(y.noteRecence);
              if (liste[i].frequence === liste[j].frequence)
                expect(x.noteFrequence).toBe(y.noteFrequence);
            });
          });
        },
      ),
    );
  });
});

describe('segmentRFM and repartitionRFM', () => {
  const n = (r: number, f: number, m: number) =>
    segmentRFM({ notes: { noteRecence: r, noteFrequence: f, noteMontant: m } });

  it('reads the codes as the lesson does', () => {
    expect(n(5, 5, 5)).toBe('excellents');
    expect(n(1, 5, 5)).toBe('a-relancer');
    expect(n(5, 1, 1)).toBe('nouveaux');
    expect(n(1, 1, 1)).toBe('perdus');
    expect(n(3, 3, 3)).toBe('reguliers');
    expect(n(2, 1, 3)).toBe('a-relancer');
    expect(n(4, 3, 3)).toBe('reguliers');
  });

  it('property: every combination of notes falls in exactly one known segment', () => {
    for (let r = 1; r <= 5; r++)
      for (let f = 1; f <= 5; f++)
        for (let m = 1; m <= 5; m++) expect(SEGMENTS_RFM).toContain(n(r, f, m));
  });

  it('counts clients and amounts per segment, the shares adding up to 1', () => {
    const clientsRFM = Array.from({ length: 20 }, (_, i) => ({
      id: `c${i}`,
      recence: (i * 37) % 300,
      frequence: 1 + (i % 6),
      montant: 100 * (1 + ((i * 7) % 11)),
    }));
    const r = v(repartitionRFM({ clients: clientsRFM }));
    expect(r.map((s) => s.segment)).toEqual([...SEGMENTS_RFM]);
    expect(r.reduce((t, s) => t + s.nombre, 0)).toBe(20);
    expect(r.reduce((t, s) => t + s.part, 0)).toBeCloseTo(1, 12);
    expect(r.reduce((t, s) => t + s.partMontant, 0)).toBeCloseTo(1, 12);
    expect(new Set(r.flatMap((s) => s.ids)).size).toBe(20);
    expect(v(repartitionRFM({ clients: [] })).every((s) => s.nombre === 0 && s.part === 0)).toBe(
      true,
    );
    expect(
      erreur(repartitionRFM({ clients: [{ id: 'x', recence: -1, frequence: 1, montant: 1 }] }))
        ?.champ,
    ).toBe('clients');
  });
});
