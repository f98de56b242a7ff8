/**
 * A role-play as the learner plays it (chapter 13): replaying the chosen replies from the
 * start, the score of each phase with the rule behind each verdict, the better reply that was
 * missed, and the checks every authored dialogue must pass (every step reachable from the start,
 * every reachable step leading to an end). An objection may come before the discovery, as in real
 * calls: the order of phases is the course's for the scores, not a constraint on dialogues. Pure: the island only renders what this returns.
 */
import { creerAleatoire } from '../commun/aleatoire.ts';
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { REGLES_APPEL } from './regles.ts';
import {
  PHASES,
  estFin,
  type Choix,
  type Dialogue,
  type Etape,
  type Fin,
  type Phase,
  type Tour,
} from './types.ts';

/** A turn that was played: the step, the index of the reply chosen (in the file's order) and that reply. */
export interface TourJoue {
  tour: Tour;
  index: number;
  choix: Choix;
  meilleur: Choix;
}

/** Where a game stands after the replies chosen so far. */
export interface Partie {
  joues: TourJoue[];
  /** The step waiting for a reply, or the end reached. */
  courant: Tour | Fin;
}

/** The id of the step a reply leads to: its `suite`, or the next step in the file. */
export function suiteDe({
  dialogue,
  tour,
  choix,
}: {
  dialogue: Dialogue;
  tour: Tour;
  choix: Choix;
}): string | undefined {
  if (choix.suite) return choix.suite;
  const i = dialogue.etapes.findIndex((e) => e.id === tour.id);
  return dialogue.etapes[i + 1]?.id;
}

/** The reply worth the most points (the first such one). */
export function meilleurChoix(tour: Tour): Choix {
  return tour.choix.reduce((m, c) => (c.points > m.points ? c : m), tour.choix[0]);
}

/** Replays the replies chosen (indices in the file's order) from the first step. */
export function jouer({
  dialogue,
  choix,
}: {
  dialogue: Dialogue;
  choix: readonly number[];
}): Resultat<Partie> {
  const parId = new Map(dialogue.etapes.map((e) => [e.id, e]));
  let courant: Etape | undefined = dialogue.etapes[0];
  const joues: TourJoue[] = [];
  for (const index of choix) {
    if (!courant) return echec('Le dialogue n’a pas d’étape de départ.');
    if (estFin(courant))
      return echec('L’appel est déjà terminé : il n’y a plus de réplique à choisir.', 'choix');
    const c: Choix | undefined = courant.choix[index];
    if (!c)
      return echec(
        `La réplique n° ${index + 1} n’existe pas à l’étape « ${courant.id} ».`,
        'choix',
      );
    joues.push({ tour: courant, index, choix: c, meilleur: meilleurChoix(courant) });
    courant = parId.get(suiteDe({ dialogue, tour: courant, choix: c }) ?? '');
  }
  if (!courant) return echec('Le dialogue mène à une étape qui n’existe pas.');
  return ok({ joues, courant });
}

/** The score of one phase: points won, points possible on the turns played, and the verdicts. */
export interface ScorePhase {
  phase: Phase;
  points: number;
  max: number;
  /** `false` when the call ended before this phase. */
  atteinte: boolean;
  tours: TourJoue[];
}

/** The score per phase, in the course's order, and the total over the best possible call. */
export function scoreParPhase({
  dialogue,
  joues,
}: {
  dialogue: Dialogue;
  joues: readonly TourJoue[];
}): { phases: ScorePhase[]; points: number; max: number } {
  const phases = PHASES.map((phase): ScorePhase => {
    const tours = joues.filter((j) => j.tour.phase === phase);
    return {
      phase,
      tours,
      atteinte: tours.length > 0,
      points: tours.reduce((s, j) => s + j.choix.points, 0),
      max: tours.reduce((s, j) => s + j.meilleur.points, 0),
    };
  });
  return {
    phases,
    points: phases.reduce((s, p) => s + p.points, 0),
    max: meilleurParcours(dialogue),
  };
}

/** Points of the call where every reply is the best one (the total a score is out of). */
export function meilleurParcours(dialogue: Dialogue): number {
  const parId = new Map(dialogue.etapes.map((e) => [e.id, e]));
  let e: Etape | undefined = dialogue.etapes[0],
    total = 0;
  const vus = new Set<string>();
  while (e && !estFin(e) && !vus.has(e.id)) {
    vus.add(e.id);
    const m = meilleurChoix(e);
    total += m.points;
    e = parId.get(suiteDe({ dialogue, tour: e, choix: m }) ?? '');
  }
  return total;
}

/**
 * The order the replies of a turn are shown in for a version code: a seeded shuffle, so the
 * best reply is not always first and the whole class sees the same order for the same code.
 */
export function ordreDesChoix({ tour, code }: { tour: Tour; code: string }): number[] {
  const alea = creerAleatoire(`${tour.id}#${code}`);
  const ordre = tour.choix.map((_, i) => i);
  for (let i = ordre.length - 1; i > 0; i--) {
    const j = Math.floor(alea() * (i + 1));
    [ordre[i], ordre[j]] = [ordre[j], ordre[i]];
  }
  return ordre;
}

/** The scenario a version code plays among a company's dialogues (same code, same scenario). */
export function dialogueDuCode<D extends { id: string }>({
  dialogues,
  code,
}: {
  dialogues: readonly D[];
  code: string;
}): D | undefined {
  if (dialogues.length === 0) return undefined;
  return dialogues[Math.floor(creerAleatoire(`jeu-de-role#${code}`)() * dialogues.length)];
}

/**
 * Everything a trainer's dialogue must satisfy beyond its schema, as French messages (empty
 * when fine): unique ids, known rules, targets that exist, a best reply per turn, every step
 * reachable from the start, an end reachable from every step, phases never going backwards.
 */
export function problemesDialogue(dialogue: Dialogue): string[] {
  const problemes: string[] = [];
  const parId = new Map<string, Etape>();
  for (const e of dialogue.etapes) {
    if (parId.has(e.id)) problemes.push(`L’étape « ${e.id} » est définie deux fois.`);
    parId.set(e.id, e);
  }
  if (dialogue.etapes.length === 0 || estFin(dialogue.etapes[0]))
    problemes.push('La première étape doit être un tour de parole, pas une fin.');
  const suivantes = new Map<string, string[]>();
  for (const e of dialogue.etapes) {
    if (estFin(e)) continue;
    problemes.push(...problemesDuTour(e));
    suivantes.set(e.id, ciblesDuTour({ dialogue, tour: e, parId, problemes }));
  }
  const atteintes = atteintesDepuisLeDebut(dialogue, suivantes);
  const versFin = menantAUneFin(dialogue, suivantes);
  problemes.push(
    ...dialogue.etapes
      .filter((e) => !atteintes.has(e.id))
      .map((e) => `L’étape « ${e.id} » ne peut jamais être atteinte depuis le début.`),
    ...dialogue.etapes
      .filter((e) => !versFin.has(e.id))
      .map((e) => `Depuis l’étape « ${e.id} », aucune suite ne mène à une fin de l’appel.`),
  );
  if (!dialogue.etapes.some((e) => estFin(e) && e.fin === 'rdv'))
    problemes.push('Le dialogue doit avoir au moins une fin « rdv ».');
  return problemes;
}

/** A turn offers 3 or 4 replies, one of them the course's answer (2 points). */
function problemesDuTour(e: Tour): string[] {
  const problemes: string[] = [];
  if (e.choix.length < 3 || e.choix.length > 4)
    problemes.push(`L’étape « ${e.id} » doit proposer 3 ou 4 répliques.`);
  if (!e.choix.some((c) => c.points === 2))
    problemes.push(`L’étape « ${e.id} » n’a aucune réplique à 2 points (la réponse du cours).`);
  return problemes;
}

/** The steps a turn's replies lead to; an unknown rule or a missing step is added to `problemes`. */
function ciblesDuTour({
  dialogue,
  tour: e,
  parId,
  problemes,
}: {
  dialogue: Dialogue;
  tour: Tour;
  parId: ReadonlyMap<string, Etape>;
  problemes: string[];
}): string[] {
  const cibles: string[] = [];
  e.choix.forEach((c, i) => {
    if (!REGLES_APPEL[c.regle])
      problemes.push(
        `Étape « ${e.id} », réplique ${i + 1} : la règle « ${c.regle} » n’existe pas (src/lib/jeu-de-role/regles.ts).`,
      );
    const s = suiteDe({ dialogue, tour: e, choix: c });
    const cible = s === undefined ? undefined : parId.get(s);
    if (!cible) {
      problemes.push(
        `Étape « ${e.id} », réplique ${i + 1} : la suite « ${s ?? '(aucune)'} » n’existe pas.`,
      );
      return;
    }
    cibles.push(cible.id);
  });
  return cibles;
}

/** The steps reachable from the first one. */
function atteintesDepuisLeDebut(
  dialogue: Dialogue,
  suivantes: ReadonlyMap<string, string[]>,
): Set<string> {
  const atteintes = new Set<string>();
  const pile = dialogue.etapes[0] ? [dialogue.etapes[0].id] : [];
  while (pile.length) {
    const id = pile.pop()!;
    if (atteintes.has(id)) continue;
    atteintes.add(id);
    pile.push(...(suivantes.get(id) ?? []));
  }
  return atteintes;
}

/** The steps from which an end can be reached (fixed point: steps that lead to such a step). */
function menantAUneFin(dialogue: Dialogue, suivantes: ReadonlyMap<string, string[]>): Set<string> {
  const versFin = new Set(dialogue.etapes.filter(estFin).map((e) => e.id));
  for (let change = true; change;) {
    change = false;
    for (const [id, cibles] of suivantes)
      if (!versFin.has(id) && cibles.some((c) => versFin.has(c))) {
        versFin.add(id);
        change = true;
      }
  }
  return versFin;
}

/**
 * « Rejouer avec un autre persona »: the next code, drawn from `graine`, whose scenario differs
 * from the current one (when the company has several); codes use the exercises' alphabet.
 */
export function codeAutrePersona<D extends { id: string }>({
  dialogues,
  code,
  graine,
  alphabet,
}: {
  dialogues: readonly D[];
  code: string;
  graine: string;
  alphabet: string;
}): string {
  const alea = creerAleatoire(graine);
  const actuel = dialogueDuCode({ dialogues, code })?.id;
  let nouveau = code;
  for (let essai = 0; essai < 50; essai++) {
    nouveau = Array.from({ length: 4 }, () => alphabet[Math.floor(alea() * alphabet.length)]).join(
      '',
    );
    if (dialogues.length < 2 || dialogueDuCode({ dialogues, code: nouveau })?.id !== actuel) break;
  }
  return nouveau;
}
