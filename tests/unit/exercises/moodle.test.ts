/**
 * The Moodle XML export (issue 19): well-formed, and its questions are the site's — same
 * statements, right answers, tolerances, feedback and hints — in the elements Moodle's XML
 * import reads (question/format/xml/format.php).
 */
import { describe, expect, it } from 'vitest';
import { chapitresAvecExercices, exercicesDuChapitre } from '../../../src/exercises/registre.ts';
import {
  codesMoodle,
  echapperXml,
  enHtml,
  moodleXml,
  NUMERIQUES_PAR_EXERCICE,
  questionsMoodle,
  valeurMoodle,
} from '../../../src/exercises/moodle.ts';
import { genererVersion } from '../../../src/exercises/generateur.ts';

/** A strict enough well-formedness check: balanced tags, quoted attributes, only the five XML entities. */
function bienForme(xml: string): string | undefined {
  const corps = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '');
  if (/&(?!(amp|lt|gt|quot|apos);)/.test(corps)) return 'entité inconnue';
  const pile: string[] = [];
  for (const m of corps.matchAll(/<[^>]*>|[<>]/g)) {
    const balise = m[0];
    if (balise === '<' || balise === '>') return `« ${balise} » nu`;
    const ferme = /^<\/([a-z]+)>$/.exec(balise);
    if (ferme) {
      if (pile.pop() !== ferme[1]) return `fermeture inattendue ${balise}`;
      continue;
    }
    const ouvre = /^<([a-z]+)((?:\s+[a-z]+="[^"<]*")*)\s*(\/?)>$/.exec(balise);
    if (!ouvre) return `balise illisible ${balise}`;
    if (!ouvre[3]) pile.push(ouvre[1]);
  }
  return pile.length ? `non fermé : ${pile.join(', ')}` : undefined;
}

/** Fractions Moodle accepts on import (question_bank::fraction_options_full), in percent. */
const FRACTIONS = new Set(
  [
    100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571,
    12.5, 11.11111, 10, 5, 0,
  ].flatMap((f) => [f, -f]),
);

const decoder = (t: string) =>
  t
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe.each(chapitresAvecExercices())('chapter %s', (chapitre) => {
  const exercices = exercicesDuChapitre(chapitre);
  const xml = moodleXml({ numero: 9, titre: 'Titre', exercices });
  const questions = [...xml.matchAll(/<question type="([a-z]+)">([\s\S]*?)<\/question>/g)].map(
    (m) => ({ type: m[1], corps: m[2] }),
  );

  it('is well-formed XML with a <quiz> root', () => {
    expect(bienForme(xml)).toBeUndefined();
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<quiz>\n[\s\S]*<\/quiz>\n$/);
  });

  it('brings into the question bank as many questions as /moodle/ announces', () => {
    const importees = questions.filter((q) => q.type !== 'category').length;
    expect(questionsMoodle(exercices).questions).toBe(importees);
    expect(questionsMoodle(exercices).numeriques).toBe(
      questions.filter((q) => q.type === 'category').length - 1,
    );
  });

  it('holds every static question once, as the Moodle type of its kind', () => {
    const attendu: Record<string, string> = {
      'choix-unique': 'multichoice',
      'choix-multiple': 'multichoice',
      'vrai-faux': 'truefalse',
      classement: 'matching',
      texte: 'shortanswer',
    };
    for (const q of exercices) {
      if (q.type === 'numerique') continue;
      const trouvees = questions.filter((x) => x.corps.includes(`<idnumber>${q.id}</idnumber>`));
      expect(
        trouvees.map((x) => x.type),
        q.id,
      ).toEqual([attendu[q.type]]);
      const corps = decoder(decoder(trouvees[0].corps));
      expect(corps).toContain(q.enonce.split('\n')[0]);
      if (q.indice)
        expect(corps).toContain(`<hint format="html"><text><p>${q.indice}</p></text></hint>`);
      if (q.type === 'texte')
        for (const r of q.reponses) {
          expect(corps).toContain(
            `<answer fraction="100" format="moodle_auto_format"><text>${r}</text>`,
          );
          // Moodle compares characters: the keyboard's apostrophe must be accepted too (B7).
          expect(corps).toContain(
            `<answer fraction="100" format="moodle_auto_format"><text>${r.replace(/’/g, "'")}</text>`,
          );
        }
      if (q.type === 'classement')
        expect(corps.match(/<subquestion /g)).toHaveLength(q.elements.length);
      if (q.type === 'vrai-faux')
        expect(corps).toContain(
          `<answer fraction="100" format="moodle_auto_format"><text>${q.reponse}</text>`,
        );
      if (q.type === 'choix-unique' || q.type === 'choix-multiple') {
        const fractions = [...corps.matchAll(/<answer fraction="(-?[\d.]+)"/g)].map((m) =>
          Number(m[1]),
        );
        expect(fractions).toHaveLength(q.options.length);
        for (const f of fractions) expect(FRACTIONS.has(f), `${q.id} : ${f}`).toBe(true);
        expect(fractions.filter((f) => f > 0).reduce((s, f) => s + f, 0)).toBeCloseTo(100, 3);
      }
    }
  });

  it('holds each numeric problem in versions with the site’s answers and tolerances', () => {
    for (const e of exercices) {
      if (e.type !== 'numerique') continue;
      const codes = codesMoodle(e.id);
      expect(new Set(codes).size).toBe(NUMERIQUES_PAR_EXERCICE);
      for (const code of codes) {
        const v = genererVersion({ exerciceId: e.id, code, generer: e.generer });
        const q = questions.find(
          (x) =>
            x.corps.includes(`— version ${code}</text></name>`) &&
            x.corps.includes(echapperXml(e.titre)),
        );
        expect(q, `${e.id} ${code}`).toBeDefined();
        expect(q!.type).toBe(v.reponses.length === 1 ? 'numerical' : 'cloze');
        for (const r of v.reponses) {
          const m = valeurMoodle(r, r.attendu);
          expect(q!.corps).toContain(
            q!.type === 'numerical'
              ? `<text>${m.valeur}</text><tolerance>${m.tolerance}</tolerance>`
              : `{1:NUMERICAL:=${m.valeur}:${m.tolerance}#`,
          );
        }
        expect(q!.corps).toContain('<hint format="html">');
      }
    }
  });
});

describe('helpers', () => {
  it('turns a statement into paragraphs and lists, text escaped', () => {
    expect(enHtml('Coûts :\n- salon : 5 < 6\n- e-mailing\n\nFin.')).toBe(
      '<p>Coûts :</p><ul><li>salon : 5 &lt; 6</li><li>e-mailing</li></ul><p>Fin.</p>',
    );
  });
  it('gives a rate in percent with an absolute tolerance, as the learner types it in Moodle', () => {
    expect(valeurMoodle({ unite: '%', tolerance: { absolue: 0.0005 } }, 0.25)).toEqual({
      valeur: 25,
      tolerance: 0.05,
    });
    expect(valeurMoodle({ unite: 'EUR', tolerance: { relative: 0.001 } }, 68_800)).toEqual({
      valeur: 68_800,
      tolerance: 68.8,
    });
  });
});
