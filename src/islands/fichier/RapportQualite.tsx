/**
 * The quality report of chapter 5, grouped by problem: a summary line per kind; opening a group
 * loads its rows and their actions (CorpsGroupe.tsx).
 */
import { useState } from 'preact/hooks';
import type { LigneResume, ProblemeQualite } from '../../lib/fichier/qualite.ts';
import type { Prospect } from '../../lib/commun/prospect.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { useDiffere } from './differe.ts';

function Groupe({
  ligne,
  problemes,
  parId,
}: {
  ligne: LigneResume;
  problemes: readonly ProblemeQualite[];
  parId: ReadonlyMap<string, Prospect>;
}) {
  const [ouvert, setOuvert] = useState(false);
  const corps = useDiffere(ouvert, () => import('./CorpsGroupe.tsx'));
  return (
    <details
      class="fichier-groupe"
      data-probleme={ligne.type}
      data-lignes={ligne.lignes}
      data-problemes={ligne.problemes}
      onToggle={(e) => setOuvert(e.currentTarget.open)}
    >
      <summary>
        {ligne.libelle} : <strong>{formatNombre(ligne.lignes, 0)}</strong> fiche
        {ligne.lignes > 1 ? 's' : ''}
        {ligne.problemes !== ligne.lignes ? ` (${formatNombre(ligne.problemes, 0)} groupes)` : ''}
      </summary>
      {ouvert &&
        (corps ? (
          <corps.CorpsGroupe ligne={ligne} problemes={problemes} parId={parId} />
        ) : (
          <p>Chargement…</p>
        ))}
    </details>
  );
}

export function RapportQualite({
  resume,
  problemes,
  prospects,
}: {
  resume: readonly LigneResume[];
  problemes: readonly ProblemeQualite[];
  prospects: readonly Prospect[];
}) {
  const parId = new Map(prospects.map((p) => [p.id, p]));
  const presents = resume.filter((l) => l.problemes > 0);
  return (
    <section class="fichier-rapport" aria-labelledby="fichier-rapport-titre">
      <h3 id="fichier-rapport-titre">Rapport de qualité</h3>
      {presents.length === 0 ? (
        <p>Aucun problème détecté dans le fichier.</p>
      ) : (
        presents.map((l) => (
          <Groupe
            key={l.type}
            ligne={l}
            problemes={problemes.filter((x) => x.type === l.type)}
            parId={parId}
          />
        ))
      )}
    </section>
  );
}
