/**
 * Whether the trainer has pressed « Masquer les résultats » on the simulator holding this
 * island (the Labo frame's `data-resultats`, set by src/elements/projection.ts): the role-play
 * then hides each reaction of the prospect until « Révéler la réaction ».
 */
import { useEffect, useState, type MutableRef } from 'preact/hooks';

export function useMasque(racine: MutableRef<HTMLElement | null>): boolean {
  const [masque, setMasque] = useState(false);
  useEffect(() => {
    const labo = racine.current?.closest<HTMLElement>('.labo');
    if (!labo) return;
    const lire = () => setMasque(labo.dataset.resultats === 'masques');
    lire();
    const obs = new MutationObserver(lire);
    obs.observe(labo, { attributes: true, attributeFilter: ['data-resultats'] });
    return () => obs.disconnect();
  }, []);
  return masque;
}
