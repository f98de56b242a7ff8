/** « Reprendre mon plan » (chapter 11), apart from the dashboard: loaded with the plan, on demand. */
import { formatMontant, formatNombre } from '../commun/nombres.ts';
import { accorder, de, enumerer } from '../commun/accord.ts';
import { planALEchelle, type PlanCampagne } from './plan.ts';
import type { ContexteEntreprise } from './contexte.ts';
import { IDS_ETAPES } from './etapes.ts';
import {
  COMPTES,
  ETAPE_DE_LIGNE,
  saisieDepuisCampagne,
  texte,
  type Ligne,
  type SaisieTableauDeBord,
} from './tableau-saisi.ts';

/** The objectives the plan gives, brought to the past campaign's size when the two differ. */
function objectifsDuPlan(plan: PlanCampagne, contexte: ContexteEntreprise | undefined) {
  const contactsReels = contexte?.campagnePassee?.etapes.fichier;
  const echelle =
    contactsReels !== undefined && contactsReels !== plan.contacts && plan.contacts > 0
      ? planALEchelle({ plan, contacts: contactsReels })
      : undefined;
  const p = echelle?.ok ? echelle.valeur : plan;
  // Joined by stage id (etapes.ts), never by position.
  const objectif: Partial<Record<Ligne, string>> = {};
  for (const l of COMPTES) objectif[l] = texte(p.effectifs[IDS_ETAPES.indexOf(ETAPE_DE_LIGNE[l])]);
  if (p.chiffreAffaires !== null) objectif.chiffreAffaires = texte(Math.round(p.chiffreAffaires));
  if (p.cout !== null) objectif.cout = texte(Math.round(p.cout));
  return {
    objectif,
    tauxDeMarque: p.tauxDeMarque === null ? undefined : texte(p.tauxDeMarque * 100),
    echelle: echelle?.ok ? echelle.valeur : undefined,
    contactsReels,
  };
}

/** The dashboard's lines (and the taux de marque) the plan gives: typing one of them leaves the plan. */
export function lignesDonneesParLePlan(plan: PlanCampagne): (Ligne | 'tauxDeMarque')[] {
  const o = objectifsDuPlan(plan, undefined);
  return [
    ...(Object.keys(o.objectif) as Ligne[]),
    ...(o.tauxDeMarque === undefined ? [] : ['tauxDeMarque' as const]),
  ];
}

/**
 * The dashboard as it reads while it follows the plan (`depuisPlan`): the objectives the plan
 * gives, derived from the CURRENT plan, over what was typed, and the plan's stage rates for the
 * diagnosis, so that chapters 10 and 11 can never disagree (issue 14). Not following the plan,
 * or with no plan computable (the funnel in error), the dashboard reads as typed, without rates.
 */
export function saisieSuivantLePlan({
  saisie,
  plan,
  contexte,
}: {
  saisie: SaisieTableauDeBord;
  plan: PlanCampagne | null;
  contexte?: ContexteEntreprise;
}): { saisie: SaisieTableauDeBord; tauxPrevus: readonly number[] | null } {
  if (!saisie.depuisPlan || !plan) return { saisie, tauxPrevus: null };
  const o = objectifsDuPlan(plan, contexte);
  return {
    saisie: {
      ...saisie,
      objectif: { ...saisie.objectif, ...o.objectif },
      tauxDeMarque: o.tauxDeMarque ?? saisie.tauxDeMarque,
    },
    tauxPrevus: plan.taux,
  };
}

/**
 * « Reprendre mon plan »: the plan as objectives beside the company's past campaign (or the
 * figures already typed when there is none). When the plan and the campaign differ in size, the
 * plan is brought to the campaign's contacts (same rates, whole people; of the costs only the
 * method's per-contact line follows the contacts, the fixed lines stay as budgeted), so that every
 * line compares counts of one scale, and `message` says so. What is stored is the choice
 * (`depuisPlan`) and the figures the plan does not give: the objectives the plan gives and its
 * rates are derived from it each time (`saisieSuivantLePlan`).
 */
export function saisieDepuisPlan({
  plan,
  contexte,
  actuelle,
}: {
  plan: PlanCampagne;
  contexte?: ContexteEntreprise;
  actuelle: SaisieTableauDeBord;
}): { saisie: SaisieTableauDeBord; message: string } {
  const campagne = contexte?.campagnePassee;
  const base = campagne
    ? saisieDepuisCampagne({
        campagne,
        devise: plan.devise,
        tauxDeMarque: contexte?.offre.tauxDeMarque,
      })
    : { ...actuelle, devise: plan.devise };
  const { echelle: e, contactsReels } = objectifsDuPlan(plan, contexte);
  const sources = ['le budget du chapitre\u00a09', 'l’entonnoir du chapitre\u00a010'].filter(
    (_, i) => (i === 0 ? plan.cout !== null : true),
  );
  let message = `Objectifs repris ${enumerer(sources.map(de))} (effectifs en personnes entières, arrondis à l’unité la plus proche, étape par étape)`;
  if (e) {
    const m = (n: number) => formatMontant(Math.round(n), plan.devise, 0);
    const couts =
      plan.cout === null
        ? ''
        : plan.coutVariable
          ? `\u202f; seule la ligne de la méthode, qui dépend du nombre de contacts, suit l’échelle (${m(plan.coutVariable)} × ${formatNombre(e.facteur, 2)} = ${m(e.coutVariable ?? 0)})\u202f; les ${m(plan.cout - plan.coutVariable)} de dépenses fixes restent celles du budget`
          : `\u202f; les dépenses du budget, fixes, restent telles que prévues (${m(plan.cout)})`;
    message += `. Votre plan porte sur ${accorder(plan.contacts, 'contact', 'contacts')}, la campagne passée sur ${accorder(contactsReels!, 'contact', 'contacts')}\u202f: le plan est ramené à ${accorder(contactsReels!, 'contact', 'contacts')} (mêmes taux${couts})`;
  }
  if (campagne) message += `\u202f; réalisé\u202f: ${campagne.nom}`;
  return {
    saisie: { ...base, depuisPlan: true },
    message: `${message}.`,
  };
}
