/**
 * « À revoir » on a chapter's own page (issue 14): the state « Ma campagne » gives this step
 * (stores/fil.ts, the same computed store, so the page and /campagne/ cannot disagree), shown only
 * when an earlier step changed after this one used it. Loaded after the island (it reads the
 * whole thread), so the chapter's first JavaScript does not carry it.
 */
import { useStore } from '@nanostores/preact';
import { $etatsFil } from '../../stores/fil.ts';
import type { IdEtapeFil } from '../../lib/campagne/fil.ts';

export function EtapeARevoir({ etape }: { etape: IdEtapeFil }) {
  const e = useStore($etatsFil)[etape];
  if (e.etat !== 'a-revoir') return null;
  return (
    <p class="labo-avertissement" data-revoir={etape} data-etat="a-revoir">
      À revoir&#8239;: {e.raison} Tout le fil&#8239;: <a href="/campagne/">Ma campagne</a>.
    </p>
  );
}
