/**
 * The shape of one analysis of the dossier, and the helpers every analysis uses.
 * An analysis is in one of three states, never NaN and never an exception:
 * - « calcule »: its figures, the catalogue ids of the formulas used (src/lib/formules/catalogue.ts) and a
 *   short French interpretation the learner may rewrite;
 * - « incomplet »: the list of the fields it still needs, named in French as on the form;
 * - « erreur »: the data is there but contradicts itself (more orders than contacts…): the
 *   library's French message, naming the field.
 */
import type { IdFormule } from '../formules/expressions.ts';
import type { Resultat } from '../commun/resultat.ts';

/** How a figure is displayed. */
export type UniteChiffre = 'montant' | 'taux' | 'nombre' | 'indice' | 'texte';

/** One labelled figure of an analysis. */
export interface Chiffre {
  libelle: string;
  valeur: number;
  unite: UniteChiffre;
}

/** A table of an analysis: typed columns, labelled rows (null = no value, shown as « — »). */
export interface Tableau {
  /** The header of the row labels' column (« Catégorie », « Étape »). */
  entete: string;
  colonnes: { libelle: string; unite: UniteChiffre }[];
  /** `unites` overrides the columns' units for one row (a dashboard mixes counts and amounts). */
  lignes: { libelle: string; valeurs: (number | string | null)[]; unites?: UniteChiffre[] }[];
}

/**
 * A chart of an analysis, described without any drawing code (the island draws it): bars per
 * label, one series per year or count; `pareto` adds the cumulative share (0–1) as a line.
 */
export interface GraphiqueAnalyse {
  titre: string;
  libelles: string[];
  series: { id: string; libelle: string; valeurs: number[] }[];
  unite: 'montant' | 'nombre';
  cumul?: number[];
}

/** The identity of an analysis: where it sits in the dossier's outline. */
export interface EnteteAnalyse {
  id: string;
  section: string;
  titre: string;
}

/** One analysis, computed or not. */
export type Analyse = EnteteAnalyse &
  (
    | {
        etat: 'calcule';
        formules: IdFormule[];
        chiffres: Chiffre[];
        tableau?: Tableau;
        graphique?: GraphiqueAnalyse;
        interpretation: string;
        methode?: string;
        aCompleter?: string[];
      }
    | { etat: 'incomplet'; manque: string[] }
    | { etat: 'erreur'; message: string; champ?: string }
  );

/** A computed analysis. */
export function calcule(
  entete: EnteteAnalyse,
  contenu: {
    formules: IdFormule[];
    chiffres: Chiffre[];
    tableau?: Tableau;
    graphique?: GraphiqueAnalyse;
    interpretation: string;
    methode?: string;
    aCompleter?: string[];
  },
): Analyse {
  const { aCompleter, ...reste } = contenu;
  // A partial analysis says what would complete it; a full one carries no empty list.
  return { ...entete, etat: 'calcule', ...reste, ...(aCompleter?.length ? { aCompleter } : {}) };
}

/** The list of missing fields: each [label, value] pair whose value is undefined is named. */
export function manquants(champs: readonly (readonly [string, unknown])[]): string[] {
  return champs.filter(([, v]) => v === undefined || v === null).map(([libelle]) => libelle);
}

/** An analysis that waits for data. */
export function incomplet(entete: EnteteAnalyse, manque: string[]): Analyse {
  return { ...entete, etat: 'incomplet', manque };
}

/** An analysis whose data the library refused: its French message. */
export function enErreur(entete: EnteteAnalyse, r: Resultat<unknown>): Analyse {
  if (r.ok) return { ...entete, etat: 'erreur', message: 'Le calcul n’a pas abouti.' };
  return {
    ...entete,
    etat: 'erreur',
    message: r.erreur.message,
    ...(r.erreur.champ ? { champ: r.erreur.champ } : {}),
  };
}

/** Collects the failures of several results: the first one, or undefined when all succeeded. */
export function premiereErreur(
  ...resultats: Resultat<unknown>[]
): Extract<Resultat<unknown>, { ok: false }> | undefined {
  for (const r of resultats) if (!r.ok) return r;
  return undefined;
}

/** The sum of the defined numbers of a list (undefined when none is defined). */
export function sommeDefinie(valeurs: readonly (number | undefined)[]): number | undefined {
  const d = valeurs.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return d.length ? d.reduce((s, v) => s + v, 0) : undefined;
}
