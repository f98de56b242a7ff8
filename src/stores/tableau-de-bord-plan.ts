/**
 * The dashboard following the plan (chapter 11, « Reprendre mon plan »): the objectives the plan
 * gives and its stage rates, derived from the current plan (stores/plan.ts) each time, over what
 * the learner typed. Loaded by tableau-de-bord.ts only while a dashboard follows the plan, so the
 * chapter ships the plan's stores only then. Holds nothing.
 */
import { computed } from 'nanostores';
import { $plan } from './plan.ts';
import { $contexte } from './contexte.ts';
import { $saisieTableauDeBord } from './tableau-de-bord.ts';
import { lignesDonneesParLePlan, saisieSuivantLePlan } from '../lib/campagne/tableau-plan.ts';

/** The dashboard as it reads following the plan, the plan's rates, and the lines the plan gives. */
export const $tableauSuivantLePlan = computed(
  [$saisieTableauDeBord, $plan, $contexte],
  (saisie, plan, contexte) => {
    const p = plan.ok ? plan.valeur : null;
    return {
      ...saisieSuivantLePlan({ saisie, plan: p, contexte }),
      lignes: p ? (lignesDonneesParLePlan(p) as string[]) : [],
    };
  },
);
