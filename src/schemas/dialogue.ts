/**
 * Schema of a phone role-play written as data (content/dialogues/<id>.json), for trainers who
 * write their own (README, « Écrire un dialogue »). Build-time only (astro/zod): the island
 * receives the dialogues already validated, as plain data. Beyond the shapes, the refinement
 * runs the domain's checks (src/lib/jeu-de-role/partie.ts): every step reachable from the start
 * and leading to an end, known rules, a best reply per turn.
 */
import { z } from 'astro/zod';
import { MOBILES, PHASES, type Dialogue } from '../lib/jeu-de-role/types.ts';
import { problemesDialogue } from '../lib/jeu-de-role/partie.ts';
import { echec, ok, type Resultat } from '../lib/commun/resultat.ts';

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  message: 'Un identifiant s’écrit en minuscules, chiffres et tirets.',
});

/** One reply the salesperson may choose. */
export const ChoixSchema = z.object({
  /** The reply, as the salesperson says it. */
  texte: z.string().min(5),
  /** 2: what the course teaches; 1: acceptable; 0: against the rule. */
  points: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  /** Id of the course rule behind the verdict (src/lib/jeu-de-role/regles.ts). */
  regle: Id,
  /** One sentence on what this reply does well or badly (optional). */
  pourquoi: z.string().min(5).optional(),
  /** What the other person answers to this reply. */
  reaction: z.string().min(2),
  /** Id of the next step; omit it to go to the next step of the file. */
  suite: Id.optional(),
});

/** A turn: the other person speaks, the salesperson chooses among 3 or 4 replies. */
export const TourSchema = z.object({
  /** Unique id of the step within the dialogue. */
  id: Id,
  /** Phase of the call this turn belongs to. */
  phase: z.enum(PHASES),
  /** Who speaks: the switchboard (or whoever picks up) or the prospect. */
  interlocuteur: z.enum(['standard', 'prospect']),
  /** What they say before the reply (may be empty when the salesperson speaks first). */
  replique: z.string(),
  /** Three or four replies. */
  choix: z.array(ChoixSchema).min(3).max(4),
});

/** An end of the call. */
export const FinSchema = z.object({
  /** Unique id of the step within the dialogue. */
  id: Id,
  /** « rdv »: appointment taken; « rappel »: a call-back agreed; « echec »: the call failed. */
  fin: z.enum(['rdv', 'rappel', 'echec']),
  /** What happened and why, shown at the end. */
  bilan: z.string().min(10),
});

/** The person called (drawn from the company's prospect file). */
export const PersonaSchema = z.object({
  /** Id of the row of the company's prospect file the persona is drawn from (« P0107 »); a test checks they agree. */
  prospect: z
    .string()
    .regex(/^P\d{4}$/)
    .optional(),
  /** First name. */
  prenom: z.string().min(1),
  /** Last name. */
  nom: z.string().min(1),
  /** Job title. */
  fonction: z.string().min(2),
  /** Company (absent for a private person). */
  societe: z.string().min(2).optional(),
  /** Town. */
  ville: z.string().min(2),
  /** Temperature in the file (chapter 3). */
  temperature: z.enum(['suspect', 'froid', 'tiede', 'chaud']),
  /** Short portrait: « acheteuse pressée ». */
  profil: z.string().min(3),
  /** Probable buying motives (SONCASE). */
  mobiles: z.array(z.enum(MOBILES)).min(1),
  /** What the salesperson knows before calling. */
  description: z.string().min(10),
});

/** A whole scenario: content/dialogues/<id>.json. */
export const DialogueSchema = z
  .object({
    /** Unique id, also the file name. */
    id: Id,
    /** Id of the sample company (folder of content/datasets). */
    entreprise: Id,
    /** Title shown in the list of scenarios. */
    titre: z.string().min(3),
    /** Who the learner plays. */
    vendeur: z.string().min(3),
    /** What the call is for. */
    objectif: z.string().min(10),
    /** The person called. */
    persona: PersonaSchema,
    /** Turns and ends; the first step is the start. */
    etapes: z.array(z.union([TourSchema, FinSchema])).min(3),
  })
  .superRefine((d, ctx) => {
    for (const message of problemesDialogue(d as Dialogue))
      ctx.addIssue({ code: 'custom', message });
  });

export type DialogueLu = z.infer<typeof DialogueSchema>;

/** Validates one dialogue file; the error names the file and the first problem, in French. */
export function lireDialogue(donnees: unknown, nomFichier: string): Resultat<Dialogue> {
  const lu = DialogueSchema.safeParse(donnees, { error: z.locales.fr().localeError });
  if (lu.success) return ok(lu.data as Dialogue);
  const p = lu.error.issues[0];
  const champ = p.path.join('.') || 'racine';
  return echec(`${nomFichier}, ${champ} : ${p.message}`, champ);
}
