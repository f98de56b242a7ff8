/**
 * A part of an island loaded when it nears the screen, like a chart (ARCHITECTURE budgets):
 * the simulator answers at once and the heavier view (a Monte Carlo simulation and its chart)
 * arrives as the learner scrolls to it. Usage:
 *   const { ref, Vue } = useVueDifferee(() => import('./Bande.tsx').then((m) => m.Bande));
 *   <div ref={ref}>{Vue ? <Vue … /> : <p role="status" class="chargement">Chargement…</p>}</div>
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export function useVueDifferee<C>(
  charger: () => Promise<C>,
  { actif = true }: { actif?: boolean } = {},
) {
  const ref = useRef<HTMLDivElement>(null);
  const [Vue, setVue] = useState<C | null>(null);
  useEffect(() => {
    // Not wanted (yet): nothing is observed, nothing loads.
    if (!actif) return;
    const obs = new IntersectionObserver(
      async (entrees) => {
        if (!entrees.some((e) => e.isIntersecting)) return;
        obs.disconnect();
        const c = await charger();
        setVue(() => c);
      },
      { rootMargin: '400px' },
    );
    if (ref.current) obs.observe(ref.current);
    return () => obs.disconnect();
  }, [actif]);
  return { ref, Vue };
}
