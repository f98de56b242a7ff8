/**
 * Reading a work file on Mon bilan (« Importer un travail »): apart from sauvegarde.ts because
 * /donnees writes work files (before replacing a file) but never reads one, and the schema
 * library must not reach its first bytes (measured: +8 KB gzip, over its budget).
 */
import * as z from 'zod/mini';
import { echec, ok, type Resultat } from '../lib/commun/resultat.ts';
import { lireExportJson } from '../lib/commun/export-json.ts';
import { FORMAT_SAUVEGARDE } from './sauvegarde.ts';

/**
 * Largest work file accepted, in characters: an imported file of up to 20 MB of CSV (csv-limites.ts)
 * takes two to three times as much as JSON rows; localStorage's part stays near 5 MB.
 */
const TAILLE_MAX = 100_000_000;

/**
 * What a work file holds once `lireExportJson` has checked its format and version. zod/mini
 * costs /bilan (the only page that reads these files) little: the progress store there loads
 * the library already. The values stay texts, each checked by its own store on the next read.
 */
const FichierTravailSchema = z.object({
  valeurs: z.record(z.string(), z.unknown()),
  // The imported file and Mon dossier (IndexedDB), checked by sauvegarde-fichiers.ts.
  fichiers: z.optional(
    z.object({ import: z.optional(z.unknown()), dossier: z.optional(z.unknown()) }),
  ),
});

/** A work file as read: the localStorage keys and texts, and the IndexedDB parts if any. */
export interface TravailLu {
  valeurs: Record<string, string>;
  fichiers?: { import?: unknown; dossier?: unknown };
}

/**
 * Reads a work file (`exporterTravail`, or a scenario too long for a link): the site's keys and
 * their texts. The checks every export shares (empty, size, JSON, format, version) are
 * `lireExportJson`'s, the same as « Importer une progression »; then only `atelier:v1:` keys,
 * never a set-aside one; each value is checked by its store on the next read, and set aside
 * with a message if it is unreadable.
 */
export function lireTravail(texte: string): Resultat<TravailLu> {
  const entete = lireExportJson(texte, {
    format: FORMAT_SAUVEGARDE,
    nature: 'un travail exporté',
    tailleMax: TAILLE_MAX,
  });
  if (!entete.ok) return entete;
  const lu = FichierTravailSchema.safeParse(entete.valeur);
  if (!lu.success) return echec('Ce fichier ne contient aucune saisie.', 'fichier');
  const valeurs: Record<string, string> = {};
  for (const [cle, v] of Object.entries(lu.data.valeurs)) {
    if (/^atelier:v1:[a-z0-9-]+$/.test(cle) && typeof v === 'string') valeurs[cle] = v;
  }
  if (Object.keys(valeurs).length === 0)
    return echec('Ce fichier ne contient aucune saisie de l’Atelier Prospection.', 'fichier');
  const f = lu.data.fichiers;
  return ok(
    f && (f.import !== undefined || f.dossier !== undefined)
      ? { valeurs, fichiers: { import: f.import, dossier: f.dossier } }
      : { valeurs },
  );
}
