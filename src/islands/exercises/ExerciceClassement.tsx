/**
 * Island of a classification question: sort items into categories by drag and drop, by tap,
 * or entirely by keyboard. Keyboard: Enter or Space picks an item up, then « Déposer ici » in a
 * category (or a digit key 1…n while the item has focus) puts it there; Escape cancels. Every
 * move is announced in an aria-live region. Checking is verification-statique.ts; a wrong
 * answer shows the hint, a second one the solution (each item marked with its right category).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuestionClassement, Verdict } from '../../exercises/types.ts';
import { enregistrer } from './enregistrer.ts';

interface Props {
  /** The question, as validated by schemas.ts (plain data). */
  question: QuestionClassement;
}

const A_CLASSER = '';

/** « 1 et 2 », « 1 à 4 »: the digit keys that place an item. */
const touches = (n: number) => (n === 2 ? '1 et 2' : `1 à ${n}`);

export default function ExerciceClassement({ question }: Props) {
  const { id, categories, elements } = question;
  const [placement, setPlacement] = useState<(string | undefined)[]>(() =>
    elements.map(() => undefined),
  );
  const [saisi, setSaisi] = useState<number>();
  const [annonce, setAnnonce] = useState('');
  const [verdict, setVerdict] = useState<Verdict>();
  const [erreurs, setErreurs] = useState(0);
  const [solutionVue, setSolutionVue] = useState(false);
  const [indiceDemande, setIndiceDemande] = useState(false);
  const [survol, setSurvol] = useState<string>();
  // A moved item is re-rendered in another list: give it the focus back for keyboard users.
  const racine = useRef<HTMLElement>(null);
  // A new object per move, so that two quick moves of the same item both bring the focus back.
  const [aFocaliser, setAFocaliser] = useState<{ index: number }>();
  useEffect(() => {
    if (aFocaliser)
      racine.current
        ?.querySelector<HTMLButtonElement>(`[data-element="${aFocaliser.index}"]`)
        ?.focus();
  }, [aFocaliser]);
  const libelle = (cat: string | undefined) =>
    categories.find((c) => c.id === cat)?.libelle ?? 'les éléments à classer';

  const deposer = (index: number, categorie: string | undefined) => {
    setPlacement((actuel) => actuel.map((p, i) => (i === index ? categorie : p)));
    setSaisi(undefined);
    setVerdict(undefined);
    setAFocaliser({ index });
    setAnnonce(
      `«\u00a0${elements[index].texte}\u00a0» placé dans «\u00a0${libelle(categorie)}\u00a0».`,
    );
  };
  const prendre = (index: number) => {
    if (saisi === index) {
      setSaisi(undefined);
      return setAnnonce('Déplacement annulé.');
    }
    setSaisi(index);
    setAnnonce(
      `«\u00a0${elements[index].texte}\u00a0» saisi. Choisissez une catégorie avec «\u00a0Déposer ici\u00a0» ou les touches ${touches(categories.length)}.`,
    );
  };
  const clavier = (index: number, e: KeyboardEvent) => {
    const rang = Number(e.key);
    if (Number.isInteger(rang) && rang >= 1 && rang <= categories.length) {
      e.preventDefault();
      deposer(index, categories[rang - 1].id);
    } else if (e.key === 'Escape' && saisi !== undefined) {
      setSaisi(undefined);
      setAnnonce('Déplacement annulé.');
    }
  };

  const valider = async () => {
    // The checks load on the first answer, not with the page (ARCHITECTURE budgets).
    const { verifierClassement } = await import('../../exercises/verification-statique.ts');
    const v = verifierClassement({ question, placement });
    setVerdict(v);
    if (v.statut === 'incompris') return;
    if (!solutionVue)
      void enregistrer({
        exerciceId: id,
        correct: v.statut === 'correct',
        erreur: v.retours?.[0]?.message,
      });
    if (v.statut === 'correct') return setSolutionVue(true);
    setErreurs(erreurs + 1);
    if (erreurs + 1 >= 2 || !question.indice) setSolutionVue(true);
  };

  const zone = (cat: string, titre: string) => {
    const indices = elements.map((_, i) => i).filter((i) => (placement[i] ?? A_CLASSER) === cat);
    const cible = cat === A_CLASSER ? undefined : cat;
    return (
      <div
        class="classement-zone"
        key={cat || 'a-classer'}
        data-categorie={cat || 'a-classer'}
        data-survol={survol === cat ? 'oui' : undefined}
        onDragOver={(e) => {
          e.preventDefault();
          setSurvol(cat);
        }}
        onDragLeave={() => setSurvol(undefined)}
        onDrop={(e) => {
          e.preventDefault();
          setSurvol(undefined);
          const i = Number(e.dataTransfer?.getData('text/plain'));
          if (Number.isInteger(i) && elements[i]) deposer(i, cible);
        }}
      >
        <h4 id={`${id}-zone-${cat || 'a-classer'}`}>{titre}</h4>
        <ul class="classement-elements" aria-labelledby={`${id}-zone-${cat || 'a-classer'}`}>
          {indices.map((i) => {
            const juste =
              verdict && verdict.statut !== 'incompris'
                ? placement[i] === elements[i].categorie
                : undefined;
            return (
              <li key={i}>
                <button
                  type="button"
                  class="classement-element"
                  draggable
                  aria-pressed={saisi === i}
                  aria-describedby={`${id}-aide`}
                  data-element={i}
                  data-juste={juste === undefined ? undefined : juste ? 'oui' : 'non'}
                  onClick={() => prendre(i)}
                  onKeyDown={(e) => clavier(i, e)}
                  onDragStart={(e) => {
                    e.dataTransfer?.setData('text/plain', String(i));
                    setSaisi(i);
                  }}
                >
                  {elements[i].texte}
                  {solutionVue && (
                    <span class="exercice-champ-retour"> → {libelle(elements[i].categorie)}</span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
        <button
          type="button"
          class="bouton-discret"
          disabled={saisi === undefined}
          onClick={() => saisi !== undefined && deposer(saisi, cible)}
        >
          Déposer ici<span class="visuellement-cache"> ({titre})</span>
        </button>
      </div>
    );
  };

  return (
    <section
      ref={racine}
      class="exercice exercice-classement"
      id={id}
      data-exercise={id}
      aria-labelledby={`${id}-titre`}
    >
      <h3 class="exercice-titre" id={`${id}-titre`}>
        {question.titre}
      </h3>
      <p class="exercice-enonce">{question.enonce}</p>
      <p class="classement-aide" id={`${id}-aide`}>
        Glissez chaque élément dans sa catégorie, ou sélectionnez-le puis «&#160;Déposer
        ici&#160;»&#8239;; au clavier, les touches {touches(categories.length)} le placent
        directement.
      </p>
      <div class="classement-zones">
        {zone(A_CLASSER, 'À classer')}
        {categories.map((c, rang) => zone(c.id, `${rang + 1}. ${c.libelle}`))}
      </div>
      <p class="visuellement-cache" aria-live="polite">
        {annonce}
      </p>
      <button type="button" class="bouton principal" onClick={valider}>
        Valider
      </button>{' '}
      {question.indice && erreurs === 0 && !indiceDemande && !solutionVue && (
        <button type="button" class="bouton-discret" onClick={() => setIndiceDemande(true)}>
          Indice
        </button>
      )}
      <p class="exercice-verdict" role="status" data-statut={verdict?.statut}>
        {verdict?.message}
      </p>
      {verdict?.retours && verdict.retours.length > 0 && (
        <ul class="exercice-retours">
          {verdict.retours.map((r) => (
            <li key={r.index}>{r.message}</li>
          ))}
        </ul>
      )}
      {(erreurs > 0 || indiceDemande) && question.indice && (
        <p class="exercice-indice" data-indice>
          <strong>Indice&#8239;:</strong> {question.indice}
        </p>
      )}
      {solutionVue && (
        <div class="exercice-explication">
          <p>
            <strong>Explication&#8239;:</strong> {question.explication}
          </p>
        </div>
      )}
    </section>
  );
}
