/**
 * The chapters quote the sample companies through <Chiffre> (src/build/chiffres-entreprise.ts):
 * every quoted key exists (the build would stop otherwise, this says so in a second), and the
 * sentences the lessons build around those figures stay true of the data: if a regeneration of
 * the datasets turned Vénimob's growth into a decline, the words « la croissance vient des PME »
 * would lie, and this test names the sentence.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { chiffreEntreprise } from '../../../src/build/chiffres-entreprise.ts';
import { listerJeux } from '../../../src/build/jeux-de-donnees.ts';
import { niveauDependance } from '../../../src/lib/portefeuille/diagnostic.ts';
import { METHODES } from '../../../src/lib/methodes/methodes.ts';

const DOSSIER = 'content/chapters';
const chapitres = readdirSync(DOSSIER)
  .filter((f) => f.endsWith('.mdx'))
  .sort();
const citations = chapitres.flatMap((f) => {
  const texte = readFileSync(join(DOSSIER, f), 'utf8');
  return [...texte.matchAll(/<Chiffre\s+entreprise="([^"]+)"\s+cle="([^"]+)"/g)].map((m) => ({
    fichier: f,
    entreprise: m[1],
    cle: m[2],
  }));
});
const n = (entreprise: string, cle: string) => {
  const v = chiffreEntreprise({ entreprise, cle }).valeur;
  if (typeof v !== 'number') throw new Error(`${cle} n’est pas un nombre`);
  return v;
};

describe('<Chiffre> in the chapters', () => {
  test('the chapters that quote a company’s data do it through <Chiffre>, on the sample companies', () => {
    const fichiers = new Set(citations.map((c) => c.fichier));
    for (const f of [
      '02-analyser-le-portefeuille.mdx',
      '03-connaitre-sa-cible.mdx',
      '04-sources-de-prospection.mdx',
      '05-exploiter-le-fichier.mdx',
      '06-selectionner-les-prospects.mdx',
      '07-methodes-et-moyens.mdx',
      '09-budgetiser.mdx',
      '10-mesurer-l-efficacite.mdx',
      '11-mesurer-la-rentabilite.mdx',
    ]) {
      expect(fichiers.has(f), f).toBe(true);
    }
    const jeux = listerJeux();
    for (const c of citations)
      expect(jeux, `${c.fichier} : ${c.entreprise}`).toContain(c.entreprise);
  });

  test.each(citations.map((c) => [`${c.fichier} ${c.entreprise} ${c.cle}`, c] as const))(
    '%s exists',
    (_, c) => {
      expect(() => chiffreEntreprise({ entreprise: c.entreprise, cle: c.cle })).not.toThrow();
    },
  );
});

describe('ch 2’s SMART objectives are the companies’ own', () => {
  const ch2 = readFileSync(join(DOSSIER, '02-analyser-le-portefeuille.mdx'), 'utf8');
  const debut = ch2.indexOf('| Entreprise | Objectif quantitatif');
  const tableau = ch2.slice(debut, ch2.indexOf('\n\n', debut)).split('\n').slice(2);

  test.each(listerJeux())(
    '%s: one row quoting its card’s objectives (clients, turnover, margin, dates), no figure typed by hand',
    (id) => {
      const nom = chiffreEntreprise({ entreprise: id, cle: 'nom' }).valeur as string;
      const lignes = tableau.filter((l) => l.includes(nom));
      expect(lignes, nom).toHaveLength(1);
      const ligne = lignes[0];
      for (const cle of [
        'objectifs.nouveauxClients',
        'objectifs.chiffreAffairesHT',
        'objectifs.margeHT',
        'campagne.dateDebut',
        'objectifs.echeance',
      ])
        expect(ligne, `${nom} ${cle}`).toContain(`<Chiffre entreprise="${id}" cle="${cle}"`);
      // Past the company's name (« B2B »), no digit outside the <Chiffre> tags: every figure comes from the data.
      const objectifs = ligne.split('|').slice(2).join('|');
      expect(objectifs.replace(/<Chiffre[^>]*\/>/g, '')).not.toMatch(/\d/);
    },
  );
});

describe('the sentences around the figures stay true of the data', () => {
  test('ch 2, Vénimob: growth comes from the SMEs and the self-employed while the key accounts decline; dependence marked, not critical', () => {
    const v = (cle: string) => n('mobilier-lyon', cle);
    expect(v('ventes.evolution')).toBeGreaterThan(0);
    expect(v('ventes.categorie.grands comptes.contribution')).toBeLessThan(0);
    expect(v('ventes.categorie.PME.contribution')).toBeGreaterThan(0);
    expect(v('ventes.categorie.indépendants.contribution')).toBeGreaterThan(0);
    expect(
      niveauDependance({
        partDuPremier: v('abc.premier.part'),
        partTroisPremiers: v('abc.troisPremiers.part'),
      }),
    ).toBe('marquée');
    // « arrondi à » the card's average order; « celui de sa fiche » for the taux de marque.
    expect(Math.round(v('ventes.N.panierMoyen') / 100) * 100).toBe(v('offre.prixMoyenHT'));
    expect(v('ventes.N.tauxDeMarque')).toBeCloseTo(v('offre.tauxDeMarque'), 3);
    expect(v('ventes.attrition')).toBeGreaterThan(0);
  });

  test('ch 4, Sadaf: the referral converts far better than the bought file, the reference; the campaign reached about half of that file', () => {
    const s = (cle: string) => n('emballages-casablanca', cle);
    expect(s('sources.parrainage.tauxDeTransformation')).toBeGreaterThan(
      2 * s('sources.fichier-achete.tauxDeTransformation'),
    );
    expect(
      chiffreEntreprise({ entreprise: 'emballages-casablanca', cle: 'sources.reference' }).valeur,
    ).toBe('fichier-achete');
    expect(s('sources.fichier-achete.joints') / s('sources.fichier-achete.fiches')).toBeCloseTo(
      0.5,
      1,
    );
    expect(s('sources.parrainage.part')).toBeLessThan(0.1);
  });

  test('ch 7, Sadaf: 1 000 calls pay at the probable rates and lose money at the pessimistic ones', () => {
    const s = (cle: string) => n('emballages-casablanca', cle);
    expect(s('methodes.telephone.mille.marge.probable')).toBeGreaterThan(
      s('methodes.telephone.mille.cout'),
    );
    expect(s('methodes.telephone.mille.marge.pessimiste')).toBeLessThan(
      s('methodes.telephone.mille.cout'),
    );
  });

  test('ch 8, Sadaf: the share of prospecting time is not a whole number of days, so the rounding the lesson states changes it', () => {
    const s = (cle: string) => n('emballages-casablanca', cle);
    expect(s('capacite.joursParSemaineExacts')).not.toBe(s('capacite.joursParSemaine'));
    expect(s('capacite.joursParSemaineExacts')).toBeLessThan(2);
    expect(s('capacite.joursParSemaine')).toBeGreaterThanOrEqual(2);
    expect(s('capacite.visitesParJour')).toBe(s('forceDeVente.visitesParJour'));
  });

  test('ch 10, Vénimob: first orders average the card’s order, and the campaign converts well above a cold phone campaign of the course', () => {
    const v = (cle: string) => n('mobilier-lyon', cle);
    expect(v('campagne.commandeMoyenneHT')).toBeCloseTo(v('offre.prixMoyenHT'), -1);
    const telephone = METHODES.find((m) => m.id === 'telephone')!;
    const produit = (k: 'probable' | 'max') => telephone.etapes.reduce((p, e) => p * e[k], 1);
    expect(v('campagne.tauxGlobal')).toBeGreaterThan(3 * produit('probable'));
    expect(v('campagne.tauxGlobal')).toBeGreaterThan(produit('max'));
  });

  test('ch 11: Sadaf missed its objectives but covered its costs; the Rabat agency loses money on the first year’s commissions', () => {
    const s = (cle: string) => n('emballages-casablanca', cle);
    expect(s('campagne.realisation.commandes')).toBeLessThan(1);
    expect(s('campagne.realisation.chiffreAffaires')).toBeLessThan(1);
    expect(s('campagne.roi')).toBeGreaterThan(0.5);
    expect(n('assurances-rabat', 'campagne.resultatHT')).toBeLessThan(0);
  });
});
