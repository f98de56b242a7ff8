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

/** The four funnel rates of a method, and the funnel stages it does not distinguish (kept at 100 %). */
export function tauxDeLaMethode({
  methode,
}: {
  methode: MethodeEntonnoir;
}): Resultat<{ taux: number[]; indistincts: number[] }> {
  const taux = TAUX_ENTONNOIR.map(() => 1);
  const fixes = new Set<number>();
  let dernier = 0;
  for (const e of methode.etapes) {
    const vers = STAGE_DU_FUNNEL[e.nom];
    const i = vers === undefined ? -1 : TAUX_ENTONNOIR.findIndex((t) => t.vers === vers);
    // Stages must reach the funnel in its order, each once: else the method is not a funnel path.
    if (i < dernier || fixes.has(i))
      return echec(
        `L’étape «\u00a0${e.nom}\u00a0» de la méthode ${methode.nom} ne correspond à aucune étape de l’entonnoir.`,
        'methode',
      );
    const moyenne = (e.min + e.probable + e.max) / 3;
    if (!Number.isFinite(moyenne) || moyenne < 0 || moyenne > 1)
      return echec(
        `Les taux de la méthode ${methode.nom} doivent être entre 0 et 100\u202f%.`,
        'methode',
      );
    taux[i] = moyenne;
    fixes.add(i);
    dernier = i;
  }
  return ok({ taux, indistincts: taux.map((_, i) => i).filter((i) => !fixes.has(i)) });
}

/** Where the funnel's rates come from. */
export type OrigineTaux =
  | { type: 'methode'; nom: string; indistincts: number[] }
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
  if (methode) {
    const r = tauxDeLaMethode({ methode });
    if (r.ok)
      return {
        taux: auCentiemeDePoint(r.valeur.taux),
        origine: {
          type: 'methode',
          nom: methode.nomCourt ?? methode.nom,
          indistincts: r.valeur.indistincts,
        },
      };
  }
  if (campagnePassee) {
    const n = IDS_ETAPES.map((id) => campagnePassee.etapes[id]);
    if (n.slice(0, -1).every((x) => x > 0))
      return {
        taux: auCentiemeDePoint(n.slice(1).map((x, i) => x / n[i])),
        origine: { type: 'campagne-passee', nom: campagnePassee.nom },
      };
  }
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
    return `Taux de la méthode retenue au chapitre\u00a07\u202f: ${o.nom.toLowerCase()} (moyenne de chaque fourchette${distingue}).`;
  }
  if (o.type === 'campagne-passee')
    return `Taux de la campagne passée de l’entreprise (${o.nom})\u202f: aucune méthode n’est retenue au chapitre\u00a07.`;
  if (o.type === 'exemple') return 'Taux de l’exemple du cours.';
  return 'Taux saisis par vous.';
}
