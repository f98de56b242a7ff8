/** Tells the learner, in French, that a stored value was unreadable and has been reset. */
import { useStore } from '@nanostores/preact';
import { $erreursStockage } from '../../stores/persistance.ts';
import { useMonte } from './hydratation.ts';

export function AvisStockage() {
  const erreurs = useStore($erreursStockage);
  // Nothing on the server's render: the report appears once mounted (no hydration mismatch).
  if (!useMonte() || erreurs.length === 0) return null;
  return (
    <div class="avis-stockage" role="alert">
      {erreurs.map((m) => (
        <p key={m}>{m}</p>
      ))}
      <button type="button" class="bouton-discret" onClick={() => $erreursStockage.set([])}>
        Compris
      </button>
    </div>
  );
}
