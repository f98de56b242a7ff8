/**
 * The plan's funnel drawn as a funnel (one centred band per stage, its width in proportion to the
 * contacts), with the same counts as a table for screen readers: the picture is hidden from them.
 */
import { ETAPES_ENTONNOIR } from '../../lib/campagne/etapes.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';

export function EntonnoirDessine({ effectifs }: { effectifs: readonly number[] }) {
  const haut = effectifs[0] || 1;
  return (
    <figure class="fil-entonnoir">
      <div class="fil-entonnoir-dessin" aria-hidden="true">
        {ETAPES_ENTONNOIR.map((e, i) => (
          <div key={e.id} class="fil-entonnoir-etage">
            <span
              class="fil-entonnoir-bande"
              style={{ width: `${Math.max(0, Math.min(100, (effectifs[i] / haut) * 100))}%` }}
            />
            <span class="fil-entonnoir-texte">
              {e.nom}&#8239;: {formatNombre(effectifs[i] ?? 0, 0)}
            </span>
          </div>
        ))}
      </div>
      {/* Hidden by a wrapper: a table keeps its content width whatever width it is given. */}
      <div class="visuellement-cache">
        <table data-tableau="entonnoir">
          <caption>Entonnoir prévu, en personnes</caption>
          <thead>
            <tr>
              <th scope="col">Étape</th>
              <th scope="col">Effectif</th>
            </tr>
          </thead>
          <tbody>
            {ETAPES_ENTONNOIR.map((e, i) => (
              <tr key={e.id}>
                <th scope="row">{e.nom}</th>
                <td>{formatNombre(effectifs[i] ?? 0, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
