/**
 * `<score-serie>`: the learner's score for a chapter's series, read from the progress store
 * and kept up to date as answers are recorded (the store is shared with the questions).
 * The store (and its validation code) is imported dynamically, once the score nears the screen and
 * the page is idle: it is not needed to read the chapter, and it would otherwise weigh on the
 * page's first load. The score's count comes with it: nothing runs it before the store is there
 * (with its alias table, 0,9 Ko gzip off every chapter page with a series).
 */
import type { ExerciceRecense } from '../exercises/bilan.ts';
import { quandInactif } from './inactif.ts';

const pluriel = (n: number, mot: string) => `${n}\u00a0${mot}${n > 1 ? 's' : ''}`;

class ScoreSerie extends HTMLElement {
  private arreter?: () => void;

  connectedCallback(): void {
    let exercices: ExerciceRecense[];
    try {
      exercices = JSON.parse(this.dataset.exercices ?? '[]') as ExerciceRecense[];
    } catch {
      return;
    }
    const chapitre = this.dataset.chapitre ?? '';
    const sortie = this.querySelector<HTMLElement>('[data-score]');
    if (!sortie) return;
    const brancher = async () => {
      const [{ $progression, $progressionErreur }, { bilanChapitre }] = await Promise.all([
        import('../stores/progression.ts'),
        import('../exercises/bilan.ts'),
      ]);
      if (!this.isConnected) return;
      const arreterScore = $progression.subscribe(({ tentatives }) => {
        const b = bilanChapitre({ chapitre, exercices, tentatives });
        sortie.textContent =
          b.faits === 0
            ? `${pluriel(b.total, 'exercice')} dans cette série. Votre score s’affichera ici dès votre première réponse.`
            : `Votre score\u202f: ${pluriel(b.reussis, 'exercice')} réussi${b.reussis > 1 ? 's' : ''} sur ${b.total}, dont ${b.maitrises}\u00a0maîtrisé${b.maitrises > 1 ? 's' : ''}.`;
      });
      // An unreadable stored progress has been reset by the store: say so here, where the
      // learner sees the score drop to zero, not only on the bilan page.
      const arreterAvis = $progressionErreur.subscribe((erreur) => this.avertir(erreur));
      this.arreter = () => {
        arreterScore();
        arreterAvis();
      };
    };
    const auRepos = () => quandInactif(() => void brancher());
    // The series closes the chapter: its store (and the validation of the stored progress, one
    // long task on a phone at load, issue 14) waits until the score nears the screen.
    const observateur = new IntersectionObserver(
      (entrees) => {
        if (!entrees.some((e) => e.isIntersecting)) return;
        observateur.disconnect();
        auRepos();
      },
      { rootMargin: '1000px' },
    );
    observateur.observe(this);
    this.arreter = () => observateur.disconnect();
  }

  private avertir(erreur: string | undefined): void {
    this.querySelector('.avis-stockage')?.remove();
    if (!erreur) return;
    const avis = Object.assign(document.createElement('div'), { className: 'avis-stockage' });
    avis.setAttribute('role', 'alert');
    const bouton = Object.assign(document.createElement('button'), {
      type: 'button',
      className: 'bouton-discret',
      textContent: 'Compris',
    });
    bouton.addEventListener(
      'click',
      () =>
        void import('../stores/progression.ts').then((m) => m.$progressionErreur.set(undefined)),
    );
    avis.append(Object.assign(document.createElement('p'), { textContent: erreur }), bouton);
    this.append(avis);
  }

  disconnectedCallback(): void {
    this.arreter?.();
  }
}

if (!customElements.get('score-serie')) customElements.define('score-serie', ScoreSerie);
