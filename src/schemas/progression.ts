/**
 * The shapes of the learner's progress, checked wherever they come from: the browser's storage
 * (`atelier:v1:progression`, src/stores/progression.ts), an exported file merged back on « Mon
 * bilan », and the learners' files read on the trainer's /classe/ page (src/exercises/classe.ts).
 * One schema per shape, and the types are inferred from them, so a check and the type it
 * guarantees cannot drift apart.
 *
 * `zod/mini`, not `astro/zod`: these run in the browser, and full Zod would cost about 23 KB gzip
 * on every page that records an answer against about 6 KB (ARCHITECTURE budgets). Objects are
 * `z.object`: an unknown key is dropped, never kept, so nothing a file adds reaches the stores.
 */
import * as z from 'zod/mini';
import { ALPHABET_CODE } from '../exercises/format-code.ts';

/** Format tag of an exported progress file. */
export const FORMAT_EXPORT = 'atelier-prospection/progression';
/** Longest anticipated-mistake message kept with an attempt. */
export const LONGUEUR_ERREUR = 400;
/** Most attempts an exported file may hold (four times what a browser keeps). */
export const MAX_TENTATIVES_EXPORT = 20_000;

/** A grid or criterion id (`persona`, `ton`): also keeps `__proto__` and the like out of records. */
const ID_GRILLE = /^[a-z0-9-]{1,60}$/;

/** One answer given to an exercise. */
export const TentativeSchema = z.object({
  /** Id of the exercise, `<chapitre-slug>/<short-id>`. */
  exerciceId: z.string().check(z.maxLength(120), z.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)),
  /** Version code of a numeric problem (`K7Q2`); empty string for a static question. */
  code: z.string().check(z.regex(new RegExp(`^([${ALPHABET_CODE}]{4})?$`))),
  /** Whether the answer was fully right. */
  correct: z.boolean(),
  /** When the answer was given, ISO 8601 (`2025-03-14T09:30:00.000Z`). */
  date: z.iso.datetime({ offset: true }),
  /** For a wrong answer, the anticipated mistake it matched (its feedback sentence), if any. */
  erreur: z.optional(z.string().check(z.maxLength(LONGUEUR_ERREUR))),
});
/** One answer given to an exercise. */
export type Tentative = z.infer<typeof TentativeSchema>;

/** What is stored under `atelier:v1:progression`: every attempt, oldest first. */
export const ProgressionSchema = z.object({
  /** Storage format version. */
  version: z.literal(1),
  tentatives: z.array(TentativeSchema),
});
/** What is stored under `atelier:v1:progression`. */
export type Progression = z.infer<typeof ProgressionSchema>;

/** Self-assessed levels of one graded production (criterion id → level 0 to 3). */
export const ProductionEvalueeSchema = z.object({
  niveaux: z
    .record(z.string().check(z.regex(ID_GRILLE)), z.int().check(z.minimum(0), z.maximum(3)))
    .check(z.refine((n) => Object.keys(n).length <= 20)),
});
/** Self-assessed levels of one graded production. */
export type ProductionEvaluee = z.infer<typeof ProductionEvalueeSchema>;

/** The production grids of an export, by grid id (levels only, never the learner's texts). */
export const ProductionsEvalueesSchema = z
  .record(z.string().check(z.regex(ID_GRILLE)), ProductionEvalueeSchema)
  .check(z.refine((p) => Object.keys(p).length <= 100));

/** A name or a class as the learner typed it; anything else reads as « not given ». */
const texteEleve = z.catch(z.optional(z.string().check(z.maxLength(60))), undefined);

/** An exported progress file (« Exporter ma progression »). */
export const ExportProgressionSchema = z.object({
  format: z.literal(FORMAT_EXPORT),
  version: z.literal(1),
  /** When the file was made; informative only. */
  exporteLe: z.optional(z.string().check(z.maxLength(40))),
  /** Who exported it, for the trainer's summary; a malformed name is ignored, not refused. */
  eleve: z.catch(z.optional(z.object({ nom: texteEleve, classe: texteEleve })), undefined),
  productions: z.optional(ProductionsEvalueesSchema),
  tentatives: z.array(TentativeSchema).check(z.maxLength(MAX_TENTATIVES_EXPORT)),
});
/** An exported progress file. */
export type ExportProgression = z.infer<typeof ExportProgressionSchema>;
