/**
 * Checking the static kinds: single and multiple choice, true/false, classification, fill-in.
 * No Zod here (types only): the choice questions' custom elements import this in the browser.
 * Partial credit: a multiple choice scores one point per option judged right (ticked when
 * right, left when wrong); a classification one point per item well placed. Only a full
 * score is `correct`; anything above zero is `partiel`.
 * Fill-in matching ignores case, accents, apostrophe style (’ or '), hyphens, extra spaces,
 * surrounding punctuation and a leading article (« l’enveloppe » = « enveloppe »).
 */
import { normaliserTexte } from '../lib/commun/texte.ts';
import type {
  QuestionChoixMultiple,
  QuestionChoixUnique,
  QuestionClassement,
  QuestionTexte,
  QuestionVraiFaux,
  Verdict,
} from './types.ts';

const JUSTE = 'Bonne réponse.';
const FAUX = 'Ce n’est pas la bonne réponse.';

/** The form of a typed answer that tolerant matching compares. */
export function formeComparable(texte: string): string {
  return normaliserTexte(texte)
    .replace(/[-‐–—_]/g, ' ')
    .replace(/^[\s"'«»“”.,;:!?()]+|[\s"'«»“”.,;:!?()]+$/g, '')
    .replace(/^(?:(?:les|le|la|une|un|des|du|de la)\s+|(?:de l'|l'|d')\s*)/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Usual synonyms of the course's vocabulary, folded to one word before comparing (issue 19). */
const SYNONYMES: readonly [RegExp, string][] = [
  [/\b(courriel|mail|e mail|mel)\b/g, 'email'],
  [/\brdv\b/g, 'rendez vous'],
  [/\bphoning\b/g, 'prospection telephonique'],
  [/\bmailing\b/g, 'emailing'],
];

/** Singular of each word, as far as comparing two answers needs: « attritions » = « attrition », « commerciaux » = « commercial ». */
function auSingulier(forme: string): string {
  return forme
    .split(' ')
    .map((mot) =>
      mot.length > 4 && mot.endsWith('aux')
        ? `${mot.slice(0, -3)}al`
        : mot.length > 3 && /[sx]$/.test(mot)
          ? mot.slice(0, -1)
          : mot,
    )
    .join(' ');
}

function formeSouple(texte: string): string {
  let f = formeComparable(texte);
  for (const [motif, mot] of SYNONYMES) f = f.replace(motif, mot);
  return auSingulier(f);
}

/** `true` when two texts match tolerantly (case, accents, articles, plural, usual synonyms). */
export function textesEquivalents(a: string, b: string): boolean {
  const fa = formeSouple(a);
  return fa !== '' && fa === formeSouple(b);
}

/** Single choice: `choix` is the index of the option picked. */
export function verifierChoixUnique({
  question,
  choix,
}: {
  question: QuestionChoixUnique;
  choix: number | undefined;
}): Verdict {
  const option = choix === undefined ? undefined : question.options[choix];
  if (option === undefined)
    return {
      statut: 'incompris',
      message: 'Choisissez une réponse avant de valider.',
      score: { obtenu: 0, total: 1 },
    };
  const retours = option.retour ? [{ index: choix!, message: option.retour }] : [];
  return option.correct
    ? { statut: 'correct', message: JUSTE, score: { obtenu: 1, total: 1 }, retours }
    : { statut: 'faux', message: option.retour ?? FAUX, score: { obtenu: 0, total: 1 }, retours };
}

/** Multiple choice: `choix` lists the indices ticked. */
export function verifierChoixMultiple({
  question,
  choix,
}: {
  question: QuestionChoixMultiple;
  choix: readonly number[];
}): Verdict {
  const coches = new Set(choix.filter((i) => i >= 0 && i < question.options.length));
  const total = question.options.length;
  if (coches.size === 0)
    return {
      statut: 'incompris',
      message: 'Cochez au moins une réponse avant de valider.',
      score: { obtenu: 0, total },
    };
  const attendues = question.options.filter((o) => o.correct).length;
  let trouvees = 0;
  let fausses = 0;
  const retours: { index: number; message: string }[] = [];
  question.options.forEach((o, index) => {
    const coche = coches.has(index);
    if (coche && o.correct) trouvees++;
    if (coche && !o.correct) fausses++;
    if (coche !== o.correct && o.retour) retours.push({ index, message: o.retour });
  });
  const obtenu = total - (attendues - trouvees) - fausses;
  if (obtenu === total)
    return { statut: 'correct', message: JUSTE, score: { obtenu, total }, retours };
  const bilan = `${trouvees} bonne${trouvees > 1 ? 's' : ''} réponse${trouvees > 1 ? 's' : ''} sur ${attendues}`;
  const erreurs =
    fausses > 0
      ? `, ${fausses} réponse${fausses > 1 ? 's' : ''} fausse${fausses > 1 ? 's' : ''} cochée${fausses > 1 ? 's' : ''}`
      : '';
  return {
    statut: trouvees > 0 ? 'partiel' : 'faux',
    message: `${bilan}${erreurs}.`,
    score: { obtenu, total },
    retours,
  };
}

/** True/false: the justification is always part of the feedback. */
export function verifierVraiFaux({
  question,
  reponse,
}: {
  question: QuestionVraiFaux;
  reponse: boolean | undefined;
}): Verdict {
  if (reponse === undefined)
    return {
      statut: 'incompris',
      message: 'Choisissez «\u00a0Vrai\u00a0» ou «\u00a0Faux\u00a0» avant de valider.',
      score: { obtenu: 0, total: 1 },
    };
  const juste = reponse === question.reponse;
  const verite = question.reponse ? 'C’est vrai.' : 'C’est faux.';
  return {
    statut: juste ? 'correct' : 'faux',
    message: `${juste ? JUSTE : FAUX} ${verite} ${question.justification}`,
    score: { obtenu: juste ? 1 : 0, total: 1 },
  };
}

/** Classification: `placement[i]` is the category id chosen for item i (undefined: not placed yet). */
export function verifierClassement({
  question,
  placement,
}: {
  question: QuestionClassement;
  placement: readonly (string | undefined)[];
}): Verdict {
  const total = question.elements.length;
  const manquants = question.elements.filter((_, i) => placement[i] === undefined).length;
  if (manquants > 0) {
    return {
      statut: 'incompris',
      message: `Placez tous les éléments avant de valider (il en reste ${manquants}).`,
      score: { obtenu: 0, total },
    };
  }
  const retours: { index: number; message: string }[] = [];
  let obtenu = 0;
  question.elements.forEach((e, index) => {
    if (placement[index] === e.categorie) obtenu++;
    else
      retours.push({
        index,
        message: e.retour ?? `«\u00a0${e.texte}\u00a0» n’est pas dans la bonne catégorie.`,
      });
  });
  if (obtenu === total) return { statut: 'correct', message: JUSTE, score: { obtenu, total } };
  return {
    statut: obtenu > 0 ? 'partiel' : 'faux',
    message: `${obtenu} élément${obtenu > 1 ? 's' : ''} bien placé${obtenu > 1 ? 's' : ''} sur ${total}.`,
    score: { obtenu, total },
    retours,
  };
}

/** Fill-in: right if it matches an accepted answer; an anticipated wrong one gets its message. */
export function verifierTexte({
  question,
  texte,
}: {
  question: QuestionTexte;
  texte: string;
}): Verdict {
  if (formeComparable(texte) === '')
    return {
      statut: 'incompris',
      message: 'Écrivez une réponse avant de valider.',
      score: { obtenu: 0, total: 1 },
    };
  if (question.reponses.some((r) => textesEquivalents(texte, r)))
    return { statut: 'correct', message: JUSTE, score: { obtenu: 1, total: 1 } };
  const refus = question.refus.find((r) => textesEquivalents(texte, r.texte));
  return { statut: 'faux', message: refus?.message ?? FAUX, score: { obtenu: 0, total: 1 } };
}
