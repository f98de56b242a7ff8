/**
 * A chart that loads Chart.js only when it scrolls into view, then updates in place.
 * Always paired by the caller with a data table (the accessible equivalent), so the
 * canvas itself is hidden from assistive technologies.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { DonneesGraphique } from './chargeur-chartjs.ts';

interface Props {
  donnees: DonneesGraphique;
  hauteur?: string;
  titre: string;
}

type Poignee = { actualiser(d: DonneesGraphique): void; detruire(): void };

export function Graphique({ donnees, hauteur = '16rem', titre }: Props) {
  const boite = useRef<HTMLDivElement>(null);
  const toile = useRef<HTMLCanvasElement>(null);
  const poignee = useRef<Poignee | null>(null);
  const dernieres = useRef(donnees);
  dernieres.current = donnees;

  useEffect(() => {
    let annule = false;
    const obs = new IntersectionObserver(
      async (entrees) => {
        if (!entrees.some((e) => e.isIntersecting) || poignee.current) return;
        obs.disconnect();
        const { creerGraphique } = await import('./chargeur-chartjs.ts');
        if (!annule && toile.current)
          poignee.current = creerGraphique(toile.current, dernieres.current);
      },
      { rootMargin: '200px' },
    );
    if (boite.current) obs.observe(boite.current);
    return () => {
      annule = true;
      obs.disconnect();
      poignee.current?.detruire();
      poignee.current = null;
    };
  }, []);

  useEffect(() => {
    poignee.current?.actualiser(donnees);
  }, [donnees]);

  return (
    <div ref={boite} class="graphique" style={{ height: hauteur }} data-graphique={titre}>
      <canvas ref={toile} role="img" aria-label={`${titre} (les valeurs sont dans le tableau)`} />
    </div>
  );
}
