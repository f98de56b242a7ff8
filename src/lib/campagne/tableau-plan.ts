/** « Reprendre mon plan » (chapter 11), apart from the dashboard: loaded with the plan, on demand. */
import { formatNombre } from '../commun/nombres.ts';
import { accorder, de, enumerer } from '../commun/accord.ts';
import { planALEchelle, type PlanCampagne } from './plan.ts';
import type { ContexteEntreprise } from './contexte.ts';
import { COMPTES, saisieDepuisCampagne, texte, type SaisieTableauDeBord } from './tableau-saisi.ts';

/**
 * « Reprendre mon plan »: the plan as objectives beside the company's past campaign (or the
 * figures already typed when there is none). When the plan and the campaign differ in size, the
 * plan is brought to the campaign's contacts (same rates, whole people, amounts in proportion),
 * so that every line compares counts of one scale, and `message` says so. The plan's rates go
 * with the objectives (`tauxPrevus`): the conclusion's diagnosis then reads exactly chapter 10's.
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
    ? saisieDepuisCampagne({ campagne, devise: plan.devise })
    : { ...actuelle, devise: plan.devise };
  const echelle = planALaTailleDe(plan, campagne?.etapes.fichier);
  const p = echelle?.plan ?? plan;
  const tauxDeMarque = p.tauxDeMarque === null ? base.tauxDeMarque : texte(p.tauxDeMarque * 100);
  const sources = ['le budget du chapitre\u00a09', 'l’entonnoir du chapitre\u00a010'].filter(
    (_, i) => (i === 0 ? plan.cout !== null : true),
  );
  let message = `Objectifs repris ${enumerer(sources.map(de))} (effectifs en personnes entières, arrondis à l’unité la plus proche, étape par étape)`;
  if (echelle)
    message += `. Votre plan porte sur ${accorder(plan.contacts, 'contact', 'contacts')}, la campagne passée sur ${accorder(echelle.contacts, 'contact', 'contacts')}\u202f: le plan est ramené à ${accorder(echelle.contacts, 'contact', 'contacts')} (mêmes taux, montants × ${formatNombre(echelle.plan.facteur, 2)})`;
  if (campagne) message += `\u202f; réalisé\u202f: ${campagne.nom}`;
  return {
    saisie: {
      ...base,
      objectif: objectifsDuPlan(p, base.objectif),
      tauxDeMarque,
      tauxPrevus: [...plan.taux],
    },
    message: `${message}.`,
  };
}

/** The plan brought to the past campaign's contacts, when that campaign has another size. */
function planALaTailleDe(plan: PlanCampagne, contacts: number | undefined) {
  if (contacts === undefined || contacts === plan.contacts || plan.contacts <= 0) return undefined;
  const echelle = planALEchelle({ plan, contacts });
  return echelle.ok ? { plan: echelle.valeur, contacts } : undefined;
}

/** The plan's counts and amounts as the dashboard's objectives (amounts rounded); the rest as typed. */
function objectifsDuPlan(
  p: Pick<PlanCampagne, 'effectifs' | 'chiffreAffaires' | 'cout'>,
  actuels: SaisieTableauDeBord['objectif'],
): SaisieTableauDeBord['objectif'] {
  const objectif = { ...actuels };
  COMPTES.forEach((l, i) => {
    objectif[l] = texte(p.effectifs[i]);
  });
  if (p.chiffreAffaires !== null) objectif.chiffreAffaires = texte(Math.round(p.chiffreAffaires));
  if (p.cout !== null) objectif.cout = texte(Math.round(p.cout));
  return objectif;
}
