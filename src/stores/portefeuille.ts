/**
 * The ABC thresholds of chapter 2 « Analyser le portefeuille client », per company. The analysis
 * of the sales itself is in portefeuille-analyse.ts, which the island loads together with the
 * sales file (a dynamic import): the page's first JavaScript stays within its budget, and no
 * analysis can run before the sales have arrived anyway.
 *
 * Stored under `atelier:v1:portefeuille`: `{ [companyId]: { seuilA, seuilB } }`, the ABC
 * thresholds as typed (text, so « 82,5 » comes back as typed), one pair per company since
 * the class limits are the learner's choice for THAT portfolio.
 * HOW IT CAN GO STALE: a company that disappears keeps an unused entry; another shape (a number
 * instead of text, an unknown key) fails the check and is set aside and reported by
 * persistance.ts, the defaults 80 % / 95 % coming back. Bump v1 rather than reading it anyway.
 */
import { parsePourcentage } from '../lib/commun/nombres.ts';
import type { ResultatChamps } from '../lib/commun/resultat.ts';
import { verifierSeuilsABC, type SeuilsABC } from '../lib/portefeuille/seuils-abc.ts';
import * as z from 'zod/mini';
import { validerParEntreprise } from './persistance.ts';
import { saisieParEntreprise } from './par-entreprise.ts';
import { texteBorne, validateurDe } from './schema-stocke.ts';

/** One company's thresholds as stored: exactly these two keys (another one fails the check). */
const SaisieSeuilsSchema = z.strictObject({ seuilA: texteBorne(40), seuilB: texteBorne(40) });
/** The ABC thresholds as typed, in percent of the cumulative CA. */
export type SaisieSeuils = z.infer<typeof SaisieSeuilsSchema>;
/** The lesson's thresholds: A up to 80 %, B up to 95 %. */
export const SEUILS_PAR_DEFAUT: SaisieSeuils = { seuilA: '80', seuilB: '95' };

/** One company's thresholds as stored, or undefined. */
const validerSeuils = validateurDe(SaisieSeuilsSchema);

/** Accepts a stored value only if it has exactly the expected shape. */
export const validerSeuilsStockes = validerParEntreprise(validerSeuils);

const parEntreprise = saisieParEntreprise<SaisieSeuils>({
  nom: 'portefeuille',
  libelle: 'de l’analyse du portefeuille (chapitre 2)',
  defaut: () => SEUILS_PAR_DEFAUT,
  valider: validerSeuils,
});
/** The thresholds of the current company (each company keeps its own, under `atelier:v1:portefeuille`). */
export const $saisieSeuils = parEntreprise.$saisie;

/** Changes one threshold of the current company. */
export function modifierSeuil(champ: keyof SaisieSeuils, valeur: string): void {
  parEntreprise.definir({ ...$saisieSeuils.get(), [champ]: valeur });
}
/** Back to 80 % / 95 % for the current company. */
export const reinitialiserSeuils = parEntreprise.reinitialiser;

/** Parses the thresholds: the checked fractions, or French errors by field (`seuilA`, `seuilB`). */
export function lireSeuils(s: SaisieSeuils): ResultatChamps<SeuilsABC, keyof SaisieSeuils> {
  const erreurs: Partial<Record<keyof SaisieSeuils, string>> = {};
  const a = parsePourcentage(s.seuilA, { champ: 'seuilA', libelle: 'le seuil de la classe A' });
  const b = parsePourcentage(s.seuilB, { champ: 'seuilB', libelle: 'le seuil de la classe B' });
  if (!a.ok) erreurs.seuilA = a.erreur.message;
  else if (a.valeur <= 0 || a.valeur >= 1)
    erreurs.seuilA = 'Le seuil de la classe A doit être compris entre 0 et 100\u202f% (exclus).';
  if (!b.ok) erreurs.seuilB = b.erreur.message;
  else if (b.valeur <= 0 || b.valeur > 1)
    erreurs.seuilB = 'Le seuil de la classe B doit être compris entre 0 (exclu) et 100\u202f%.';
  if (!a.ok || !b.ok || Object.keys(erreurs).length) return { ok: false, erreurs };
  const v = verifierSeuilsABC({ seuils: { a: a.valeur, b: b.valeur } });
  return v.ok
    ? v
    : {
        ok: false,
        erreurs: { [v.erreur.champ === 'seuils.a' ? 'seuilA' : 'seuilB']: v.erreur.message },
      };
}
