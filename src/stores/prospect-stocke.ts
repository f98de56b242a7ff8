/**
 * The check run on each row of the learner’s imported file read back from IndexedDB
 * (import-fichier.ts). Apart from travail.ts, which every chapter loads with the campaign: only
 * the import reads rows back, and it loads on demand (ARCHITECTURE budgets: 0,4 Ko gzip per page).
 * Hand-written rather than Zod, for the same reason as travail.ts.
 */
import {
  SOURCES_EXTERNES,
  SOURCES_INTERNES,
  type ChampProspect,
  type Prospect,
} from '../lib/commun/prospect.ts';
import { champ, estObjet, nombre, texte } from './gardes.ts';

const TEXTES: readonly ChampProspect[] = [
  'id',
  'secteur',
  'fonction',
  'ville',
  'codePostal',
  'telephone',
  'email',
  'dateCollecte',
  'dateDernierContact',
];
const BOOLEENS: readonly ChampProspect[] = [
  'consentementEmail',
  'opposition',
  'bloctel',
  'demandeDevis',
  'converti',
];
const COMPTES: readonly ChampProspect[] = ['ouvertures', 'clics', 'visitesSite'];
const ENUMS: Partial<Record<ChampProspect, readonly string[]>> = {
  type: ['B2B', 'B2C'],
  pays: ['FR', 'MA'],
  temperature: ['suspect', 'froid', 'tiede', 'chaud'],
  taille: ['TPE', 'PME', 'ETI', 'GE'],
  source: [...SOURCES_INTERNES, ...SOURCES_EXTERNES],
};

/** A prospect read back from storage, or undefined when a field has the wrong type. */
export function validerProspect(brut: unknown): Prospect | undefined {
  if (!estObjet(brut)) return undefined;
  for (const c of TEXTES) if (!texte(brut[c])) return undefined;
  for (const c of BOOLEENS) if (typeof brut[c] !== 'boolean') return undefined;
  for (const c of COMPTES) if (!nombre(brut[c]) || (brut[c] as number) < 0) return undefined;
  for (const [c, liste] of Object.entries(ENUMS))
    if (!(brut[c] === undefined && c === 'taille') && !liste!.includes(brut[c] as string))
      return undefined;
  for (const c of ['raisonSociale', 'nom', 'prenom', 'dateRefus'] as const)
    if (brut[c] !== undefined && !texte(brut[c])) return undefined;
  for (const c of ['chiffreAffaires', 'age'] as const)
    if (brut[c] !== undefined && !nombre(brut[c])) return undefined;
  for (const cle of Object.keys(brut)) if (!champ(cle)) return undefined;
  return brut as unknown as Prospect;
}
