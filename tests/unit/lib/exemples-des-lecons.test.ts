/**
 * The worked examples that teach the formulas of the sheet (issue 17), recomputed with the
 * library: if a lesson's figure and src/lib disagree, this file says which example is wrong.
 * Each case quotes the chapter and the example's title.
 */
import { describe, expect, it } from 'vitest';
import * as budget from '@lib/budget/index.ts';
import * as marges from '@lib/marges/index.ts';
import * as planning from '@lib/planning/index.ts';
import * as portefeuille from '@lib/portefeuille/index.ts';
import * as scoring from '@lib/scoring/index.ts';
import * as ventes from '@lib/ventes/index.ts';
import { v } from './aide-lib.ts';
import { chargerJeu } from '../../../src/build/jeux-de-donnees.ts';
import { chiffresDuJeu } from '../../../src/build/chiffres-entreprise.ts';

// The concepts' public faces, read as one namespace like the lessons' worked examples.
const lib = { ...budget, ...marges, ...planning, ...portefeuille, ...scoring, ...ventes };

describe('chapitre 9 : « quand la campagne d’un fabricant d’emballages est-elle remboursée ? »', () => {
  const chiffreAffaires = 10 * 48000;
  const taux = v(lib.tauxMargeSurCoutVariable({ chiffreAffaires, chargesVariables: 336000 }));
  const seuil = v(lib.seuilDeRentabilite({ chargesFixes: 64000, tauxMargeSurCoutVariable: taux }));

  it('30 % de marge sur coût variable, seuil ≈ 213 333 DH, un peu plus de 4 commandes', () => {
    expect(chiffreAffaires).toBe(480000);
    expect(taux).toBeCloseTo(0.3, 12);
    expect(Math.round(seuil)).toBe(213333);
    expect(Math.ceil(seuil / 48000)).toBe(5);
  });

  it('point mort 160 jours (vers le 10 juin), marge de sécurité ≈ 266 667 DH, indice ≈ 55,6 %', () => {
    expect(
      v(lib.pointMort({ seuilDeRentabilite: seuil, chiffreAffaires, joursParAn: 360 })),
    ).toBeCloseTo(160, 9);
    expect(Math.round(v(lib.margeDeSecurite({ chiffreAffaires, seuilDeRentabilite: seuil })))).toBe(
      266667,
    );
    expect(v(lib.indiceDeSecurite({ chiffreAffaires, seuilDeRentabilite: seuil }))).toBeCloseTo(
      0.5556,
      4,
    );
  });

  it('diviser par la part des charges variables donnerait un seuil plus de deux fois trop bas', () => {
    expect(seuil / (64000 / 0.7)).toBeGreaterThan(2);
  });
});

describe('chapitre 9 : « L’erreur qui coûte exactement l’enveloppe »', () => {
  it('51 600 € de CA à 25 % de marque ne laissent que 12 900 €, les trois quarts de 17 200 €', () => {
    const tauxDeMarque = v(lib.tauxDeMarqueDepuisTauxDeMarge({ tauxDeMarge: 1 / 3 }));
    const faux = v(lib.caMinimum({ depenses: 17200, tauxDeMarque: 1 / 3 }));
    expect(faux).toBeCloseTo(51600, 6);
    expect(faux * tauxDeMarque).toBeCloseTo(12900, 6);
    expect((faux * tauxDeMarque) / 17200).toBeCloseTo(0.75, 9);
    expect(v(lib.caMinimum({ depenses: 17200, tauxDeMarque })) - faux).toBeCloseTo(17200, 6);
  });
});

describe('chapitre 2 : « trois ans de ventes du distributeur de fournitures de bureau »', () => {
  it('indices 111,1 et 120, TCAM 9,54 %, moyenne simple 9,56 %, taux réciproque +11,1 %', () => {
    expect(v(lib.indiceBase100({ valeurDepart: 900000, valeurArrivee: 1000000 }))).toBeCloseTo(
      111.1,
      1,
    );
    expect(v(lib.indiceBase100({ valeurDepart: 900000, valeurArrivee: 1080000 }))).toBeCloseTo(
      120,
      9,
    );
    const tcam = v(lib.tcam({ valeurDepart: 900000, valeurArrivee: 1080000, periodes: 2 }));
    expect(tcam).toBeCloseTo(0.0954, 4);
    expect(900000 * 1.0954 * 1.0954).toBeCloseTo(1080000, -3);
    const annuels = [
      v(lib.tauxDEvolution({ valeurDepart: 900000, valeurArrivee: 1000000 })),
      v(lib.tauxDEvolution({ valeurDepart: 1000000, valeurArrivee: 1080000 })),
    ];
    expect((annuels[0] + annuels[1]) / 2).toBeCloseTo(0.0956, 4);
    const reciproque = v(lib.tauxReciproque({ taux: -0.1 }));
    expect(reciproque).toBeCloseTo(0.111, 3);
    expect(270000 * (1 + reciproque)).toBeCloseTo(300000, 6);
  });
});

describe('chapitre 2 : « cinq clients notés en RFM »', () => {
  const clients = [
    { id: 'Arno', recence: 10, frequence: 14, montant: 52000 },
    { id: 'Bello', recence: 300, frequence: 11, montant: 41000 },
    { id: 'Cimex', recence: 20, frequence: 1, montant: 3000 },
    { id: 'Dalia', recence: 90, frequence: 6, montant: 12000 },
    { id: 'Éolis', recence: 200, frequence: 2, montant: 4500 },
  ];
  it('codes 555, 144, 411, 333, 222 et les actions du tableau', () => {
    const notes = v(lib.notesRFM({ clients }));
    expect(notes.map((n) => n.code)).toEqual(['555', '144', '411', '333', '222']);
    expect(notes.map((n) => lib.segmentRFM({ notes: n }))).toEqual([
      'excellents',
      'a-relancer',
      'nouveaux',
      'reguliers',
      'perdus',
    ]);
  });
  it('en ABC, Bello fait franchir 80 % au cumul : client A', () => {
    const lignes = v(
      lib.classerABC({ elements: clients.map((c) => ({ id: c.id, valeur: c.montant })) }),
    );
    expect(clients.reduce((s, c) => s + c.montant, 0)).toBe(112500);
    expect(lignes.find((l) => l.id === 'Bello')?.classe).toBe('A');
  });
});

describe('chapitre 2 : « le bureau, du fabricant au magasin »', () => {
  it('250 € HT par les deux taux, marge 50 €, 6 000 € sur 120 bureaux, 390 € TTC, coefficient 1,56', () => {
    expect(
      v(lib.prixVenteHTDepuisTauxDeMarque({ coutAchatHT: 200, tauxDeMarque: 0.2 })),
    ).toBeCloseTo(250, 9);
    expect(
      v(lib.prixVenteHTDepuisTauxDeMarge({ coutAchatHT: 200, tauxDeMarge: 0.25 })),
    ).toBeCloseTo(250, 9);
    expect(v(lib.tauxDeMargeDepuisTauxDeMarque({ tauxDeMarque: 0.2 }))).toBeCloseTo(0.25, 12);
    const unitaire = v(lib.margeUnitaire({ prixVenteHT: 250, coutAchatHT: 200 }));
    expect(unitaire).toBe(50);
    expect(v(lib.margeGlobale({ margeUnitaire: unitaire, quantite: 120 }))).toBe(6000);
    const ttc = v(lib.prixTTC({ prixHT: 325, tauxTVA: 0.2 }));
    expect(ttc).toBeCloseTo(390, 9);
    expect(v(lib.coefficientMultiplicateur({ prixVenteTTC: ttc, coutAchatHT: 250 }))).toBeCloseTo(
      1.56,
      12,
    );
  });
});

describe('chapitre 2 : « la valeur client actualisée » (pour aller plus loin)', () => {
  it('360 € par an, 20 % d’attrition, 8 % : ≈ 1 285,71 €, sous les 1 500 € d’acquisition ; 1 800 € sans actualisation', () => {
    const actualisee = v(
      lib.valeurClientActualisee({
        margeAnnuelle: 360,
        tauxAttrition: 0.2,
        tauxActualisation: 0.08,
      }),
    );
    expect(actualisee).toBeCloseTo(1285.71, 2);
    expect(actualisee).toBeLessThan(
      v(lib.coutAcquisitionClient({ coutTotal: 12000, nouveauxClients: 8 })),
    );
    expect(
      v(
        lib.valeurClientActualisee({
          margeAnnuelle: 360,
          tauxAttrition: 0.2,
          tauxActualisation: 0,
        }),
      ),
    ).toBeCloseTo(1800, 9);
    expect(
      v(lib.valeurClientEnMarge({ panierMoyen: 450, frequence: 4, duree: 5, tauxDeMarque: 0.2 })),
    ).toBeCloseTo(1800, 9);
  });
});

describe('chapitre 2 : « le distributeur gagne-t-il du terrain ? »', () => {
  it('2,94 % puis 3 %, marché +5,9 % contre +8 % : +0,06 point', () => {
    const avant = v(
      lib.partDeMarche({ chiffreAffaires: 1000000, chiffreAffairesMarche: 34000000 }),
    );
    const apres = v(
      lib.partDeMarche({ chiffreAffaires: 1080000, chiffreAffairesMarche: 36000000 }),
    );
    expect(avant).toBeCloseTo(0.0294, 4);
    expect(apres).toBeCloseTo(0.03, 12);
    expect(v(lib.tauxDEvolution({ valeurDepart: 34e6, valeurArrivee: 36e6 }))).toBeCloseTo(
      0.059,
      3,
    );
    expect((apres - avant) * 100).toBeCloseTo(0.06, 2);
  });
});

describe('chapitre 7 : « ce que coûte une visite chez Sadaf Emballages » (figures of its card)', () => {
  const fiche = chargerJeu({ id: 'emballages-casablanca' }).fiche;
  const f = fiche.forceDeVente;
  const chiffres = chiffresDuJeu({ jeu: chargerJeu({ id: 'emballages-casablanca' }) });
  const valeur = (cle: string) => chiffres.get(cle)?.valeur as number;
  it('loaded cost ÷ visits a year + travel, with src/lib', () => {
    const coutAnnuel = f.coutHoraireHT * f.heuresParJour * f.joursParSemaine * f.semainesParAn;
    const visites = v(
      lib.visitesParCommercial({
        semaines: f.semainesParAn,
        joursParSemaine: f.joursParSemaine,
        visitesParJour: f.visitesParJour,
      }),
    );
    expect(valeur('visite.coutAnnuelHT')).toBeCloseTo(coutAnnuel, 9);
    expect(valeur('visite.parAn')).toBe(visites);
    const cout =
      v(lib.coutUnitaire({ coutTotal: coutAnnuel, nombre: visites })) + f.fraisParVisiteHT;
    expect(valeur('visite.coutHT')).toBeCloseTo(cout, 9);
    expect(cout).toBeGreaterThan(f.fraisParVisiteHT * 1.5); // the salesperson's time is the larger part
  });
  it('« Sadaf appelle 1 000 entreprises » : the 40 visits are paid, the ROI falls below the phone-only one', () => {
    const marge = fiche.offre.prixMoyenHT - fiche.offre.coutMoyenHT;
    const rdv = 1000 * 0.4 * 0.1;
    expect(valeur('methodes.telephone.mille.rdv.probable')).toBeCloseTo(rdv, 9);
    const cout = valeur('methodes.telephone.mille.cout') + rdv * valeur('visite.coutHT');
    expect(valeur('methodes.telephoneVisites.mille.cout.probable')).toBeCloseTo(cout, 6);
    const clients = rdv * 0.25;
    expect(valeur('methodes.telephone.mille.clients.probable')).toBeCloseTo(clients, 9);
    expect(valeur('methodes.telephoneVisites.mille.roi.probable')).toBeCloseTo(
      v(lib.roi({ margeGeneree: clients * marge, cout })),
      9,
    );
    expect(valeur('methodes.telephoneVisites.mille.roi.probable')).toBeLessThan(
      valeur('methodes.telephone.mille.roi.probable'),
    );
    const rdvBas = 1000 * 0.3 * 0.05;
    const coutBas = valeur('methodes.telephone.mille.cout') + rdvBas * valeur('visite.coutHT');
    expect(valeur('methodes.telephoneVisites.mille.resultat.pessimiste')).toBeCloseTo(
      v(lib.resultatOperation({ margeGeneree: rdvBas * 0.15 * marge, cout: coutBas })),
      6,
    );
    expect(valeur('methodes.telephoneVisites.mille.resultat.pessimiste')).toBeLessThan(0);
  });
});

describe('chapitre 7 : « publipostage ou téléphone ? »', () => {
  it('publipostage 500 € par client ; téléphone puis visite à 130 € : 9 440 €, 786,67 € par client ; 466,67 € avec une visite à 50 €', () => {
    expect(
      v(lib.coutAcquisitionClient({ coutTotal: 5000 * 1.5, nouveauxClients: 5000 * 0.015 * 0.2 })),
    ).toBeCloseTo(500, 9);
    const rdv = 800 * 0.4 * 0.15;
    expect(rdv).toBeCloseTo(48, 9);
    const total = 800 * 4 + rdv * 130;
    expect(total).toBeCloseTo(9440, 9);
    expect(
      v(lib.coutAcquisitionClient({ coutTotal: total, nouveauxClients: rdv * 0.25 })),
    ).toBeCloseTo(786.67, 2);
    expect(v(lib.coutUnitaire({ coutTotal: total, nombre: 800 }))).toBeCloseTo(11.8, 9);
    expect(
      v(lib.coutAcquisitionClient({ coutTotal: 800 * 4 + rdv * 50, nouveauxClients: 12 })),
    ).toBeCloseTo(466.67, 2);
  });
});

describe('chapitre 2 : « l’indice de Gini » (pour aller plus loin)', () => {
  it('les dix clients de l’exemple ABC donnent un indice d’environ 0,57', () => {
    const valeurs = [200000, 130000, 60000, 25000, 20000, 18000, 15000, 14000, 10000, 8000];
    const points = v(lib.courbeDeLorenz({ valeurs }));
    expect(v(lib.indiceDeGini({ points }))).toBeCloseTo(0.57, 2);
  });
});

describe('chapitre 6 : « la grille aurait-elle repéré les bons prospects ? »', () => {
  it('12 signataires sur 20 dans les 40 premiers : 60 % contre 20 % au hasard, coefficient d’amélioration 3', () => {
    const classement = Array.from({ length: 200 }, (_, i) => ({ id: `p${i}`, score: 200 - i }));
    const convertis = [
      ...Array.from({ length: 12 }, (_, i) => `p${i * 3}`),
      ...Array.from({ length: 8 }, (_, i) => `p${60 + i * 15}`),
    ];
    const b = v(lib.backtest({ classement, convertis, part: 0.2 }));
    expect(b.lift).toBeCloseTo(3, 9);
  });
});

describe('chapitre 11 : « les chiffres du modèle » (tableau de bord numérique)', () => {
  const t = (sortants: number, entrants: number) => v(lib.taux({ sortants, entrants }));
  it('délivrabilité 96 %, ouverture 25 %, clic 5 % (20 % des ouvertures), 80 € par contact entrant', () => {
    expect(t(1920, 2000)).toBeCloseTo(0.96, 12);
    expect(t(480, 1920)).toBeCloseTo(0.25, 12);
    expect(t(96, 1920)).toBeCloseTo(0.05, 12);
    expect(t(96, 480)).toBeCloseTo(0.2, 12);
    expect(v(lib.coutUnitaire({ coutTotal: 1440, nombre: 18 }))).toBe(80);
  });
  it('taux de réalisation du tableau : 99 %, 113,6 %, 125 %, 120 %, 80 %, 90 %, 75 %, 81,3 %, 73,2 %', () => {
    const r = (realise: number, objectif: number) =>
      v(lib.tauxDeRealisation({ realise, objectif }));
    expect(r(0.96, 0.97)).toBeCloseTo(0.99, 2);
    expect(r(0.25, 0.22)).toBeCloseTo(1.136, 3);
    expect(r(0.05, 0.04)).toBeCloseTo(1.25, 12);
    expect(r(18, 15)).toBeCloseTo(1.2, 12);
    expect(r(80, 100)).toBeCloseTo(0.8, 12);
    expect(r(9, 10)).toBeCloseTo(0.9, 12);
    expect(r(3, 4)).toBeCloseTo(0.75, 12);
    expect(r(3900, 4800)).toBeCloseTo(0.8125, 12);
    const vise = v(lib.roi({ margeGeneree: 4800, cout: 1440 }));
    const obtenu = v(lib.roi({ margeGeneree: 3900, cout: 1440 }));
    expect(vise).toBeCloseTo(2.333, 3);
    expect(obtenu).toBeCloseTo(1.708, 3);
    expect((obtenu - vise) * 100).toBeCloseTo(-62.5, 6);
    expect(r(obtenu, vise)).toBeCloseTo(0.732, 3);
  });
});
