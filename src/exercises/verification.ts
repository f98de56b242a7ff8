/**
 * Checking a numeric answer the way a French learner types it. The text is read by
 * src/lib/commun/nombres.ts (« 12,5 », « 12.5 », « 1 250 € », « 1250,00 »; a rate « 12,5 % » or
 * « 12,5 » is read as 12,5 %). What cannot be read is `incompris`, never `faux`: a typo is not
 * a wrong answer, and it is not recorded as an attempt.
 * Order of the checks: right (within tolerance) → an anticipated mistake (targeted message) →
 * a rate typed as a decimal (0,25 for 25 %) → close but not within tolerance (rounded too
 * early) → plain wrong.
 * Static kinds (choices, classification, fill-in) are checked in verification-statique.ts.
 */
import { parseNombre, parsePourcentage } from '../lib/commun/nombres.ts';
import { ecartAdmis } from './precision.ts';
import type { Resultat } from '../lib/commun/resultat.ts';
import type {
  ErreurAnticipee,
  ReponseAttendue,
  Tolerance,
  UniteReponse,
  VersionNumerique,
} from './generateur.ts';
import type { Verdict, VerdictReponse } from './types.ts';

export * from './verification-statique.ts';

/** Shown when the text is not a number the reader understands. */
export const MESSAGE_INCOMPRIS = 'Je n’ai pas compris ce nombre';

// Guillemets with U+00A0 inside, thousands with U+202F, as everywhere in the interface.
const EXEMPLES: Record<UniteReponse, string> = {
  EUR: '«\u00a012\u202f500\u00a0» ou «\u00a012\u202f500,50\u00a0€\u00a0»',
  MAD: '«\u00a012\u202f500\u00a0» ou «\u00a012\u202f500,50\u00a0DH\u00a0»',
  '%': '«\u00a012,5\u00a0» ou «\u00a012,5\u202f%\u00a0»',
  nombre: '«\u00a012\u00a0»',
};

/** Reads the learner's text in the unit of the answer (a rate comes back as a fraction). */
export function lireReponse({
  texte,
  unite,
}: {
  texte: string;
  unite: UniteReponse;
}): Resultat<number> {
  if (unite === '%') return parsePourcentage(texte);
  // A count may be typed with its noun (« 13 clients »): the noun is not part of the number.
  return parseNombre(
    unite === 'nombre' ? texte.replace(/[\s\u00a0\u202f]*\p{L}[\p{L}\s.]*$/u, '') : texte,
  );
}

/** `true` when `valeur` is within the tolerance of `attendu` (exact up to float noise when none is given). */
export function dansTolerance({
  valeur,
  attendu,
  tolerance,
}: {
  valeur: number;
  attendu: number;
  tolerance: Tolerance;
}): boolean {
  const ecart = Math.abs(valeur - attendu);
  const bruit = 1e-9 * Math.max(1, Math.abs(attendu));
  const admis = Math.max(ecartAdmis({ attendu, tolerance }), bruit);
  return ecart <= admis;
}

/** Judges one field of a numeric problem. */
export function verifierNombre({
  texte,
  reponse,
  erreursAnticipees = [],
}: {
  texte: string;
  reponse: ReponseAttendue;
  erreursAnticipees?: readonly ErreurAnticipee[];
}): VerdictReponse {
  const { cle, unite, attendu, tolerance } = reponse;
  if (texte.trim() === '') {
    return { cle, statut: 'incompris', message: 'Saisissez un nombre avant de valider.' };
  }
  const lu = lireReponse({ texte, unite });
  if (!lu.ok) {
    return {
      cle,
      statut: 'incompris',
      message: `${MESSAGE_INCOMPRIS}\u202f: écrivez-le par exemple ${EXEMPLES[unite]}.`,
    };
  }
  const valeur = lu.valeur;
  if (dansTolerance({ valeur, attendu, tolerance })) {
    return { cle, statut: 'correct', message: 'Juste.', valeurLue: valeur };
  }
  const anticipee = erreursAnticipees.find(
    (e) =>
      (e.cle === undefined || e.cle === cle) &&
      dansTolerance({ valeur, attendu: e.valeur, tolerance: e.tolerance ?? tolerance }),
  );
  if (anticipee)
    return {
      cle,
      statut: 'faux',
      message: anticipee.message,
      valeurLue: valeur,
      erreurAnticipee: true,
    };
  if (unite === '%' && dansTolerance({ valeur: valeur * 100, attendu, tolerance })) {
    return {
      cle,
      statut: 'faux',
      message:
        'Le taux est demandé en pourcentage\u202f: 0,25 s’écrit 25\u202f%. Multipliez votre nombre par 100.',
      valeurLue: valeur,
      erreurAnticipee: true,
    };
  }
  if (dansTolerance({ valeur, attendu, tolerance: { relative: 0.02 } })) {
    return {
      cle,
      statut: 'faux',
      message:
        'Vous êtes tout près, mais pas assez\u202f: gardez tous les chiffres pendant le calcul et n’arrondissez qu’à la fin.',
      valeurLue: valeur,
      erreurAnticipee: true,
    };
  }
  return { cle, statut: 'faux', message: 'Ce n’est pas le résultat attendu.', valeurLue: valeur };
}

/** Judges all the fields of a version: `saisies` maps each answer key to the text typed. */
export function verifierNumerique({
  version,
  saisies,
}: {
  version: VersionNumerique;
  saisies: Readonly<Record<string, string>>;
}): Verdict {
  const reponses = version.reponses.map((reponse) =>
    verifierNombre({
      texte: saisies[reponse.cle] ?? '',
      reponse,
      erreursAnticipees: version.erreursAnticipees,
    }),
  );
  const obtenu = reponses.filter((r) => r.statut === 'correct').length;
  const score = { obtenu, total: reponses.length };
  const incompris = reponses.find((r) => r.statut === 'incompris');
  if (incompris) return { statut: 'incompris', message: incompris.message, score, reponses };
  if (obtenu === reponses.length)
    return { statut: 'correct', message: 'Bonne réponse.', score, reponses };
  const premier = reponses.find((r) => r.statut === 'faux');
  const message =
    obtenu > 0
      ? `${obtenu} réponse${obtenu > 1 ? 's' : ''} juste${obtenu > 1 ? 's' : ''} sur ${reponses.length}.`
      : (premier?.message ?? 'Ce n’est pas le résultat attendu.');
  return { statut: obtenu > 0 ? 'partiel' : 'faux', message, score, reponses };
}
