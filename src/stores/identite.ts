/**
 * The learner's name and class, asked once on « Mon bilan » (both optional) and written into
 * the progress export so the trainer's /classe/ page can tell the files apart. Kept in this
 * browser only, under `atelier:v1:identite` as `{ nom, classe }` (strings of at most 60
 * characters). A value of another shape is set aside and reported (persistance.ts).
 */
import * as z from 'zod/mini';
import { atomePersistant } from './persistance.ts';
import { texteBorne, validateurDe } from './schema-stocke.ts';

/** Longest name or class kept. */
export const LONGUEUR_IDENTITE = 60;

const IdentiteSchema = z.object({
  nom: texteBorne(LONGUEUR_IDENTITE),
  classe: texteBorne(LONGUEUR_IDENTITE),
});
/** Who the exported progress belongs to. */
export type Identite = z.infer<typeof IdentiteSchema>;

/** Accepts a stored value only if it has the expected shape. */
export const validerIdentite = validateurDe(IdentiteSchema);

/** The learner's name and class (empty strings when not given). */
export const $identite = atomePersistant<Identite>(
  'identite',
  { nom: '', classe: '' },
  validerIdentite,
  {
    libelle: 'sur votre nom et votre classe',
  },
);

/** Changes the name or the class (trimmed of line breaks, cut at LONGUEUR_IDENTITE). */
export function modifierIdentite(changement: Partial<Identite>): void {
  const propre = (v: string) => v.replace(/[\r\n\t]+/g, ' ').slice(0, LONGUEUR_IDENTITE);
  const actuelle = $identite.get();
  $identite.set({
    nom: changement.nom === undefined ? actuelle.nom : propre(changement.nom),
    classe: changement.classe === undefined ? actuelle.classe : propre(changement.classe),
  });
}

/** The export's file name: `progression-<classe>-<nom>-<date>.json`, accents and spaces folded. */
export function nomFichierExport({ nom, classe, date }: Identite & { date: Date }): string {
  const plier = (v: string) =>
    v
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40);
  const parties = ['progression', plier(classe), plier(nom)].filter(Boolean);
  if (parties.length === 1) parties.push('atelier-prospection');
  return `${parties.join('-')}-${date.toISOString().slice(0, 10)}.json`;
}
