/**
 * Schemas of the exercises a trainer writes as data (content/exercises/<chapitre>.json),
 * without TypeScript: single and multiple choice, true/false, classification, fill-in.
 * Randomized numeric problems are generators in src/exercises/<chapitre>/ and have no schema.
 * The refinements carry the content rules the lint test also checks, so a bad file fails
 * the build with a French message that names the question.
 * Build-time only: the browser never loads this module (Zod would weigh on every page).
 */
import { z } from 'astro/zod';

/** `<chapitre-slug>/<short-id>`, lower case, digits and hyphens: « budgetiser/enveloppe-role ». */
export const IdExerciceSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/, {
    message:
      'L’identifiant doit avoir la forme « chapitre/nom-court » (minuscules, chiffres, tirets).',
  });

/** Fields every static question shares. */
const BaseQuestionSchema = z.object({
  /** Stable id `<chapitre-slug>/<short-id>`; never reuse or change it (progress is stored under it). */
  id: IdExerciceSchema,
  /** Short title shown above the question and in « Mon bilan ». */
  titre: z.string().min(3),
  /** The question or statement, in French, with French typography. */
  enonce: z.string().min(5),
  /** Hint shown after a first wrong answer (optional). */
  indice: z.string().min(5).optional(),
  /** Explanation shown once the question is answered or after a second wrong answer. */
  explication: z.string().min(5),
});

/** One option of a choice question. */
export const OptionSchema = z.object({
  /** Text of the option as displayed. */
  texte: z.string().min(1),
  /** `true` for a right option. */
  correct: z.boolean(),
  /** Targeted feedback shown when the learner picks this option (optional). */
  retour: z.string().min(3).optional(),
});

/** A question with exactly one right option. */
export const ChoixUniqueSchema = BaseQuestionSchema.extend({
  /** Kind of question. */
  type: z.literal('choix-unique'),
  /** Two or more options, exactly one with `correct: true`. */
  options: z.array(OptionSchema).min(2),
}).refine((q) => q.options.filter((o) => o.correct).length === 1, {
  message: 'Une question à choix unique doit avoir exactement une option correcte.',
  path: ['options'],
});

/** A question where several options may be right. */
export const ChoixMultipleSchema = BaseQuestionSchema.extend({
  /** Kind of question. */
  type: z.literal('choix-multiple'),
  /** Three or more options: at least one right and at least one wrong. */
  options: z.array(OptionSchema).min(3),
}).refine((q) => q.options.some((o) => o.correct) && q.options.some((o) => !o.correct), {
  message:
    'Une question à choix multiple doit avoir au moins une option correcte et au moins une option fausse.',
  path: ['options'],
});

/** A statement to judge true or false; the justification is shown after answering. */
export const VraiFauxSchema = BaseQuestionSchema.extend({
  /** Kind of question. */
  type: z.literal('vrai-faux'),
  /** `true` when the statement (`enonce`) is right. */
  reponse: z.boolean(),
  /** Why the statement is true or false, shown after every answer. */
  justification: z.string().min(10),
});

/** A category of a classification question. */
export const CategorieSchema = z.object({
  /** Short id used by the items (`action`, `hors-prospection`). */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Label shown as the column or drop zone heading. */
  libelle: z.string().min(2),
});

/** An item to put into a category. */
export const ElementSchema = z.object({
  /** Text of the item as displayed. */
  texte: z.string().min(2),
  /** Id of the category it belongs to. */
  categorie: z.string(),
  /** Why it belongs there, shown when it was misplaced (optional). */
  retour: z.string().min(3).optional(),
});

/** Items to sort into categories (drag and drop or keyboard). */
export const ClassementSchema = BaseQuestionSchema.extend({
  /** Kind of question. */
  type: z.literal('classement'),
  /** Two or more categories with distinct ids. */
  categories: z.array(CategorieSchema).min(2),
  /** Three or more items, each pointing to an existing category. */
  elements: z.array(ElementSchema).min(3),
})
  .refine((q) => new Set(q.categories.map((c) => c.id)).size === q.categories.length, {
    message: 'Deux catégories ont le même identifiant.',
    path: ['categories'],
  })
  .refine((q) => q.elements.every((e) => q.categories.some((c) => c.id === e.categorie)), {
    message: 'Un élément renvoie à une catégorie qui n’existe pas.',
    path: ['elements'],
  });

/** A wrong answer to a fill-in question that deserves a specific explanation. */
export const RefusSchema = z.object({
  /** The anticipated wrong answer (matched tolerantly, like the right ones). */
  texte: z.string().min(1),
  /** Feedback shown when the learner types it. */
  message: z.string().min(5),
});

/** A fill-in question checked with tolerant matching (case, accents, spaces, apostrophes). */
export const TexteSchema = BaseQuestionSchema.extend({
  /** Kind of question. */
  type: z.literal('texte'),
  /** Label of the answer field (« Votre réponse »). */
  libelle: z.string().min(2).default('Votre réponse'),
  /** Accepted answers; the first one is shown in the solution. */
  reponses: z.array(z.string().min(1)).min(1),
  /** Anticipated wrong answers with targeted feedback (optional). */
  refus: z.array(RefusSchema).default([]),
});

/** Any static question, told apart by `type`. */
export const QuestionStatiqueSchema = z.discriminatedUnion('type', [
  ChoixUniqueSchema,
  ChoixMultipleSchema,
  VraiFauxSchema,
  ClassementSchema,
  TexteSchema,
]);

/** A file content/exercises/<chapitre>.json: the static questions of one chapter. */
export const FichierExercicesSchema = z
  .object({
    /** Slug of the chapter (file name of its MDX without the number): « budgetiser ». */
    chapitre: z.string().regex(/^[a-z0-9-]+$/),
    /** The questions, in the order they appear in the chapter's series. */
    questions: z.array(QuestionStatiqueSchema).min(1),
  })
  .refine((f) => f.questions.every((q) => q.id.startsWith(`${f.chapitre}/`)), {
    message: 'Chaque identifiant doit commencer par le slug du chapitre suivi de « / ».',
    path: ['questions'],
  })
  .refine((f) => new Set(f.questions.map((q) => q.id)).size === f.questions.length, {
    message: 'Deux questions ont le même identifiant.',
    path: ['questions'],
  });

export type QuestionChoixUnique = z.infer<typeof ChoixUniqueSchema>;
export type QuestionChoixMultiple = z.infer<typeof ChoixMultipleSchema>;
export type QuestionVraiFaux = z.infer<typeof VraiFauxSchema>;
export type QuestionClassement = z.infer<typeof ClassementSchema>;
export type QuestionTexte = z.infer<typeof TexteSchema>;
export type QuestionStatique = z.infer<typeof QuestionStatiqueSchema>;
export type FichierExercices = z.infer<typeof FichierExercicesSchema>;
