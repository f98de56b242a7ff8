import { describe, expect, test } from 'vitest';
import {
  TABLEAU_PAR_DEFAUT,
  evaluerTableauDeBord,
  saisieDepuisCampagne,
  validerSaisieTableauDeBord,
  type Ligne,
  type SaisieTableauDeBord,
} from '../../../src/stores/tableau-de-bord.ts';
import { erreursDe } from '../../../src/lib/commun/resultat.ts';
import { valeurDe } from '../lib/aide-lib.ts';
import campagneLyon from '../../../content/datasets/mobilier-lyon/campagne.json';
import campagneCasa from '../../../content/datasets/emballages-casablanca/campagne.json';
import type { Campagne } from '../../../src/schemas/entreprise.ts';
import ficheLyon from '../../../content/datasets/mobilier-lyon/entreprise.json';
import { contexteEntreprise, type FicheContexte } from '../../../src/lib/campagne/contexte.ts';
import { planDeCampagne, type PlanCampagne } from '../../../src/lib/campagne/plan.ts';
import {
  lignesDonneesParLePlan,
  saisieDepuisPlan,
  saisieSuivantLePlan,
} from '../../../src/lib/campagne/tableau-plan.ts';
import { conclureTableauDeBord } from '../../../src/lib/campagne/tableau-conclusion.ts';
import { diagnostiquerCampagne } from '../../../src/lib/campagne/diagnostic.ts';
import { effectifsEnListe } from '../../../src/lib/campagne/etapes.ts';

const avec = (cote: 'objectif' | 'realise', l: Ligne, texte: string): SaisieTableauDeBord => ({
  ...TABLEAU_PAR_DEFAUT,
  [cote]: { ...TABLEAU_PAR_DEFAUT[cote], [l]: texte },
});

/** The dashboard computed here by hand, without src/lib. */
function calculIndependant(o: Record<Ligne, number>, r: Record<Ligne, number>, marque: number) {
  // The margin is counted in whole money (the site's rule, and the sample data's): 131 500,50 × 30,5 %
  // = 40 107,65 → 40 108.
  const margeO = Math.round(o.chiffreAffaires * marque),
    margeR = Math.round(r.chiffreAffaires * marque);
  return {
    margeO,
    margeR,
    resultat: margeR - r.cout,
    resultatObjectif: margeO - o.cout,
    roi: (margeR - r.cout) / r.cout,
    roiObjectif: (margeO - o.cout) / o.cout,
    parContact: r.cout / r.contacts,
    parRdv: r.cout / r.rdv,
    parClient: r.cout / r.commandes,
    margeParClient: margeR / r.commandes,
    caMin: r.cout / marque,
    clients: Math.ceil(r.cout / (margeR / r.commandes) - 1e-9),
  };
}

describe('evaluerTableauDeBord', () => {
  test('le tableau de bord de la leçon : −650 €, ROI −4,0 %, CA minimum 65 600 € manqué de 2 600 €, 16 clients', () => {
    const r = valeurDe(evaluerTableauDeBord(TABLEAU_PAR_DEFAUT))!;
    const ligne = (l: string) => r.lignes.find((x) => x.ligne === l)!;
    expect(r.lignes.map((l) => l.ligne)).toEqual([
      'contacts',
      'joints',
      'rdv',
      'propositions',
      'commandes',
      'chiffreAffaires',
      'marge',
      'cout',
    ]);
    expect(ligne('rdv')).toMatchObject({ objectif: 120, realise: 96, ecart: -24, taux: 0.8 });
    expect(ligne('propositions').taux).toBeCloseTo(0.8333, 4);
    expect(ligne('chiffreAffaires').ecart).toBe(-9000);
    expect(ligne('marge')).toMatchObject({ objectif: 18000, realise: 15750, ecart: -2250 });
    expect(ligne('cout').ecart).toBe(-800);
    expect(ligne('cout').taux).toBeCloseTo(0.9535, 4);
    expect(r.realise.resultat).toBe(-650);
    expect(r.objectif.resultat).toBe(800);
    expect(r.realise.roi).toBeCloseTo(-0.0396, 4);
    expect(r.objectif.roi).toBeCloseTo(0.0465, 4);
    expect(r.realise.coutParContact).toBe(20.5);
    expect(r.realise.coutParRdv).toBeCloseTo(170.83, 2);
    expect(r.realise.coutParClient).toBeCloseTo(1093.33, 2);
    expect(r.objectif.coutParClient).toBeCloseTo(955.56, 2);
    expect(r.realise.margeParClient).toBe(1050);
    expect(r.caMinimum).toBe(65600);
    expect(r.manqueCa).toBe(2600);
    expect(r.clientsPourRentabiliser).toBe(16);
  });

  test.each([
    [
      {
        contacts: '1 000',
        joints: '600',
        rdv: '150',
        propositions: '90',
        commandes: '30',
        chiffreAffaires: '120 000 €',
        cout: '20\u202f000',
      },
      {
        contacts: '950',
        joints: '610',
        rdv: '160',
        propositions: '88',
        commandes: '33',
        chiffreAffaires: '131 500,50',
        cout: '19 250,75 €',
      },
      '30,5 %',
      0.305,
    ],
    [
      {
        contacts: '400',
        joints: '200',
        rdv: '40',
        propositions: '20',
        commandes: '5',
        chiffreAffaires: '50000',
        cout: '9000',
      },
      {
        contacts: '400',
        joints: '150',
        rdv: '0',
        propositions: '0',
        commandes: '0',
        chiffreAffaires: '0',
        cout: '8 000',
      },
      '40',
      0.4,
    ],
  ])(
    'saisie à la française comparée à un calcul indépendant (%#)',
    (objectif, realise, marque, t) => {
      const s: SaisieTableauDeBord = { objectif, realise, tauxDeMarque: marque, devise: 'EUR' };
      const lecture = (v: Record<Ligne, string>) =>
        Object.fromEntries(
          Object.entries(v).map(([k, x]) => [
            k,
            Number(x.replace(/[\s\u202f€]/g, '').replace(',', '.')),
          ]),
        ) as Record<Ligne, number>;
      const o = lecture(objectif),
        re = lecture(realise);
      const e = calculIndependant(o, re, t);
      const r = valeurDe(evaluerTableauDeBord(s))!;
      for (const l of r.lignes) {
        const [oo, rr] = l.ligne === 'marge' ? [e.margeO, e.margeR] : [o[l.ligne], re[l.ligne]];
        expect([l.objectif, l.realise]).toEqual([oo, rr]);
        expect(l.ecart).toBeCloseTo(rr - oo, 6);
        expect(l.taux).toBeCloseTo(rr / oo, 9);
      }
      expect(r.realise.resultat).toBeCloseTo(e.resultat, 6);
      expect(r.objectif.resultat).toBeCloseTo(e.resultatObjectif, 6);
      expect(r.realise.roi).toBeCloseTo(e.roi, 9);
      expect(r.objectif.roi).toBeCloseTo(e.roiObjectif, 9);
      expect(r.caMinimum).toBeCloseTo(e.caMin, 6);
      expect(r.manqueCa).toBeCloseTo(e.caMin - re.chiffreAffaires, 6);
      expect(r.realise.coutParContact).toBeCloseTo(e.parContact, 9);
      if (re.commandes > 0) {
        expect(r.realise.coutParRdv).toBeCloseTo(e.parRdv, 9);
        expect(r.realise.coutParClient).toBeCloseTo(e.parClient, 9);
        expect(r.clientsPourRentabiliser).toBe(e.clients);
      } else {
        // Nothing to divide by: no figure rather than Infinity.
        expect(r.realise.coutParRdv).toBeUndefined();
        expect(r.realise.coutParClient).toBeUndefined();
        expect(r.clientsPourRentabiliser).toBeUndefined();
        expect(conclureTableauDeBord(r).join(' ')).not.toMatch(/NaN|Infinity|undefined|∞/);
      }
    },
  );

  test('une saisie invalide donne une erreur en français sur le bon champ, sans résultat', () => {
    const e = evaluerTableauDeBord(avec('realise', 'rdv', 'beaucoup'));
    expect(valeurDe(e)).toBeUndefined();
    expect(erreursDe(e)['realise.rdv']).toMatch(
      /^Pour le nombre de rendez-vous réalisé, «\u00a0beaucoup\u00a0» n’est pas un nombre/,
    );
    expect(Object.keys(erreursDe(e))).toEqual(['realise.rdv']);
    expect(
      erreursDe(evaluerTableauDeBord(avec('objectif', 'commandes', '0')))['objectif.commandes'],
    ).toBe(
      'Le nombre de commandes visé doit être supérieur à 0 pour calculer un taux de réalisation.',
    );
    expect(erreursDe(evaluerTableauDeBord(avec('realise', 'cout', '-5')))['realise.cout']).toBe(
      'Le coût de l’opération réalisé ne peut pas être négatif.',
    );
    expect(erreursDe(evaluerTableauDeBord(avec('objectif', 'cout', '')))['objectif.cout']).toBe(
      'Le coût de l’opération prévu est vide\u202f: saisissez un nombre.',
    );
    expect(
      erreursDe(evaluerTableauDeBord(avec('realise', 'commandes', '2,5')))['realise.commandes'],
    ).toMatch(/entier/);
    expect(
      erreursDe(evaluerTableauDeBord({ ...TABLEAU_PAR_DEFAUT, tauxDeMarque: '0' })).tauxDeMarque,
    ).toBeTruthy();
    expect(
      erreursDe(evaluerTableauDeBord({ ...TABLEAU_PAR_DEFAUT, tauxDeMarque: '100' })).tauxDeMarque,
    ).toBeTruthy();
    expect(
      erreursDe(evaluerTableauDeBord({ ...TABLEAU_PAR_DEFAUT, tauxDeMarque: 'x' })).tauxDeMarque,
    ).toMatch(/taux de marque/);
  });
});

describe('conclureTableauDeBord', () => {
  const conclusion = (s: SaisieTableauDeBord) =>
    conclureTableauDeBord(valeurDe(evaluerTableauDeBord(s))!).join(' ');

  test('conclut l’exemple de la leçon en français, avec la typographie française', () => {
    const c = conclusion(TABLEAU_PAR_DEFAUT);
    expect(c).toContain('L’opération perd 650\u00a0€');
    expect(c).toContain('ROI de \u22124,0\u202f% sur la marge');
    expect(c).toContain('CA minimum de 65\u202f600\u00a0€ n’est pas atteint');
    expect(c).toContain('il manque 2\u202f600\u00a0€');
    expect(c).toContain('16\u00a0clients au lieu de 15');
    expect(c).toContain(
      'L’étape la plus faible est la prise de RDV\u202f: 20,0\u202f% réalisés pour 25,0\u202f% prévus, soit 80,0\u202f% du taux prévu.',
    );
    expect(c).toContain('800\u00a0€ sous le budget prévu');
    expect(c).not.toMatch(/ [:;!?%]|NaN|undefined/);
  });

  test('couvre l’opération rentable, l’équilibre, le dépassement de budget et les objectifs tous tenus', () => {
    const rentable = {
      ...TABLEAU_PAR_DEFAUT,
      realise: { ...TABLEAU_PAR_DEFAUT.objectif, chiffreAffaires: '80 000', cout: '18 000' },
    };
    expect(conclusion(rentable)).toContain(
      'L’opération est rentable\u202f: elle dégage 2\u202f000\u00a0€',
    );
    expect(conclusion(rentable)).toContain('est atteint, avec 8\u202f000\u00a0€ d’avance');
    expect(conclusion(rentable)).toMatch(
      /Aucune étape ne reste sous son taux prévu|La campagne a tenu le plan/,
    );
    expect(conclusion(rentable)).toContain('dépassent le budget prévu de 800\u00a0€');
    const equilibre = {
      ...TABLEAU_PAR_DEFAUT,
      realise: { ...TABLEAU_PAR_DEFAUT.realise, chiffreAffaires: '65 600' },
    };
    expect(conclusion(equilibre)).toContain('tout juste à l’équilibre');
  });
});

describe('saisieDepuisCampagne', () => {
  test('reprend objectifs, étapes, CA, coût total et taux de marque de la campagne d’un exemple', () => {
    const c = campagneLyon as unknown as Campagne;
    const s = saisieDepuisCampagne({ campagne: c, devise: 'EUR' });
    const cout = c.lignesDeCout.reduce((a, l) => a + l.montant, 0);
    const r = valeurDe(evaluerTableauDeBord(s))!;
    expect(r.lignes.find((l) => l.ligne === 'rdv')).toMatchObject({
      objectif: c.objectifs.rdv,
      realise: c.etapes.rdv,
    });
    expect(r.lignes.find((l) => l.ligne === 'commandes')).toMatchObject({
      objectif: c.objectifs.commandes,
      realise: c.etapes.commandes,
    });
    expect(r.lignes.find((l) => l.ligne === 'chiffreAffaires')!.realise).toBe(
      c.chiffreAffairesGenere,
    );
    expect(r.lignes.find((l) => l.ligne === 'cout')!.realise).toBe(cout);
    // The rate is typed with two decimals: the margin it gives stays within 0,005 % of the CA.
    expect(
      Math.abs(r.lignes.find((l) => l.ligne === 'marge')!.realise - c.margeGeneree),
    ).toBeLessThanOrEqual(c.chiffreAffairesGenere * 0.00005);
    expect(
      valeurDe(
        evaluerTableauDeBord(
          saisieDepuisCampagne({ campagne: campagneCasa as unknown as Campagne, devise: 'MAD' }),
        ),
      )!.devise,
    ).toBe('MAD');
  });
});

describe('validerSaisieTableauDeBord', () => {
  test('accepte l’exemple par défaut', () => {
    expect(validerSaisieTableauDeBord(JSON.parse(JSON.stringify(TABLEAU_PAR_DEFAUT)))).toEqual(
      TABLEAU_PAR_DEFAUT,
    );
    const { depuisPlan: _, ...avant14 } = TABLEAU_PAR_DEFAUT;
    expect(validerSaisieTableauDeBord(avant14)).toEqual(TABLEAU_PAR_DEFAUT);
  });
  test('une sauvegarde de la session 10 (taux du plan recopiés) se charge : elle suit le plan, ses taux copiés sont oubliés, rien de saisi n’est perdu', () => {
    const { depuisPlan: _, ...sans } = TABLEAU_PAR_DEFAUT;
    const realise = { ...TABLEAU_PAR_DEFAUT.realise, rdv: '97' };
    const lu = validerSaisieTableauDeBord({
      ...sans,
      realise,
      tauxPrevus: [0.4, 0.1, 0.7169, 0.3486],
    });
    expect(lu).toEqual({ ...TABLEAU_PAR_DEFAUT, realise, depuisPlan: true });
    expect(lu).not.toHaveProperty('tauxPrevus');
    expect(validerSaisieTableauDeBord({ ...sans, tauxPrevus: null })?.depuisPlan).toBe(false);
    expect(validerSaisieTableauDeBord({ ...sans, tauxPrevus: [2, 0, 0, 0] })).toBeUndefined();
    expect(validerSaisieTableauDeBord({ ...sans, depuisPlan: 'oui' })).toBeUndefined();
  });
  test.each([
    null,
    42,
    'x',
    [],
    {},
    { ...TABLEAU_PAR_DEFAUT, devise: 'USD' },
    { ...TABLEAU_PAR_DEFAUT, tauxDeMarque: 25 },
    { ...TABLEAU_PAR_DEFAUT, objectif: { ...TABLEAU_PAR_DEFAUT.objectif, rdv: 120 } },
    { ...TABLEAU_PAR_DEFAUT, realise: { contacts: '1' } },
    { ...TABLEAU_PAR_DEFAUT, realise: { ...TABLEAU_PAR_DEFAUT.realise, cout: 'x'.repeat(500) } },
  ])('refuse une valeur stockée mal formée (%#)', (brut) =>
    expect(validerSaisieTableauDeBord(brut)).toBeUndefined(),
  );
});

describe('saisieDepuisPlan', () => {
  const c = campagneLyon as unknown as Campagne;
  const contexte = contexteEntreprise({
    fiche: ficheLyon as unknown as FicheContexte,
    campagnePassee: c,
  });
  const taux = [0.6, 0.2, 0.625, 0.25];
  const plan = (contacts: number) => {
    const p = planDeCampagne({
      contexte,
      devise: 'EUR',
      contacts,
      taux,
      budget: { total: 15_250, tauxDeMarque: 0.3 },
    });
    if (!p.ok) throw new Error(p.erreur.message);
    return p.valeur;
  };

  test('même taille que la campagne : effectifs entiers du plan, CA au panier moyen, coût et taux du budget', () => {
    const { saisie, message } = saisieDepuisPlan({
      plan: plan(c.etapes.fichier),
      contexte,
      actuelle: TABLEAU_PAR_DEFAUT,
    });
    const r = valeurDe(lu(saisie, plan(c.etapes.fichier)))!;
    const objectif = (l: string) => r.lignes.find((x) => x.ligne === l)!.objectif;
    const attendu = plan(c.etapes.fichier).effectifs;
    expect([
      objectif('contacts'),
      objectif('joints'),
      objectif('rdv'),
      objectif('propositions'),
      objectif('commandes'),
    ]).toEqual(attendu);
    expect(objectif('chiffreAffaires')).toBe(attendu[4] * contexte.offre.prixMoyenHT);
    expect(objectif('cout')).toBe(15_250);
    expect(r.tauxDeMarque).toBeCloseTo(0.3, 10);
    expect(r.lignes.find((x) => x.ligne === 'commandes')!.realise).toBe(c.etapes.commandes);
    expect(message).toContain(
      'Objectifs repris du budget du chapitre\u00a09 et de l’entonnoir du chapitre\u00a010',
    );
    expect(message).not.toMatch(/de le /);
  });

  /** The dashboard as chapter 11 reads it while it follows `p` (stores/tableau-de-bord-plan.ts). */
  const lu = (saisie: SaisieTableauDeBord, p: PlanCampagne) => {
    const t = saisieSuivantLePlan({ saisie, plan: p, contexte });
    return evaluerTableauDeBord(t.saisie, t.tauxPrevus);
  };
  test('57 contacts face à une campagne plus grande : le plan est ramené à son échelle et le message le dit ; jamais un taux de 736 %', () => {
    const { saisie, message } = saisieDepuisPlan({
      plan: plan(57),
      contexte,
      actuelle: TABLEAU_PAR_DEFAUT,
    });
    const r = valeurDe(lu(saisie, plan(57)))!;
    expect(r.lignes.find((x) => x.ligne === 'contacts')!.objectif).toBe(c.etapes.fichier);
    expect(message).toMatch(/ramené à/);
    // Every count line compares two counts of one scale: the plan brought to the campaign's contacts.
    expect(r.lignes[0].taux).toBe(1);
    expect(r.lignes.slice(1, 5).every((l) => l.objectif <= c.etapes.fichier)).toBe(true);
    // A budget with no per-contact line is all fixed: it stays as budgeted at any scale (D1).
    expect(r.lignes.find((x) => x.ligne === 'cout')!.objectif).toBe(15_250);
    expect(message).toContain('les dépenses du budget, fixes, restent telles que prévues');
    expect(message).not.toMatch(/montants ×/);
  });

  test('D1 : seule la ligne de la méthode (par contact) suit l’échelle, et le message le dit', () => {
    const p = planDeCampagne({
      contexte,
      devise: 'EUR',
      contacts: 79,
      taux,
      budget: { total: 29_116, coutVariable: 316, tauxDeMarque: 0.4 },
    });
    if (!p.ok) throw new Error(p.erreur.message);
    const { saisie, message } = saisieDepuisPlan({
      plan: p.valeur,
      contexte,
      actuelle: TABLEAU_PAR_DEFAUT,
    });
    const ev = lu(saisie, p.valeur);
    if (!ev.ok) throw new Error('tableau invalide');
    const r = ev.valeur;
    // 28 800 € of fixed lines + 4 € × 380 contacts.
    expect(r.lignes.find((x) => x.ligne === 'cout')!.objectif).toBe(28_800 + 4 * 380);
    expect(message).toContain(
      'seule la ligne de la méthode, qui dépend du nombre de contacts, suit l’échelle (316\u00a0€ × 4,81 = 1\u202f520\u00a0€)',
    );
    expect(message).toContain('les 28\u202f800\u00a0€ de dépenses fixes restent celles du budget');
  });

  test('le verdict du tableau de bord est celui du chapitre 10 (même diagnostic, mêmes taux)', () => {
    const p = plan(57);
    const { saisie } = saisieDepuisPlan({ plan: p, contexte, actuelle: TABLEAU_PAR_DEFAUT });
    const chapitre10 = diagnostiquerCampagne({
      tauxPrevus: p.taux,
      effectifsReels: effectifsEnListe(c.etapes),
    });
    const conclusion = conclureTableauDeBord(valeurDe(lu(saisie, p))!).join(' ');
    expect(chapitre10.ok && conclusion.includes(chapitre10.valeur.phrase)).toBe(true);
  });

  test('verif14 n° 3 : le plan change APRÈS « Reprendre mon plan » (prise de RDV à 40 %) ; le tableau suit, même verdict que le chapitre 10', () => {
    const avant = plan(57);
    const { saisie } = saisieDepuisPlan({ plan: avant, contexte, actuelle: TABLEAU_PAR_DEFAUT });
    // What is stored is the choice, not the plan's figures.
    expect(saisie.depuisPlan).toBe(true);
    expect(saisie).not.toHaveProperty('tauxPrevus');
    const t2 = [...taux];
    t2[1] = 0.4;
    const apres = planDeCampagne({ contexte, devise: 'EUR', contacts: 57, taux: t2, budget: null });
    if (!apres.ok) throw new Error(apres.erreur.message);
    const chapitre10 = diagnostiquerCampagne({
      tauxPrevus: apres.valeur.taux,
      effectifsReels: effectifsEnListe(c.etapes),
    });
    if (!chapitre10.ok) throw new Error(chapitre10.erreur.message);
    expect(chapitre10.valeur.phrase).toMatch(/^L’étape la plus faible est la prise de RDV/);
    const r = valeurDe(lu(saisie, apres.valeur))!;
    expect(conclureTableauDeBord(r).join(' ')).toContain(chapitre10.valeur.phrase);
    // The objectives follow too: the RDV objective is the new plan's, brought to 420 contacts.
    const joints = r.lignes.find((x) => x.ligne === 'joints')!.objectif;
    expect(r.lignes.find((x) => x.ligne === 'rdv')!.objectif).toBe(Math.round(joints * 0.4));
  });

  test('hors du plan (choix retiré) ou sans plan calculable, le tableau se lit tel que saisi, sans taux du plan', () => {
    const p = plan(57);
    const { saisie } = saisieDepuisPlan({ plan: p, contexte, actuelle: TABLEAU_PAR_DEFAUT });
    expect(saisieSuivantLePlan({ saisie, plan: null, contexte })).toEqual({
      saisie,
      tauxPrevus: null,
    });
    const saisi = { ...saisie, depuisPlan: false };
    expect(saisieSuivantLePlan({ saisie: saisi, plan: p, contexte }).tauxPrevus).toBeNull();
    // The counts always come from the plan; the budget's lines only when it has a budget.
    expect(lignesDonneesParLePlan(p)).toEqual(
      expect.arrayContaining(['contacts', 'joints', 'rdv', 'propositions', 'commandes']),
    );
  });
});
