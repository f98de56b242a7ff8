/**
 * The fictional companies the « Sélectionner les prospects » problems speak of: each with the
 * sectors it targets and one it does not, so a statement can describe a prospect in or out of
 * the core target.
 */
import { type Aleatoire, choisir } from '../../lib/commun/aleatoire.ts';

/** A company of a statement, with its core target sectors and an outside one. */
export interface EntrepriseScoring {
  presentation: string;
  nom: string;
  cibles: readonly string[];
  horsCible: readonly string[];
}

const ENTREPRISES: readonly EntrepriseScoring[] = [
  {
    nom: 'Atlas Emballages',
    presentation: 'Atlas Emballages, fabricant d’emballages à Casablanca,',
    cibles: ['agroalimentaire', 'cosmétique'],
    horsCible: ['BTP', 'textile', 'logistique'],
  },
  {
    nom: 'Mobilier Confluence',
    presentation: 'Mobilier Confluence, PME lyonnaise de mobilier de bureau,',
    cibles: ['informatique', 'services aux entreprises'],
    horsCible: ['industrie', 'commerce', 'BTP'],
  },
  {
    nom: 'Vitrine & Co',
    presentation: 'Vitrine & Co, fabricant de présentoirs pour magasins,',
    cibles: ['commerce de détail', 'pharmacie'],
    horsCible: ['industrie', 'santé', 'transport'],
  },
  {
    nom: 'Isolis Habitat',
    presentation: 'Isolis Habitat, installateur d’isolation en Isère,',
    cibles: ['promotion immobilière', 'syndic de copropriété'],
    horsCible: ['informatique', 'restauration', 'formation'],
  },
];

/** Draws a company of a statement. */
export function entrepriseScoring(alea: Aleatoire): EntrepriseScoring {
  return choisir(alea, ENTREPRISES);
}
