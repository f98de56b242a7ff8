/**
 * `<progres-accueil>`: one progress line per chapter card on the home page, read from the
 * progress store. The home page ships no framework island (ARCHITECTURE: ≤ 2 KB of JS before
 * idle), so this element only holds the exercises list the page rendered; the store (nanostores,
 * validation) and bilan.ts are fetched once the browser is idle. Without JavaScript, or before
 * idle, each line keeps its server text (« 14 exercices »).
 */
import type { BilanChapitre, ExerciceRecense } from '../../exercises/bilan.ts';

const pluriel = (n: number, mot: string, pl = `${mot}s`) => `${n}\u00a0${n > 1 ? pl : mot}`;

/** The French progress line of a chapter card. */
function ligne(b: BilanChapitre): string {
  if (b.faits === 0) return `${pluriel(b.total, 'exercice')} · pas encore commencé${b.total > 1 ? 's' : ''}`;
  if (b.niveau === 'maitrise') return `${pluriel(b.total, 'exercice')} · tous maîtrisés`;
  return `Exercices\u202f: ${b.faits} commencé${b.faits > 1 ? 's' : ''} sur ${b.total}, ${b.reussis}\u00a0réussi${b.reussis > 1 ? 's' : ''}, ${b.maitrises}\u00a0maîtrisé${b.maitrises > 1 ? 's' : ''}`;
}

class ProgresAccueil extends HTMLElement {
  private arreter?: () => void;

  connectedCallback(): void {
    const lignes = [...this.querySelectorAll<HTMLElement>('[data-progres]')];
    if (lignes.length === 0) return;
    const brancher = async () => {
      const [{ $progression }, { bilanChapitre }] = await Promise.all([
        import('../../stores/progression.ts'),
        import('../../exercises/bilan.ts'),
      ]);
      if (!this.isConnected) return;
      this.arreter = $progression.subscribe(({ tentatives }) => {
        for (const sortie of lignes) {
          let exercices: ExerciceRecense[];
          try {
            exercices = JSON.parse(sortie.dataset.exercices ?? '[]') as ExerciceRecense[];
          } catch {
            continue; // rendered by the page itself: cannot happen, and must not break the others
          }
          const b = bilanChapitre({ chapitre: sortie.dataset.progres ?? '', exercices, tentatives });
          sortie.textContent = ligne(b);
          sortie.dataset.niveau = b.niveau;
        }
      });
    };
    if ('requestIdleCallback' in window) requestIdleCallback(() => void brancher());
    else setTimeout(() => void brancher(), 200);
  }

  disconnectedCallback(): void {
    this.arreter?.();
  }
}

if (!customElements.get('progres-accueil')) customElements.define('progres-accueil', ProgresAccueil);
