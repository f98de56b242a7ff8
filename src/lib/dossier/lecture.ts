/**
 * Reading a dossier file (JSON) the learner imports, or the dossier stored in the browser: nothing
 * in it is trusted.
 * - size: at most 6 Mo of text (a sales file of 20 000 rows fits);
 * - `format` must be « atelier-prospection/dossier » and `version` 1: a future version is refused
 *   with a message rather than misread; `ventes`, when present, must be of version 1 and at most
 *   LIMITE_VENTES rows, checked before its rows;
 * - then the schema (schema.ts, `zod/mini`): a field of the wrong type is refused with a French
 *   message naming it (« Portefeuille › catégories › catégorie 2 › CA N−1 doit être un
 *   nombre. »), an absent field takes its empty value, an unknown key is dropped.
 * zod/mini rides with this module, which the dossier store loads with the first read (not with
 * the page): the page's own budget is unchanged.
 */
import { formatNombre } from '../commun/nombres.ts';
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { lireAvecSchema } from '../commun/schema-francais.ts';
import { FORMAT_DOSSIER, TAILLE_MAX, VERSION_DOSSIER, type Dossier } from './modele.ts';
import { DossierSchema } from './schema.ts';
import { LIMITE_VENTES, VERSION_VENTES } from './ventes.ts';

export { exporterDossier, TAILLE_MAX } from './modele.ts';

const estObjet = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A version number as a file gave it, for a message: numbers and short texts only (an object is not printed). */
function versionLue(v: unknown): string {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v).slice(0, 10);
  if (typeof v === 'string' && v.trim() !== '') return `«\u00A0${v.slice(0, 10)}\u00A0»`;
  return 'inconnue';
}

/** The file's frame, checked before the schema: a dossier object, of the format and version this page reads. */
function cadreDuDossier(donnees: unknown): Resultat<Record<string, unknown>> {
  if (!estObjet(donnees))
    return echec('Ce fichier ne contient pas un dossier (objet JSON attendu).', 'format');
  if (donnees.format !== FORMAT_DOSSIER)
    return echec(
      `Ce fichier n’est pas un dossier de l’Atelier Prospection (champ «\u00A0format\u00A0» attendu\u202F: ${FORMAT_DOSSIER}).`,
      'format',
    );
  if (donnees.version !== VERSION_DOSSIER)
    return echec(
      `Ce dossier est en version ${versionLue(donnees.version)}\u202F: cette page lit la version ${VERSION_DOSSIER}.`,
      'version',
    );
  return ok(donnees);
}

/** The sales block's frame, checked before its rows: of the version this page reads, not too long. */
function cadreDesVentes(v: unknown): Resultat<unknown> {
  if (!estObjet(v)) return ok(v); // absent, or not an object: the schema says so
  if (v.version !== VERSION_VENTES)
    return echec(
      `Fichier de ventes en version ${versionLue(v.version)}\u202F: cette page lit la version ${VERSION_VENTES}.`,
      'Fichier de ventes',
    );
  if (Array.isArray(v.lignes) && v.lignes.length > LIMITE_VENTES)
    return echec(
      `Fichier de ventes › ventes compte plus de ${formatNombre(LIMITE_VENTES, 0)} lignes.`,
      'Fichier de ventes',
    );
  return ok(v);
}

/** Checks a dossier already parsed from JSON (or read back from the browser's storage). */
export function validerDossier({ donnees }: { donnees: unknown }): Resultat<Dossier> {
  const cadre = cadreDuDossier(donnees);
  if (!cadre.ok) return cadre;
  const ventes = cadreDesVentes(cadre.valeur.ventes);
  if (!ventes.ok) return ventes;
  return lireAvecSchema({ schema: DossierSchema, donnees, racine: 'Le dossier' });
}

/** Reads a dossier file's text: size limit, JSON syntax, then `validerDossier`. */
export function lireDossier({ texte: contenu }: { texte: string }): Resultat<Dossier> {
  if (typeof contenu !== 'string') return echec('Le fichier n’a pas pu être lu.', 'fichier');
  if (contenu.length > TAILLE_MAX)
    return echec(
      `Ce fichier est trop gros pour un dossier (plus de ${TAILLE_MAX / 1_000_000}\u202FMo).`,
      'fichier',
    );
  let donnees: unknown;
  try {
    donnees = JSON.parse(contenu);
  } catch {
    return echec(
      'Ce fichier n’est pas un JSON valide\u202F: exportez-le à nouveau depuis «\u00A0Mon dossier\u00A0».',
      'fichier',
    );
  }
  return validerDossier({ donnees });
}
