/**
 * Where the funnel of chapter 10 takes its rates when it starts from the selection (issue 14,
 * defect D3): the rates of the method chosen in chapter 7 when there is one, else the company's
 * past campaign, never the textbook example silently. And, read back from the rates as they are
 * now, where they come from — derived, never stored, so the sentence cannot go stale.
 *
 * A method names fewer stages than the funnel (the telephone: contact joint, rendez-vous,
 * commande). Each of its stages reaches one stage of the funnel; a funnel stage the method does
 * not distinguish keeps everyone (100 %), so the product of the rates — and the expected clients —
 * stay exactly chapter 7's. Each rate is the mean of its range (min + probable + max) ÷ 3, the one
 * chapter 7 uses for its « clients attendus ».
 */
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { IDS_ETAPES, TAUX_ENTONNOIR, type EffectifsParEtape, type IdEtape } from './etapes.ts';

/** The funnel stage each named stage of a method reaches (chapter 7's stage names). */
const STAGE_DU_FUNNEL: Readonly<Record<string, IdEtape>> = {
  'Contact joint': 'contactsJoints',
  // A reply to a mailing: the person was reached and answered.
  Retour: 'contactsJoints',
  // On the field, the visit is the meeting: an interview obtained is the rendez-vous.
  'Entretien obtenu': 'rdv',
  'Rendez-vous': 'rdv',
  Proposition: 'propositions',
  Commande: 'commandes',
};

/** A method as chapter 7 evaluates it: its id, names and stage ranges. */
export interface MethodeEntonnoir {
  id: string;
  nom: string;
  nomCourt?: string;
  etapes: readonly { nom: string; min: number; probable: number; max: number }[];
}

/** The index of the funnel rate a method's stage reaches, or -1. */
function rangDansLEntonnoir(nom: string): number {
  const vers = STAGE_DU_FUNNEL[nom];
  return vers === undefined ? -1 : TAUX_ENTONNOIR.findIndex((t) => t.vers === vers);
}
/**
 * Sets the rate of funnel stage `vers` for a method's stage spanning `de`…`vers`: the stages in
 * between take the past rates when they leave room for the method's, the last one the rest.
 * Returns the stages that took a past rate.
 */
function repartir({
  taux,
  de,
  vers,
  moyenne,
  ref,
}: {
  taux: number[];
  de: number;
  vers: number;
  moyenne: number;
  ref: readonly number[] | null;
}): number[] {
  const entre = Array.from({ length: vers - de }, (_, k) => de + k);
  const part = ref ? entre.reduce((p, j) => p * ref[j], 1) : 1;
  if (!ref || entre.length === 0 || part < moyenne) {
    taux[vers] = moyenne;
    return [];
  }
  for (const j of entre) taux[j] = ref[j];
  taux[vers] = Math.min(1, moyenne / part);
  return entre;
}
/** Four usable past rates (each in ]0, 1]), or null. */
function referenceValide(reference: readonly number[] | null): readonly number[] | null {
  return reference?.length === TAUX_ENTONNOIR.length &&
    reference.every((t) => Number.isFinite(t) && t > 0 && t <= 1)
    ? reference
    : null;
}

/**
 * The four funnel rates of a method. A method's stage can span several funnel stages (the
 * telephone's « Commande » goes from the rendez-vous to the order, over the proposal): the stages
 * it does not distinguish take the company's own past rate (`reference`) when there is one and it
 * leaves room for the method's rate, the method's stage taking the rest (proposal × transformation
 * = the method's 25 %); else they keep everyone (100 %). The product of the rates is always the
 * method's: the expected clients stay chapter 7's. Without the past split, a stage held at 100 %
 * would be judged against the real campaign as if the plan promised a proposal to every meeting.
 */
export function tauxDeLaMethode({
  methode,
  reference = null,
}: {
  methode: MethodeEntonnoir;
  /** The company's past campaign's four stage rates, or null. */
  reference?: readonly number[] | null;
}): Resultat<{ taux: number[]; indistincts: number[]; empruntes: number[] }> {
  const taux = TAUX_ENTONNOIR.map(() => 1);
  const fixes = new Set<number>(),
    empruntes: number[] = [];
  const ref = referenceValide(reference);
  let precedent = -1;
  for (const e of methode.etapes) {
    const i = rangDansLEntonnoir(e.nom);
    // Stages must reach the funnel in its order, each once: else the method is not a funnel path.
    if (i <= precedent)
      return echec(
        `L’étape «\u00a0${e.nom}\u00a0» de la méthode ${methode.nom} ne correspond à aucune étape de l’entonnoir.`,
        'methode',
      );
    const moyenne = (e.min + e.probable + e.max) / 3;
    if (!(moyenne >= 0 && moyenne <= 1))
      return echec(
        `Les taux de la méthode ${methode.nom} doivent être entre 0 et 100\u202f%.`,
        'methode',
      );
    empruntes.push(...repartir({ taux, de: precedent + 1, vers: i, moyenne, ref }));
    fixes.add(i);
    precedent = i;
  }
  return ok({
    taux,
    indistincts: taux.map((_, i) => i).filter((i) => !fixes.has(i) && !empruntes.includes(i)),
    empruntes,
  });
}

/** Where the funnel's rates come from. */
export type OrigineTaux =
  | { type: 'methode'; nom: string; indistincts: number[]; empruntes: number[] }
  | { type: 'campagne-passee'; nom: string }
  | { type: 'exemple' }
  | { type: 'saisis' };

// As the funnel's fields hold a rate: to 0,01 point, rounded down (tauxEnTexte), so that chapters
// 8 and 10 compute from the very same rates.
const auCentiemeDePoint = (taux: number[]) =>
  taux.map((t) => Math.floor(t * 10_000 + 1e-6) / 10_000);

/** The rates the funnel starts from (to 0,01 point): the chosen method's, else the past campaign's, else none. */
export function tauxDeDepart({
  methode,
  campagnePassee,
}: {
  methode?: MethodeEntonnoir | null;
  campagnePassee?: { nom: string; etapes: EffectifsParEtape } | null;
}): { taux: number[]; origine: OrigineTaux } | null {
  const passes = campagnePassee ? IDS_ETAPES.map((id) => campagnePassee.etapes[id]) : null;
  const reference =
    passes && passes.slice(0, -1).every((x) => x > 0)
      ? passes.slice(1).map((x, i) => x / passes[i])
      : null;
  if (methode) {
    const r = tauxDeLaMethode({ methode, reference });
    if (r.ok)
      return {
        taux: auCentiemeDePoint(r.valeur.taux),
        origine: {
          type: 'methode',
          nom: methode.nomCourt ?? methode.nom,
          indistincts: r.valeur.indistincts,
          empruntes: r.valeur.empruntes,
        },
      };
  }
  if (campagnePassee && reference)
    return {
      taux: auCentiemeDePoint(reference),
      origine: { type: 'campagne-passee', nom: campagnePassee.nom },
    };
  return null;
}

// Rates travel as text rounded down to 0,01 point (tauxEnTexte): equal within that.
const memes = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x, i) => Math.abs(x - b[i]) <= 1e-4 + 1e-12);

/** Where the funnel's current rates come from: the start rates, the lesson's example, or the learner's own. */
export function origineDesTaux({
  taux,
  depart,
  exemple,
}: {
  taux: readonly number[];
  depart: { taux: readonly number[]; origine: OrigineTaux } | null;
  exemple: readonly number[];
}): OrigineTaux {
  if (depart && memes(taux, depart.taux)) return depart.origine;
  if (memes(taux, exemple)) return { type: 'exemple' };
  return { type: 'saisis' };
}

/** The origin in one French sentence, as chapter 10 writes it under the rates. */
export function phraseOrigineTaux(o: OrigineTaux): string {
  if (o.type === 'methode') {
    const sans = o.indistincts.map((i) => TAUX_ENTONNOIR[i].court);
    const distingue =
      sans.length === 0
        ? ''
        : sans.length === 1
          ? `\u202f; elle ne distingue pas ${sans[0]}\u202f: 100\u202f%`
          : `\u202f; elle ne distingue ni ${sans.join(' ni ')}\u202f: 100\u202f% chacune`;
    const e = o.empruntes.map((i) => TAUX_ENTONNOIR[i].court);
    const emprunt =
      e.length === 0
        ? ''
        : `\u202f; ${e.join(' et ')}, que la méthode ne distingue pas, ${e.length > 1 ? 'prennent' : 'prend'} le taux de la campagne passée de l’entreprise`;
    return `Taux de la méthode retenue au chapitre\u00a07\u202f: ${o.nom.toLowerCase()} (moyenne de chaque fourchette${distingue}${emprunt}).`;
  }
  if (o.type === 'campagne-passee')
    return `Taux de la campagne passée de l’entreprise (${o.nom})\u202f: aucune méthode n’est retenue au chapitre\u00a07.`;
  if (o.type === 'exemple') return 'Taux de l’exemple du cours.';
  return 'Taux saisis par vous.';
}
