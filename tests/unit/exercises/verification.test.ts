import { describe, expect, it } from 'vitest';
import type { ReponseAttendue, VersionNumerique } from '@exercises/generateur.ts';
import {
  dansTolerance,
  formeComparable,
  MESSAGE_INCOMPRIS,
  textesEquivalents,
  verifierChoixMultiple,
  verifierChoixUnique,
  verifierClassement,
  verifierNombre,
  verifierNumerique,
  verifierTexte,
  verifierVraiFaux,
} from '@exercises/verification.ts';
import type {
  QuestionChoixMultiple,
  QuestionChoixUnique,
  QuestionClassement,
  QuestionTexte,
  QuestionVraiFaux,
} from '@exercises/types.ts';

const montant: ReponseAttendue = {
  cle: 'ca',
  libelle: 'CA',
  attendu: 1250,
  unite: 'EUR',
  tolerance: { absolue: 1 },
};
const taux: ReponseAttendue = {
  cle: 't',
  libelle: 'Taux',
  attendu: 0.125,
  unite: '%',
  tolerance: { absolue: 0.0005 },
};
const compte: ReponseAttendue = {
  cle: 'n',
  libelle: 'Clients',
  attendu: 13,
  unite: 'nombre',
  tolerance: { absolue: 0 },
};

describe('numeric answers in French formats', () => {
  it.each([
    '1250',
    '1 250',
    '1\u202f250',
    '1\u00a0250 €',
    '1250,00',
    '1 250,00 €',
    '1250.00',
    '1250 EUR',
    '1 249,5',
  ])('accepts « %s »', (texte) => {
    expect(verifierNombre({ texte, reponse: montant }).statut).toBe('correct');
  });

  it.each(['12,5', '12.5', '12,5 %', '12,5%', '12,5\u202f%', ' 12,50 '])(
    'reads the rate « %s » as 12,5 %%',
    (texte) => {
      expect(verifierNombre({ texte, reponse: taux }).statut).toBe('correct');
    },
  );

  it('a whole-number field gives « 12 » as its example, never « 12,5 » (issue 19)', () => {
    const v = verifierNombre({ texte: 'douze', reponse: compte });
    expect(v.statut).toBe('incompris');
    expect(v.message).toContain('par exemple «\u00a012\u00a0»');
    expect(v.message).not.toMatch(/12,5/);
  });

  it('reads a count typed with its noun', () => {
    expect(verifierNombre({ texte: '13 clients', reponse: compte }).statut).toBe('correct');
    expect(verifierNombre({ texte: '13', reponse: compte }).statut).toBe('correct');
    expect(verifierNombre({ texte: '12', reponse: compte }).statut).toBe('faux');
  });

  it.each(['douze', '12,5,3', '12 5', '1,2.3', '€', 'abc %'])(
    '« %s » is not understood, not wrong',
    (texte) => {
      const v = verifierNombre({ texte, reponse: montant });
      expect(v.statut).toBe('incompris');
      expect(v.message.startsWith(MESSAGE_INCOMPRIS)).toBe(true);
    },
  );

  it('asks for a number when the field is empty', () => {
    expect(verifierNombre({ texte: '  ', reponse: montant })).toMatchObject({
      statut: 'incompris',
      message: 'Saisissez un nombre avant de valider.',
    });
  });
});

describe('tolerance', () => {
  it('accepts within the absolute OR the relative gap', () => {
    expect(dansTolerance({ valeur: 100.9, attendu: 100, tolerance: { absolue: 1 } })).toBe(true);
    expect(dansTolerance({ valeur: 101.1, attendu: 100, tolerance: { absolue: 1 } })).toBe(false);
    expect(dansTolerance({ valeur: 100150, attendu: 100000, tolerance: { relative: 0.002 } })).toBe(
      true,
    );
    expect(dansTolerance({ valeur: 100300, attendu: 100000, tolerance: { relative: 0.002 } })).toBe(
      false,
    );
    expect(
      dansTolerance({
        valeur: 100300,
        attendu: 100000,
        tolerance: { absolue: 500, relative: 0.001 },
      }),
    ).toBe(true);
  });

  it('is exact up to float noise when none is given', () => {
    expect(dansTolerance({ valeur: 0.1 + 0.2, attendu: 0.3, tolerance: {} })).toBe(true);
    expect(dansTolerance({ valeur: 0.3001, attendu: 0.3, tolerance: {} })).toBe(false);
  });
});

describe('anticipated mistakes', () => {
  const erreurs = [
    { cle: 'ca', valeur: 1000, message: 'Vous avez divisé par le taux de marge.' },
    { valeur: 2000, tolerance: { absolue: 10 }, message: 'Sans clé ni marge.' },
    { cle: 'autre', valeur: 1500, message: 'Pas pour ce champ.' },
  ];

  it('gives the targeted message for a matching answer', () => {
    expect(
      verifierNombre({ texte: '1 000 €', reponse: montant, erreursAnticipees: erreurs }),
    ).toMatchObject({
      statut: 'faux',
      message: 'Vous avez divisé par le taux de marge.',
      erreurAnticipee: true,
    });
    expect(
      verifierNombre({ texte: '2 008', reponse: montant, erreursAnticipees: erreurs }).message,
    ).toBe('Sans clé ni marge.');
    expect(
      verifierNombre({ texte: '1500', reponse: montant, erreursAnticipees: erreurs }).message,
    ).toBe('Ce n’est pas le résultat attendu.');
  });

  it('a right answer wins over a mistake with the same value', () => {
    expect(
      verifierNombre({
        texte: '1250',
        reponse: montant,
        erreursAnticipees: [{ valeur: 1250, message: 'x' }],
      }).statut,
    ).toBe('correct');
  });

  it('spots a rate typed as a decimal and an early rounding', () => {
    expect(verifierNombre({ texte: '0,125', reponse: taux }).message).toMatch(/en pourcentage/);
    expect(verifierNombre({ texte: '1 260', reponse: montant })).toMatchObject({
      statut: 'faux',
      erreurAnticipee: true,
    });
    expect(verifierNombre({ texte: '1 260', reponse: montant }).message).toMatch(
      /n’arrondissez qu’à la fin/,
    );
  });
});

describe('verifierNumerique (all fields)', () => {
  const version: VersionNumerique = {
    enonce: 'x',
    donnees: {},
    reponses: [montant, taux],
    erreursAnticipees: [],
    indice: 'i',
    solution: [{ texte: 's' }],
  };

  it('is correct, partial, wrong or not understood as a whole', () => {
    expect(verifierNumerique({ version, saisies: { ca: '1250', t: '12,5' } })).toMatchObject({
      statut: 'correct',
      score: { obtenu: 2, total: 2 },
    });
    expect(verifierNumerique({ version, saisies: { ca: '1250', t: '13' } })).toMatchObject({
      statut: 'partiel',
      score: { obtenu: 1, total: 2 },
    });
    expect(verifierNumerique({ version, saisies: { ca: '900', t: '13' } }).statut).toBe('faux');
    expect(verifierNumerique({ version, saisies: { ca: '900', t: 'treize' } }).statut).toBe(
      'incompris',
    );
    expect(verifierNumerique({ version, saisies: { ca: '1250' } }).statut).toBe('incompris');
  });
});

const choix: QuestionChoixUnique = {
  id: 'test/choix',
  type: 'choix-unique',
  titre: 'Titre',
  enonce: 'Question ?',
  explication: 'Parce que.',
  options: [
    { texte: 'A', correct: false, retour: 'A est le taux de marge.' },
    { texte: 'B', correct: true },
    { texte: 'C', correct: false },
  ],
};

describe('choices', () => {
  it('single choice: right, wrong with the option’s feedback, nothing picked', () => {
    expect(verifierChoixUnique({ question: choix, choix: 1 }).statut).toBe('correct');
    expect(verifierChoixUnique({ question: choix, choix: 0 })).toMatchObject({
      statut: 'faux',
      message: 'A est le taux de marge.',
    });
    expect(verifierChoixUnique({ question: choix, choix: 2 }).message).toBe(
      'Ce n’est pas la bonne réponse.',
    );
    expect(verifierChoixUnique({ question: choix, choix: undefined }).statut).toBe('incompris');
    expect(verifierChoixUnique({ question: choix, choix: 9 }).statut).toBe('incompris');
  });

  const multiple: QuestionChoixMultiple = {
    ...choix,
    type: 'choix-multiple',
    options: [
      { texte: 'A', correct: true },
      { texte: 'B', correct: true },
      { texte: 'C', correct: false, retour: 'C fait baisser la marge.' },
      { texte: 'D', correct: false },
    ],
  };

  it('multiple choice gives partial credit per option', () => {
    expect(verifierChoixMultiple({ question: multiple, choix: [0, 1] })).toMatchObject({
      statut: 'correct',
      score: { obtenu: 4, total: 4 },
    });
    const partiel = verifierChoixMultiple({ question: multiple, choix: [0, 2] });
    expect(partiel).toMatchObject({
      statut: 'partiel',
      score: { obtenu: 2, total: 4 },
      message: '1 bonne réponse sur 2, 1 réponse fausse cochée.',
    });
    expect(partiel.retours).toEqual([{ index: 2, message: 'C fait baisser la marge.' }]);
    expect(verifierChoixMultiple({ question: multiple, choix: [2, 3] })).toMatchObject({
      statut: 'faux',
      score: { obtenu: 0, total: 4 },
    });
    expect(verifierChoixMultiple({ question: multiple, choix: [] }).statut).toBe('incompris');
  });

  const vf: QuestionVraiFaux = {
    ...choix,
    type: 'vrai-faux',
    reponse: false,
    justification: 'On divise, on ne soustrait pas.',
  };

  it('true/false always shows the justification', () => {
    const juste = verifierVraiFaux({ question: vf, reponse: false });
    expect(juste.statut).toBe('correct');
    expect(juste.message).toContain('On divise, on ne soustrait pas.');
    expect(verifierVraiFaux({ question: vf, reponse: true }).message).toContain(
      'On divise, on ne soustrait pas.',
    );
    expect(verifierVraiFaux({ question: vf, reponse: undefined }).statut).toBe('incompris');
  });
});

describe('classification', () => {
  const q: QuestionClassement = {
    id: 'test/classement',
    type: 'classement',
    titre: 'Titre',
    enonce: 'Classez.',
    explication: 'Parce que.',
    categories: [
      { id: 'action', libelle: 'Action' },
      { id: 'hors', libelle: 'Hors' },
    ],
    elements: [
      { texte: 'Salon', categorie: 'action' },
      { texte: 'Loyer', categorie: 'hors', retour: 'Le loyer est payé de toute façon.' },
      { texte: 'Mailing', categorie: 'action' },
    ],
  };

  it('scores each item and explains the misplaced ones', () => {
    expect(
      verifierClassement({ question: q, placement: ['action', 'hors', 'action'] }),
    ).toMatchObject({ statut: 'correct', score: { obtenu: 3, total: 3 } });
    const v = verifierClassement({ question: q, placement: ['action', 'action', 'hors'] });
    expect(v).toMatchObject({
      statut: 'partiel',
      score: { obtenu: 1, total: 3 },
      message: '1 élément bien placé sur 3.',
    });
    expect(v.retours).toEqual([
      { index: 1, message: 'Le loyer est payé de toute façon.' },
      { index: 2, message: '«\u00a0Mailing\u00a0» n’est pas dans la bonne catégorie.' },
    ]);
    expect(verifierClassement({ question: q, placement: ['hors', 'action', 'hors'] }).statut).toBe(
      'faux',
    );
    expect(
      verifierClassement({ question: q, placement: ['action', undefined, 'action'] }).statut,
    ).toBe('incompris');
  });
});

describe('fill-in with tolerant matching', () => {
  const q: QuestionTexte = {
    id: 'test/texte',
    type: 'texte',
    titre: 'Titre',
    enonce: 'Quel taux ?',
    explication: 'Parce que.',
    libelle: 'Votre réponse',
    reponses: ['taux de marque', 'enveloppe budgétaire'],
    refus: [{ texte: 'taux de marge', message: 'Le taux de marge est calculé sur le coût.' }],
  };

  it.each([
    'taux de marque',
    'Taux De Marque',
    '  taux   de  marque ',
    'TAUX DE MARQUE.',
    'le taux de marque',
    'Enveloppe budgetaire',
    'l’enveloppe budgétaire',
    "l'enveloppe  budgétaire",
    '« enveloppe budgétaire »',
    'enveloppe-budgétaire',
  ])('accepts « %s »', (texte) =>
    expect(verifierTexte({ question: q, texte }).statut).toBe('correct'),
  );

  it('gives the anticipated feedback, refuses other answers, asks for something', () => {
    expect(verifierTexte({ question: q, texte: 'Taux de marge' })).toMatchObject({
      statut: 'faux',
      message: 'Le taux de marge est calculé sur le coût.',
    });
    expect(verifierTexte({ question: q, texte: 'taux de TVA' })).toMatchObject({
      statut: 'faux',
      message: 'Ce n’est pas la bonne réponse.',
    });
    expect(verifierTexte({ question: q, texte: ' . ' }).statut).toBe('incompris');
  });

  it('compares apostrophes, accents and ligatures alike', () => {
    expect(formeComparable('L’ŒUVRE  d’Art')).toBe(formeComparable("l'oeuvre d'art"));
    expect(textesEquivalents('', '')).toBe(false);
  });
});

describe('free text: plural and usual synonyms (issue 19)', () => {
  const question = {
    id: 'c/q',
    type: 'texte' as const,
    titre: 'Q',
    enonce: 'Quel phénomène ?',
    explication: 'Explication.',
    libelle: 'Votre réponse',
    reponses: ['l’attrition'],
    refus: [],
  };
  it.each(['attritions', 'Les attritions', 'attrition'])('accepts « %s »', (texte) => {
    expect(verifierTexte({ question, texte }).statut).toBe('correct');
  });
  it('folds usual synonyms and -aux plurals', () => {
    expect(textesEquivalents('un courriel', 'e-mail')).toBe(true);
    expect(textesEquivalents('RDV', 'rendez-vous')).toBe(true);
    expect(textesEquivalents('les commerciaux', 'commercial')).toBe(true);
    expect(textesEquivalents('taux de marge', 'taux de marque')).toBe(false);
  });
});
