/**
 * Part 2.2 of the dossier from the learner's sales file (ventes.ts), client by client, with the
 * course's own functions:
 * - méthode ABC on the CA HT of each client over period N (caParClient of src/lib/ventes/ventes.ts,
 *   classerABC and syntheseABC of portefeuille.ts: A up to 80 % of the cumulated CA, B up to
 *   95 %, C beyond), with its Pareto chart;
 * - RFM over the whole file (indicateursRFM, repartitionRFM): récence = days from the client's
 *   last purchase to the file's last sale (the file's « today », so an old export is read as of
 *   its own date), fréquence = number of sales, montant = CA HT; notes 1–5 by quintiles.
 * Without a sales file both say so (« incomplet »): categories typed by hand cannot give them.
 */
import { formatNombre, formatPourcentage } from '../commun/nombres.ts';
import { classerABC, repartitionRFM, syntheseABC } from '../portefeuille/portefeuille.ts';
import { caParClient, indicateursRFM } from '../ventes/ventes.ts';
import { calcule, enErreur, incomplet, type Analyse } from './analyse.ts';
import type { Dossier } from './modele.ts';
import { memoVentes, periodesVentes, ventesDuCours, type VentesDossier } from './ventes.ts';

const MANQUE = [
  'un fichier de ventes importé (client, date, montant HT), à l’étape «\u00A0Demande et portefeuille\u00A0»',
];
const NOMS_SEGMENTS = {
  excellents: 'Excellents (à choyer)',
  reguliers: 'Réguliers',
  nouveaux: 'Nouveaux (à fidéliser)',
  'a-relancer': 'À relancer',
  perdus: 'Perdus',
} as const;
/** How many clients the Pareto chart shows by name (the classes' table covers them all). */
const BARRES_MAX = 30;

/** 2.2.5: ABC by client on the CA of period N of the sales file, and its Pareto chart. */
export function analyseABCClients({ dossier }: { dossier: Dossier }): Analyse {
  const entete = {
    id: 'abc-clients',
    section: '2.2',
    titre: 'Méthode ABC par client (fichier de ventes)',
  };
  if (!dossier.ventes?.lignes.length) return incomplet(entete, MANQUE);
  return memoVentes({
    ventes: dossier.ventes,
    cle: 'abc',
    calcul: () => calculerABC(entete, dossier.ventes as VentesDossier),
  });
}

function calculerABC(
  entete: { id: string; section: string; titre: string },
  fichier: VentesDossier,
): Analyse {
  const ventes = ventesDuCours({ lignes: fichier.lignes });
  const periodes = periodesVentes({ ventes });
  if (!periodes.ok) return enErreur(entete, periodes);
  const parClient = caParClient({ ventes, periode: periodes.valeur.periodeN });
  if (!parClient.ok) return enErreur(entete, parClient);
  const abc = classerABC({ elements: parClient.valeur });
  if (!abc.ok) return enErreur(entete, abc);
  const s = syntheseABC({ lignes: abc.valeur });
  const N = periodes.valeur.libelleN;
  const montrees = abc.valeur.slice(0, BARRES_MAX);
  return calcule(entete, {
    formules: [],
    methode: `Méthode ABC\u202F: clients triés par CA décroissant sur ${N}\u202F; classe A jusqu’à 80\u202F% du CA cumulé, B jusqu’à 95\u202F%, C au-delà.`,
    chiffres: [
      { libelle: 'Clients actifs sur la période N', valeur: abc.valeur.length, unite: 'nombre' },
      { libelle: 'Clients en classe A', valeur: s.A.nombre, unite: 'nombre' },
      { libelle: 'Part des clients en classe A', valeur: s.A.partElements, unite: 'taux' },
      { libelle: 'Part du CA faite par la classe A', valeur: s.A.partValeur, unite: 'taux' },
    ],
    tableau: {
      entete: 'Classe',
      colonnes: [
        { libelle: 'Clients', unite: 'nombre' },
        { libelle: 'Part des clients', unite: 'taux' },
        { libelle: 'Part du CA', unite: 'taux' },
      ],
      lignes: (['A', 'B', 'C'] as const).map((c) => ({
        libelle: c,
        valeurs: [s[c].nombre, s[c].partElements, s[c].partValeur],
      })),
    },
    graphique: {
      titre: `Pareto des clients, CA ${N}${abc.valeur.length > BARRES_MAX ? ` (${BARRES_MAX} premiers clients)` : ''}`,
      libelles: montrees.map((l) => l.id),
      series: [{ id: 'ca', libelle: 'CA HT', valeurs: montrees.map((l) => l.valeur) }],
      cumul: montrees.map((l) => l.partCumulee),
      unite: 'montant',
    },
    interpretation: `${formatPourcentage(s.A.partElements)} des clients (${s.A.nombre} sur ${abc.valeur.length}) font ${formatPourcentage(s.A.partValeur)} du CA ${N}\u202F: ${s.A.partElements <= 0.3 ? 'le portefeuille est concentré, perdre un client A coûterait cher, la prospection doit élargir la base.' : 'le CA est assez réparti entre les clients.'}`,
  });
}

/** 2.2.5: RFM notes of each client over the whole file, grouped by segment. */
export function analyseRFM({ dossier }: { dossier: Dossier }): Analyse {
  const entete = {
    id: 'rfm',
    section: '2.2',
    titre: 'Segmentation RFM des clients (fichier de ventes)',
  };
  if (!dossier.ventes?.lignes.length) return incomplet(entete, MANQUE);
  return memoVentes({
    ventes: dossier.ventes,
    cle: 'rfm',
    calcul: () => calculerRFM(entete, dossier.ventes as VentesDossier),
  });
}

function calculerRFM(
  entete: { id: string; section: string; titre: string },
  fichier: VentesDossier,
): Analyse {
  const ventes = ventesDuCours({ lignes: fichier.lignes });
  const dateReference = ventes.reduce((m, v) => (v.date > m ? v.date : m), ventes[0].date);
  const clients = indicateursRFM({ ventes, dateReference });
  if (!clients.ok) return enErreur(entete, clients);
  const r = repartitionRFM({ clients: clients.valeur });
  if (!r.ok) return enErreur(entete, r);
  const seg = Object.fromEntries(r.valeur.map((x) => [x.segment, x])) as Record<
    (typeof r.valeur)[number]['segment'],
    (typeof r.valeur)[number]
  >;
  const relance = seg['a-relancer'],
    excellents = seg.excellents;
  const pluriel = (n: number, s = 's') => (n > 1 ? s : '');
  return calcule(entete, {
    formules: [],
    methode:
      'RFM\u202F: récence (jours entre le dernier achat et la dernière vente du fichier), fréquence (nombre d’achats), montant (CA HT)\u202F; chaque critère noté de 1 à 5 par quintiles, 5 = meilleur.',
    chiffres: [
      { libelle: 'Clients notés', valeur: clients.valeur.length, unite: 'nombre' },
      { libelle: 'Clients excellents', valeur: excellents.nombre, unite: 'nombre' },
      { libelle: 'Clients à relancer', valeur: relance.nombre, unite: 'nombre' },
      { libelle: 'Part du CA des clients à relancer', valeur: relance.partMontant, unite: 'taux' },
    ],
    tableau: {
      entete: 'Segment',
      colonnes: [
        { libelle: 'Clients', unite: 'nombre' },
        { libelle: 'Part des clients', unite: 'taux' },
        { libelle: 'CA HT', unite: 'montant' },
        { libelle: 'Part du CA', unite: 'taux' },
      ],
      lignes: r.valeur.map((x) => ({
        libelle: NOMS_SEGMENTS[x.segment],
        valeurs: [x.nombre, x.part, x.montant, x.partMontant],
      })),
    },
    interpretation: `${formatNombre(relance.nombre, 0)} client${pluriel(relance.nombre)} à relancer (de bons clients devenus silencieux) pèse${pluriel(relance.nombre, 'nt')} ${formatPourcentage(relance.partMontant)} du CA du fichier\u202F: les recontacter coûte moins cher que de conquérir des prospects. ${formatNombre(excellents.nombre, 0)} client${pluriel(excellents.nombre)} excellent${pluriel(excellents.nombre)} à choyer en priorité.`,
  });
}
