import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  exercicesDuChapitre,
  exerciceParId,
  exercicesRecenses,
  lireFichierExercices,
} from '@exercises/registre.ts';
import { fautesTypo, textes } from './typographie.ts';

const DOSSIER = join(process.cwd(), 'content/exercises');
const fichiers = readdirSync(DOSSIER).filter((f) => f.endsWith('.json'));
const chapitres = readdirSync(join(process.cwd(), 'content/chapters')).map((f) =>
  f.replace(/\.mdx?$/, '').replace(/^\d+-/, ''),
);
const contenus = fichiers.map((nom) => ({
  nom,
  donnees: JSON.parse(readFileSync(join(DOSSIER, nom), 'utf8')) as unknown,
}));

describe('content/exercises lint', () => {
  it('has at least the pilot chapter', () => {
    expect(fichiers).toContain('budgetiser.json');
  });

  describe.each(contenus.map((c) => [c.nom, c.donnees] as const))('%s', (nom, donnees) => {
    const lu = lireFichierExercices(donnees, nom);

    it('passes the schema', () => {
      expect(lu.ok ? 'ok' : lu.erreur.message).toBe('ok');
    });

    if (!lu.ok) return;
    const { chapitre, questions } = lu.valeur;

    it('is named after an existing chapter', () => {
      expect(nom).toBe(`${chapitre}.json`);
      expect(chapitres).toContain(chapitre);
    });

    it('has exactly the right number of correct answers per choice question', () => {
      for (const q of questions) {
        if (q.type === 'choix-unique')
          expect(q.options.filter((o) => o.correct).length, q.id).toBe(1);
        if (q.type === 'choix-multiple') {
          expect(q.options.filter((o) => o.correct).length, q.id).toBeGreaterThanOrEqual(1);
          expect(q.options.filter((o) => !o.correct).length, q.id).toBeGreaterThanOrEqual(1);
        }
        if (q.type === 'classement') {
          for (const c of q.categories)
            expect(
              q.elements.some((e) => e.categorie === c.id),
              `${q.id} ${c.id}`,
            ).toBe(true);
        }
        if (q.type === 'texte') {
          for (const r of q.refus)
            expect(
              q.reponses.map((x) => x.toLowerCase()),
              q.id,
            ).not.toContain(r.texte.toLowerCase());
        }
      }
    });

    it('writes French typography in every visible string', () => {
      const visibles = textes(questions).filter(
        ({ chemin }) =>
          !/\.(id|type|categorie)$/.test(chemin) && !/categories\[\d+\]\.id$/.test(chemin),
      );
      for (const { chemin, texte } of visibles) {
        // An accepted variant of a typed answer (not the first, which the answer key shows) may be the English word a learner types.
        const variante = /\.reponses\[[1-9]\d*\]$/.test(chemin);
        expect(
          fautesTypo(texte).filter((f) => !(variante && f.startsWith('anglicisme'))),
          `${chemin}: ${texte}`,
        ).toEqual([]);
      }
    });
  });

  it('uses unique ids across all files and generators', () => {
    const ids = [
      ...new Set(contenus.map((c) => (c.donnees as { chapitre: string }).chapitre)),
    ].flatMap((slug) => exercicesDuChapitre(slug).map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('schema refusals (French messages)', () => {
  const base = {
    id: 'budgetiser/x',
    titre: 'Titre',
    enonce: 'Question ?',
    explication: 'Explication.',
  };

  it('refuses a single choice with two right options, naming the question', () => {
    const r = lireFichierExercices({
      chapitre: 'budgetiser',
      questions: [
        {
          ...base,
          type: 'choix-unique',
          options: [
            { texte: 'A', correct: true },
            { texte: 'B', correct: true },
          ],
        },
      ],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.erreur.message).toMatch(/budgetiser\/x.*exactement une option correcte/);
  });

  it('refuses duplicate ids, a foreign chapter prefix, a badly formed id and an unknown category', () => {
    const q = {
      ...base,
      type: 'vrai-faux',
      reponse: true,
      justification: 'Parce que c’est ainsi.',
    };
    const deux = lireFichierExercices({ chapitre: 'budgetiser', questions: [q, q] });
    expect(deux.ok ? '' : deux.erreur.message).toMatch(/même identifiant/);
    const etranger = lireFichierExercices({ chapitre: 'planifier', questions: [q] });
    expect(etranger.ok ? '' : etranger.erreur.message).toMatch(/slug du chapitre/);
    const malForme = lireFichierExercices({
      chapitre: 'budgetiser',
      questions: [{ ...q, id: 'Budgetiser/X Y' }],
    });
    expect(malForme.ok ? '' : malForme.erreur.message).toMatch(/chapitre\/nom-court/);
    const categorie = lireFichierExercices({
      chapitre: 'budgetiser',
      questions: [
        {
          ...base,
          type: 'classement',
          categories: [
            { id: 'a', libelle: 'Aa' },
            { id: 'b', libelle: 'Bb' },
          ],
          elements: [
            { texte: 'x1', categorie: 'a' },
            { texte: 'x2', categorie: 'b' },
            { texte: 'x3', categorie: 'c' },
          ],
        },
      ],
    });
    expect(categorie.ok ? '' : categorie.erreur.message).toMatch(/catégorie qui n’existe pas/);
  });

  it('explains schema faults in French', () => {
    const r = lireFichierExercices({
      chapitre: 'budgetiser',
      questions: [
        {
          ...base,
          titre: 'T',
          type: 'vrai-faux',
          reponse: true,
          justification: 'Parce que c’est ainsi.',
        },
      ],
    });
    expect(r.ok ? '' : r.erreur.message).toMatch(/titre.*(trop petit|caractères)/i);
  });

  it('refuses what is not an exercises file', () => {
    expect(lireFichierExercices(null).ok).toBe(false);
    expect(lireFichierExercices({ chapitre: 'budgetiser', questions: [] }).ok).toBe(false);
  });
});

describe('registre', () => {
  it('gives the pilot chapter at least 8 exercises, 4 of them randomized, every static kind present', () => {
    const serie = exercicesDuChapitre('budgetiser');
    expect(serie.length).toBeGreaterThanOrEqual(8);
    expect(serie.filter((e) => e.type === 'numerique').length).toBeGreaterThanOrEqual(4);
    for (const type of ['choix-unique', 'choix-multiple', 'vrai-faux', 'classement', 'texte']) {
      expect(
        serie.some((e) => e.type === type),
        type,
      ).toBe(true);
    }
    expect(exercicesDuChapitre('inconnu')).toEqual([]);
  });

  it('finds an exercise by id and lists the course for the bilan', () => {
    expect(exerciceParId('budgetiser/ca-minimum')?.type).toBe('numerique');
    expect(exerciceParId('budgetiser/enveloppe-role')?.type).toBe('choix-unique');
    expect(exerciceParId('budgetiser/absent')).toBeUndefined();
    const [budget] = exercicesRecenses(['budgetiser']);
    expect(budget.exercices.length).toBe(exercicesDuChapitre('budgetiser').length);
    expect(Object.keys(budget.exercices[0]).sort()).toEqual(['id', 'titre', 'type']);
  });
});
