import { expect, test } from 'vitest';
import { ordonner, voisins, urlChapitre } from '../../../src/build/chapitres.ts';

const c = [3, 1, 2].map((n) => ({ slug: `c${n}`, numero: n, titre: `Chapitre ${n}` }));

test('ordonne les chapitres par numéro', () => {
  expect(ordonner(c).map((x) => x.numero)).toEqual([1, 2, 3]);
});
test('donne le précédent et le suivant, rien aux extrémités', () => {
  expect(voisins(c, 'c2')).toEqual({ precedent: c[1], suivant: c[0] });
  expect(voisins(c, 'c1').precedent).toBeUndefined();
  expect(voisins(c, 'c3').suivant).toBeUndefined();
  expect(voisins(c, 'inconnu')).toEqual({});
});
test('construit l’URL d’un chapitre', () => {
  expect(urlChapitre('budgetiser')).toBe('/chapitres/budgetiser/');
});

test('lit l’avancement d’un chapitre dans sa source MDX', async () => {
  const { avancement, enPreparation } = await import('../../../src/build/chapitres.ts');
  expect(avancement('<BudgetLab />\n<SerieExercices chapitre="x" />')).toEqual({
    simulateur: true,
    exercices: true,
  });
  expect(enPreparation(avancement('Texte seul'))).toBe('simulateur et exercices');
  expect(enPreparation(avancement('<UsureLab />'))).toBe('exercices');
  expect(enPreparation(avancement('<SerieExercices chapitre="x" />'))).toBe('simulateur');
  expect(enPreparation(avancement('<UsureLab /><SerieExercices />'))).toBeUndefined();
});
