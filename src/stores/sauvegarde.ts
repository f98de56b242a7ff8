/**
 * « Sauvegarder mon travail » and « Mises de côté » on Mon bilan (issue 15): everything the
 * learner stored, as one file; and the unreadable values the stores set aside (`<clé>:corrompu`,
 * persistance.ts), to download or put back. Pure: the keys and their texts are passed in.
 */

/** The `format` field of a work file. */
export const FORMAT_SAUVEGARDE = 'atelier-prospection-travail';

/**
 * One file holding every stored key of the site, with its text as stored, and (`fichiers`) what
 * IndexedDB holds: the imported prospect file and Mon dossier (sauvegarde-fichiers.ts). A site
 * older than session 11 ignores `fichiers` and reads the rest.
 */
export function exporterTravail({
  cles,
  lire,
  maintenant,
  fichiers,
}: {
  cles: readonly string[];
  lire: (cle: string) => string | null;
  maintenant: Date;
  fichiers?: { import?: unknown; dossier?: unknown };
}): string {
  const valeurs: Record<string, string> = {};
  for (const cle of cles) {
    const t = lire(cle);
    if (t !== null) valeurs[cle] = t;
  }
  const avecFichiers =
    fichiers && (fichiers.import !== undefined || fichiers.dossier !== undefined);
  return JSON.stringify(
    {
      format: FORMAT_SAUVEGARDE,
      version: 1,
      exporteLe: maintenant.toISOString(),
      valeurs,
      ...(avecFichiers ? { fichiers } : {}),
    },
    // Indented for a reader, except the rows of a big imported file (tens of megabytes).
    null,
    avecFichiers ? undefined : 1,
  );
}

/** A value set aside: its key, the key it came from, and the store's short name. */
export interface MiseDeCote {
  cle: string;
  origine: string;
  nom: string;
  date?: string;
}

/** The set-aside keys among `cles`, with where each came from. */
export function misesDeCote(cles: readonly string[]): MiseDeCote[] {
  return cles.flatMap((cle) => {
    const m = /^(atelier:v1:[a-z0-9-]+):corrompu(?::(.+))?$/.exec(cle);
    return m
      ? [
          {
            cle,
            origine: m[1],
            nom: m[1].slice('atelier:v1:'.length),
            ...(m[2] ? { date: m[2] } : {}),
          },
        ]
      : [];
  });
}

const objet = (t: string | null): Record<string, unknown> | undefined => {
  try {
    const v: unknown = JSON.parse(t ?? 'null');
    return typeof v === 'object' && v !== null && !Array.isArray(v)
      ? (v as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The text « Restaurer » writes back under the original key. A per-company record gets the
 * companies set aside back beside the ones kept since (those win: they are newer); any other
 * store gets the set-aside text as it was. The store checks it again on the next read, and sets
 * aside again, with a message, what is still unreadable.
 */
export function texteRestaure({
  misDeCote,
  actuel,
  parEntreprise,
}: {
  misDeCote: string;
  actuel: string | null;
  parEntreprise: boolean;
}): string {
  const ancien = objet(misDeCote),
    present = objet(actuel);
  if (parEntreprise && ancien && present) return JSON.stringify({ ...ancien, ...present });
  return misDeCote;
}

/** How a value is checked before it is imported: its store's validator (`partiel` for a per-company record). */
export interface ValidateurImport {
  (brut: unknown): unknown;
  partiel?: (
    brut: unknown,
  ) => { valeur: Record<string, unknown>; refuses: Record<string, unknown> } | undefined;
}

/**
 * What importing a work file writes: each value checked by its store's validator; a per-company
 * record adds or replaces the file's companies and keeps the learner's others. `changes` names
 * what will change (for the confirmation), `refuses` what failed its check and is not written.
 */
export function aImporter({
  valeurs,
  lire,
  validateurs,
}: {
  valeurs: Record<string, string>;
  lire: (cle: string) => string | null;
  validateurs: ReadonlyMap<string, ValidateurImport>;
}): { ecrire: [string, string][]; changes: string[]; refuses: string[] } {
  const ecrire: [string, string][] = [],
    changes: string[] = [],
    refuses: string[] = [];
  const json = (t: string | null): unknown => {
    try {
      return JSON.parse(t ?? 'null');
    } catch {
      return undefined;
    }
  };
  for (const [cle, texte] of Object.entries(valeurs)) {
    const nom = cle.slice('atelier:v1:'.length),
      valider = validateurs.get(cle);
    if (!valider) {
      refuses.push(nom);
      continue;
    }
    let nouveau: string;
    if (valider.partiel) {
      const lu = valider.partiel(json(texte));
      if (!lu || Object.keys(lu.valeur).length === 0) {
        refuses.push(nom);
        continue;
      }
      for (const id of Object.keys(lu.refuses)) refuses.push(`${nom} (${id})`);
      const actuel = objet(lire(cle)) ?? {};
      nouveau = JSON.stringify({ ...actuel, ...lu.valeur });
      changes.push(`${nom} (${Object.keys(lu.valeur).join(', ')})`);
    } else {
      const v = valider(json(texte));
      if (v === undefined) {
        refuses.push(nom);
        continue;
      }
      nouveau = JSON.stringify(v);
      changes.push(nom);
    }
    if (nouveau !== lire(cle)) ecrire.push([cle, nouveau]);
  }
  return { ecrire, changes, refuses };
}
