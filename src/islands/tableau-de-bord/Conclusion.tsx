/** The dashboard's conclusion (loaded as it nears the screen): its verdict is the campaign's one diagnosis, chapter 10's. */
import { conclureTableauDeBord, diagnosticTableau } from '../../lib/campagne/tableau-conclusion.ts';
import type { ResultatTableauDeBord } from '../../lib/campagne/tableau-saisi.ts';

export function Conclusion({ resultat }: { resultat: ResultatTableauDeBord }) {
  return (
    <div
      class="labo-explication"
      data-resultat="conclusion"
      data-verdict={diagnosticTableau(resultat)?.verdict ?? ''}
    >
      {conclureTableauDeBord(resultat).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}
