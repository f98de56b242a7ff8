/**
 * The prospecting funnel (course chapter 10, seed 002 §4.2): fichier → contacts joints → RDV →
 * propositions → commandes. Each stage keeps a share of the one above it: taux d'étape =
 * sortants ÷ entrants, and the global rate is the product of the stage rates (= last ÷ first).
 * Conventions:
 * - forward (`entonnoir`): exact counts, never rounded, so the product rule holds to the last digit;
 * - backward (`effectifsNecessaires`): people are whole, so each upstream stage is rounded UP
 *   from the one below (rounding down would miss the objective);
 * - a funnel never grows: every rate is a fraction in [0, 1].
 */
import { echec, ok, type Resultat } from '../commun/resultat.ts';

const fini = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
// Quotients such as 30 ÷ 0,3 come out as 100,00000000000001: treat them as the integer they mean.
const plafond = (x: number) =>
  Math.abs(x - Math.round(x)) < 1e-9 * Math.max(1, Math.abs(x)) ? Math.round(x) : Math.ceil(x);

function verifierTaux(taux: readonly number[]): Resultat<readonly number[]> {
  if (!Array.isArray(taux) || taux.length === 0)
    return echec('Il faut au moins un taux d’étape.', 'taux');
  for (let i = 0; i < taux.length; i++) {
    if (!fini(taux[i]) || taux[i] < 0 || taux[i] > 1)
      return echec(
        `Le taux de l’étape ${i + 1} doit être compris entre 0 et 100\u202f%\u202f: un entonnoir ne grossit jamais.`,
        'taux',
      );
  }
  return ok(taux);
}

/** Forward funnel: the exact count at each stage from the entry count and the stage rates. */
export function entonnoir({
  entree,
  taux,
}: {
  entree: number;
  taux: readonly number[];
}): Resultat<{ effectifs: number[]; tauxGlobal: number }> {
  if (!fini(entree) || entree < 0)
    return echec('L’effectif d’entrée doit être un nombre positif ou nul.', 'entree');
  const t = verifierTaux(taux);
  if (!t.ok) return t;
  const effectifs = [entree];
  for (const x of taux) effectifs.push(effectifs[effectifs.length - 1] * x);
  return ok({ effectifs, tauxGlobal: taux.reduce((p, x) => p * x, 1) });
}

/** Backward funnel: how many are needed at each stage to reach `objectif`, each rounded up. */
export function effectifsNecessaires({
  objectif,
  taux,
}: {
  objectif: number;
  taux: readonly number[];
}): Resultat<number[]> {
  if (!fini(objectif) || objectif < 0)
    return echec('L’objectif doit être un nombre positif ou nul.', 'objectif');
  const t = verifierTaux(taux);
  if (!t.ok) return t;
  const effectifs = [plafond(objectif)];
  for (let i = taux.length - 1; i >= 0; i--) {
    const dessous = effectifs[0];
    if (dessous === 0) {
      effectifs.unshift(0);
      continue;
    }
    if (taux[i] === 0)
      return echec(
        `Le taux de l’étape ${i + 1} est nul\u202f: aucun effectif ne permet d’atteindre l’objectif.`,
        'taux',
      );
    const besoin = plafond(dessous / taux[i]);
    if (!Number.isSafeInteger(besoin))
      return echec(
        `Le taux de l’étape ${i + 1} est trop faible\u202f: l’effectif nécessaire dépasse tout fichier réaliste.`,
        'taux',
      );
    effectifs.unshift(besoin);
  }
  return ok(effectifs);
}

/** Stage rates of an observed funnel, cumulative rates from the top and the global rate. */
export function tauxDEtapes({ effectifs }: { effectifs: readonly number[] }): Resultat<{
  taux: (number | null)[];
  tauxCumules: (number | null)[];
  tauxGlobal: number | null;
}> {
  if (!Array.isArray(effectifs) || effectifs.length < 2)
    return echec('Il faut au moins deux étapes pour calculer un taux.', 'effectifs');
  for (let i = 0; i < effectifs.length; i++) {
    if (!fini(effectifs[i]) || effectifs[i] < 0)
      return echec(
        `L’effectif de l’étape ${i + 1} doit être un nombre positif ou nul.`,
        'effectifs',
      );
    if (i > 0 && effectifs[i] > effectifs[i - 1])
      return echec(
        `L’étape ${i + 1} (${effectifs[i]}) dépasse l’étape précédente (${effectifs[i - 1]})\u202f: un entonnoir ne grossit jamais.`,
        'effectifs',
      );
  }
  // An empty stage leaves the next rate undefined (0 ÷ 0): null, never NaN.
  const taux = effectifs.slice(1).map((x, i) => (effectifs[i] > 0 ? x / effectifs[i] : null));
  const premier = effectifs[0];
  const tauxCumules = effectifs.slice(1).map((x) => (premier > 0 ? x / premier : null));
  return ok({ taux, tauxCumules, tauxGlobal: tauxCumules[tauxCumules.length - 1] });
}

// The weakest stage against a plan is named by the campaign's one diagnosis,
// lib/campagne/diagnostic.ts (chapters 10 and 11, and the dossier): no second function here.
