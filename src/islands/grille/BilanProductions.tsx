/**
 * « Mes productions » on /bilan/: each graded task with the learner's self-assessment total.
 * Shown apart from the auto-corrected exercises: a self-assessed grid is not a corrected score.
 */
import { useStore } from '@nanostores/preact';
import { totalGrille, type CritereGrille } from '../../lib/evaluation/grille.ts';
import { $productions } from '../../stores/productions.ts';
import { useMonte } from '../ui/hydratation.ts';

/** A task as the bilan page passes it (plain data). */
export interface TacheBilan {
  id: string;
  titre: string;
  chapitre: string;
  url: string;
  criteres: CritereGrille[];
}

// Built at first use, not when the module loads: the first Intl formatter of a page loads the
// locale's data, about 100 ms of a phone's main thread at hydration (4× CPU), for a page where
// most learners have no dated production to show.
let dateFr: Intl.DateTimeFormat | undefined;
const formaterDate = (date: number) =>
  (dateFr ??= new Intl.DateTimeFormat('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })).format(date);

export default function BilanProductions({ taches }: { taches: TacheBilan[] }) {
  const monte = useMonte();
  const stockees = useStore($productions);
  const productions = monte ? stockees : {};
  return (
    <div data-island="bilan-productions">
      <div
        class="tableau-defilant"
        tabindex={0}
        role="region"
        aria-label="Productions auto-évaluées"
      >
        <table class="bilan-tableau">
          <caption>Productions auto-évaluées</caption>
          <thead>
            <tr>
              <th scope="col">Production</th>
              <th scope="col">Chapitre</th>
              <th scope="col" class="nombre">
                Auto-évaluation
              </th>
              <th scope="col">État</th>
            </tr>
          </thead>
          <tbody>
            {taches.map((t) => {
              const p = productions[t.id];
              const total = p
                ? totalGrille({ criteres: t.criteres, niveaux: p.niveaux })
                : undefined;
              const tot = total?.ok ? total.valeur : undefined;
              const etat =
                !p || (p.texte.trim() === '' && !tot?.evalues)
                  ? 'Non commencée'
                  : !tot?.evalues
                    ? 'Écrite, à évaluer'
                    : tot.complet
                      ? 'Évaluée'
                      : 'Évaluation partielle';
              const date = p?.date ? Date.parse(p.date) : NaN;
              return (
                <tr key={t.id} data-production={t.id}>
                  <th scope="row">
                    <a href={`${t.url}#tache-${t.id}`}>{t.titre}</a>
                  </th>
                  <td data-libelle="Chapitre">{t.chapitre}</td>
                  <td class="nombre" data-libelle="Auto-évaluation" data-resultat="auto-evaluation">
                    {tot && tot.evalues > 0 ? `${tot.points}\u202f/\u202f${tot.max}` : '—'}
                  </td>
                  <td data-libelle="État">
                    {etat}
                    {Number.isFinite(date) ? ` (${formaterDate(date)})` : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p class="exercice-consigne">
        Ces totaux sont votre propre évaluation, avec la grille de chaque tâche&#8239;: ils ne
        comptent pas dans les exercices réussis ci-dessus. Imprimez la production et sa grille
        depuis le chapitre pour la remettre à votre formateur.
      </p>
    </div>
  );
}
