/**
 * The company studied (`atelier:v1:entreprise`): a sample id, or `mon-fichier` for the learner's
 * import. Apart from campagne.ts (the file, its cleaning, the selection) so that a simulator that
 * only needs the company — its id, name, currency and card — does not ship the file's machinery.
 */
import { computed } from 'nanostores';
import { atomePersistant, ID_ENTREPRISE } from './persistance.ts';
import { ENTREPRISES_EXEMPLES, type EntrepriseResume } from './catalogue.ts';
import { $metaImport, ID_IMPORT } from './import-resume.ts';

export type { EntrepriseResume };

/** The chosen company id; an unknown id falls back to the first sample (see `$entreprise`). */
export const $entrepriseId = atomePersistant<string>(
  'entreprise',
  ENTREPRISES_EXEMPLES[0]?.id ?? ID_IMPORT,
  (b) => (typeof b === 'string' && ID_ENTREPRISE.test(b) ? b : undefined),
  { libelle: 'sur l’entreprise étudiée' },
);

/** Every company the learner can study: the samples, then their own file if imported. */
export const $entreprises = computed($metaImport, (meta): EntrepriseResume[] =>
  meta
    ? [
        ...ENTREPRISES_EXEMPLES,
        {
          id: ID_IMPORT,
          nom: meta.nom,
          devise: meta.devise,
          pays: meta.devise === 'MAD' ? 'MA' : 'FR',
          importe: true,
        },
      ]
    : [...ENTREPRISES_EXEMPLES],
);

/** The company studied now. */
export const $entreprise = computed(
  [$entrepriseId, $entreprises],
  (id, liste) => liste.find((e) => e.id === id) ?? liste[0],
);

function signalerChangement(): void {
  // The header link is plain DOM (no island): it listens for this to show the new name.
  if (typeof dispatchEvent === 'function') dispatchEvent(new CustomEvent('atelier:entreprise'));
}

/** Moves to another company: every input is kept per company, so nothing is swapped. */
export function basculer(nouvelle: EntrepriseResume): void {
  $entrepriseId.set(nouvelle.id);
  signalerChangement();
}

/** Changes the company studied; its own work comes back with it. */
export function choisirEntreprise(id: string): void {
  const ancienne = $entreprise.get(),
    nouvelle = $entreprises.get().find((e) => e.id === id);
  if (nouvelle && ancienne?.id !== id) basculer(nouvelle);
}
