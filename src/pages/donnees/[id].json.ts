/**
 * `/donnees/<id>.json`: one sample company's rows for the browser, written at build time from
 * content/datasets/<id>/ (checked there: a bad value stops the build). Fetched lazily by
 * src/stores/catalogue.ts, so no page carries the data in its JavaScript.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chargerJeu, listerJeux } from '../../build/jeux-de-donnees.ts';
import { versTable } from '../../lib/commun/table.ts';
// A type only (erased at build): the page loads no browser store.
import type { JeuCompact } from '../../stores/catalogue.ts';
import { CHAMPS_PROSPECT } from '../../lib/commun/prospect.ts';

export const getStaticPaths = (() =>
  listerJeux().map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const j = chargerJeu({ id: String(params.id) });
  const compact: JeuCompact = {
    format: 'atelier-prospection/entreprise',
    version: 1,
    id: j.id,
    dateReference: j.fiche.dateReference,
    fiche: j.fiche,
    prospects: versTable({ champs: CHAMPS_PROSPECT, objets: j.prospects }),
    clients: versTable({
      champs: ['id', 'nom', 'categorie', 'ville', 'dateEntree'],
      objets: j.clients,
    }),
    ventes: versTable({
      champs: ['id', 'client', 'categorie', 'date', 'montantHT', 'coutHT'],
      objets: j.ventes,
    }),
    campagne: j.campagne,
  };
  return new Response(JSON.stringify(compact), { headers: { 'content-type': 'application/json' } });
};
