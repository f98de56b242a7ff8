/**
 * The work behind `<progres-accueil>` (progres-accueil.ts): reads the progress store and fills
 * the progress line of each chapter card with bilan.ts. Bundled on its own as a classic script
 * (imported with `?worker&url`, run on the page, not in a worker) so that the home page loads
 * it once idle without Vite's dynamic-import preload helper (900 bytes of the 2 KB budget).
 */
import { bilanChapitre, type BilanChapitre, type ExerciceRecense } from '../exercises/bilan.ts';
import { $progression } from '../stores/progression.ts';

const pluriel = (n: number, mot: string, pl = `${mot}s`) => `${n}\u00a0${n > 1 ? pl : mot}`;

/** The French progress line of a chapter card. */
function ligne(b: BilanChapitre): string {
  if (b.faits === 0)
    return `${pluriel(b.total, 'exercice')} · pas encore commencé${b.total > 1 ? 's' : ''}`;
  if (b.niveau === 'maitrise') return `${pluriel(b.total, 'exercice')} · tous maîtrisés`;
  return `Exercices\u202f: ${b.faits}\u00a0commencé${b.faits > 1 ? 's' : ''} sur ${b.total}, ${b.reussis}\u00a0réussi${b.reussis > 1 ? 's' : ''}, ${b.maitrises}\u00a0maîtrisé${b.maitrises > 1 ? 's' : ''}`;
}

const lignes = [
  ...document.querySelectorAll<HTMLElement>('progres-accueil [data-progres]'),
].flatMap((sortie) => {
  try {
    return [
      {
        sortie,
        chapitre: sortie.dataset.progres ?? '',
        exercices: JSON.parse(sortie.dataset.exercices ?? '[]') as ExerciceRecense[],
      },
    ];
  } catch {
    return []; // rendered by the page itself: cannot happen, and must not break the other cards
  }
});

$progression.subscribe(({ tentatives }) => {
  for (const { sortie, chapitre, exercices } of lignes) {
    const b = bilanChapitre({ chapitre, exercices, tentatives });
    sortie.textContent = ligne(b);
    sortie.dataset.niveau = b.niveau;
  }
});
