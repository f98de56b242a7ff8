/**
 * « Ma campagne » (issue 14): the thread of the company studied, read from the very stores the
 * chapters use — the cleaned file and the selection (campagne.ts), the chosen method (methodes.ts),
 * the capacity (capacite.ts), the budget, the funnel's plan (plan.ts) and the dashboard — and the
 * state of each step (src/lib/campagne/fil.ts). Nothing is stored or recomputed here: every figure
 * is the one its chapter shows, so the page and the chapters cannot disagree.
 * The capacity of chapter 8 is kept per company (capacite.ts), like every other input: a step is
 * done once the learner typed figures for the company studied.
 */
import { computed } from 'nanostores';
import {
  $donnees,
  $entreprise,
  $nettoyage,
  $prospectsOriginaux,
  $selection,
  $travail,
} from './campagne.ts';
import { $campagneMethodeChoisie, $empreinteSelection } from './methodes.ts';
import { $capacites, $evaluationCapacite } from './capacite.ts';
// The company's salespeople, as the capacity and the annual plan of chapter 8 read them.
import { $contextePlan } from './planning-contexte.ts';
import { $evaluationBudget, $saisieBudget } from './budget.ts';
import { $budgets } from './budget-saisie.ts';
import { $entonnoirs, $saisieEntonnoir } from './entonnoir.ts';
import { $plan } from './plan.ts';
import {
  $evaluationTableauDeBord,
  $saisieTableauDeBord,
  $tableauxDeBord,
} from './tableau-de-bord.ts';
import { etatsDuFil } from '../lib/campagne/fil.ts';
import { etatLigneMethode, ID_LIGNE_METHODE } from '../lib/campagne/budget-saisi.ts';
import { parseNombre } from '../lib/commun/nombres.ts';

const $idEntreprise = computed($entreprise, (e) => e?.id ?? '');

/** The file and the selection: counts of chapters 5 and 6 (null while the rows load). */
export const $filFichier = computed(
  [$donnees, $prospectsOriginaux, $nettoyage, $selection, $travail],
  (d, originaux, n, selection, t) =>
    d.etat === 'pret'
      ? {
          origine: originaux.length,
          nettoye: n.prospects.length,
          operations: t.journal.length,
          retenus: selection.length,
          enregistres: t.selection.length,
        }
      : null,
);

/** Every step's state, from the learner's inputs only. */
export const $etatsFil = computed(
  [
    $idEntreprise,
    $filFichier,
    $travail,
    $campagneMethodeChoisie,
    $capacites,
    $budgets,
    $saisieBudget,
    $entonnoirs,
    $saisieEntonnoir,
    $tableauxDeBord,
    $saisieTableauDeBord,
    $plan,
    $empreinteSelection,
  ],
  (
    id,
    f,
    t,
    methode,
    capacite,
    budgets,
    budget,
    entonnoirs,
    entonnoir,
    tableaux,
    tableau,
    plan,
    empreinte,
  ) => {
    const contacts = parseNombre(entonnoir.contacts);
    return etatsDuFil({
      operations: t.journal.length,
      // While the rows load, the stored ids stand for the selection (nothing can have left it yet).
      selection: f
        ? { enregistres: f.enregistres, retenus: f.retenus, empreinte: empreinte?.empreinte }
        : { enregistres: t.selection.length, retenus: t.selection.length },
      methodeChoisie: methode !== null,
      baseMethode: t.baseMethode,
      capaciteModifiee: id in capacite,
      budget: {
        saisi: id in budgets,
        ligneMethode: etatLigneMethode({ saisie: budget, methode }),
        action: budget.lignes.find((l) => l.id === ID_LIGNE_METHODE)?.action,
      },
      entonnoir: {
        saisi: id in entonnoirs,
        depuisSelection: entonnoir.mode === 'avant' && entonnoir.origine === 'selection',
        // Backward from an objective, the typed contacts are not used: nothing to compare.
        contacts: entonnoir.mode === 'avant' && contacts.ok ? contacts.valeur : null,
      },
      tableau: { saisi: id in tableaux, tauxPrevus: tableau.tauxPrevus ?? null },
      tauxDuPlan: plan.ok ? plan.valeur.taux : null,
    });
  },
);

export {
  $entreprise,
  $campagneMethodeChoisie,
  $evaluationCapacite,
  $contextePlan,
  $evaluationBudget,
  $plan,
  $evaluationTableauDeBord,
};
