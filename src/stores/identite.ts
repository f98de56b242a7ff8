/**
 * The learner's name and class, asked once on « Mon bilan » (both optional) and written into
 * the progress export so the trainer's /classe/ page can tell the files apart. Kept in this
 * browser only, under `atelier:v1:identite` as `{ nom, classe }` (strings of at most 60
 * characters). A value of another shape is set aside and reported (persistance.ts).
 */
import { atomePersistant } from './persistance.ts';

/** Longest name or class kept. */
export const LONGUEUR_IDENTITE = 60;

/** Who the exported progress belongs to. */
export interface Identite {
  nom: string;
  classe: string;
}

const texte = (v: unknown): v is string => typeof v === 'string' && v.length <= LONGUEUR_IDENTITE;

function valider(brut: unknown): Identite | undefined {
  if (typeof brut !== 'object' || brut === null) return undefined;
  const { nom, classe } = brut as Record<string, unknown>;
  return texte(nom) && texte(classe) ? { nom, classe } : undefined;
}

/** The learner's name and class (empty strings when not given). */
export const $identite = atomePersistant<Identite>('identite', { nom: '', classe: '' }, valider, {
  libelle: 'sur votre nom et votre classe',
});

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
