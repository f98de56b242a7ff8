/**
 * The figures a lesson may quote from a sample company, computed at build time from its data
 * (content/datasets/<id>/, read by jeux-de-donnees.ts) with the library's own functions, so that
 * the text of a chapter and its simulator can never disagree: `<Chiffre entreprise="…" cle="…" />`
 * (src/components/course/Chiffre.astro) prints one of them.
 *
 * Keys are dotted paths (« ventes.N.ca », « campagne.etapes.rdv », « ventes.categorie.PME.evolution »);
 * names inside a key are those of the data (categories, source ids, cost-line ids). Every key of
 * a company is listed by `clesDisponibles`, and an unknown key is an error naming the closest
 * ones: a typo in a chapter stops the build instead of printing nothing.
 * Conventions: N is the 12 months before the dataset's reference date, N−1 the 12 before
 * (derniersDouzeMois); rates are fractions; counts of people are whole; ABC uses the course's
 * thresholds 80 % / 95 % on the CA of N.
 */
import { bilanDesSources } from '../lib/sources/sources.ts';
import {
  comparerSources,
  coutParClientDesSources,
  coutsDepuisCampagne,
} from '../lib/sources/rendement.ts';
import { classerABC, syntheseABC } from '../lib/portefeuille/portefeuille.ts';
import {
  caParClient,
  derniersDouzeMois,
  evolutionParCategorie,
  indicateursVentes,
  renouvellementClients,
} from '../lib/ventes/ventes.ts';
import { filtrer, type Requete } from '../lib/fichier/requetes.ts';
import { comparerMethodes, methodesEnDevise } from '../lib/methodes/methodes.ts';
import { coutDUneVisite } from '../lib/campagne/visite.ts';
import { capaciteDeLaFiche } from '../lib/planning/capacite-fiche.ts';
import { tempsAdministratifParJour } from '../lib/planning/planning.ts';
import { backtest, scorerProspects } from '../lib/scoring/scoring.ts';
import { grilleParDefaut } from '../lib/scoring/exemples.ts';
import { resultatOperation, roi } from '../lib/marges/rentabilite.ts';
import { caMinimum } from '../lib/budget/budget.ts';
import type { Resultat } from '../lib/commun/resultat.ts';
import { formatMontant, formatNombre, formatPourcentage } from '../lib/commun/nombres.ts';
import { jourDepuisISO } from '../lib/commun/dates.ts';
import { REGLES_TEMPERATURE } from '../lib/cible/temperature.ts';
import { chargerJeu, type JeuDeDonnees } from './jeux-de-donnees.ts';

/** How a figure is written: an amount in the company's currency, a count or number, a rate, a text or a date. */
export type FormatChiffre = 'montant' | 'nombre' | 'pourcentage' | 'texte' | 'date';

/** One quotable figure: its value, how to write it and the decimals it is written with by default. */
export interface ChiffreEntreprise {
  valeur: number | string;
  format: FormatChiffre;
  decimales: number;
}

const valeurDe = <T>(r: Resultat<T>, quoi: string): T => {
  if (!r.ok) throw new Error(`Chiffres de l’entreprise, ${quoi}\u202f: ${r.erreur.message}`);
  return r.valeur;
};

/** Queries of the prospect file the lessons quote, by name. */
const REQUETES: Readonly<Record<string, Requete>> = {
  rabat: { champ: 'ville', operateur: '=', valeur: 'Rabat' },
  'moins-de-25-ans': { champ: 'age', operateur: '<', valeur: 25 },
  'moins-de-25-ans-et-rabat': {
    et: [
      { champ: 'age', operateur: '<', valeur: 25 },
      { champ: 'ville', operateur: '=', valeur: 'Rabat' },
    ],
  },
  'moins-de-25-ans-ou-rabat': {
    ou: [
      { champ: 'age', operateur: '<', valeur: 25 },
      { champ: 'ville', operateur: '=', valeur: 'Rabat' },
    ],
  },
};

/** Every quotable figure of one company, by key. */
export function chiffresDuJeu({ jeu }: { jeu: JeuDeDonnees }): Map<string, ChiffreEntreprise> {
  const m = new Map<string, ChiffreEntreprise>();
  const montant = (cle: string, valeur: number, decimales = 0) =>
    m.set(cle, { valeur, format: 'montant', decimales });
  const nombre = (cle: string, valeur: number, decimales = 0) =>
    m.set(cle, { valeur, format: 'nombre', decimales });
  const taux = (cle: string, valeur: number, decimales = 1) =>
    m.set(cle, { valeur, format: 'pourcentage', decimales });
  const texte = (cle: string, valeur: string) =>
    m.set(cle, { valeur, format: 'texte', decimales: 0 });
  const date = (cle: string, valeur: string) =>
    m.set(cle, { valeur, format: 'date', decimales: 0 });
  const { fiche, campagne, ventes, prospects } = jeu;

  // The card.
  texte('nom', fiche.nom);
  texte('ville', fiche.ville);
  const o = fiche.offre;
  montant('offre.prixMoyenHT', o.prixMoyenHT);
  montant('offre.coutMoyenHT', o.coutMoyenHT);
  montant('offre.margeMoyenneHT', o.prixMoyenHT - o.coutMoyenHT);
  taux('offre.tauxDeMarque', o.tauxDeMarque);
  for (const c of o.commissions ?? []) taux(`offre.commission.${c.branche}`, c.taux, 0);
  const f = fiche.forceDeVente;
  for (const [k, v] of Object.entries(f))
    (k === 'partTempsProspection' ? taux : k.endsWith('HT') ? montant : nombre)(
      `forceDeVente.${k}`,
      v,
    );
  // Chapter 8's starting week of a salesperson (capacite-fiche.ts): days to the half day, visits a day.
  const capacite = valeurDe(capaciteDeLaFiche({ forceDeVente: f }), 'capacité');
  nombre('capacite.joursParSemaineExacts', capacite.joursParSemaineExacts, 2);
  nombre('capacite.joursParSemaine', capacite.joursParSemaine, 1);
  nombre('capacite.visitesParJour', capacite.visitesParJour);
  nombre('capacite.tempsAdministratifMinutes', tempsAdministratifParJour(f));
  const obj = fiche.objectifsDeProspection;
  nombre('objectifs.nouveauxClients', obj.nouveauxClients);
  montant('objectifs.chiffreAffairesHT', obj.chiffreAffairesAdditionnelHT);
  montant('objectifs.margeHT', obj.margeAdditionnelleHT);
  taux('objectifs.partDeMarcheActuelle', obj.partDeMarcheActuelle, 2);
  taux('objectifs.partDeMarcheVisee', obj.partDeMarcheVisee, 2);
  date('objectifs.echeance', obj.echeance);

  // The past campaign.
  texte('campagne.nom', campagne.nom);
  date('campagne.dateDebut', campagne.dateDebut);
  date('campagne.dateFin', campagne.dateFin);
  const etapes = ['fichier', 'contactsJoints', 'rdv', 'propositions', 'commandes'] as const;
  etapes.forEach((e, k) => {
    nombre(`campagne.etapes.${e}`, campagne.etapes[e]);
    nombre(`campagne.objectifs.${e}`, campagne.objectifs[e]);
    if (k > 0) taux(`campagne.taux.${e}`, campagne.etapes[e] / campagne.etapes[etapes[k - 1]]);
  });
  taux('campagne.tauxGlobal', campagne.etapes.commandes / campagne.etapes.fichier);
  montant('campagne.objectifs.chiffreAffairesHT', campagne.objectifs.chiffreAffaires);
  montant('campagne.objectifs.margeHT', campagne.objectifs.marge);
  montant('campagne.chiffreAffairesHT', campagne.chiffreAffairesGenere);
  montant('campagne.margeHT', campagne.margeGeneree);
  const cout = campagne.lignesDeCout.reduce((s, l) => s + l.montant, 0);
  montant('campagne.coutHT', cout);
  for (const l of campagne.lignesDeCout) montant(`campagne.ligne.${l.id}`, l.montant);
  if (campagne.etapes.commandes > 0) {
    montant(
      'campagne.commandeMoyenneHT',
      campagne.chiffreAffairesGenere / campagne.etapes.commandes,
    );
    montant('campagne.coutParClientHT', cout / campagne.etapes.commandes, 2);
  }
  taux('campagne.tauxDeMarque', campagne.margeGeneree / campagne.chiffreAffairesGenere);
  // Chapters 9 and 11 on the past campaign: CA minimum at the card's rate, result and ROI on the margin.
  montant(
    'campagne.caMinimumHT',
    valeurDe(caMinimum({ depenses: cout, tauxDeMarque: o.tauxDeMarque }), 'CA minimum'),
  );
  montant(
    'campagne.resultatHT',
    valeurDe(resultatOperation({ margeGeneree: campagne.margeGeneree, cout }), 'résultat'),
  );
  taux('campagne.roi', valeurDe(roi({ margeGeneree: campagne.margeGeneree, cout }), 'ROI'));
  taux('campagne.realisation.commandes', campagne.etapes.commandes / campagne.objectifs.commandes);
  taux(
    'campagne.realisation.chiffreAffaires',
    campagne.chiffreAffairesGenere / campagne.objectifs.chiffreAffaires,
  );

  // The comparator of chapter 7 on 1 000 contacts, with the textbook rates and this company's margin per order.
  // A field visit costs the company's own visit (the calculation below), as in the simulator.
  const methodesCompany = methodesEnDevise({ devise: fiche.devise, coutVisite: coutDUneVisite(f) });
  const comparees = valeurDe(
    comparerMethodes({
      base: { contacts: 1000 },
      margeParClient: o.prixMoyenHT - o.coutMoyenHT,
      methodes: methodesCompany,
    }),
    'méthodes',
  );
  for (const [k, c] of comparees.entries()) {
    const cle = `methodes.${c.id}`,
      mt = methodesCompany[k];
    montant(`${cle}.coutParContact`, mt.coutParContact, 2);
    montant(`${cle}.mille.cout`, c.coutTotal);
    for (const cas of ['pessimiste', 'probable', 'optimiste'] as const) {
      nombre(`${cle}.mille.clients.${cas}`, c.clients[cas], 2);
      montant(`${cle}.mille.marge.${cas}`, c.clients[cas] * (o.prixMoyenHT - o.coutMoyenHT));
    }
    const r = roi({
      margeGeneree: c.clients.probable * (o.prixMoyenHT - o.coutMoyenHT),
      cout: c.coutTotal,
    });
    if (r.ok) taux(`${cle}.mille.roi.probable`, r.valeur);
    if (c.clients.probable > 0)
      montant(`${cle}.mille.coutParClient.probable`, c.coutTotal / c.clients.probable);
  }

  // Chapter 7: a visit costs the salesperson's loaded cost ÷ visits a year, plus the travel of the
  // card; a phone campaign's appointments are visits, so its cost and ROI include them (issue 17).
  const heuresParAn = f.semainesParAn * f.joursParSemaine * f.heuresParJour;
  const visitesParAn = f.semainesParAn * f.joursParSemaine * f.visitesParJour;
  const coutAnnuel = f.coutHoraireHT * heuresParAn;
  const coutVisite = coutDUneVisite(f);
  if (coutVisite === null)
    throw new Error(`${fiche.nom} : la fiche ne permet pas de calculer le coût d’une visite.`);
  montant('visite.coutAnnuelHT', coutAnnuel);
  nombre('visite.parAn', visitesParAn);
  montant('visite.coutTempsHT', coutAnnuel / visitesParAn, 2);
  montant('visite.coutHT', coutVisite, 2);
  const telephone = comparees.find((c) => c.id === 'telephone');
  const etapesTel = methodesEnDevise({ devise: fiche.devise }).find(
    (mt) => mt.id === 'telephone',
  )?.etapes;
  if (telephone && etapesTel && etapesTel.length >= 2) {
    const marge = o.prixMoyenHT - o.coutMoyenHT;
    const cas = { pessimiste: 'min', probable: 'probable', optimiste: 'max' } as const;
    for (const [k, champ] of Object.entries(cas)) {
      const rdv = 1000 * etapesTel[0][champ] * etapesTel[1][champ];
      const cout = telephone.coutTotal + rdv * coutVisite;
      const clients = telephone.clients[k as keyof typeof cas];
      nombre(`methodes.telephone.mille.rdv.${k}`, rdv, 2);
      montant(`methodes.telephone.mille.visites.${k}`, rdv * coutVisite);
      montant(`methodes.telephoneVisites.mille.cout.${k}`, cout);
      montant(`methodes.telephoneVisites.mille.resultat.${k}`, clients * marge - cout);
      if (clients > 0)
        montant(`methodes.telephoneVisites.mille.coutParClient.${k}`, cout / clients);
      const r = roi({ margeGeneree: clients * marge, cout });
      if (r.ok) taux(`methodes.telephoneVisites.mille.roi.${k}`, r.valeur);
    }
  }

  // Chapter 6: the backtest of the company's default grid on its past campaign (converters found
  // in the top 20 % of the file as it was handed over), and the same grid without its engagement criteria.
  const grille = grilleParDefaut({ entrepriseId: fiche.id });
  const convertis = new Set(prospects.filter((p) => p.converti).map((p) => p.id));
  for (const [cle, criteres] of [
    ['scoring.testRetrospectif', grille.criteres],
    [
      'scoring.testRetrospectifProfilSeul',
      grille.criteres.filter((c) => c.nature !== 'engagement'),
    ],
  ] as const) {
    const classement = valeurDe(
      scorerProspects({ prospects, grille: criteres, seuils: grille.seuils }),
      'classement',
    );
    taux(
      `${cle}.partCaptee`,
      valeurDe(backtest({ classement, convertis }), 'test rétrospectif').partCaptee,
      0,
    );
  }
  nombre(
    'scoring.criteresEngagement',
    grille.criteres.filter((c) => c.nature === 'engagement').length,
  );

  // The sales: years N and N−1, categories, clients kept and lost, ABC.
  const { periodeN, periodeN1 } = valeurDe(derniersDouzeMois({ ventes }), 'périodes');
  date('ventes.N.debut', periodeN.debut);
  date('ventes.N.fin', periodeN.fin);
  date('ventes.N1.debut', periodeN1.debut);
  date('ventes.N1.fin', periodeN1.fin);
  const evo = valeurDe(evolutionParCategorie({ ventes, periodeN, periodeN1 }), 'évolution');
  montant('ventes.N.ca', evo.global.caN);
  montant('ventes.N1.ca', evo.global.caN1);
  taux('ventes.evolution', evo.global.evolution);
  for (const c of evo.categories) {
    const k = `ventes.categorie.${c.categorie}`;
    montant(`${k}.caN`, c.caN);
    montant(`${k}.caN1`, c.caN1);
    taux(`${k}.poidsN1`, c.poidsN1);
    taux(`${k}.contribution`, c.contribution, 2);
    if (c.evolution !== null) taux(`${k}.evolution`, c.evolution);
  }
  const i = valeurDe(indicateursVentes({ ventes, periode: periodeN }), 'indicateurs');
  nombre('ventes.N.nombreVentes', i.nombreVentes);
  nombre('ventes.N.nombreClients', i.nombreClients);
  montant('ventes.N.panierMoyen', i.panierMoyen);
  montant('ventes.N.cout', i.coutGlobal);
  montant('ventes.N.marge', i.margeGlobale);
  taux('ventes.N.tauxDeMarque', i.tauxDeMarque);
  if (i.tauxDeMarge !== null) taux('ventes.N.tauxDeMarge', i.tauxDeMarge);
  nombre('ventes.N.achatsParClient', i.achatsParClient, 1);
  const r = valeurDe(renouvellementClients({ ventes, periodeN, periodeN1 }), 'renouvellement');
  nombre('ventes.clientsN1', r.clientsN1);
  nombre('ventes.clientsPerdus', r.perdus.length);
  nombre('ventes.nouveauxClients', r.nouveaux.length);
  taux('ventes.attrition', r.tauxAttrition);
  const abc = valeurDe(
    classerABC({ elements: valeurDe(caParClient({ ventes, periode: periodeN }), 'CA par client') }),
    'ABC',
  );
  const s = syntheseABC({ lignes: abc });
  nombre('abc.A.clients', s.A.nombre);
  taux('abc.A.partClients', s.A.partElements);
  taux('abc.A.partCA', s.A.partValeur);
  taux('abc.premier.part', abc[0].part);
  taux('abc.troisPremiers.part', abc[Math.min(2, abc.length - 1)].partCumulee);

  // The prospect file: size, the quotes still fresh for chapter 3's rule, the queries of chapter 5, the sources of chapter 4.
  nombre('prospects.fiches', prospects.length);
  const recents = prospects.filter(
    (p) =>
      p.demandeDevis &&
      (joursDepuis(p.dateDernierContact, fiche.dateReference) ?? Infinity) <
        REGLES_TEMPERATURE.joursFraicheur,
  );
  nombre('prospects.devisRecents', recents.length);
  nombre('prospects.devisRecents.signes', recents.filter((p) => p.converti).length);
  for (const [nom, requete] of Object.entries(REQUETES))
    nombre(
      `prospects.requete.${nom}`,
      valeurDe(filtrer({ lignes: prospects, requete }), nom).length,
    );
  const bilan = valeurDe(
    bilanDesSources({ prospects, dateReference: fiche.dateReference, avecCampagne: true }),
    'sources',
  );
  for (const l of bilan.lignes) {
    const k = `sources.${l.source}`;
    nombre(`${k}.fiches`, l.prospects);
    taux(`${k}.part`, l.part);
    if (l.campagne) {
      nombre(`${k}.joints`, l.campagne.joints);
      nombre(`${k}.clients`, l.campagne.clients);
      taux(`${k}.tauxSurFichier`, l.campagne.tauxSurFichier);
      if (l.campagne.tauxDeTransformation !== null)
        taux(`${k}.tauxDeTransformation`, l.campagne.tauxDeTransformation);
    }
  }
  const comparaison = comparerSources({ lignes: bilan.lignes });
  if (comparaison.ok) {
    const { meilleure, reference, rapport } = comparaison.valeur;
    texte('sources.meilleure', meilleure.source);
    texte('sources.reference', reference.source);
    nombre('sources.rapport', rapport, 1);
    // The same comparison on every row of each source, the reading the lesson warns against.
    if (meilleure.campagne && reference.campagne && reference.campagne.tauxSurFichier > 0)
      nombre(
        'sources.rapportSurFichier',
        meilleure.campagne.tauxSurFichier / reference.campagne.tauxSurFichier,
        1,
      );
  }
  const couts = valeurDe(
    coutParClientDesSources({
      lignes: bilan.lignes,
      couts: coutsDepuisCampagne({ lignesDeCout: campagne.lignesDeCout }),
    }),
    'coût des sources',
  );
  for (const c of couts.sources)
    if (c.coutParClient !== null) montant(`sources.${c.source}.coutParClientHT`, c.coutParClient);
  return m;
}

const cache = new Map<string, Map<string, ChiffreEntreprise>>();

/** The figures of a company of content/datasets (read once per build). */
function chiffresDe({
  entreprise,
  dossier,
}: {
  entreprise: string;
  dossier?: string;
}): Map<string, ChiffreEntreprise> {
  const cle = `${dossier ?? ''}|${entreprise}`;
  let c = cache.get(cle);
  if (!c) {
    c = chiffresDuJeu({ jeu: chargerJeu({ id: entreprise, ...(dossier ? { dossier } : {}) }) });
    cache.set(cle, c);
  }
  return c;
}

/** Days from an ISO date to another, or null when one is unreadable. */
function joursDepuis(debut: string, fin: string): number | null {
  const a = jourDepuisISO(debut),
    b = jourDepuisISO(fin);
  return a === null || b === null ? null : b - a;
}

/**
 * A field of one row of the prospect file (« prospect.P0159.ouvertures »), and the days from its
 * last exchange to the dataset's reference date (« prospect.P0159.joursDepuisDernierContact »).
 * Resolved on demand rather than listed: a file has thousands of them.
 */
function chiffreDeLigne({
  entreprise,
  cle,
  dossier,
}: {
  entreprise: string;
  cle: string;
  dossier?: string;
}): ChiffreEntreprise | undefined {
  const m = /^prospect\.(P\d{4})\.([A-Za-z]+)$/.exec(cle);
  if (!m) return undefined;
  const jeu = chargerJeu({ id: entreprise, ...(dossier ? { dossier } : {}) });
  const p = jeu.prospects.find((x) => x.id === m[1]);
  if (!p) return undefined;
  if (m[2] === 'joursDepuisDernierContact') {
    const j = joursDepuis(p.dateDernierContact, jeu.fiche.dateReference);
    return j === null ? undefined : { valeur: j, format: 'nombre', decimales: 0 };
  }
  const v = (p as unknown as Record<string, unknown>)[m[2]];
  if (typeof v === 'number') return { valeur: v, format: 'nombre', decimales: 2 };
  if (typeof v === 'string' && v !== '')
    return { valeur: v, format: /^\d{4}-\d{2}-\d{2}$/.test(v) ? 'date' : 'texte', decimales: 0 };
  return undefined;
}

/** Every key a lesson may quote for a company, sorted (the rows of the prospect file aside: « prospect.<id>.<champ> »). */
export function clesDisponibles({
  entreprise,
  dossier,
}: {
  entreprise: string;
  dossier?: string;
}): string[] {
  return [...chiffresDe({ entreprise, dossier }).keys()].sort();
}

/** Keys that share the most leading characters with `cle` (what the author probably meant). */
function proches(cle: string, cles: readonly string[]): string[] {
  const commun = (a: string) => {
    let k = 0;
    while (k < a.length && a[k] === cle[k]) k++;
    return k;
  };
  return [...cles].sort((a, b) => commun(b) - commun(a) || a.localeCompare(b)).slice(0, 5);
}

/** One figure of a company; throws a French error naming the company, the key and the closest keys when it does not exist. */
export function chiffreEntreprise({
  entreprise,
  cle,
  dossier,
}: {
  entreprise: string;
  cle: string;
  dossier?: string;
}): ChiffreEntreprise {
  const figures = chiffresDe({ entreprise, dossier });
  const f = figures.get(cle) ?? chiffreDeLigne({ entreprise, cle, dossier });
  if (!f) {
    const suggestions = proches(cle, [...figures.keys()])
      .map((k) => `«\u00a0${k}\u00a0»`)
      .join(', ');
    throw new Error(
      `<Chiffre>\u202f: la clé «\u00a0${cle}\u00a0» n’existe pas pour l’entreprise «\u00a0${entreprise}\u00a0». Clés proches\u202f: ${suggestions} (liste complète\u202f: clesDisponibles dans src/build/chiffres-entreprise.ts).`,
    );
  }
  return f;
}

/** A date yyyy-mm-dd written the French way (« 24 avril 2026 »). */
const dateFrancaise = (iso: string) =>
  new Date(`${iso}T12:00:00Z`)
    .toLocaleDateString('fr-FR', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
    .replace(/^1 /, '1er\u00a0');

/**
 * A figure as the lesson prints it, with the one formatter of src/lib/commun/nombres.ts: an amount with
 * its currency (or bare with `unite: false`, inside a computation « 3 014 486 ÷ 306 »), a rate as
 * a percentage (or as a decimal with `enDecimal`, « 0,387 »), a count, a text or a date.
 */
export function texteDuChiffre({
  chiffre,
  devise,
  decimales,
  unite = true,
  enDecimal = false,
}: {
  chiffre: ChiffreEntreprise;
  devise: 'EUR' | 'MAD';
  decimales?: number;
  unite?: boolean;
  enDecimal?: boolean;
}): string {
  const { valeur, format } = chiffre;
  if (typeof valeur === 'string') return format === 'date' ? dateFrancaise(valeur) : valeur;
  const d = decimales ?? chiffre.decimales;
  const t =
    format === 'montant'
      ? unite
        ? formatMontant(valeur, devise, d)
        : formatNombre(valeur, d)
      : format === 'pourcentage'
        ? enDecimal
          ? formatNombre(valeur, d + 2)
          : formatPourcentage(valeur, d)
        : formatNombre(valeur, d);
  // The course writes a negative figure with the minus sign (−), as in its own tables.
  return t.replace(/^-/, '\u2212');
}
