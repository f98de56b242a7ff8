/**
 * Reading back a file the site exported (a progress from /bilan/, a whole work): the checks the
 * two imports of /bilan/ share, in one place — not empty, not too big, JSON, the site's format,
 * its version — each refusal a French sentence for the learner. What the file holds is then
 * checked by its own reader (stores/progression.ts, stores/sauvegarde.ts).
 */
import { echec, ok, type Resultat } from './resultat.ts';

/** The header of an export, as read: a JSON object with the expected `format` and `version: 1`. */
export function lireExportJson(
  texte: string,
  {
    format,
    nature,
    tailleMax,
  }: {
    /** The `format` field the file must carry. */
    format: string;
    /** What the file should be, as said in the messages: « une progression exportée ». */
    nature: string;
    /** Characters beyond which the file is refused before it is parsed. */
    tailleMax: number;
  },
): Resultat<Record<string, unknown>> {
  if (texte.trim() === '') return echec('Le fichier est vide.', 'fichier');
  if (texte.length > tailleMax)
    return echec(`Ce fichier est trop volumineux pour être ${nature}.`, 'fichier');
  let brut: unknown;
  try {
    brut = JSON.parse(texte);
  } catch {
    return echec('Ce fichier n’est pas au format JSON.', 'fichier');
  }
  const f = brut as { format?: unknown; version?: unknown } | null;
  if (typeof f !== 'object' || f === null || Array.isArray(f) || f.format !== format)
    return echec(`Ce fichier n’est pas ${nature} par l’Atelier Prospection.`, 'fichier');
  if (f.version !== 1)
    return echec(
      'Ce fichier vient d’une autre version du site et ne peut pas être lu ici.',
      'fichier',
    );
  return ok(f as Record<string, unknown>);
}
