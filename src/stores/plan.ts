/**
 * The campaign's plan and its diagnosis, DERIVED (issue 14): the company's context, the funnel of
 * chapter 10 (contacts and rates, typed or taken from the selection of chapter 6) and the budget
 * of chapter 9 go through `planDeCampagne`; the plan against the company's past campaign goes
 * through `diagnostiquerCampagne`. Nothing is copied into saved state and nothing subscribes at
 * load: a chapter that shows the plan listens to these computed stores, and they compute then.
 * The chosen method (chapter 7) reaches the plan twice: through the budget line it adds (the part
 * of the budget that follows the contacts) and through its rates, where the funnel starts from.
 */
import { computed } from 'nanostores';
import { coutVariableDuBudget, planDeCampagne, type BudgetPlan } from '../lib/campagne/plan.ts';
import { origineDesTaux, tauxDeDepart } from '../lib/campagne/methode-entonnoir.ts';
import {
  phraseVisitesDuPlan,
  tauxSecondeVisiteSaisi,
  visitesDuPlan,
} from '../lib/campagne/visites-plan.ts';
import { ID_LIGNE_METHODE, type EvaluationBudget } from '../lib/campagne/budget-saisi.ts';
import { ENTONNOIR_PAR_DEFAUT, tauxEnTexte } from '../lib/campagne/entonnoir-saisi.ts';
import { parsePourcentage } from '../lib/commun/nombres.ts';
import { diagnostiquerCampagne, referenceDuRealise } from '../lib/campagne/diagnostic.ts';
import { effectifsEnListe } from '../lib/campagne/etapes.ts';
import { $entreprise } from './entreprise.ts';
import { $contexte } from './contexte.ts';
import { $evaluationEntonnoir, partirDeLaSelection } from './entonnoir.ts';
import { $evaluationBudget } from './budget.ts';
import { $campagneMethodeChoisie, $evaluationMethodes } from './methodes.ts';
import { $travail } from './campagne.ts';

/** The method chosen in chapter 7 as the comparator evaluates it (its typed figures), or null. */
const $methodeRetenue = computed(
  [$travail, $evaluationMethodes],
  (t, ev) => (ev.ok ? ev.valeur.methodes.find((m) => m.id === t.methode) : undefined) ?? null,
);

/** The budget of chapter 9 as the plan reads it: only the method's line grows with the contacts (D1). */
function budgetDuPlan(
  b: (EvaluationBudget & { ok: true })['valeur'] | undefined,
  coutsFixesMethode: number,
): BudgetPlan | null {
  if (!b) return null;
  return {
    total: b.total,
    tauxDeMarque: b.tauxDeMarque,
    coutVariable: coutVariableDuBudget({
      montantLigneMethode: b.parAction.find((l) => l.id === ID_LIGNE_METHODE)?.montant,
      coutsFixesMethode,
      total: b.total,
    }),
  };
}

/** The plan of the company studied, or the French reason it cannot be computed yet. */
export const $plan = computed(
  [
    $contexte,
    $entreprise,
    $evaluationEntonnoir,
    $evaluationBudget,
    $campagneMethodeChoisie,
    $methodeRetenue,
  ],
  (contexte, e, entonnoir, budget, choisie, retenue) => {
    if (!entonnoir.ok)
      return {
        ok: false as const,
        erreur: {
          message:
            'Corrigez d’abord l’entonnoir du chapitre\u00a010\u202f: le plan part de ses contacts et de ses taux.',
        },
      };
    const f = entonnoir.valeur;
    const coutsFixes = retenue?.coutsFixes ?? 0;
    return planDeCampagne({
      contexte,
      devise: contexte?.devise ?? e?.devise ?? 'EUR',
      contacts: f.etapes[0].effectif,
      taux: f.taux,
      methode: choisie && {
        id: choisie.id,
        nom: choisie.nom,
        contacts: choisie.contacts,
        coutTotal: choisie.coutTotal,
        coutsFixes,
      },
      budget: budgetDuPlan(budget.ok ? budget.valeur : undefined, coutsFixes),
    });
  },
);

/** The rates the funnel starts from (chapter 7's method, else the past campaign's), or null. */
export const $departEntonnoir = computed([$methodeRetenue, $contexte], (methode, contexte) =>
  tauxDeDepart({ methode, campagnePassee: contexte?.campagnePassee }),
);

const TAUX_EXEMPLE = ENTONNOIR_PAR_DEFAUT.taux.map((t) => {
  const r = parsePourcentage(t, { champ: 'taux', libelle: 'le taux' });
  return r.ok ? r.valeur : NaN;
});
/** Where the funnel's rates come from now, read from the rates themselves (never stored). */
export const $origineTaux = computed([$evaluationEntonnoir, $departEntonnoir], (ev, depart) =>
  ev.ok ? origineDesTaux({ taux: ev.valeur.taux, depart, exemple: TAUX_EXEMPLE }) : null,
);

/** What the past campaign is set against: the learner's plan, or its own objectives while the funnel holds the lesson's example (D9). */
export const $referenceRealise = computed(
  [$plan, $contexte, $origineTaux],
  (plan, contexte, origine) =>
    plan.ok && contexte?.campagnePassee
      ? referenceDuRealise({
          tauxExemple: origine?.type === 'exemple',
          plan: plan.valeur,
          objectifs: contexte.campagnePassee.objectifs,
        })
      : undefined,
);

/** The past campaign against its reference (rates stage by stage), or undefined without one. */
export const $diagnostic = computed([$referenceRealise, $contexte], (reference, contexte) => {
  if (!reference || !contexte?.campagnePassee) return undefined;
  return diagnostiquerCampagne({
    tauxPrevus: reference.tauxPrevus,
    effectifsReels: effectifsEnListe(contexte.campagnePassee.etapes),
    contactsPrevus: reference.contactsPrevus,
  });
});

/**
 * « Partir de ma sélection » (chapter 10): the selection's contacts, with the method's rates (or
 * the past campaign's) in place of the lesson's example. Rates the learner typed, or is typing,
 * stay: the button says it changes the contacts, and silently replacing her rates lost them
 * (session 11). The line under the rates then offers to take the method's.
 */
export function partirDeLaSelectionAvecSesTaux(contacts: number): void {
  const depart = $departEntonnoir.get(),
    origine = $origineTaux.get();
  const remplacer = depart && origine !== null && origine.type !== 'saisis';
  partirDeLaSelection(contacts, remplacer ? tauxEnTexte({ taux: depart.taux }) : undefined);
}

/**
 * Chapter 8's visits from the selection at the rates the funnel starts from (D4): the prospects to
 * visit and the second-visit rate as chapter 8 types them, and the sentence saying where they come
 * from; null without rates to start from (the learner's own file with no method chosen).
 */
export function visitesDeLaSelection(
  selection: number,
): { prospects: string; tauxSecondeVisite: string; phrase: string } | null {
  const depart = $departEntonnoir.get();
  if (!depart) return null;
  const methode = depart.origine.type === 'methode' ? ($methodeRetenue.get()?.id ?? null) : null;
  const v = visitesDuPlan({ contacts: selection, taux: depart.taux, methode });
  if (!v.ok) return null;
  return {
    prospects: String(v.valeur.premieres),
    tauxSecondeVisite: tauxSecondeVisiteSaisi(v.valeur),
    phrase: phraseVisitesDuPlan({
      visites: v.valeur,
      contacts: selection,
      methode: depart.origine.type === 'methode' ? depart.origine.nom : null,
    }),
  };
}
