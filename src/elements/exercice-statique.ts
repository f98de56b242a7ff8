/**
 * `<exercice-statique>`: the behaviour of the choice, true/false and fill-in questions, with no
 * framework (ARCHITECTURE: a multiple-choice question ships no framework JavaScript).
 * The Astro component renders the whole question; this element reads the answer, asks
 * verification-statique.ts for the verdict, and reveals: the hint after a first wrong answer,
 * the explanation (with the right options marked) after the second or once right. A true/false
 * question is answered once: its justification gives the answer away.
 * Attempts are recorded until the solution is shown; a not-understood answer is not an attempt.
 */
import type {
  QuestionChoixMultiple,
  QuestionChoixUnique,
  QuestionStatique,
  QuestionTexte,
  QuestionVraiFaux,
  Verdict,
} from '../exercises/types.ts';
import { enregistrer } from '../islands/exercises/enregistrer.ts';

/** The checks load on the first answer, not with the page (ARCHITECTURE budgets). */
type Verifications = typeof import('../exercises/verification-statique.ts');
/** Reads the answer from the form now; the verdict is given once the checks are loaded. */
type Juge = (formulaire: HTMLFormElement) => (v: Verifications) => Verdict;

function coches(formulaire: HTMLFormElement): number[] {
  return [...formulaire.querySelectorAll<HTMLInputElement>('input[data-option]:checked')].map((i) =>
    Number(i.value),
  );
}

function juge(question: QuestionStatique): Juge | undefined {
  switch (question.type) {
    case 'choix-unique':
      return (f) => {
        const choix = coches(f)[0];
        return (v) => v.verifierChoixUnique({ question: question as QuestionChoixUnique, choix });
      };
    case 'choix-multiple':
      return (f) => {
        const choix = coches(f);
        return (v) =>
          v.verifierChoixMultiple({ question: question as QuestionChoixMultiple, choix });
      };
    case 'vrai-faux':
      return (f) => {
        const choisi = f.querySelector<HTMLInputElement>('input[data-vrai-faux]:checked');
        const reponse = choisi ? choisi.value === 'vrai' : undefined;
        return (v) => v.verifierVraiFaux({ question: question as QuestionVraiFaux, reponse });
      };
    case 'texte':
      return (f) => {
        const texte = f.querySelector<HTMLInputElement>('input[data-texte]')?.value ?? '';
        return (v) => v.verifierTexte({ question: question as QuestionTexte, texte });
      };
    default:
      return undefined;
  }
}

class ExerciceStatique extends HTMLElement {
  private erreurs = 0;
  private solutionVue = false;

  connectedCallback(): void {
    const formulaire = this.querySelector('form');
    let question: QuestionStatique;
    try {
      question = JSON.parse(this.dataset.question ?? '') as QuestionStatique;
    } catch {
      return; // rendered by our own component: cannot happen, and a broken question must not break the page
    }
    const evaluer = juge(question);
    if (!formulaire || !evaluer) return;
    // « Indice » on request, before any answer (issue 19): the hint shows, the button goes.
    this.querySelector<HTMLButtonElement>('[data-demander-indice]')?.addEventListener('click', () =>
      this.montrer('[data-indice]'),
    );
    formulaire.addEventListener('submit', (e) => {
      e.preventDefault();
      const verdict = evaluer(formulaire);
      void import('../exercises/verification-statique.ts').then((v) =>
        this.repondre(question, verdict(v)),
      );
    });
  }

  private montrer(selecteur: string): void {
    this.querySelector<HTMLElement>(selecteur)?.removeAttribute('hidden');
    if (selecteur === '[data-indice]' || selecteur === '[data-explication]')
      this.querySelector('[data-demander-indice]')?.remove();
  }

  private repondre(question: QuestionStatique, verdict: Verdict): void {
    const statut = this.querySelector<HTMLElement>('[data-verdict]');
    const retours = this.querySelector<HTMLElement>('[data-retours]');
    if (!statut) return;
    statut.dataset.statut = verdict.statut;
    // A true/false verdict ends with the justification: read as one announcement, but shown
    // as a short coloured verdict followed by the justification in body text.
    const justification = question.type === 'vrai-faux' ? question.justification : '';
    if (justification && verdict.message.endsWith(justification)) {
      const court = Object.assign(document.createElement('span'), {
        textContent: verdict.message.slice(0, -justification.length).trim(),
      });
      const suite = Object.assign(document.createElement('span'), {
        className: 'exercice-justification',
        textContent: justification,
      });
      statut.replaceChildren(court, ' ', suite);
    } else {
      statut.textContent = verdict.message;
    }
    if (retours) {
      retours.replaceChildren(
        ...(verdict.retours ?? [])
          .filter((r) => r.message !== verdict.message)
          .map((r) => Object.assign(document.createElement('li'), { textContent: r.message })),
      );
    }
    if (verdict.statut === 'incompris') return;
    if (!this.solutionVue)
      void enregistrer({
        exerciceId: question.id,
        correct: verdict.statut === 'correct',
        erreur: verdict.retours?.[0]?.message,
      });
    if (verdict.statut !== 'correct') this.erreurs++;
    const fin =
      verdict.statut === 'correct' ||
      question.type === 'vrai-faux' ||
      this.erreurs >= 2 ||
      (this.erreurs === 1 && !question.indice);
    if (!fin) {
      this.montrer('[data-indice]');
      return;
    }
    this.solutionVue = true;
    this.montrer('[data-explication]');
    for (const juste of this.querySelectorAll<HTMLElement>('[data-juste]')) {
      juste.dataset.revele = 'oui';
      juste.hidden = false;
    }
    if (question.type === 'vrai-faux') {
      for (const entree of this.querySelectorAll<HTMLInputElement>('input')) entree.disabled = true;
      this.querySelector<HTMLButtonElement>('button[type="submit"]')?.setAttribute('disabled', '');
    }
  }
}

if (!customElements.get('exercice-statique'))
  customElements.define('exercice-statique', ExerciceStatique);
