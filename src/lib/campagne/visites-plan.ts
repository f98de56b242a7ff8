/**
 * The visits of chapter 8 derived from the plan (issue 14, defect D4): a salesperson visits the
 * people the method brings to a meeting — the rendez-vous of a telephone, mail or salon campaign,
 * every contact of a field campaign (the visit is the contact) — and sees a second time those who
 * get a proposal. Counting a first visit for every selected prospect, and a second for 65 % of
 * them, planned 195 visits for a telephone campaign whose funnel gives 14 rendez-vous.
 */
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { accorder } from '../commun/accord.ts';
import { formatPourcentage, nombreSaisissable } from '../commun/nombres.ts';
import { effectifsEntiers } from './plan.ts';
import { IDS_ETAPES, TAUX_ENTONNOIR } from './etapes.ts';

/** Methods whose contact IS a visit by the salesperson (chapter 7's « introduction directe »). */
export const METHODES_EN_VISITE: readonly string[] = ['terrain'];

/** The visits of a plan: first visits, second visits (proposals), and their ratio as chapter 8 types it. */
export interface VisitesDuPlan {
  /** Whom the first visits go to: the rendez-vous, or every contact on the field. */
  base: 'rdv' | 'contacts';
  premieres: number;
  secondes: number;
  /** Second visits ÷ first visits: chapter 8's « prospects revus une seconde fois ». */
  tauxSecondeVisite: number;
}

/** The visits that follow from `contacts` at the plan's rates, whole people, for the method chosen. */
export function visitesDuPlan({
  contacts,
  taux,
  methode,
}: {
  contacts: number;
  taux: readonly number[];
  /** Id of the chosen method, or null. */
  methode: string | null;
}): Resultat<VisitesDuPlan> {
  if (!Number.isInteger(contacts) || contacts < 0)
    return echec('Le nombre de contacts doit être un entier positif ou nul.', 'contacts');
  if (taux.length !== TAUX_ENTONNOIR.length || taux.some((t) => !(t >= 0 && t <= 1)))
    return echec('Le plan doit donner les quatre taux de l’entonnoir.', 'taux');
  const { effectifs } = effectifsEntiers({ contacts, taux });
  const base = methode !== null && METHODES_EN_VISITE.includes(methode) ? 'contacts' : 'rdv';
  const premieres = effectifs[IDS_ETAPES.indexOf(base === 'contacts' ? 'fichier' : 'rdv')];
  const secondes = effectifs[IDS_ETAPES.indexOf('propositions')];
  return ok({
    base,
    premieres,
    secondes,
    tauxSecondeVisite: premieres > 0 ? secondes / premieres : 0,
  });
}

/** Where chapter 8's visits come from, in one French sentence. */
export function phraseVisitesDuPlan({
  visites: v,
  contacts,
  methode,
}: {
  visites: VisitesDuPlan;
  contacts: number;
  /** The method's short name, or null (then the past campaign's rates). */
  methode: string | null;
}): string {
  const source = methode
    ? `aux taux de la méthode retenue au chapitre\u00a07 (${methode.toLowerCase()})`
    : 'aux taux de la campagne passée de l’entreprise';
  const premieres =
    v.base === 'contacts'
      ? `${accorder(v.premieres, 'première visite', 'premières visites', { feminin: true })}, une par prospect (sur le terrain, la visite est le contact)`
      : `${accorder(v.premieres, 'première visite', 'premières visites', { feminin: true })}, une par rendez-vous obtenu`;
  return `Votre sélection de ${accorder(contacts, 'prospect', 'prospects')}, ${source}\u202f: ${premieres}, et ${accorder(v.secondes, 'seconde visite', 'secondes visites', { feminin: true })} pour les propositions (${formatPourcentage(v.tauxSecondeVisite, 0)}).`;
}

/**
 * The second-visit rate as chapter 8 types it (percent, two decimals), rounded DOWN to 0,01 point:
 * chapter 8 rounds first visits × rate UP to whole visits, so the typed rate gives back exactly
 * the plan's second visits (5 ÷ 7 = 71,428… % → « 71,42 », 7 × 71,42 % = 4,9994 → 5).
 */
export const tauxSecondeVisiteSaisi = (v: VisitesDuPlan): string =>
  nombreSaisissable(Math.floor(v.tauxSecondeVisite * 10_000 + 1e-6) / 100, 2);
