/**
 * Loaded on the « Exemple » click only (dynamic import): fetches a sample company's rows and builds
 * its dossier, so the sales analyses (ventes.ts) never weigh on the page before they are asked for.
 */
import { chargerExemple } from '../../stores/catalogue.ts';
import { dossierDepuisExemple } from '../../lib/dossier/exemple.ts';
import type { Dossier } from '../../lib/dossier/modele.ts';
import { echec, type Resultat } from '../../lib/commun/resultat.ts';

/** The finished dossier of a sample company, or a French message. */
export async function dossierExemple(id: string): Promise<Resultat<Dossier>> {
  const r = await chargerExemple(id);
  if (!r.ok) return r;
  const { fiche, ventes, campagnePassee: campagne } = r.valeur;
  if (!fiche || !ventes || !campagne)
    return echec('Cet exemple ne contient pas de ventes ni de campagne passée.');
  return dossierDepuisExemple({ fiche, ventes, campagne });
}
