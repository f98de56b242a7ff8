/**
 * Every chapter's Moodle XML checked against what Moodle's importer reads. Moodle publishes no
 * XSD: the reference is its importer, question/format/xml/format.php in moodle/moodle (read at
 * commit 00055ef6abc837f53259217d5de9dd45641fb74f), with the documented « Moodle XML format »
 * (docs.moodle.org/en/Moodle_XML_format). What each exported type must hold, as that file reads it:
 *
 * - every question (import_headers): `<question type>`, `<name><text>` (required: « xmlimportnoname »
 *   otherwise), `<questiontext format><text>`, `<generalfeedback format><text>`, `<defaultgrade>`,
 *   `<penalty>`, `<idnumber>`; each `format` one of trans_format's names; `<hint format><text>`
 *   (import_hint);
 * - category (import_category): `<category><text>`, `<info format><text>` (format read directly);
 * - multichoice (import_multichoice): `<single>`, `<shuffleanswers>` (true/false), `<answernumbering>`,
 *   `<showstandardinstruction>`, `<answer fraction format><text>` and its `<feedback>`, the combined
 *   `<correctfeedback>`, `<partiallycorrectfeedback>`, `<incorrectfeedback>`;
 * - truefalse (import_truefalse): two `<answer fraction>` whose `<text>` is `true` / `false`, the right
 *   one at fraction 100 exactly;
 * - shortanswer (import_shortanswer): `<usecase>`, `<answer fraction><text>` (plain text);
 * - numerical (import_numerical): `<answer fraction><text>` and `<tolerance>`, `<unitgradingtype>`,
 *   `<unitpenalty>`, `<showunits>`, `<unitsleft>`;
 * - matching (import_match): `<shuffleanswers>`, `<subquestion format><text>` with `<answer><text>`;
 * - cloze (import_multianswer): `<name>`, `<questiontext>` holding the embedded answers, parsed by
 *   qtype_multianswer. We export no `calculated` question: numeric problems are fixed versions.
 * Beyond the importer, what the saved question needs (qtype_multichoice, qtype_match): fractions
 * from Moodle's list (question_bank::fraction_options_full); a single-answer question with one
 * answer at 100; a multiple-answer one whose positive fractions sum to 100; a matching question
 * with at least 2 subquestions and 3 answers (its edit form's « notenoughqsandas »).
 */
import { describe, expect, it } from 'vitest';
import { chapitresAvecExercices, exercicesDuChapitre } from '../../../src/exercises/registre.ts';
import { moodleXml } from '../../../src/exercises/moodle.ts';

/** An XML element, as much of it as these checks need. */
interface Noeud {
  nom: string;
  attributs: Record<string, string>;
  enfants: Noeud[];
  texte: string;
}

const ENTITES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decoder = (t: string) => t.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITES[e]);

/** A small strict parser: elements, attributes, text; no comments, CDATA or other entities (we write none). */
function analyser(xml: string): Noeud {
  const corps = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '');
  const racine: Noeud = { nom: '#', attributs: {}, enfants: [], texte: '' };
  const pile = [racine];
  let position = 0;
  for (const m of corps.matchAll(/<(\/?)([a-z]+)((?:\s+[a-z]+="[^"<]*")*)\s*(\/?)>/g)) {
    const avant = corps.slice(position, m.index);
    if (/[<>]|&(?!(amp|lt|gt|quot|apos);)/.test(avant))
      throw new Error(`texte illisible : ${avant}`);
    pile.at(-1)!.texte += decoder(avant);
    position = m.index + m[0].length;
    if (m[1]) {
      if (pile.pop()!.nom !== m[2]) throw new Error(`fermeture inattendue ${m[0]}`);
      continue;
    }
    const attributs = Object.fromEntries(
      [...m[3].matchAll(/([a-z]+)="([^"]*)"/g)].map((a) => [a[1], decoder(a[2])]),
    );
    const noeud: Noeud = { nom: m[2], attributs, enfants: [], texte: '' };
    pile.at(-1)!.enfants.push(noeud);
    if (!m[4]) pile.push(noeud);
  }
  if (pile.length !== 1 || corps.slice(position).trim() !== '') throw new Error('XML non fermé');
  return racine;
}

const tous = (n: Noeud, nom: string) => n.enfants.filter((e) => e.nom === nom);
const un = (n: Noeud, nom: string) => {
  const e = tous(n, nom);
  expect(e, `<${nom}> dans <${n.nom}>`).toHaveLength(1);
  return e[0];
};
const valeur = (n: Noeud, nom: string) => un(n, nom).texte.trim();

/** trans_format's names: any other is imported as html with a debugging warning. */
const FORMATS = ['moodle_auto_format', 'html', 'plain_text', 'wiki_like', 'markdown'];
/** Fractions a saved question may have (question_bank::fraction_options_full), in percent. */
const FRACTIONS = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571,
  12.5, 11.11111, 10, 5, 0,
].flatMap((f) => [f, -f]);
const fractionValide = (f: string) => FRACTIONS.some((x) => Math.abs(x - Number(f)) < 1e-4);
const nombre = (t: string) => /^-?\d+(\.\d+)?$/.test(t.trim());
const VRAI_FAUX = ['true', 'false', '1', '0'];

/** `<element format="…"><text>…</text></element>`: a text with a known format. */
function texteFormate(n: Noeud, nonVide = true): string {
  expect(FORMATS, `format de <${n.nom}>`).toContain(n.attributs.format);
  const t = un(n, 'text').texte;
  if (nonVide) expect(t.trim(), `<${n.nom}> vide`).not.toBe('');
  return t;
}

function entete(q: Noeud): void {
  expect(valeur(un(q, 'name'), 'text'), 'nom').not.toBe('');
  expect(valeur(un(q, 'name'), 'text').length, 'nom').toBeLessThanOrEqual(255);
  texteFormate(un(q, 'questiontext'));
  texteFormate(un(q, 'generalfeedback'));
  expect(Number(valeur(q, 'penalty'))).toBeGreaterThanOrEqual(0);
  expect(Number(valeur(q, 'penalty'))).toBeLessThanOrEqual(1);
  expect(valeur(q, 'idnumber').length).toBeLessThanOrEqual(100);
  for (const h of tous(q, 'hint')) texteFormate(h);
}

const retoursCombines = (q: Noeud) => {
  for (const r of ['correctfeedback', 'partiallycorrectfeedback', 'incorrectfeedback'])
    texteFormate(un(q, r));
};

const CONTROLES: Record<string, (q: Noeud) => void> = {
  category(q) {
    expect(valeur(un(q, 'category'), 'text')).toMatch(/^\$course\$\/top\/Atelier Prospection\//);
    texteFormate(un(q, 'info'), false);
  },
  multichoice(q) {
    entete(q);
    expect(VRAI_FAUX).toContain(valeur(q, 'single'));
    expect(VRAI_FAUX).toContain(valeur(q, 'shuffleanswers'));
    expect(['abc', 'ABCD', '123', 'iii', 'IIII', 'none']).toContain(valeur(q, 'answernumbering'));
    expect(['0', '1']).toContain(valeur(q, 'showstandardinstruction'));
    retoursCombines(q);
    const reponses = tous(q, 'answer');
    expect(reponses.length).toBeGreaterThanOrEqual(2);
    const fractions = reponses.map((r) => {
      texteFormate(r);
      for (const f of tous(r, 'feedback')) texteFormate(f);
      expect(fractionValide(r.attributs.fraction), r.attributs.fraction).toBe(true);
      return Number(r.attributs.fraction);
    });
    if (valeur(q, 'single') === 'true') {
      expect(Math.max(...fractions)).toBe(100);
      expect(fractions.filter((f) => f === 100)).toHaveLength(1);
    } else {
      // qtype_multichoice rounds the sum of the positive fractions to 2 decimals of 1.
      const somme = fractions.filter((f) => f > 0).reduce((s, f) => s + f, 0);
      expect(Math.round(somme * 100) / 100).toBe(100);
    }
  },
  truefalse(q) {
    entete(q);
    const reponses = tous(q, 'answer');
    expect(reponses.map((r) => valeur(r, 'text')).sort()).toEqual(['false', 'true']);
    expect(reponses.map((r) => r.attributs.fraction).sort()).toEqual(['0', '100']);
    for (const r of reponses) texteFormate(un(r, 'feedback'));
  },
  shortanswer(q) {
    entete(q);
    expect(['0', '1']).toContain(valeur(q, 'usecase'));
    const reponses = tous(q, 'answer');
    expect(reponses.some((r) => r.attributs.fraction === '100')).toBe(true);
    for (const r of reponses) {
      expect(fractionValide(r.attributs.fraction)).toBe(true);
      expect(valeur(r, 'text')).not.toBe('');
      // « * » is qtype_shortanswer's wildcard: an accepted variant must not hold one by accident.
      expect(valeur(r, 'text')).not.toContain('*');
    }
    // With usecase 0 Moodle compares without case: the first matching answer wins.
    const textes = reponses.map((r) => valeur(r, 'text').toLowerCase());
    expect(new Set(textes).size, textes.join(' | ')).toBe(textes.length);
  },
  numerical(q) {
    entete(q);
    const reponses = tous(q, 'answer');
    expect(reponses.some((r) => r.attributs.fraction === '100')).toBe(true);
    for (const r of reponses) {
      expect(fractionValide(r.attributs.fraction)).toBe(true);
      expect(nombre(valeur(r, 'text')), valeur(r, 'text')).toBe(true);
      expect(nombre(valeur(r, 'tolerance')), 'tolérance').toBe(true);
      expect(Number(valeur(r, 'tolerance'))).toBeGreaterThanOrEqual(0);
    }
    for (const c of ['unitgradingtype', 'unitpenalty', 'unitsleft'])
      expect(nombre(valeur(q, c)), c).toBe(true);
    expect(['0', '1', '2', '3']).toContain(valeur(q, 'showunits'));
  },
  matching(q) {
    entete(q);
    expect(VRAI_FAUX).toContain(valeur(q, 'shuffleanswers'));
    retoursCombines(q);
    const sous = tous(q, 'subquestion');
    for (const s of sous) {
      texteFormate(s);
      expect(valeur(un(s, 'answer'), 'text')).not.toBe('');
    }
    expect(sous.length).toBeGreaterThanOrEqual(3);
  },
  cloze(q) {
    expect(valeur(un(q, 'name'), 'text')).not.toBe('');
    const texte = texteFormate(un(q, 'questiontext'));
    texteFormate(un(q, 'generalfeedback'));
    for (const h of tous(q, 'hint')) texteFormate(h);
    const parties = [...texte.matchAll(/\{(\d+):NUMERICAL:([^}]*)\}/g)];
    expect(parties.length).toBeGreaterThanOrEqual(2);
    for (const [, , reponses] of parties) {
      const choix = reponses.split(/(?<!\\)~/);
      expect(
        choix.filter((c) => c.startsWith('=')),
        reponses,
      ).toHaveLength(1);
      for (const c of choix) {
        const m = /^(?:=|%(-?[\d.]+)%)(-?[\d.]+):([\d.]+)(?:#|$)/.exec(c);
        expect(m, c).not.toBeNull();
        if (m![1] !== undefined) expect(fractionValide(m![1]), c).toBe(true);
      }
    }
  },
};

describe.each(chapitresAvecExercices())('chapter %s, as Moodle’s importer reads it', (chapitre) => {
  const racine = analyser(
    moodleXml({ numero: 9, titre: 'Titre', exercices: exercicesDuChapitre(chapitre) }),
  );
  const questions = tous(un(racine, 'quiz'), 'question');

  it('holds only question types Moodle imports, each with what its importer reads', () => {
    expect(racine.enfants.map((e) => e.nom)).toEqual(['quiz']);
    expect(questions.length).toBeGreaterThan(1);
    for (const q of questions) {
      const controle = CONTROLES[q.attributs.type];
      expect(controle, `type ${q.attributs.type}`).toBeDefined();
      const nom = q.attributs.type === 'category' ? 'catégorie' : valeur(un(q, 'name'), 'text');
      try {
        controle(q);
      } catch (e) {
        throw new Error(`${chapitre}, « ${nom} » : ${(e as Error).message}`);
      }
    }
  });

  it('gives each question an idnumber of its own (Moodle keeps one per category)', () => {
    const ids = questions
      .filter((q) => q.attributs.type !== 'category')
      .map((q) => valeur(q, 'idnumber'));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
