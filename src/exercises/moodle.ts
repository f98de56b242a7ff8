/**
 * A chapter's exercises as a Moodle XML question file (/moodle/<chapitre>.xml, built at build
 * time from the same exercise files as the site). Format: Moodle's « Moodle XML » import
 * (question/format/xml/format.php): one `category` question naming the chapter, then
 * - choix-unique / choix-multiple → `multichoice` (single true/false), fractions summing to 100;
 * - vrai-faux → `truefalse` (answers `true` / `false`, justification as feedback);
 * - classement → `matching` (`match`): each item a subquestion, its category the answer;
 * - texte → `shortanswer`, every accepted variant at 100 %, anticipated wrong answers at 0 %
 *   with their feedback;
 * - numeric problems → NUMERIQUES_PAR_EXERCICE fixed versions each (the site's version codes
 *   in the names), in a sub-category so a quiz can draw one at random: `numerical` with the
 *   tolerance made absolute and the anticipated mistakes as 0 % answers with their feedback;
 *   a version with several answers becomes a `cloze` (multianswer) question of NUMERICAL parts.
 * Hints become `hint` elements (Moodle shows them in « interactive with multiple tries »),
 * explanations and worked solutions become general feedback. Pure: no file access here.
 */
import { creerAleatoire } from '../lib/commun/aleatoire.ts';
import { nouveauCode } from './codes.ts';
import { ecartAdmis } from './precision.ts';
import { genererVersion, type ReponseAttendue, type VersionNumerique } from './generateur.ts';
import type { Exercice, ExerciceNumerique, QuestionStatique } from './types.ts';

/** Versions exported per numeric problem (the first is the one the chapter page shows first). */
export const NUMERIQUES_PAR_EXERCICE = 5;

/** Escapes text for an XML element or attribute. */
export function echapperXml(texte: string): string {
  return texte
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A statement as HTML: « \n\n » separates paragraphs, lines starting with « - » are list items. */
export function enHtml(texte: string): string {
  return texte
    .split(/\n{2,}/)
    .map((bloc) => {
      // Runs of « - » lines are a list; the other lines of the block, a paragraph each.
      const morceaux: string[] = [];
      for (const ligne of bloc.split('\n')) {
        if (ligne.startsWith('- ')) {
          const item = `<li>${echapperXml(ligne.slice(2))}</li>`;
          if (morceaux.at(-1)?.startsWith('<ul>'))
            morceaux[morceaux.length - 1] = morceaux.at(-1)!.replace(/<\/ul>$/, `${item}</ul>`);
          else morceaux.push(`<ul>${item}</ul>`);
        } else if (ligne.trim() !== '') morceaux.push(`<p>${echapperXml(ligne)}</p>`);
      }
      return morceaux.join('');
    })
    .join('');
}

const texte = (contenu: string) => `<text>${echapperXml(contenu)}</text>`;
const html = (balise: string, contenuHtml: string, attributs = '') =>
  `<${balise}${attributs} format="html">${texte(contenuHtml)}</${balise}>`;
const nom = (n: string) => `<name>${texte(n)}</name>`;
const indices = (indice?: string) => (indice ? html('hint', enHtml(indice)) : '');

function entete(
  q: { id: string; titre: string },
  enonceHtml: string,
  retourGeneral: string,
  suffixe = '',
): string {
  return `${nom(`${q.titre}${suffixe}`)}${html('questiontext', enonceHtml)}${html('generalfeedback', retourGeneral)}<defaultgrade>1</defaultgrade><penalty>0.3333333</penalty><hidden>0</hidden><idnumber>${echapperXml(q.id + suffixe.replace(/\W+/g, '-').replace(/-$/, ''))}</idnumber>`;
}

const retoursCombines =
  html('correctfeedback', '<p>Juste.</p>') +
  html('partiallycorrectfeedback', '<p>En partie juste.</p>') +
  html('incorrectfeedback', '<p>Ce n’est pas la réponse attendue.</p>');

/** Moodle accepts fractions from a fixed list; 100/n for n right options is rounded as it expects (5 decimals). */
const fraction = (n: number) => String(Math.round(n * 100000) / 100000);

function questionStatique(q: QuestionStatique): string {
  const general = enHtml(q.explication);
  switch (q.type) {
    case 'choix-unique':
    case 'choix-multiple': {
      const justes = q.options.filter((o) => o.correct).length;
      const fausses = q.options.length - justes;
      const reponses = q.options
        .map((o) => {
          const f = o.correct
            ? q.type === 'choix-unique'
              ? 100
              : 100 / justes
            : q.type === 'choix-unique'
              ? 0
              : -100 / fausses;
          return `<answer fraction="${fraction(f)}" format="html">${texte(echapperXml(o.texte))}${o.retour ? html('feedback', enHtml(o.retour)) : ''}</answer>`;
        })
        .join('');
      return `<question type="multichoice">${entete(q, enHtml(q.enonce), general)}<single>${q.type === 'choix-unique'}</single><shuffleanswers>true</shuffleanswers><answernumbering>abc</answernumbering><showstandardinstruction>1</showstandardinstruction>${retoursCombines}${reponses}${indices(q.indice)}</question>`;
    }
    case 'vrai-faux': {
      const justification = enHtml(q.justification);
      return (
        `<question type="truefalse">${entete(q, enHtml(q.enonce), general)}` +
        `<answer fraction="${q.reponse ? 100 : 0}" format="moodle_auto_format">${texte('true')}${html('feedback', justification)}</answer>` +
        `<answer fraction="${q.reponse ? 0 : 100}" format="moodle_auto_format">${texte('false')}${html('feedback', justification)}</answer>${indices(q.indice)}</question>`
      );
    }
    case 'classement': {
      const libelles = new Map(q.categories.map((c) => [c.id, c.libelle]));
      const sous = q.elements
        .map(
          (e) =>
            `<subquestion format="html">${texte(echapperXml(e.texte))}<answer>${texte(libelles.get(e.categorie)!)}</answer></subquestion>`,
        )
        .join('');
      return `<question type="matching">${entete(q, enHtml(q.enonce), general)}<shuffleanswers>true</shuffleanswers>${retoursCombines}${sous}${indices(q.indice)}</question>`;
    }
    case 'texte': {
      const justes = [...new Set(q.reponses.flatMap(variantesApostrophe))].map(
        (r) =>
          `<answer fraction="100" format="moodle_auto_format">${texte(r)}${html('feedback', '<p>Juste.</p>')}</answer>`,
      );
      const refus = q.refus.flatMap((r) =>
        variantesApostrophe(r.texte).map(
          (t) =>
            `<answer fraction="0" format="moodle_auto_format">${texte(t)}${html('feedback', enHtml(r.message))}</answer>`,
        ),
      );
      return `<question type="shortanswer">${entete(q, enHtml(q.enonce), general)}<usecase>0</usecase>${justes.join('')}${refus.join('')}${indices(q.indice)}</question>`;
    }
  }
}

/**
 * An answer as the course writes it (typographic apostrophe « ’ ») and as a keyboard types it
 * (« ' »): Moodle compares short answers character for character (only the case is ignored), so
 * « coût d'acquisition » typed on an AZERTY keyboard matched no answer. The site's own check
 * folds apostrophes; Moodle needs both spellings listed.
 */
export function variantesApostrophe(reponse: string): string[] {
  return [...new Set([reponse, reponse.replace(/’/g, "'"), reponse.replace(/'/g, '’')])];
}

/** The value and absolute tolerance Moodle compares with, in the unit the learner types (25 for 25 %). */
export function valeurMoodle(
  r: Pick<ReponseAttendue, 'unite' | 'tolerance'>,
  valeur: number,
): { valeur: number; tolerance: number } {
  const echelle = r.unite === '%' ? 100 : 1;
  const absolue = ecartAdmis({ attendu: valeur, tolerance: r.tolerance });
  const arrondi = (n: number) => Math.round(n * 1e6) / 1e6;
  return { valeur: arrondi(valeur * echelle), tolerance: arrondi(absolue * echelle) };
}

const UNITES: Record<ReponseAttendue['unite'], string> = {
  EUR: 'en euros',
  MAD: 'en dirhams',
  '%': 'en %',
  nombre: '',
};
const libelleReponse = (r: ReponseAttendue) =>
  `${r.libelle}${UNITES[r.unite] ? ` (${UNITES[r.unite]})` : ''}`;

/** Special characters of a cloze answer or feedback, escaped with a backslash as Moodle's cloze syntax asks. */
const echapperCloze = (t: string) => t.replace(/[\\}#~/"{]/g, (c) => `\\${c}`);

function versionNumerique(e: ExerciceNumerique, code: string, v: VersionNumerique): string {
  const solution = `<ol>${v.solution.map((s) => `<li>${echapperXml(s.texte)}</li>`).join('')}</ol>`;
  const suffixe = ` — version ${code}`;
  const enonce = enHtml(v.enonce) + `<p>Version ${code} (sur le site&#160;: ?v=${code}).</p>`;
  const erreursDe = (r: ReponseAttendue) =>
    v.erreursAnticipees.filter((x) => x.cle === undefined || x.cle === r.cle);
  if (v.reponses.length === 1) {
    const r = v.reponses[0];
    const juste = valeurMoodle(r, r.attendu);
    const reponses = [
      `<answer fraction="100" format="moodle_auto_format"><text>${juste.valeur}</text><tolerance>${juste.tolerance}</tolerance>${html('feedback', '<p>Juste.</p>')}</answer>`,
    ].concat(
      erreursDe(r).map((x) => {
        const m = valeurMoodle({ unite: r.unite, tolerance: x.tolerance ?? r.tolerance }, x.valeur);
        return `<answer fraction="0" format="moodle_auto_format"><text>${m.valeur}</text><tolerance>${m.tolerance}</tolerance>${html('feedback', enHtml(x.message))}</answer>`;
      }),
    );
    return `<question type="numerical">${entete(e, enonce + `<p>${echapperXml(libelleReponse(r))}&#160;:</p>`, solution, suffixe)}${reponses.join('')}<unitgradingtype>0</unitgradingtype><unitpenalty>0.1</unitpenalty><showunits>3</showunits><unitsleft>0</unitsleft>${indices(v.indice)}</question>`;
  }
  const champs = v.reponses
    .map((r) => {
      const juste = valeurMoodle(r, r.attendu);
      const faux = erreursDe(r)
        .map((x) => {
          const m = valeurMoodle(
            { unite: r.unite, tolerance: x.tolerance ?? r.tolerance },
            x.valeur,
          );
          return `~%0%${m.valeur}:${m.tolerance}#${echapperCloze(echapperXml(x.message))}`;
        })
        .join('');
      return `<p>${echapperXml(libelleReponse(r))}&#160;: {1:NUMERICAL:=${juste.valeur}:${juste.tolerance}#Juste.${faux}}</p>`;
    })
    .join('');
  return `<question type="cloze">${nom(`${e.titre}${suffixe}`)}${html('questiontext', enonce + champs)}${html('generalfeedback', solution)}<penalty>0.3333333</penalty><hidden>0</hidden><idnumber>${echapperXml(`${e.id}-${code}`)}</idnumber>${indices(v.indice)}</question>`;
}

/** The version codes exported for a numeric problem: the chapter page's first version, then the next draws. */
export function codesMoodle(exerciceId: string): string[] {
  const alea = creerAleatoire(exerciceId);
  const codes: string[] = [];
  while (codes.length < NUMERIQUES_PAR_EXERCICE) {
    const c = nouveauCode(alea);
    if (!codes.includes(c)) codes.push(c);
  }
  return codes;
}

/**
 * The questions a chapter's file brings into Moodle's question bank (its categories aside): each
 * static question once, each numeric problem in NUMERIQUES_PAR_EXERCICE versions (/moodle/ lists them).
 */
export function questionsMoodle(exercices: readonly Exercice[]): {
  questions: number;
  numeriques: number;
} {
  const numeriques = exercices.filter((e) => e.type === 'numerique').length;
  return {
    questions: exercices.length - numeriques + numeriques * NUMERIQUES_PAR_EXERCICE,
    numeriques,
  };
}

const categorie = (chemin: string) =>
  `<question type="category"><category>${texte(`$course$/top/${chemin}`)}</category><info format="html"><text></text></info></question>`;

/** The whole XML file of one chapter. */
export function moodleXml({
  numero,
  titre,
  exercices,
}: {
  numero: number;
  titre: string;
  exercices: readonly Exercice[];
}): string {
  const racine = `Atelier Prospection/${String(numero).padStart(2, '0')}. ${titre.replace(/\//g, '-')}`;
  const parties = [categorie(racine)];
  for (const e of exercices) if (e.type !== 'numerique') parties.push(questionStatique(e));
  for (const e of exercices) {
    if (e.type !== 'numerique') continue;
    parties.push(categorie(`${racine}/${e.titre.replace(/\//g, '-')}`));
    for (const code of codesMoodle(e.id))
      parties.push(
        versionNumerique(e, code, genererVersion({ exerciceId: e.id, code, generer: e.generer })),
      );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${parties.join('\n')}\n</quiz>\n`;
}
