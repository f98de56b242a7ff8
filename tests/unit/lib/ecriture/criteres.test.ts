import { describe, expect, test } from 'vitest';
import { evaluerRedaction, type Redaction } from '../../../../src/lib/ecriture/criteres.ts';
import type { Pays } from '../../../../src/lib/ecriture/mentions-legales.ts';
import { exigencesEcrit } from '../../../../src/lib/ecriture/mentions-legales.ts';

const ACCROCHE =
  'Cabinet Roux Expertise accueille quatre collaborateurs à la rentrée\u202f: félicitations pour ce développement.';
const INTERET =
  'Vénimob aménage des cabinets comme le vôtre sans interrompre leur activité, avec des postes réglables et des cloisons acoustiques.';
const PREUVE =
  'L’an dernier, 35 cabinets de la métropole nous ont confié l’aménagement de leur plateau.';
const ACTION =
  'Pouvons-nous nous voir vingt minutes la semaine prochaine pour mesurer votre plateau\u202f? Répondez simplement à ce message avec le jour qui vous convient.';
const SIGNATURE =
  'Camille Lenoir, Vénimob, 12 avenue de la République, Vénissieux, 04 72 00 00 00.';
const DROITS =
  'Vos coordonnées viennent de l’annuaire des experts-comptables\u202f; conformément au RGPD, vous pouvez exercer vos droits d’accès à tout moment.';
const DESINSCRIPTION = 'Pour ne plus recevoir nos messages\u202f: se désinscrire.';

const parties = {
  salut: 'Madame Roux,',
  ACCROCHE,
  INTERET,
  PREUVE,
  ACTION,
  SIGNATURE,
  DROITS,
  DESINSCRIPTION,
};
const texte = (p: Partial<Record<keyof typeof parties, string>> = {}) =>
  Object.entries({ ...parties, ...p })
    .map(([, v]) => v)
    .filter(Boolean)
    .join('\n\n');

const DATE = '2026-09-01';
/** A draft with the requirements of its situation, as the workshop builds them. */
const avecLoi = (r: Omit<Redaction, 'exigences'>): Redaction => ({
  ...r,
  exigences: exigencesEcrit({ pays: r.pays, canal: r.canal, cible: r.cible, date: DATE }),
});

const bon: Omit<Redaction, 'exigences'> = {
  canal: 'email',
  cible: 'professionnel',
  pays: 'FR',
  expediteur: 'Vénimob',
  destinataire: { prenom: 'Sophie', nom: 'Roux', societe: 'Cabinet Roux Expertise' },
  consentement: false,
  objet: 'Votre nouveau plateau rue Garibaldi, Madame Roux',
  texte: texte(),
};

function echoues(r: Omit<Redaction, 'exigences'>): string[] {
  const e = evaluerRedaction(avecLoi(r));
  if (!e.ok) throw new Error(e.erreur.message);
  return e.valeur.criteres.filter((c) => !c.ok).map((c) => c.id);
}

describe('atelier d’écriture : les critères', () => {
  test('un bon e-mail B2B en France remplit tous les critères', () => {
    const e = evaluerRedaction(avecLoi(bon));
    expect(e.ok && e.valeur.criteres.filter((c) => !c.ok)).toEqual([]);
    expect(e.ok && e.valeur.total).toBe(12);
  });

  test.each<[string, Partial<Redaction>, string]>([
    [
      'objet trop long',
      { objet: 'Votre nouveau plateau rue Garibaldi et tout le mobilier qui va avec, Madame Roux' },
      'objet',
    ],
    [
      'objet en majuscules avec « gratuit »',
      { objet: 'Mobilier GRATUIT pour votre cabinet' },
      'objet',
    ],
    ['champ à remplir oublié', { texte: texte({ salut: 'Madame [Nom],' }) }, 'personnalisation'],
    [
      'accroche centrée sur l’expéditeur',
      {
        texte: texte({ ACCROCHE: `Nous sommes une entreprise lyonnaise de mobilier. ${ACCROCHE}` }),
      },
      'attention',
    ],
    [
      'aucun avantage',
      { texte: texte({ INTERET: 'Vénimob vend des bureaux, des sièges et des cloisons.' }) },
      'interet',
    ],
    ['aucune preuve', { texte: texte({ PREUVE: '' }) }, 'desir'],
    [
      'aucune action demandée',
      { texte: texte({ ACTION: 'Nous espérons avoir retenu votre attention.' }) },
      'action',
    ],
    [
      'trop d’actions demandées',
      {
        texte: texte({
          ACTION: `${ACTION} Appelez-moi au besoin. Réservez aussi une visite de notre showroom.`,
        }),
      },
      'action',
    ],
    [
      'message trop long',
      {
        texte: texte({
          PREUVE: `${PREUVE} ${'Le bois vient des forêts de la région et chaque pièce est contrôlée à l’atelier avant le départ. '.repeat(9)}`,
        }),
      },
      'longueur',
    ],
    ['promesse intenable', { texte: texte({ PREUVE: `${PREUVE} Prix garanti.` }) }, 'promesses'],
    ['pas de coordonnées', { texte: texte({ SIGNATURE: 'Camille Lenoir' }) }, 'identite'],
    ['pas de désinscription', { texte: texte({ DESINSCRIPTION: '' }) }, 'desinscription'],
    ['particulier sans accord', { cible: 'particulier' }, 'consentement'],
    [
      'pas d’information sur les droits',
      {
        texte: texte({ DROITS: 'Vos coordonnées viennent de l’annuaire des experts-comptables.' }),
      },
      'droits',
    ],
  ])('%s : ce seul critère échoue', (_, defaut, critere) => {
    expect(echoues({ ...bon, ...defaut })).toEqual([critere]);
  });

  test('au Maroc, même un professionnel doit avoir donné son accord, et les droits sont ceux de la loi 09-08', () => {
    const ma: Omit<Redaction, 'exigences'> = {
      ...bon,
      pays: 'MA',
      texte: texte({
        DROITS:
          'Conformément à la loi 09-08, vous disposez d’un droit d’accès et de rectification.',
      }),
    };
    expect(echoues(ma)).toEqual(['consentement']);
    expect(echoues({ ...ma, consentement: true })).toEqual([]);
    expect(echoues({ ...ma, consentement: true, texte: texte() })).toEqual(['droits']);
  });

  test('l’accord préalable vient du tableau des règles (src/lib/droit), avec sa source', () => {
    const c = exigencesEcrit({
      pays: 'MA',
      canal: 'email',
      cible: 'professionnel',
      date: DATE,
    }).find((e) => e.id === 'consentement');
    expect(c).toMatchObject({ requis: true, source: expect.stringContaining('09-08') });
    expect(
      exigencesEcrit({ pays: 'FR', canal: 'email', cible: 'particulier', date: DATE }).find(
        (e) => e.id === 'consentement',
      )?.source,
    ).toMatch(/L34-5/);
  });

  test('une lettre n’a pas besoin d’accord préalable mais doit dire comment s’opposer', () => {
    expect(
      exigencesEcrit({ pays: 'MA', canal: 'lettre', cible: 'particulier', date: DATE }).find(
        (e) => e.id === 'consentement',
      )?.requis,
    ).toBe(false);
    expect(
      exigencesEcrit({ pays: 'FR', canal: 'email', cible: 'particulier', date: DATE }).find(
        (e) => e.id === 'consentement',
      )?.requis,
    ).toBe(true);
    expect(
      exigencesEcrit({ pays: 'FR', canal: 'email', cible: 'professionnel', date: DATE }).find(
        (e) => e.id === 'consentement',
      )?.requis,
    ).toBe(false);
  });

  test('chaque critère dit pourquoi, et comment corriger quand il échoue ; le temps de lecture est compté', () => {
    const e = evaluerRedaction(avecLoi({ ...bon, objet: '', texte: '' }));
    if (!e.ok) throw new Error();
    for (const c of e.valeur.criteres) {
      expect(c.pourquoi.length).toBeGreaterThan(5);
      if (!c.ok) expect(c.conseil.length).toBeGreaterThan(5);
    }
    expect(e.valeur.mots).toBe(0);
    expect(Number.isFinite(e.valeur.lectureSecondes)).toBe(true);
  });

  test('un pays inconnu est refusé en français', () => {
    const e = evaluerRedaction({ ...bon, pays: 'BE' as Pays, exigences: [] });
    expect(e.ok).toBe(false);
  });
});
