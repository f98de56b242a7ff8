/**
 * Island « Ma campagne » (issue 14): the seven steps and their links at once, then the thread
 * itself (FilVivant.tsx, with the stores of every chapter it reads) as it nears the screen, the
 * way a chart loads: the home page stays light until the learner scrolls to its block.
 */
import { ETAPES_FIL } from '../../lib/campagne/fil.ts';
import { useState } from 'preact/hooks';
import { useVueDifferee } from '../ui/vue-differee.ts';

/**
 * The stores of the thread's steps, by their name in localStorage (after `atelier:v1:`). A unit
 * test checks that each one is a store kept per company (stores/scenario.ts), so a renamed store
 * cannot silently stop the home page from waking up (it happened: `capacite` → `capacites`).
 */
export const STOCKS_DU_FIL: readonly string[] = [
  'travail',
  'budgets',
  'entonnoirs',
  'methodes',
  'capacites',
  'tableaux-de-bord',
];

/**
 * Whether this browser holds work on the thread (a cleaning log, a selection, a method, a typed
 * budget, capacity, funnel or dashboard). The home page's short version computes the thread only
 * then: for a first visit every step is « à faire », and loading every chapter's stores and the
 * company's file would cost a phone about a second of blocked main thread (Lighthouse, TBT).
 */
function aDuTravail(): boolean {
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const cle = localStorage.key(i) ?? '';
      if (cle.startsWith('atelier:v1:') && STOCKS_DU_FIL.includes(cle.slice(11))) return true;
    }
  } catch {
    // Storage blocked: nothing was kept, so nothing is started.
  }
  return false;
}

export default function FilCampagne({
  compact = false,
  fiches,
}: {
  compact?: boolean;
  /** Prospects in each sample's file (counted at build): the thread's first step without the rows. */
  fiches: Readonly<Record<string, number>>;
}) {
  const [actif] = useState(() => !compact || (typeof localStorage !== 'undefined' && aDuTravail()));
  const { ref, Vue } = useVueDifferee(
    () =>
      import('./FilVivant.tsx').then(async (m) => {
        await m.calculerLeFil(fiches);
        return m.FilVivant;
      }),
    { actif },
  );
  if (Vue)
    return (
      <div ref={ref}>
        <Vue compact={compact} />
      </div>
    );
  return (
    <div ref={ref} class={compact ? 'fil fil-compact' : 'fil'}>
      <p role="status" data-resultat="fil-accueil">
        {actif ? (
          'Chargement de votre campagne…'
        ) : (
          <>
            Rien n’est encore commencé dans ce navigateur&#8239;: la campagne part du fichier du
            chapitre&#160;5. <a href="/campagne/">Voir toute la campagne</a>
          </>
        )}
      </p>
      <ol class="fil-chemin">
        {ETAPES_FIL.map((s) => (
          <li key={s.id}>
            <span class="fil-pastille" aria-hidden="true">
              {s.chapitre}
            </span>
            <a href={s.lien}>
              <span class="fil-chapitre">Chapitre&#160;{s.chapitre}</span> {s.titre}
            </a>
          </li>
        ))}
      </ol>
    </div>
  );
}
