/**
 * The query builder of chapter 5 (« Interroger le fichier »): the rows the learner typed, per
 * company, and the rows of the cleaned file they select. The rows are kept as typed (a bad value
 * stays on screen with its error) and the last valid result stays until the query is fixed.
 *
 * Stored under `atelier:v1:fichier-requetes`: `{ [companyId]: LigneRequete[] }`. How it can go
 * stale: a field renamed in prospect.ts makes the condition name an unknown field, which the
 * query check reports in French (nothing crashes); an operator removed fails validation, and the
 * whole value is set aside and reset (persistance.ts). A company without typed rows gets a
 * default query built from its own file.
 */
import { atom, computed } from 'nanostores';
import { decrireRequete, filtrer, OPERATEURS, type Requete } from '../lib/fichier/requetes.ts';
import {
  requeteDepuisLignes,
  requeteParDefaut,
  type LigneRequete,
} from '../lib/fichier/requetes-saisie.ts';
import type { Prospect } from '../lib/commun/prospect.ts';
import { CHAMPS_PROSPECT } from '../lib/commun/prospect.ts';
import { atomePersistant, validerParEntreprise } from './persistance.ts';
import { $entreprise, $fichierNettoye } from './campagne.ts';

const valide = (l: unknown): l is LigneRequete => {
  const x = l as LigneRequete;
  return (
    !!x &&
    (x.lien === 'ET' || x.lien === 'OU') &&
    typeof x.champ === 'string' &&
    x.champ.length < 40 &&
    (OPERATEURS as readonly string[]).includes(x.operateur) &&
    typeof x.texte === 'string' &&
    x.texte.length <= 200
  );
};
const validerRequetes = validerParEntreprise((v: unknown): LigneRequete[] | undefined =>
  Array.isArray(v) && v.length <= 12 && v.every(valide) ? v : undefined,
);

/** The query rows typed per company id. */
export const $requetes = atomePersistant<Record<string, LigneRequete[]>>(
  'fichier-requetes',
  {},
  validerRequetes,
  { libelle: 'des requêtes sur le fichier (chapitre 5)' },
);

/** The rows of the current company's query (its default until the learner types). */
export const $lignesRequete = computed(
  [$requetes, $entreprise, $fichierNettoye],
  (r, e, f) => (e && r[e.id]) || requeteParDefaut({ prospects: f }),
);

/** Replaces the current company's query rows. */
export function modifierRequete(lignes: readonly LigneRequete[]): void {
  const e = $entreprise.get();
  if (e) $requetes.set({ ...$requetes.get(), [e.id]: lignes.slice(0, 12) });
}

/** Result of the query: the selected rows and the query in words, or the errors per row index. */
export interface ResultatRequete {
  requete: Requete | null;
  description: string;
  lignes: Prospect[];
  erreurs: Partial<Record<number, string>>;
}

// The last valid result, with the company it belongs to: another company's rows are never shown.
const dernier = atom<{ id: string; res: ResultatRequete } | null>(null);

/** The rows selected by the query; with a bad row, its errors and the last valid selection. */
export const $resultatRequete = computed(
  [$fichierNettoye, $lignesRequete, $entreprise],
  (prospects, lignes, e): ResultatRequete => {
    const r = requeteDepuisLignes({ lignes });
    const d = dernier.get(),
      id = e?.id ?? '';
    const precedent = d && d.id === id ? d.res : null;
    if (!r.ok)
      return {
        ...(precedent ?? { requete: null, description: '', lignes: [...prospects] }),
        erreurs: r.erreurs,
      };
    const f =
      r.valeur === null
        ? { ok: true as const, valeur: [...prospects] }
        : filtrer({ lignes: prospects, requete: r.valeur, champs: CHAMPS_PROSPECT });
    if (!f.ok)
      return {
        ...(precedent ?? { requete: null, description: '', lignes: [] }),
        erreurs: { 0: f.erreur.message },
      };
    const res = {
      requete: r.valeur,
      description: r.valeur ? decrireRequete({ requete: r.valeur }) : 'tout le fichier',
      lignes: f.valeur,
      erreurs: {},
    };
    dernier.set({ id, res });
    return res;
  },
);
