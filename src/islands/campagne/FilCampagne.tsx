/**
 * Island « Ma campagne » (issue 14): the seven steps and their links at once, then the thread
 * itself (FilVivant.tsx, with the stores of every chapter it reads) as it nears the screen, the
 * way a chart loads: the home page stays light until the learner scrolls to its block.
 */
import { ETAPES_FIL } from '../../lib/campagne/fil.ts';
import { useVueDifferee } from '../ui/vue-differee.ts';

export default function FilCampagne({ compact = false }: { compact?: boolean }) {
  const { ref, Vue } = useVueDifferee(() => import('./FilVivant.tsx').then((m) => m.FilVivant));
  if (Vue) return <div ref={ref}><Vue compact={compact} /></div>;
  return (
    <div ref={ref} class={compact ? 'fil fil-compact' : 'fil'}>
      <p role="status">Chargement de votre campagne…</p>
      <ol class="fil-chemin">
        {ETAPES_FIL.map((s) => (
          <li key={s.id}>
            <span class="fil-pastille" aria-hidden="true">{s.chapitre}</span>
            <a href={s.lien}><span class="fil-chapitre">Chapitre&#160;{s.chapitre}</span> {s.titre}</a>
          </li>
        ))}
      </ol>
    </div>
  );
}
