import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formule, formules } from '@lib/formules/catalogue.ts';
import * as budget from '@lib/budget/index.ts';
import * as marges from '@lib/marges/index.ts';
import * as planning from '@lib/planning/index.ts';
import * as portefeuille from '@lib/portefeuille/index.ts';
import * as ventes from '@lib/ventes/index.ts';
import { fini, nimporte, v } from '../aide-lib.ts';

// The concepts' public faces, read as one namespace like the lessons' worked examples.
const lib = { ...budget, ...marges, ...planning, ...portefeuille, ...ventes };

/** The table of issue 3: every id with its input keys, exactly as written there (stable API). */
const TABLE_ISSUE_3: Record<string, string[]> = {
  'marge-unitaire': ['prixVenteHT', 'coutAchatHT'],
  'marge-globale': ['margeUnitaire', 'quantite'],
  'taux-de-marge': ['prixVenteHT', 'coutAchatHT'],
  'taux-de-marque': ['prixVenteHT', 'coutAchatHT'],
  'prix-vente-ht-depuis-taux-de-marge': ['coutAchatHT', 'tauxDeMarge'],
  'prix-vente-ht-depuis-taux-de-marque': ['coutAchatHT', 'tauxDeMarque'],
  'taux-de-marque-depuis-taux-de-marge': ['tauxDeMarge'],
  'taux-de-marge-depuis-taux-de-marque': ['tauxDeMarque'],
  'coefficient-multiplicateur': ['prixVenteTTC', 'coutAchatHT'],
  'prix-ttc': ['prixHT', 'tauxTVA'],
  'seuil-de-rentabilite': ['chargesFixes', 'tauxMargeSurCoutVariable'],
  'point-mort': ['seuilDeRentabilite', 'chiffreAffaires', 'joursParAn'],
  'marge-de-securite': ['chiffreAffaires', 'seuilDeRentabilite'],
  'indice-de-securite': ['chiffreAffaires', 'seuilDeRentabilite'],
  'ca-minimum': ['depenses', 'tauxDeMarque'],
  'ca-objectif': ['depenses', 'beneficeVise', 'tauxDeMarque'],
  'resultat-operation': ['margeGeneree', 'cout'],
  roi: ['margeGeneree', 'cout'],
  'cout-unitaire': ['coutTotal', 'nombre'],
  'cout-acquisition-client': ['coutTotal', 'nouveauxClients'],
  'clients-pour-rentabiliser': ['cout', 'margeParClient'],
  taux: ['sortants', 'entrants'],
  'panier-moyen': ['chiffreAffaires', 'transactions'],
  'taux-d-evolution': ['valeurDepart', 'valeurArrivee'],
  'indice-base-100': ['valeurDepart', 'valeurArrivee'],
  'taux-reciproque': ['taux'],
  tcam: ['valeurDepart', 'valeurArrivee', 'periodes'],
  'part-de-marche': ['chiffreAffaires', 'chiffreAffairesMarche'],
  'taux-de-realisation': ['realise', 'objectif'],
  'duree-de-vie-client': ['tauxAttrition'],
  'valeur-client': ['panierMoyen', 'frequence', 'duree'],
  'valeur-client-en-marge': ['panierMoyen', 'frequence', 'duree', 'tauxDeMarque'],
  'valeur-client-actualisee': ['margeAnnuelle', 'tauxAttrition', 'tauxActualisation'],
  'visites-par-commercial': ['semaines', 'joursParSemaine', 'visitesParJour'],
  'commerciaux-necessaires': ['visitesAFaire', 'visitesParCommercial'],
};

/** A worked example per entry, and the module function the entry must agree with. */
const EXEMPLES: Record<
  string,
  { valeurs: Record<string, number>; attendu: number; appel: () => unknown }
> = {
  'marge-unitaire': {
    valeurs: { prixVenteHT: 100, coutAchatHT: 80 },
    attendu: 20,
    appel: () => lib.margeUnitaire({ prixVenteHT: 100, coutAchatHT: 80 }),
  },
  'marge-globale': {
    valeurs: { margeUnitaire: 20, quantite: 150 },
    attendu: 3000,
    appel: () => lib.margeGlobale({ margeUnitaire: 20, quantite: 150 }),
  },
  'taux-de-marge': {
    valeurs: { prixVenteHT: 100, coutAchatHT: 80 },
    attendu: 0.25,
    appel: () => lib.tauxDeMarge({ prixVenteHT: 100, coutAchatHT: 80 }),
  },
  'taux-de-marque': {
    valeurs: { prixVenteHT: 100, coutAchatHT: 80 },
    attendu: 0.2,
    appel: () => lib.tauxDeMarque({ prixVenteHT: 100, coutAchatHT: 80 }),
  },
  'prix-vente-ht-depuis-taux-de-marge': {
    valeurs: { coutAchatHT: 80, tauxDeMarge: 0.25 },
    attendu: 100,
    appel: () => lib.prixVenteHTDepuisTauxDeMarge({ coutAchatHT: 80, tauxDeMarge: 0.25 }),
  },
  'prix-vente-ht-depuis-taux-de-marque': {
    valeurs: { coutAchatHT: 80, tauxDeMarque: 0.2 },
    attendu: 100,
    appel: () => lib.prixVenteHTDepuisTauxDeMarque({ coutAchatHT: 80, tauxDeMarque: 0.2 }),
  },
  'taux-de-marque-depuis-taux-de-marge': {
    valeurs: { tauxDeMarge: 0.25 },
    attendu: 0.2,
    appel: () => lib.tauxDeMarqueDepuisTauxDeMarge({ tauxDeMarge: 0.25 }),
  },
  'taux-de-marge-depuis-taux-de-marque': {
    valeurs: { tauxDeMarque: 0.2 },
    attendu: 0.25,
    appel: () => lib.tauxDeMargeDepuisTauxDeMarque({ tauxDeMarque: 0.2 }),
  },
  'coefficient-multiplicateur': {
    valeurs: { prixVenteTTC: 120, coutAchatHT: 80 },
    attendu: 1.5,
    appel: () => lib.coefficientMultiplicateur({ prixVenteTTC: 120, coutAchatHT: 80 }),
  },
  'prix-ttc': {
    valeurs: { prixHT: 100, tauxTVA: 0.2 },
    attendu: 120,
    appel: () => lib.prixTTC({ prixHT: 100, tauxTVA: 0.2 }),
  },
  'seuil-de-rentabilite': {
    valeurs: { chargesFixes: 60000, tauxMargeSurCoutVariable: 0.4 },
    attendu: 150000,
    appel: () => lib.seuilDeRentabilite({ chargesFixes: 60000, tauxMargeSurCoutVariable: 0.4 }),
  },
  'point-mort': {
    valeurs: { seuilDeRentabilite: 150000, chiffreAffaires: 200000, joursParAn: 360 },
    attendu: 270,
    appel: () =>
      lib.pointMort({ seuilDeRentabilite: 150000, chiffreAffaires: 200000, joursParAn: 360 }),
  },
  'marge-de-securite': {
    valeurs: { chiffreAffaires: 200000, seuilDeRentabilite: 150000 },
    attendu: 50000,
    appel: () => lib.margeDeSecurite({ chiffreAffaires: 200000, seuilDeRentabilite: 150000 }),
  },
  'indice-de-securite': {
    valeurs: { chiffreAffaires: 200000, seuilDeRentabilite: 150000 },
    attendu: 0.25,
    appel: () => lib.indiceDeSecurite({ chiffreAffaires: 200000, seuilDeRentabilite: 150000 }),
  },
  'ca-minimum': {
    valeurs: { depenses: 30000, tauxDeMarque: 0.2 },
    attendu: 150000,
    appel: () => lib.caMinimum({ depenses: 30000, tauxDeMarque: 0.2 }),
  },
  'ca-objectif': {
    valeurs: { depenses: 30000, beneficeVise: 10000, tauxDeMarque: 0.2 },
    attendu: 200000,
    appel: () => lib.caObjectif({ depenses: 30000, beneficeVise: 10000, tauxDeMarque: 0.2 }),
  },
  'resultat-operation': {
    valeurs: { margeGeneree: 8000, cout: 10000 },
    attendu: -2000,
    appel: () => lib.resultatOperation({ margeGeneree: 8000, cout: 10000 }),
  },
  roi: {
    valeurs: { margeGeneree: 25000, cout: 10000 },
    attendu: 1.5,
    appel: () => lib.roi({ margeGeneree: 25000, cout: 10000 }),
  },
  'cout-unitaire': {
    valeurs: { coutTotal: 3000, nombre: 600 },
    attendu: 5,
    appel: () => lib.coutUnitaire({ coutTotal: 3000, nombre: 600 }),
  },
  'cout-acquisition-client': {
    valeurs: { coutTotal: 10000, nouveauxClients: 8 },
    attendu: 1250,
    appel: () => lib.coutAcquisitionClient({ coutTotal: 10000, nouveauxClients: 8 }),
  },
  'clients-pour-rentabiliser': {
    valeurs: { cout: 10001, margeParClient: 1250 },
    attendu: 9,
    appel: () => lib.clientsPourRentabiliser({ cout: 10001, margeParClient: 1250 }),
  },
  taux: {
    valeurs: { sortants: 30, entrants: 600 },
    attendu: 0.05,
    appel: () => lib.taux({ sortants: 30, entrants: 600 }),
  },
  'panier-moyen': {
    valeurs: { chiffreAffaires: 250000, transactions: 1000 },
    attendu: 250,
    appel: () => lib.panierMoyen({ chiffreAffaires: 250000, transactions: 1000 }),
  },
  'taux-d-evolution': {
    valeurs: { valeurDepart: 200000, valeurArrivee: 230000 },
    attendu: 0.15,
    appel: () => lib.tauxDEvolution({ valeurDepart: 200000, valeurArrivee: 230000 }),
  },
  'indice-base-100': {
    valeurs: { valeurDepart: 200000, valeurArrivee: 230000 },
    attendu: 115,
    appel: () => lib.indiceBase100({ valeurDepart: 200000, valeurArrivee: 230000 }),
  },
  'taux-reciproque': {
    valeurs: { taux: 0.25 },
    attendu: -0.2,
    appel: () => lib.tauxReciproque({ taux: 0.25 }),
  },
  tcam: {
    valeurs: { valeurDepart: 100, valeurArrivee: 121, periodes: 2 },
    attendu: 0.1,
    appel: () => lib.tcam({ valeurDepart: 100, valeurArrivee: 121, periodes: 2 }),
  },
  'part-de-marche': {
    valeurs: { chiffreAffaires: 2e6, chiffreAffairesMarche: 2e7 },
    attendu: 0.1,
    appel: () => lib.partDeMarche({ chiffreAffaires: 2e6, chiffreAffairesMarche: 2e7 }),
  },
  'taux-de-realisation': {
    valeurs: { realise: 90, objectif: 100 },
    attendu: 0.9,
    appel: () => lib.tauxDeRealisation({ realise: 90, objectif: 100 }),
  },
  'duree-de-vie-client': {
    valeurs: { tauxAttrition: 0.2 },
    attendu: 5,
    appel: () => lib.dureeDeVieClient({ tauxAttrition: 0.2 }),
  },
  'nouveaux-clients-necessaires': {
    valeurs: { clients: 200, tauxAttrition: 0.1, tauxCroissance: 0.05 },
    attendu: 30,
    appel: () =>
      lib.nouveauxClientsNecessaires({ clients: 200, tauxAttrition: 0.1, tauxCroissance: 0.05 }),
  },
  'valeur-client': {
    valeurs: { panierMoyen: 250, frequence: 4, duree: 5 },
    attendu: 5000,
    appel: () => lib.valeurClient({ panierMoyen: 250, frequence: 4, duree: 5 }),
  },
  'valeur-client-en-marge': {
    valeurs: { panierMoyen: 250, frequence: 4, duree: 5, tauxDeMarque: 0.3 },
    attendu: 1500,
    appel: () =>
      lib.valeurClientEnMarge({ panierMoyen: 250, frequence: 4, duree: 5, tauxDeMarque: 0.3 }),
  },
  'valeur-client-actualisee': {
    valeurs: { margeAnnuelle: 1000, tauxAttrition: 0.2, tauxActualisation: 0.05 },
    attendu: 4000,
    appel: () =>
      lib.valeurClientActualisee({
        margeAnnuelle: 1000,
        tauxAttrition: 0.2,
        tauxActualisation: 0.05,
      }),
  },
  'visites-par-commercial': {
    valeurs: { semaines: 40, joursParSemaine: 4, visitesParJour: 5 },
    attendu: 800,
    appel: () => lib.visitesParCommercial({ semaines: 40, joursParSemaine: 4, visitesParJour: 5 }),
  },
  'commerciaux-necessaires': {
    valeurs: { visitesAFaire: 2500, visitesParCommercial: 800 },
    attendu: 4,
    appel: () => lib.commerciauxNecessaires({ visitesAFaire: 2500, visitesParCommercial: 800 }),
  },
  'taux-de-marge-sur-cout-variable': {
    valeurs: { chiffreAffaires: 200000, chargesVariables: 120000 },
    attendu: 0.4,
    appel: () =>
      lib.tauxMargeSurCoutVariable({ chiffreAffaires: 200000, chargesVariables: 120000 }),
  },
};

describe('the formula catalogue', () => {
  it('has unique ids in kebab-case', () => {
    const ids = formules.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('holds every id of the issue-3 table with exactly its input keys', () => {
    for (const [id, cles] of Object.entries(TABLE_ISSUE_3)) {
      const f = formule(id);
      expect(f, id).toBeDefined();
      expect(
        f!.entrees.map((e) => e.cle),
        id,
      ).toEqual(cles);
    }
  });

  it('has a worked example for every entry', () => {
    expect(Object.keys(EXEMPLES).sort()).toEqual(formules.map((f) => f.id).sort());
  });

  it('renders every entry: name, expression, chapter, labelled inputs with units', () => {
    const unites = [
      'montant',
      'taux',
      'nombre',
      'jours',
      'semaines',
      'indice',
      'annees',
      'coefficient',
    ];
    for (const f of formules) {
      expect(f.nom.length, f.id).toBeGreaterThan(2);
      expect(f.expression, f.id).toMatch(/^[^=]+ = .+/);
      expect(Number.isInteger(f.chapitre) && f.chapitre >= 1 && f.chapitre <= 12, f.id).toBe(true);
      expect(unites, f.id).toContain(f.unite);
      expect(f.entrees.length, f.id).toBeGreaterThan(0);
      for (const e of f.entrees) {
        expect(e.libelle, `${f.id}.${e.cle}`).toMatch(/^\p{Lu}/u);
        expect(unites, `${f.id}.${e.cle}`).toContain(e.unite);
      }
      const rendu = `${f.nom} — ${f.expression} (${f.entrees.map((e) => e.libelle).join(', ')}) ${f.convention ?? ''}`;
      expect(rendu, f.id).not.toMatch(/'|NaN|undefined/); // typographic apostrophe only
      expect(rendu, f.id).not.toMatch(/(?<!\u202F)[;:!?%]/u); // narrow no-break space before ; : ! ? %
    }
  });

  it('is grouped in chapter order', () => {
    const chapitres = formules.map((f) => f.chapitre);
    expect(chapitres).toEqual([...chapitres].sort((a, b) => a - b));
  });

  it.each(Object.entries(EXEMPLES))(
    '%s agrees with its module function on the worked example',
    (id, { valeurs, attendu, appel }) => {
      const f = formule(id)!;
      const calcule = f.calculer(valeurs);
      expect(calcule).toEqual(appel());
      expect(v(calcule)).toBeCloseTo(attendu, 9);
    },
  );

  it('reports a missing input as a French error naming it', () => {
    expect(formule('taux-de-marque')!.calculer({ prixVenteHT: 100 })).toEqual({
      ok: false,
      erreur: { champ: 'coutAchatHT', message: 'Il manque le coût d’achat HT.' },
    });
    expect(formule('ca-minimum')!.calculer({ tauxDeMarque: 0.2 })).toEqual({
      ok: false,
      erreur: { champ: 'depenses', message: 'Il manque les dépenses.' },
    });
    expect(
      formule('taux-de-marque')!.calculer(undefined as unknown as Record<string, number>).ok,
    ).toBe(false);
  });

  it('uses the commercial year of 360 days when joursParAn is absent', () => {
    const pm = formule('point-mort')!;
    expect(pm.entrees.find((e) => e.cle === 'joursParAn')?.defaut).toBe(360);
    expect(v(pm.calculer({ seuilDeRentabilite: 150000, chiffreAffaires: 200000 }))).toBeCloseTo(
      270,
      9,
    );
    expect(
      v(pm.calculer({ seuilDeRentabilite: 150000, chiffreAffaires: 200000, joursParAn: 365 })),
    ).toBeCloseTo(273.75, 9);
  });

  it('returns undefined for an unknown id', () => {
    expect(formule('taux-de-marque-inconnu')).toBeUndefined();
  });

  it.each(formules.map((f) => [f.id, f] as const))(
    '%s never gives NaN or Infinity, whatever the input',
    (_id, f) => {
      fc.assert(
        fc.property(
          fc.array(nimporte, { minLength: f.entrees.length, maxLength: f.entrees.length }),
          (nombres) => {
            const valeurs = Object.fromEntries(f.entrees.map((e, i) => [e.cle, nombres[i]]));
            return fini(f.calculer(valeurs));
          },
        ),
        { numRuns: 300 },
      );
    },
  );
});
