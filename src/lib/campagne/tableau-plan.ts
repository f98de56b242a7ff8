/** « Reprendre mon plan » (chapter 11), apart from the dashboard: loaded with the plan, on demand. */
import { formatMontant, formatNombre } from '../commun/nombres.ts';
import { accorder, de, enumerer } from '../commun/accord.ts';
import { planALEchelle, type PlanCampagne } from './plan.ts';
import type { ContexteEntreprise } from './contexte.ts';
import { COMPTES, saisieDepuisCampagne, texte, type SaisieTableauDeBord } from './tableau-saisi.ts';

/**
 * « Reprendre mon plan »: the plan as objectives beside the company's past campaign (or the
 * figures already typed when there is none). When the plan and the campaign differ in size, the
 * plan is brought to the campaign's contacts (same rates, whole people; of the costs only the
 * method's per-contact line follows the contacts, the fixed lines stay as budgeted), so that every
 * line compares counts of one scale, and `message` says so. The plan's rates go
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
    ? saisieDepuisCampagne({
        campagne,
        devise: plan.devise,
        tauxDeMarque: contexte?.offre.tauxDeMarque,
      })
    : { ...actuelle, devise: plan.devise };
  const contactsReels = campagne?.etapes.fichier;
  const echelle =
    contactsReels !== undefined && contactsReels !== plan.contacts && plan.contacts > 0
      ? planALEchelle({ plan, contacts: contactsReels })
      : undefined;
  const p = echelle?.ok ? echelle.valeur : plan;
  const objectif = { ...base.objectif };
  COMPTES.forEach((l, i) => {
    objectif[l] = texte(p.effectifs[i]);
  });
  if (p.chiffreAffaires !== null) objectif.chiffreAffaires = texte(Math.round(p.chiffreAffaires));
  if (p.cout !== null) objectif.cout = texte(Math.round(p.cout));
  const tauxDeMarque = p.tauxDeMarque === null ? base.tauxDeMarque : texte(p.tauxDeMarque * 100);
  const sources = ['le budget du chapitre\u00a09', 'l’entonnoir du chapitre\u00a010'].filter(
    (_, i) => (i === 0 ? plan.cout !== null : true),
  );
  let message = `Objectifs repris ${enumerer(sources.map(de))} (effectifs en personnes entières, arrondis à l’unité la plus proche, étape par étape)`;
  if (echelle?.ok) {
    const e = echelle.valeur,
      m = (n: number) => formatMontant(Math.round(n), plan.devise, 0);
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
    saisie: { ...base, objectif, tauxDeMarque, tauxPrevus: [...plan.taux] },
    message: `${message}.`,
  };
}
