/**
 * The budget of chapter 9 as the learner typed it (text, so « 1 500 » comes back as « 1 500 »),
 * its check on read, its evaluation (moved here from the store: a store holds no formula), and
 * where a company's budget starts: its own last campaign's cost lines at its own taux de marque,
 * in its currency — the textbook example only for a file with no company card.
 */
import { parseNombre, parsePourcentage, nombreSaisissable } from '../commun/nombres.ts';
import { montantDuCours } from '../commun/devise-du-cours.ts';
import { accorder } from '../commun/accord.ts';
import { analyseBudget, caMinimumLectureErronee, type LigneBudget } from '../budget/budget.ts';
import { tauxDeMarqueDepuisTauxDeMarge } from '../marges/marges.ts';
import type { ContexteEntreprise, Devise } from './contexte.ts';
import type { LigneSaisie, SaisieBudget } from './budget-validation.ts';
import { echec, ok, type Resultat, type ResultatChamps } from '../commun/resultat.ts';

export { validerSaisieBudget, type LigneSaisie, type SaisieBudget } from './budget-validation.ts';

/** The lesson's envelope (the textbook example): the kinds of actions the course lists, with round amounts. */
export const BUDGET_PAR_DEFAUT: SaisieBudget = {
  lignes: [
    {
      id: 'publipostage',
      action: 'Publipostage (conception, impression, envoi)',
      montant: '2 400',
    },
    { id: 'phoning', action: 'Téléprospection et prise de rendez-vous', montant: '3 200' },
    { id: 'visites', action: 'Visites et déplacements', montant: '4 500' },
    { id: 'salon', action: 'Salon professionnel', montant: '6 000' },
    { id: 'documentation', action: 'Documentation commerciale', montant: '1 100' },
  ],
  typeTaux: 'marque',
  taux: '25',
  devise: 'EUR',
};

/**
 * « Exemple du cours »: the lesson's envelope in the company's currency — its euros as the lesson
 * writes them, or converted at DH_PAR_EURO for a company in dirhams (never the euro amounts
 * relabelled « DH »).
 */
export function budgetExempleDuCours({ devise }: { devise: Devise }): SaisieBudget {
  return {
    ...BUDGET_PAR_DEFAUT,
    lignes: BUDGET_PAR_DEFAUT.lignes.map((l) => ({
      ...l,
      montant: montantDuCours(l.montant, devise),
    })),
    devise,
  };
}

/** Whether a budget is the lesson's example in its currency (lines, amounts and rate; ids aside): the origin line then says so. */
export function estBudgetExemple(s: SaisieBudget): boolean {
  const e = budgetExempleDuCours({ devise: s.devise });
  const texte = (b: SaisieBudget) =>
    JSON.stringify([b.typeTaux, b.taux, b.lignes.map((l) => [l.action, l.montant])]);
  return texte(s) === texte(e);
}

/** Id of the single line the chosen method of chapter 7 adds to the budget. */
export const ID_LIGNE_METHODE = 'methode-choisie';

/** Where a company's budget starts: its last campaign's cost lines and its own taux de marque, in its currency. */
export function budgetDeDepart({
  contexte,
  devise,
}: {
  contexte?: ContexteEntreprise;
  devise: Devise;
}): SaisieBudget {
  if (!contexte) return budgetExempleDuCours({ devise });
  const lignes =
    contexte.campagnePassee?.lignesDeCout.map((l) => ({
      id: l.id,
      action: l.action,
      montant: nombreSaisissable(l.montant, 2),
    })) ?? [];
  return {
    lignes,
    typeTaux: 'marque',
    taux: nombreSaisissable(contexte.offre.tauxDeMarque * 100, 2),
    devise: contexte.devise,
  };
}

/** The line the chosen method of chapter 7 adds: its name and contacts, its cost as the learner would type it (« 4 300 »). */
export function ligneDeMethode({
  methode,
}: {
  methode: { nom: string; contacts: number; coutTotal: number };
}): { action: string; montant: string } {
  return {
    action: `${methode.nom} (${accorder(methode.contacts, 'contact', 'contacts')})`,
    montant: nombreSaisissable(Math.round(methode.coutTotal), 0),
  };
}

/** Whether the budget holds the chosen method's line as it is now (« a-jour »), an older one (« perimee »), or none. */
export function etatLigneMethode({
  saisie,
  methode,
}: {
  saisie: SaisieBudget;
  methode: { nom: string; contacts: number; coutTotal: number } | null;
}): 'absente' | 'a-jour' | 'perimee' {
  const ligne = saisie.lignes.find((l) => l.id === ID_LIGNE_METHODE);
  if (!ligne) return 'absente';
  if (!methode) return 'a-jour';
  const attendue = ligneDeMethode({ methode });
  return ligne.action === attendue.action && ligne.montant === attendue.montant
    ? 'a-jour'
    : 'perimee';
}

/** The budget with the chosen method's line added, or updated in place: there is never more than one. */
export function avecLigneMethode({
  saisie,
  action,
  montant,
}: {
  saisie: SaisieBudget;
  action: string;
  montant: string;
}): SaisieBudget {
  const ligne = { id: ID_LIGNE_METHODE, action, montant };
  const existe = saisie.lignes.some((l) => l.id === ID_LIGNE_METHODE);
  return {
    ...saisie,
    lignes: existe
      ? saisie.lignes.map((l) => (l.id === ID_LIGNE_METHODE ? ligne : l))
      : [...saisie.lignes, ligne],
  };
}

/** A budget analysed: total, CA minimum, each action's share. */
export interface BudgetAnalyse {
  total: number;
  caMinimum: number;
  tauxDeMarque: number;
  parAction: { id: string; action: string; montant: number; part: number }[];
  /** When a taux de marge was typed: the CA minimum one gets by wrongly dividing by it. */
  lectureErronee?: number;
}
/**
 * The analysis when every field is valid, else a French error by field: a line's id, or `taux`
 * (the ids are the learner's own lines, so the keys are any string).
 */
export type EvaluationBudget = ResultatChamps<BudgetAnalyse, string>;

/** Reads one cost line: an amount, never negative. */
function lireLigne(l: LigneSaisie): Resultat<LigneBudget> {
  const action = l.action.trim();
  const r = parseNombre(l.montant, {
    champ: l.id,
    libelle: action
      ? `le montant de l’action «\u00a0${action}\u00a0»`
      : 'le montant de cette action',
  });
  if (!r.ok) return r;
  if (r.valeur < 0) return echec('Une dépense ne peut pas être négative.', l.id);
  return ok({ id: l.id, action: action || 'Action sans nom', montant: r.valeur });
}

/** Reads the rate typed, and turns a taux de marge into the taux de marque it stands for. */
function lireTauxDeMarque(s: SaisieBudget): Resultat<number> {
  const taux = parsePourcentage(s.taux, {
    champ: 'taux',
    libelle: s.typeTaux === 'marque' ? 'le taux de marque' : 'le taux de marge',
  });
  if (!taux.ok || s.typeTaux === 'marque') return taux;
  return tauxDeMarqueDepuisTauxDeMarge({ tauxDeMarge: taux.valeur });
}

/** When a taux de marge was typed: the CA minimum one gets by wrongly dividing by it. */
function lectureErroneeDe(s: SaisieBudget, depenses: number): number | undefined {
  if (s.typeTaux !== 'marge') return undefined;
  const taux = parsePourcentage(s.taux, { champ: 'taux', libelle: 'le taux de marge' });
  const faux = taux.ok ? caMinimumLectureErronee({ depenses, tauxDeMarge: taux.valeur }) : taux;
  return faux.ok ? faux.valeur : undefined;
}

/** Parses what was typed and runs the analysis of src/lib/budget/budget.ts. */
export function evaluerBudget(s: SaisieBudget): EvaluationBudget {
  const erreurs: Record<string, string> = {};
  const lignes: LigneBudget[] = [];
  for (const l of s.lignes) {
    const r = lireLigne(l);
    if (r.ok) lignes.push(r.valeur);
    else erreurs[l.id] = r.erreur.message;
  }
  const tauxDeMarque = lireTauxDeMarque(s);
  if (!tauxDeMarque.ok) erreurs.taux = tauxDeMarque.erreur.message;
  if (!tauxDeMarque.ok || Object.keys(erreurs).length > 0) return { ok: false, erreurs };
  const analyse = analyseBudget({ lignes, tauxDeMarque: tauxDeMarque.valeur });
  if (!analyse.ok) {
    const champ =
      analyse.erreur.champ === 'tauxDeMarque' ? 'taux' : (analyse.erreur.champ ?? 'taux');
    return { ok: false, erreurs: { [champ]: analyse.erreur.message } };
  }
  return {
    ok: true,
    valeur: {
      ...analyse.valeur,
      tauxDeMarque: tauxDeMarque.valeur,
      lectureErronee: lectureErroneeDe(s, analyse.valeur.total),
    },
  };
}
