/**
 * Checking a learner's data with a `zod/mini` schema and saying what is wrong in French, naming
 * the field the way the page names it (« Portefeuille › catégories › catégorie 2 › CA N−1 doit
 * être un nombre. »), never by its code path (`portefeuille.categories.1.caN1`).
 * - A schema names its fields with `nomme()`; an unnamed step of the path is skipped, a list's
 *   row is its element's name and rank from 1 (« catégorie 2 »).
 * - Zod's own messages (English) are never shown: the message is rebuilt from the issue's code,
 *   except a `refine` of the schema, whose message is already French (« est vide »).
 * - What the learner typed is never copied into a message (a hostile text stays out of the page).
 * Only the first issue is reported: one thing to fix at a time, as the forms do.
 */
import * as z from 'zod/mini';
import { formatNombre } from './nombres.ts';
import { echec, ok, type Resultat } from './resultat.ts';

/** The French name of each named field, by schema. */
const NOMS = z.registry<{ nom: string }>();

/** Gives a schema the French name its field has on the page, for error messages. */
export function nomme<S extends z.core.$ZodType>(nom: string, schema: S): S {
  NOMS.add(schema, { nom });
  return schema;
}

/** The schema that does the checking under wrappers: optional, default, and a pipe's preprocessing. */
function deballer(schema: z.core.$ZodType): z.core.$ZodType {
  let s = schema;
  for (;;) {
    if (s instanceof z.core.$ZodOptional || s instanceof z.core.$ZodNullable)
      s = s._zod.def.innerType;
    else if (s instanceof z.core.$ZodDefault || s instanceof z.core.$ZodCatch)
      s = s._zod.def.innerType;
    else if (s instanceof z.core.$ZodPipe)
      s = s._zod.def.in instanceof z.core.$ZodTransform ? s._zod.def.out : s._zod.def.in;
    else return s;
  }
}

/** The schema of one step of a path (an object's key, a list's row), if the schema has it. */
function enfant(schema: z.core.$ZodType, cle: PropertyKey): z.core.$ZodType | undefined {
  const s = deballer(schema);
  if (s instanceof z.core.$ZodObject && typeof cle === 'string') return s._zod.def.shape[cle];
  if (s instanceof z.core.$ZodArray) return s._zod.def.element;
  return undefined;
}

/** The French path of an issue: the names of the named steps, « › » between them. */
export function cheminFrancais({
  schema,
  chemin,
}: {
  schema: z.core.$ZodType;
  chemin: readonly PropertyKey[];
}): string {
  const noms: string[] = [];
  let s: z.core.$ZodType | undefined = schema;
  for (const cle of chemin) {
    s = s && enfant(s, cle);
    const nom = s && NOMS.get(s)?.nom;
    if (typeof cle === 'number') noms.push(`${nom ?? 'ligne'} ${cle + 1}`);
    else if (nom) noms.push(nom);
  }
  return noms.join(' › ');
}

const TYPES: Readonly<Record<string, string>> = {
  string: 'doit être un texte',
  number: 'doit être un nombre',
  int: 'doit être un nombre entier',
  boolean: 'doit valoir vrai ou faux',
  array: 'doit être une liste',
  object: 'doit être un objet',
};

/** A bound passed: characters for a text, rows for a list, the value for a number. */
function tropGrand(issue: z.core.$ZodIssueTooBig): string {
  const max = Number(issue.maximum);
  if (issue.origin === 'string') return `dépasse ${formatNombre(max, 0)} caractères`;
  if (issue.origin === 'array') return `compte plus de ${formatNombre(max, 0)} lignes`;
  return `doit valoir au plus ${formatNombre(max)}`;
}

/** What is wrong, after the field's name: « doit être un nombre », « dépasse 5 000 caractères ». */
function ceQuiVaMal(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      // With `reportInput`, an absent field is an input of undefined.
      return 'input' in issue && issue.input === undefined
        ? 'manque'
        : (TYPES[issue.expected] ?? 'n’a pas le bon type');
    case 'too_big':
      return tropGrand(issue);
    case 'too_small':
      return `doit valoir au moins ${formatNombre(Number(issue.minimum))}`;
    case 'invalid_value':
      return `doit valoir ${issue.values.map((v) => `«\u00A0${String(v)}\u00A0»`).join(' ou ')}`;
    case 'custom':
      return issue.message; // the schema's own refine, already French
    default:
      return 'n’est pas valide';
  }
}

/** The French message of one issue, with the path it names (`champ`). */
export function messageFrancais({
  schema,
  issue,
  racine,
}: {
  schema: z.core.$ZodType;
  issue: z.core.$ZodIssue;
  /** The name of the whole value, for an issue on the value itself (« Le dossier »). */
  racine: string;
}): { champ: string; message: string } {
  const champ = cheminFrancais({ schema, chemin: issue.path }) || racine;
  return { champ, message: `${champ} ${ceQuiVaMal(issue)}.` };
}

/** Checks `donnees` against `schema`; a refusal is the first issue, in French. */
export function lireAvecSchema<S extends z.core.$ZodType>({
  schema,
  donnees,
  racine,
}: {
  schema: S;
  donnees: unknown;
  racine: string;
}): Resultat<z.output<S>> {
  // `reportInput` tells a missing field (« manque ») from one of the wrong type; the input is not printed.
  const lu = z.safeParse(schema, donnees, { reportInput: true });
  if (lu.success) return ok(lu.data);
  const { champ, message } = messageFrancais({ schema, issue: lu.error.issues[0], racine });
  return echec(message, champ);
}
