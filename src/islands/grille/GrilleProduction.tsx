/**
 * A graded production task (`data-grille`): the learner writes in the page, assesses the text
 * with the marking grid (one level per criterion), and prints both for the trainer. The text and
 * levels are kept in this browser (src/stores/productions.ts); the total comes from src/lib/grille.ts
 * and appears in « Mon bilan » as a self-assessment.
 */
import { useStore } from '@nanostores/preact';
import { NIVEAUX, totalGrille, type Grille } from '../../lib/grille.ts';
import { $productions, effacerProduction, modifierProduction } from '../../stores/productions.ts';
import { useMonte } from '../ui/hydratation.ts';

/** Prints only this task: every element outside it and its ancestors is hidden while printing. */
function imprimer(section: HTMLElement | null): void {
  if (!section) return window.print();
  const chemin: HTMLElement[] = [];
  for (let e: HTMLElement | null = section.parentElement; e && e !== document.body; e = e.parentElement) chemin.push(e);
  section.dataset.imprime = '';
  for (const e of chemin) e.dataset.imprimeChemin = '';
  document.body.dataset.imprimer = '';
  window.addEventListener('afterprint', () => {
    delete section.dataset.imprime;
    for (const e of chemin) delete e.dataset.imprimeChemin;
    delete document.body.dataset.imprimer;
  }, { once: true });
  window.print();
}

export default function GrilleProduction({ grille }: { grille: Grille }) {
  const monte = useMonte();
  const toutes = useStore($productions);
  const p = (monte && toutes[grille.id]) || { texte: '', niveaux: {}, date: '' };
  const total = totalGrille({ criteres: grille.criteres, niveaux: p.niveaux });
  const t = total.ok ? total.valeur : { points: 0, max: 0, evalues: 0, complet: false };
  const id = `grille-${grille.id}`;

  return (
    <div class="grille-tache" data-island="grille">
      <label for={`${id}-texte`} class="grille-libelle">{grille.production}</label>
      <textarea id={`${id}-texte`} rows={12} value={p.texte} onInput={(e) => modifierProduction(grille.id, { texte: e.currentTarget.value })} data-champ="production" />
      <div class="grille-impression-texte" aria-hidden="true">{p.texte}</div>
      <h4>Auto-évaluation avec la grille</h4>
      {grille.criteres.map((c) => (
        <fieldset key={c.id} class="grille-critere" data-critere={c.id}>
          <legend>{c.libelle}</legend>
          {c.niveaux.map((descripteur, n) => (
            <label key={n} class="grille-niveau">
              <input type="radio" name={`${id}-${c.id}`} value={n} checked={p.niveaux[c.id] === n} onChange={() => modifierProduction(grille.id, { critere: c.id, niveau: n })} />
              <span><strong>{NIVEAUX[n]} ({n}&#160;pt{n > 1 ? 's' : ''})</strong>&#8239;: {descripteur}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <p class="grille-total" aria-live="polite" data-resultat="total-grille">
        Total de l’auto-évaluation&#8239;: <strong>{t.points}&#8239;/&#8239;{t.max}</strong>
        {t.complet ? '' : ` (${t.evalues} critère${t.evalues > 1 ? 's' : ''} évalué${t.evalues > 1 ? 's' : ''} sur ${grille.criteres.length})`}. Il figure dans «&#160;Mon bilan&#160;», à part des exercices corrigés.
      </p>
      <div class="labo-actions">
        <button type="button" class="bouton" onClick={(e) => imprimer((e.currentTarget as HTMLElement).closest<HTMLElement>('[data-grille]'))}>Imprimer la production et sa grille</button>
        <button type="button" class="bouton-discret" onClick={() => effacerProduction(grille.id)}>Effacer</button>
      </div>
    </div>
  );
}
