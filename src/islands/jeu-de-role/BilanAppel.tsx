/**
 * The end of a call: its outcome, the score per phase with the course rule behind each verdict,
 * and what the better reply would have given. Renders what src/lib/jeu-de-role computes.
 */
import { regleAppel } from '../../lib/jeu-de-role/regles.ts';
import { LIBELLES_PHASE, type Fin } from '../../lib/jeu-de-role/types.ts';
import type { ScorePhase } from '../../lib/jeu-de-role/partie.ts';

const ISSUES: Record<Fin['fin'], string> = {
  rdv: 'Rendez-vous obtenu',
  rappel: 'Un rappel, pas de rendez-vous',
  echec: 'Pas de rendez-vous',
};
const VERDICTS = ['Contraire à la règle', 'Acceptable', 'Conforme au cours'] as const;

export function BilanAppel({
  fin,
  phases,
  points,
  max,
}: {
  fin?: Fin;
  phases: ScorePhase[];
  points: number;
  max: number;
}) {
  if (!fin)
    return <p>L’appel n’est pas terminé&#8239;: le bilan par phase s’affichera à la fin.</p>;
  const manques = phases.flatMap((p) => p.tours).filter((j) => j.choix.points < j.meilleur.points);
  return (
    <>
      <dl class="indicateurs">
        <div class="indicateur-principal">
          <dt>Issue</dt>
          <dd data-resultat="issue" data-issue={fin.fin}>
            {ISSUES[fin.fin]}
          </dd>
        </div>
        <div>
          <dt>Score</dt>
          <dd data-resultat="score">
            {points}&#8239;/&#8239;{max}
          </dd>
        </div>
      </dl>
      <p class="labo-explication">{fin.bilan}</p>
      <h4>Score par phase</h4>
      <ul class="jdr-phases">
        {phases.map((p) => (
          <li key={p.phase} data-phase={p.phase}>
            <strong>{LIBELLES_PHASE[p.phase]}&#8239;: </strong>
            {p.atteinte ? (
              <span data-resultat={`phase-${p.phase}`}>
                {p.points}&#8239;/&#8239;{p.max}
              </span>
            ) : (
              <span>non atteinte</span>
            )}
            {p.tours.length > 0 && (
              <ul>
                {p.tours.map((j) => {
                  const r = regleAppel(j.choix.regle);
                  return (
                    <li key={j.tour.id} data-verdict={j.choix.points}>
                      <span class="jdr-verdict">{VERDICTS[j.choix.points]}</span> — «&#160;
                      {j.choix.texte}&#160;»
                      <br />
                      <em>{r.titre}&#8239;:</em> {r.regle}
                      {j.choix.pourquoi ? ` ${j.choix.pourquoi}` : ''}
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <h4>Ce qu’une meilleure réplique aurait donné</h4>
      {manques.length === 0 ? (
        <p data-resultat="sans-faute">Aucune&#8239;: chaque réplique suivait la règle du cours.</p>
      ) : (
        <ul class="jdr-mieux" data-resultat="mieux">
          {manques.map((j) => (
            <li key={j.tour.id}>
              <em>{LIBELLES_PHASE[j.tour.phase]}</em>&#8239;: «&#160;{j.meilleur.texte}&#160;» →
              réponse obtenue&#8239;: «&#160;{j.meilleur.reaction}&#160;»{' '}
              <span class="jdr-regle">({regleAppel(j.meilleur.regle).titre})</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
