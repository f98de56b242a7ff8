import { describe, expect, it } from 'vitest';
import { syntheseClasse, type CopieEleve } from '../../../src/exercises/classe.ts';
import { lireCopieEleve, lireProductions } from '../../../src/exercises/classe-lecture.ts';
import { nomFichierExport } from '../../../src/stores/identite.ts';

const chapitres = [
  {
    chapitre: 'budgetiser',
    titre: 'Budgétiser',
    exercices: [
      { id: 'budgetiser/ca-minimum', type: 'numerique' as const, titre: 'CA minimum' },
      { id: 'budgetiser/enveloppe', type: 'choix-unique' as const, titre: 'Enveloppe' },
    ],
  },
  {
    chapitre: 'planifier',
    titre: 'Planifier',
    exercices: [{ id: 'planifier/visites', type: 'numerique' as const, titre: 'Visites' }],
  },
];
const t = (exerciceId: string, correct: boolean, minute: number, erreur?: string) => ({
  exerciceId,
  code: 'K7Q2',
  correct,
  date: `2026-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`,
  ...(erreur ? { erreur } : {}),
});
const fichier = (contenu: Record<string, unknown>) =>
  JSON.stringify({
    format: 'atelier-prospection/progression',
    version: 1,
    exporteLe: '2026-03-01T11:00:00.000Z',
    ...contenu,
  });

describe('reading a learner’s file', () => {
  it('keeps name, class, attempts and production levels', () => {
    const r = lireCopieEleve({
      nomFichier: 'a.json',
      texte: fichier({
        eleve: { nom: 'Amina', classe: 'BTS NDRC 1' },
        productions: { 'courriel-prospection': { niveaux: { ton: 2, objet: 3 } } },
        tentatives: [
          t('budgetiser/ca-minimum', false, 1, 'Vous avez divisé par le taux de marge.'),
        ],
      }),
    });
    expect(r.ok && r.valeur).toEqual({
      nom: 'Amina',
      classe: 'BTS NDRC 1',
      productions: { 'courriel-prospection': { niveaux: { ton: 2, objet: 3 } } },
      tentatives: [t('budgetiser/ca-minimum', false, 1, 'Vous avez divisé par le taux de marge.')],
    });
  });
  it('names a learner after the file when the export has no name', () => {
    const r = lireCopieEleve({
      nomFichier: 'progression-karim.json',
      texte: fichier({ tentatives: [] }),
    });
    expect(r.ok && r.valeur.nom).toBe('progression-karim');
  });
  it('keeps hostile text as a plain string (rendered as text by the page)', () => {
    const r = lireCopieEleve({
      nomFichier: 'x.json',
      texte: fichier({
        eleve: { nom: '<img src=x onerror=alert(1)>', classe: '' },
        tentatives: [],
      }),
    });
    expect(r.ok && r.valeur.nom).toBe('<img src=x onerror=alert(1)>');
  });
  it.each([
    ['', /est vide/],
    ['{pas du json', /n’est pas un fichier JSON lisible/],
    ['{"format":"autre","version":1,"tentatives":[]}', /n’est pas une progression exportée/],
    [
      '{"format":"atelier-prospection/progression","version":2,"tentatives":[]}',
      /autre version du site/,
    ],
    [
      fichier({
        tentatives: [
          { exerciceId: '../../etc', code: '', correct: true, date: '2026-01-01T00:00:00Z' },
        ],
      }),
      /essai mal formé \(n°\u00a01\)/,
    ],
    [
      fichier({
        tentatives: [t('budgetiser/ca-minimum', true, 1)],
        productions: { g: { niveaux: { a: 9 } } },
      }),
      /grilles d’autoévaluation mal formées/,
    ],
    ['x'.repeat(2_000_001), /trop volumineux/],
  ])('refuses a malformed or huge file with a French reason (%#)', (texte, raison) => {
    const r = lireCopieEleve({ nomFichier: 'eleve.json', texte });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.erreur.message).toMatch(raison);
  });
  it('production levels must be whole numbers from 0 to 3', () => {
    expect(lireProductions({ g: { niveaux: { a: 1.5 } } })).toBeUndefined();
    expect(lireProductions({ g: { niveaux: { a: 3 } } })).toEqual({ g: { niveaux: { a: 3 } } });
  });
});

describe('the class summary', () => {
  const copie = (
    nom: string,
    tentatives: ReturnType<typeof t>[],
    productions = {},
  ): CopieEleve => ({ nom, classe: '1A', tentatives, productions });
  const copies = [
    copie(
      'Amina',
      [
        t('budgetiser/ca-minimum', false, 1, 'Divisé par le taux de marge.'),
        t('budgetiser/ca-minimum', true, 2),
        t('budgetiser/enveloppe', true, 3),
      ],
      { grille: { niveaux: { ton: 3 } } },
    ),
    copie(
      'Karim',
      [
        t('budgetiser/ca-minimum', false, 1, 'Divisé par le taux de marge.'),
        t('budgetiser/enveloppe', false, 2),
        t('planifier/visites', false, 3, 'Arrondi vers le haut.'),
      ],
      { grille: { niveaux: { ton: 1 } } },
    ),
    copie('Léa', []),
  ];
  const s = syntheseClasse({ chapitres, copies });
  it('gives per exercise and per chapter the share of learners who succeeded among those who tried', () => {
    expect(s.eleves).toBe(3);
    expect(s.chapitres[0].exercices.map((e) => [e.essaye, e.reussi])).toEqual([
      [2, 1],
      [2, 1],
    ]);
    expect(s.chapitres[0].taux).toBe(0.5);
    expect(s.chapitres[1].exercices[0]).toMatchObject({ essaye: 1, reussi: 0, taux: 0 });
  });
  it('ranks anticipated mistakes by the number of learners who made them', () => {
    expect(s.erreurs[0]).toEqual({
      message: 'Divisé par le taux de marge.',
      exercice: 'CA minimum',
      eleves: 2,
    });
    expect(s.erreurs).toHaveLength(2);
  });
  it('lists the learners who need help, with what they never got right', () => {
    expect(s.aAider).toEqual([
      {
        nom: 'Karim',
        classe: '1A',
        faits: 3,
        reussis: 0,
        taux: 0,
        echoues: ['CA minimum', 'Enveloppe', 'Visites'],
      },
    ]);
  });
  it('averages the self-assessed production grids per criterion', () => {
    expect(s.productions).toEqual([
      { id: 'grille', eleves: 2, criteres: [{ id: 'ton', eleves: 2, moyenne: 2 }] },
    ]);
  });
});

describe('the export’s file name', () => {
  it('carries class and name, accents and spaces folded', () => {
    expect(
      nomFichierExport({
        nom: 'Amina El Fassi',
        classe: 'BTS NDRC 1ʳᵉ année',
        date: new Date('2026-03-01T12:00:00Z'),
      }),
    ).toBe('progression-bts-ndrc-1re-annee-amina-el-fassi-2026-03-01.json');
    expect(nomFichierExport({ nom: '', classe: '', date: new Date('2026-03-01T12:00:00Z') })).toBe(
      'progression-atelier-prospection-2026-03-01.json',
    );
  });
});
