/**
 * The campaign's plan and its diagnosis, DERIVED (issue 14): the company's context, the funnel of
 * chapter 10 (contacts and rates, typed or taken from the selection of chapter 6) and the budget
 * of chapter 9 go through `planDeCampagne`; the plan against the company's past campaign goes
 * through `diagnostiquerCampagne`. Nothing is copied into saved state and nothing subscribes at
 * load: a chapter that shows the plan listens to these computed stores, and they compute then.
 * The chosen method (chapter 7) reaches the plan through the budget line it adds.
 */
import { computed } from 'nanostores';
import { planDeCampagne } from '../lib/campagne/plan.ts';
import { diagnostiquerCampagne } from '../lib/campagne/diagnostic.ts';
import { effectifsEnListe } from '../lib/campagne/etapes.ts';
import { $entreprise } from './entreprise.ts';
import { $contexte } from './contexte.ts';
import { $evaluationEntonnoir } from './entonnoir.ts';
import { $evaluationBudget } from './budget.ts';

/** The plan of the company studied, or the French reason it cannot be computed yet. */
export const $plan = computed(
  [$contexte, $entreprise, $evaluationEntonnoir, $evaluationBudget],
  (contexte, e, entonnoir, budget) => {
    if (!entonnoir.ok)
      return {
        ok: false as const,
        erreur: {
          message:
            'Corrigez d’abord l’entonnoir du chapitre\u00a010\u202f: le plan part de ses contacts et de ses taux.',
        },
      };
    const f = entonnoir.valeur,
      b = budget.ok ? budget.valeur : null;
    return planDeCampagne({
      contexte,
      devise: contexte?.devise ?? e?.devise ?? 'EUR',
      contacts: f.etapes[0].effectif,
      taux: f.taux,
      budget: b ? { total: b.total, tauxDeMarque: b.tauxDeMarque } : null,
    });
  },
);

/** The plan against the company's past campaign (rates stage by stage), or undefined without one. */
export const $diagnostic = computed([$plan, $contexte], (plan, contexte) => {
  if (!plan.ok || !contexte?.campagnePassee) return undefined;
  return diagnostiquerCampagne({
    tauxPrevus: plan.valeur.taux,
    effectifsReels: effectifsEnListe(contexte.campagnePassee.etapes),
    contactsPrevus: plan.valeur.contacts,
  });
});
