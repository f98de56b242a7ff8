/**
 * The sample companies as the browser knows them: a few words each, compiled in from
 * content/datasets/<id>/entreprise.json (only the fields named below are bundled: Vite
 * tree-shakes the rest of each card), and their rows fetched on demand from the JSON files the
 * build writes at `/donnees/<id>.json` (src/pages/donnees/[id].json.ts). Same origin, so the
 * Content-Security-Policy allows it, and it works offline once cached.
 */
import { comparerExemples } from '../build/ordre-exemples.ts';
import type { Pays, Prospect } from '../lib/commun/prospect.ts';
import type { Campagne, ClientLigne, Entreprise, VenteLigne } from '../schemas/datasets.ts';
import { echec, ok, type Resultat } from '../lib/commun/resultat.ts';
import { CHAMPS_PROSPECT } from '../lib/commun/prospect.ts';
import type { FicheContexte } from '../lib/campagne/contexte.ts';
import { depuisTable, type Table } from '../lib/commun/table.ts';

/** A company the learner can study; a sample has its card's figures (offer, team, goals; the context of stores/contexte.ts), the learner's own file has none. */
export interface EntrepriseResume {
  id: string;
  nom: string;
  devise: 'EUR' | 'MAD';
  /** Country whose law applies to its campaigns. */ pays: Pays;
  importe?: boolean;
  fiche?: FicheContexte;
}

/** The rows of a company, as the islands use them. */
export interface DonneesEntreprise {
  prospects: Prospect[];
  /** The day the sample's « today » is (quality report, 3-year retention); today for an import. */
  dateReference: string;
  /** The samples' card, portfolio, sales and past campaign; absent for the learner's own file. */
  fiche?: Entreprise;
  clients?: ClientLigne[];
  ventes?: VenteLigne[];
  campagnePassee?: Campagne;
}

/** What `/donnees/<id>.json` holds: table-shaped rows (a column list, then arrays), half the size of objects. */
export interface JeuCompact {
  format: 'atelier-prospection/entreprise';
  version: 1;
  id: string;
  dateReference: string;
  fiche: Entreprise;
  prospects: Table;
  clients: Table;
  ventes: Table;
  campagne: Campagne;
}

const noms = import.meta.glob<string>('/content/datasets/*/entreprise.json', {
  eager: true,
  import: 'nom',
});
const devises = import.meta.glob<string>('/content/datasets/*/entreprise.json', {
  eager: true,
  import: 'devise',
});
// The card figures the simulators start from (issue 14); the past campaigns are in stores/contexte.ts.
const pays = import.meta.glob<FicheContexte['pays']>('/content/datasets/*/entreprise.json', {
  eager: true,
  import: 'pays',
});
const offres = import.meta.glob<FicheContexte['offre']>('/content/datasets/*/entreprise.json', {
  eager: true,
  import: 'offre',
});
const forces = import.meta.glob<FicheContexte['forceDeVente']>(
  '/content/datasets/*/entreprise.json',
  { eager: true, import: 'forceDeVente' },
);
const objectifs = import.meta.glob<FicheContexte['objectifsDeProspection']>(
  '/content/datasets/*/entreprise.json',
  { eager: true, import: 'objectifsDeProspection' },
);
const idDe = (chemin: string) => chemin.split('/').at(-2) ?? '';

/** The sample companies, in folder-name order (the same as listerJeux at build time). */
export const ENTREPRISES_EXEMPLES: readonly EntrepriseResume[] = Object.keys(noms)
  .sort((a, b) => comparerExemples(idDe(a), idDe(b)))
  .map((c) => {
    const id = idDe(c),
      devise = devises[c] === 'MAD' ? 'MAD' : 'EUR';
    const fiche: FicheContexte = {
      id,
      nom: noms[c],
      devise,
      pays: pays[c],
      offre: offres[c],
      forceDeVente: forces[c],
      objectifsDeProspection: objectifs[c],
    };
    return { id, nom: noms[c], devise, pays: pays[c] === 'MA' ? 'MA' : 'FR', fiche };
  });

const cache = new Map<string, Promise<Resultat<DonneesEntreprise>>>();

/** Fetches a sample's rows once per page; a failure is a French message, and is retried next time. */
export function chargerExemple(id: string): Promise<Resultat<DonneesEntreprise>> {
  let p = cache.get(id);
  if (!p) {
    p = fetch(`/donnees/${encodeURIComponent(id)}.json`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((j: JeuCompact): Resultat<DonneesEntreprise> => {
        if (
          j?.format !== 'atelier-prospection/entreprise' ||
          j.version !== 1 ||
          j.prospects?.champs?.some((c) => !CHAMPS_PROSPECT.includes(c as never))
        )
          return echec(
            'Les données de cette entreprise sont dans un format inattendu\u202f: rechargez la page.',
          );
        return ok({
          prospects: depuisTable<Prospect>(j.prospects),
          dateReference: j.dateReference,
          fiche: j.fiche,
          clients: depuisTable<ClientLigne>(j.clients),
          ventes: depuisTable<VenteLigne>(j.ventes),
          campagnePassee: j.campagne,
        });
      })
      .catch(() => {
        cache.delete(id);
        return echec(
          'Les données de cette entreprise n’ont pas pu être chargées\u202f: vérifiez la connexion puis rechargez la page.',
        );
      });
    cache.set(id, p);
  }
  return p;
}
