/**
 * The writing workshop of chapter 13: per company, what the learner typed (channel, target,
 * recipient, consent, subject, body). Stored under `atelier:v1:ecriture`; the verdicts are
 * computed by the island from src/lib/ecriture, never stored.
 *
 * HOW IT CAN GO STALE: a value of another shape (a field added later) is set aside and reported
 * by persistance.ts; add a field as optional, or bump the key with a migration.
 */
import { saisieParEntreprise } from './par-entreprise.ts';
import type { Canal, Cible } from '../lib/ecriture/mentions-legales.ts';

/** The learner's draft for one company. */
export interface Brouillon {
  canal: Canal;
  cible: Cible;
  consentement: boolean;
  prenom: string;
  nom: string;
  societe: string;
  objet: string;
  texte: string;
}

/** An empty draft: an e-mail to a professional. */
export const BROUILLON_VIDE: Brouillon = {
  canal: 'email',
  cible: 'professionnel',
  consentement: false,
  prenom: '',
  nom: '',
  societe: '',
  objet: '',
  texte: '',
};

const TEXTES = ['prenom', 'nom', 'societe', 'objet', 'texte'] as const;

function valider(brut: unknown): Brouillon | undefined {
  if (typeof brut !== 'object' || brut === null) return undefined;
  const b = brut as Record<string, unknown>;
  if (b.canal !== 'email' && b.canal !== 'lettre') return undefined;
  if (b.cible !== 'professionnel' && b.cible !== 'particulier') return undefined;
  if (typeof b.consentement !== 'boolean') return undefined;
  if (
    !TEXTES.every(
      (k) => typeof b[k] === 'string' && (b[k] as string).length <= (k === 'texte' ? 20_000 : 300),
    )
  )
    return undefined;
  return {
    canal: b.canal,
    cible: b.cible,
    consentement: b.consentement,
    prenom: b.prenom as string,
    nom: b.nom as string,
    societe: b.societe as string,
    objet: b.objet as string,
    texte: b.texte as string,
  };
}

const brouillon = saisieParEntreprise<Brouillon>({
  nom: 'ecriture',
  libelle: 'de l’atelier d’écriture (chapitre 13)',
  defaut: () => BROUILLON_VIDE,
  valider,
});

/** The current company's draft. */
export const $brouillon = brouillon.$saisie;

/** Changes one field of the draft. */
export function modifierBrouillon<K extends keyof Brouillon>(champ: K, valeur: Brouillon[K]): void {
  brouillon.definir({ ...$brouillon.get(), [champ]: valeur });
}

/** Empties the draft of the current company. */
export const effacerBrouillon = brouillon.reinitialiser;
