/**
 * The exercise model. Six kinds: five static ones authored as data (their shape comes from
 * the Zod schemas in schemas.ts, imported here as types only so that the browser never loads
 * Zod) and the randomized numeric problem, whose versions come from a seeded generator.
 * An exercise id is `<chapitre-slug>/<short-id>`; progress is stored under it, so an id is
 * never reused or changed (see alias.ts for the rare rename).
 */
import type {
  QuestionChoixMultiple,
  QuestionChoixUnique,
  QuestionClassement,
  QuestionStatique,
  QuestionTexte,
  QuestionVraiFaux,
} from './schemas.ts';
import type { Generateur } from './generateur.ts';

export type {
  QuestionChoixMultiple,
  QuestionChoixUnique,
  QuestionClassement,
  QuestionStatique,
  QuestionTexte,
  QuestionVraiFaux,
};

/** The six kinds of exercise. */
export type TypeExercice =
  'choix-unique' | 'choix-multiple' | 'vrai-faux' | 'classement' | 'texte' | 'numerique';

/** A randomized numeric problem: metadata plus the generator that draws each version. */
export interface ExerciceNumerique {
  /** Kind of exercise. */
  type: 'numerique';
  /** Stable id `<chapitre-slug>/<short-id>`. */
  id: string;
  /** Short title shown above the exercise and in « Mon bilan ». */
  titre: string;
  /** The notion practised, one line (« CA minimum à partir du taux de marque »). */
  objectif: string;
  /** Draws one version from a seeded source. */
  generer: Generateur;
}

/** Any exercise of the course. */
export type Exercice = QuestionStatique | ExerciceNumerique;

/** How an answer was judged. `incompris`: the answer could not be read (not counted as an attempt). */
export type StatutVerdict = 'correct' | 'partiel' | 'faux' | 'incompris';

/** The verdict on one answer field of a numeric problem. */
export interface VerdictReponse {
  /** Key of the expected answer (`caMinimum`). */
  cle: string;
  /** How this answer was judged. */
  statut: 'correct' | 'faux' | 'incompris';
  /** French feedback for this field. */
  message: string;
  /** The number read from the learner's text, when it could be read. */
  valeurLue?: number;
  /** `true` when the answer matched an anticipated mistake (targeted feedback). */
  erreurAnticipee?: boolean;
}

/** The verdict on a whole answer, what the UI shows in its `role="status"` element. */
export interface Verdict {
  /** Overall judgement. */
  statut: StatutVerdict;
  /** Main French feedback sentence. */
  message: string;
  /** Points earned and available, for partial credit (choices, classification, several fields). */
  score: { obtenu: number; total: number };
  /** Per-field verdicts of a numeric problem. */
  reponses?: VerdictReponse[];
  /** Targeted feedback on specific choices or items (option or item index → message). */
  retours?: { index: number; message: string }[];
}

/** One recorded attempt (`incompris` answers are not attempts): shape and check in src/schemas/progression.ts. */
export type { Tentative } from '../schemas/progression.ts';

/** Identifies which chapter an exercise id belongs to (`budgetiser/x` → `budgetiser`). */
export function chapitreDe(id: string): string {
  const i = id.indexOf('/');
  return i < 0 ? id : id.slice(0, i);
}
