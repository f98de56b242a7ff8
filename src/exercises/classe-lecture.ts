/**
 * Reading the learners' exported progress files for the trainer's /classe/ page, strictly, with
 * the same zod/mini schemas as the learner's own stored progress (src/schemas/progression.ts).
 * Kept apart from the summary (classe.ts) so that /classe/ loads the schema library only when
 * files are dropped or pasted, not for a trainer who only reads the page or types result codes.
 *
 * A file is refused whole, with a French reason, when it is too large, not JSON, not a progress
 * export, or when one record is malformed; text fields (name, class, mistake messages) are kept
 * as plain strings, to be rendered as text, never as HTML.
 */
import { echec, ok, type Resultat } from '../lib/commun/resultat.ts';
import {
  ExportProgressionSchema,
  type ExportProgression,
  FORMAT_EXPORT,
  ProductionsEvalueesSchema,
  type ProductionEvaluee,
} from '../schemas/progression.ts';
import type { CopieEleve } from './classe.ts';

export type { ProductionEvaluee };

/** Largest file accepted, in characters (a full progress is about 600 KB). */
export const MAX_FICHIER_ELEVE = 2_000_000;

/** The production grids of an export (or of `atelier:v1:productions`): levels only; `undefined` when malformed. */
export function lireProductions(brut: unknown): Record<string, ProductionEvaluee> | undefined {
  if (brut === undefined) return {};
  const lu = ProductionsEvalueesSchema.safeParse(brut);
  return lu.success ? lu.data : undefined;
}

/** What is wrong with a text before its content is checked (size, emptiness, JSON), if anything. */
function refusDuTexte(texte: string): { raison: string } | { brut: unknown } {
  if (texte.length > MAX_FICHIER_ELEVE)
    return {
      raison: 'est trop volumineux (plus de 2\u202fMo) pour être une progression exportée.',
    };
  if (texte.trim() === '') return { raison: 'est vide.' };
  try {
    return { brut: JSON.parse(texte) as unknown };
  } catch {
    return {
      raison:
        'n’est pas un fichier JSON lisible\u202f: demandez à l’élève d’exporter à nouveau sa progression depuis « Mon bilan ».',
    };
  }
}

/**
 * Why a parsed file is not a valid export, told for the trainer: the first problem found
 * (`chemin`, the schema's path to it) says what to tell them; the rest of the file is not read.
 */
function raisonDuRefus(brut: unknown, chemin: readonly PropertyKey[]): string {
  const b: { format?: unknown; version?: unknown } =
    typeof brut === 'object' && brut !== null ? brut : {};
  const [champ, rang] = chemin;
  if (b.format !== FORMAT_EXPORT)
    return 'n’est pas une progression exportée depuis « Mon bilan » de l’Atelier Prospection.';
  if (b.version !== 1) return 'vient d’une autre version du site et ne peut pas être lu ici.';
  if (champ === 'productions')
    return 'contient des grilles d’autoévaluation mal formées\u202f: rien n’en a été lu.';
  if (champ === 'tentatives' && typeof rang === 'number')
    return `contient un essai mal formé (n°\u00a0${rang + 1})\u202f: le fichier a été modifié ou abîmé, rien n’en a été lu.`;
  return 'ne contient pas une liste d’essais valable.';
}

/** A valid export as the summary reads it: the learner named by the file's name when it names nobody. */
function copieDe(
  { eleve, tentatives, productions = {} }: ExportProgression,
  nomFichier: string,
): CopieEleve {
  return {
    nom: eleve?.nom?.trim() || nomFichier.replace(/\.json$/i, '').slice(0, 60),
    classe: eleve?.classe?.trim() ?? '',
    tentatives: tentatives.map(({ erreur, ...t }) => (erreur ? { ...t, erreur } : t)),
    productions,
  };
}

/** Reads one exported progress file; `nomFichier` names the learner when the file does not. */
export function lireCopieEleve({
  texte,
  nomFichier,
}: {
  texte: string;
  nomFichier: string;
}): Resultat<CopieEleve> {
  const refus = (raison: string) =>
    echec<CopieEleve>(`«\u00a0${nomFichier.slice(0, 80)}\u00a0» ${raison}`, 'fichier');
  const lu = refusDuTexte(texte);
  if ('raison' in lu) return refus(lu.raison);
  const valide = ExportProgressionSchema.safeParse(lu.brut);
  if (!valide.success) return refus(raisonDuRefus(lu.brut, valide.error.issues[0]?.path ?? []));
  return ok(copieDe(valide.data, nomFichier));
}
