/**
 * The evaluation of chapter 1's « Usure du portefeuille »: the three figures as the learner typed
 * them (text, as stores/usure.ts keeps them), read the French way and run through usure.ts; each
 * error is a French sentence next to the field to change, and a figure that was read is still
 * checked while another is unreadable (« 150 % » is flagged at once).
 */
import { parseNombre, parsePourcentage } from '../commun/nombres.ts';
import type { ErreurDeSaisie } from '../commun/resultat.ts';
import {
  besoinEnNouveauxClients,
  projectionPortefeuille,
  type AnneeProjection,
  type BesoinUsure,
} from './usure.ts';

/** What the learner typed; the keys are the parameter names of src/lib/portefeuille/usure.ts. */
export interface SaisieUsure {
  clients: string;
  tauxAttrition: string;
  tauxCroissance: string;
}

/** The worked example of the lesson: 200 clients, 15 % lost a year, 5 % growth wanted. */
export const USURE_PAR_DEFAUT: SaisieUsure = {
  clients: '200',
  tauxAttrition: '15',
  tauxCroissance: '5',
};

/** The same example as numbers (rates as fractions). */
const EXEMPLE = { clients: 200, tauxAttrition: 0.15, tauxCroissance: 0.05 };

/** The typed fields, in the order of the form. */
export const CHAMPS_USURE = ['clients', 'tauxAttrition', 'tauxCroissance'] as const;

/** A valid evaluation: the figures read, the first-year need and the 5-year projection. */
export interface ResultatUsure extends BesoinUsure {
  clients: number;
  tauxAttrition: number;
  tauxCroissance: number;
  projection: AnneeProjection[];
}

/** Per-field French errors, and the result when every field is valid. */
export interface EvaluationUsure {
  erreurs: Partial<Record<keyof SaisieUsure, string>>;
  resultat?: ResultatUsure;
}

/** Parses what was typed and runs usure.ts. */
export function evaluerUsure(s: SaisieUsure): EvaluationUsure {
  const erreurs: EvaluationUsure['erreurs'] = {};
  const clients = parseNombre(s.clients, {
    champ: 'clients',
    libelle: 'le nombre de clients',
    entier: true,
  });
  const tauxAttrition = parsePourcentage(s.tauxAttrition, {
    champ: 'tauxAttrition',
    libelle: 'le taux d’attrition',
  });
  const tauxCroissance = parsePourcentage(s.tauxCroissance, {
    champ: 'tauxCroissance',
    libelle: 'l’objectif de croissance',
  });
  if (!clients.ok) erreurs.clients = clients.erreur.message;
  if (!tauxAttrition.ok) erreurs.tauxAttrition = tauxAttrition.erreur.message;
  if (!tauxCroissance.ok) erreurs.tauxCroissance = tauxCroissance.erreur.message;
  if (!clients.ok || !tauxAttrition.ok || !tauxCroissance.ok) {
    // Still check the figures that were read, the lesson's standing in for the unreadable ones, so
    // that « 150 % » is flagged at once; an error that may come from a stand-in is not shown.
    const essai = besoinEnNouveauxClients({
      clients: clients.ok ? clients.valeur : EXEMPLE.clients,
      tauxAttrition: tauxAttrition.ok ? tauxAttrition.valeur : EXEMPLE.tauxAttrition,
      tauxCroissance: tauxCroissance.ok ? tauxCroissance.valeur : EXEMPLE.tauxCroissance,
    });
    const champ = essai.ok ? undefined : CHAMPS_USURE.find((c) => c === essai.erreur.champ);
    if (!essai.ok && champ && !erreurs[champ] && (champ !== 'tauxCroissance' || tauxAttrition.ok))
      erreurs[champ] = essai.erreur.message;
    return { erreurs };
  }
  const parametres = {
    clients: clients.valeur,
    tauxAttrition: tauxAttrition.valeur,
    tauxCroissance: tauxCroissance.valeur,
  };
  const besoin = besoinEnNouveauxClients(parametres);
  if (!besoin.ok) return enErreur(besoin.erreur);
  const projection = projectionPortefeuille(parametres);
  if (!projection.ok) return enErreur(projection.erreur);
  return { erreurs, resultat: { ...parametres, ...besoin.valeur, projection: projection.valeur } };
}

/** A domain error shown next to the field it names (the lib's parameter names are the field keys). */
function enErreur(e: ErreurDeSaisie): EvaluationUsure {
  const champ = CHAMPS_USURE.find((c) => c === e.champ) ?? 'clients';
  return { erreurs: { [champ]: e.message } };
}
