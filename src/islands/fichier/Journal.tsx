/**
 * The cleaning log of chapter 5: every edit, merge and deletion in order, with « Annuler » (the
 * last operation) and « Réinitialiser » (back to the original file, after a confirmation).
 */
import { useState } from 'preact/hooks';
import type { OperationNettoyage } from '../../lib/fichier/journal.ts';
import { apresOperations } from '../../lib/fichier/operations.ts';
import { LIBELLES_PROSPECT } from '../../lib/commun/prospect.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { annulerOperation, reinitialiserFichier } from '../../stores/campagne.ts';

const liste = (ids: readonly string[]) =>
  ids.length > 4 ? `${ids.slice(0, 4).join(', ')}… (${ids.length})` : ids.join(', ');

/** One operation in French. */
function decrire(op: OperationNettoyage): string {
  if (op.type === 'modifier')
    return `${op.id} : ${LIBELLES_PROSPECT[op.champ]} corrigé en « ${op.valeur ?? ''} »`;
  if (op.type === 'supprimer')
    return `Suppression de ${op.ids.length > 1 ? `${op.ids.length} fiches` : 'la fiche'} ${liste(op.ids)}`;
  return `Fusion de ${liste(op.ids)} (fiche gardée : ${op.garder})`;
}

export function Journal({
  journal,
  ignorees,
  total,
  origine,
}: {
  journal: readonly OperationNettoyage[];
  ignorees: readonly number[];
  total: number;
  origine: number;
}) {
  const [confirmer, setConfirmer] = useState(false);
  return (
    <section class="fichier-journal" aria-labelledby="fichier-journal-titre">
      <h3 id="fichier-journal-titre">Journal du nettoyage</h3>
      <p data-resultat="lignes" aria-live="polite">
        {formatNombre(total, 0)} fiches dans le fichier nettoyé sur {formatNombre(origine, 0)} à
        l’origine
        {journal.length > 0
          ? `, ${apresOperations(journal.length)}.`
          : '. Aucune opération pour l’instant.'}
      </p>
      {journal.length > 0 && (
        <ol class="fichier-operations" data-journal>
          {journal.map((op, i) => (
            <li key={i} class={ignorees.includes(i) ? 'operation-ignoree' : undefined}>
              {decrire(op)}
              {ignorees.includes(i) ? ' (sans effet : fiche absente)' : ''}
            </li>
          ))}
        </ol>
      )}
      <div class="labo-actions">
        <button
          type="button"
          class="bouton"
          disabled={journal.length === 0}
          onClick={annulerOperation}
        >
          Annuler la dernière opération
        </button>
        {!confirmer ? (
          <button
            type="button"
            class="bouton-discret"
            disabled={journal.length === 0}
            onClick={() => setConfirmer(true)}
          >
            Réinitialiser
          </button>
        ) : (
          <span class="fichier-confirmer" role="group" aria-label="Confirmer la réinitialisation">
            Revenir au fichier d’origine et vider le journal ?{' '}
            <button
              type="button"
              class="bouton"
              onClick={() => {
                reinitialiserFichier();
                setConfirmer(false);
              }}
            >
              Oui, réinitialiser
            </button>{' '}
            <button type="button" class="bouton-discret" onClick={() => setConfirmer(false)}>
              Non
            </button>
          </span>
        )}
      </div>
    </section>
  );
}
