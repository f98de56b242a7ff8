/**
 * Turnover analyses on sales rows (course chapter 2, seed 002 §2.2.1–2.2.3): CA global, CA by
 * customer category, by period, growth N / N−1 and the weight of each category.
 * Conventions:
 * - amounts are HT; a row is one purchase (it counts once in the frequency and the basket);
 * - periods are inclusive ISO dates; « N » and « N−1 » are any two periods the caller chooses
 *   (by default the last 12 months with sales and the 12 before: `derniersDouzeMois`);
 * - taux d'évolution = (CA N − CA N−1) ÷ CA N−1. The global rate is the average of the
 *   category rates weighted by each category's share of CA in N−1 (not the plain average):
 *   each category's `contribution` = its change ÷ the total CA N−1, and they add up to the global rate;
 * - ratios of sums (taux de marque, panier moyen) are computed by marges.ts / valeur-client.ts
 *   on the sums of a period (`indicateursVentes`): the taux de marque of the whole is
 *   Σ marges ÷ Σ CA, not the average of each sale's rate;
 * - taux d'attrition observé = clients of N−1 who bought nothing in N ÷ clients of N−1
 *   (`renouvellementClients`): the « usure » of chapter 1 measured on the sales file.
 */
import { isoDepuisJour, jourDepuisISO, composantes } from '../commun/dates.ts';
import type { ClientRFM, ElementABC } from '../portefeuille/portefeuille.ts';
import { tauxDEvolution } from './evolution.ts';
import { tauxDeMarge, tauxDeMarque } from '../marges/marges.ts';
import { panierMoyen } from '../portefeuille/valeur-client.ts';
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { estFini } from '../commun/nombres.ts';

/** One sales row of ventes.csv. */
export interface Vente {
  client: string;
  categorie: string;
  date: string;
  montantHT: number;
  coutHT: number;
}
/** An inclusive period between two ISO dates. */
export interface Periode {
  debut: string;
  fin: string;
}
/** Sums for a category: CA, cost, margin, share of the global CA, number of sales and of clients. */
export interface CaCategorie {
  categorie: string;
  ca: number;
  cout: number;
  marge: number;
  part: number;
  nombreVentes: number;
  nombreClients: number;
}

type VenteDatee = Vente & { jour: number };

/** The period's first and last day (every day when there is no period). */
function bornesDe(periode?: Periode): Resultat<[number, number]> {
  if (!periode) return ok([-Infinity, Infinity]);
  const d = jourDepuisISO(periode.debut),
    f = jourDepuisISO(periode.fin);
  if (d === null)
    return echec(
      'La date de début de la période n’est pas une date valide (aaaa-mm-jj).',
      'periode.debut',
    );
  if (f === null)
    return echec(
      'La date de fin de la période n’est pas une date valide (aaaa-mm-jj).',
      'periode.fin',
    );
  if (f < d) return echec('La période finit avant de commencer.', 'periode.fin');
  return ok([d, f]);
}

/** Sale number `n`, dated, or the first fault that makes it unusable. */
function lireVente(v: Vente, n: number): Resultat<VenteDatee> {
  const jour = jourDepuisISO(v?.date);
  if (jour === null)
    return echec(`La date de la vente ${n} n’est pas une date valide (aaaa-mm-jj).`, 'ventes');
  if (!estFini(v.montantHT) || v.montantHT < 0)
    return echec(`Le montant HT de la vente ${n} doit être un nombre positif ou nul.`, 'ventes');
  if (!estFini(v.coutHT) || v.coutHT < 0)
    return echec(`Le coût HT de la vente ${n} doit être un nombre positif ou nul.`, 'ventes');
  return ok({ ...v, jour });
}

function preparer(ventes: readonly Vente[], periode?: Periode): Resultat<VenteDatee[]> {
  if (!Array.isArray(ventes)) return echec('La liste des ventes est absente.', 'ventes');
  const bornes = bornesDe(periode);
  if (!bornes.ok) return bornes;
  const [debut, fin] = bornes.valeur;
  const r: VenteDatee[] = [];
  for (let i = 0; i < ventes.length; i++) {
    const lue = lireVente(ventes[i], i + 1);
    if (!lue.ok) return lue;
    if (lue.valeur.jour >= debut && lue.valeur.jour <= fin) r.push(lue.valeur);
  }
  return ok(r);
}

/** CA global and CA by category (sorted by decreasing CA), with costs, margins and weights. */
export function caParCategorie({
  ventes,
  periode,
}: {
  ventes: readonly Vente[];
  periode?: Periode;
}): Resultat<{
  caGlobal: number;
  coutGlobal: number;
  margeGlobale: number;
  nombreVentes: number;
  nombreClients: number;
  categories: CaCategorie[];
}> {
  const p = preparer(ventes, periode);
  if (!p.ok) return p;
  const parCat = new Map<string, CaCategorie & { clients: Set<string> }>();
  const clients = new Set<string>();
  let ca = 0,
    cout = 0;
  for (const v of p.valeur) {
    let c = parCat.get(v.categorie);
    if (!c)
      parCat.set(
        v.categorie,
        (c = {
          categorie: v.categorie,
          ca: 0,
          cout: 0,
          marge: 0,
          part: 0,
          nombreVentes: 0,
          nombreClients: 0,
          clients: new Set(),
        }),
      );
    c.ca += v.montantHT;
    c.cout += v.coutHT;
    c.nombreVentes++;
    c.clients.add(v.client);
    ca += v.montantHT;
    cout += v.coutHT;
    clients.add(v.client);
  }
  const categories = [...parCat.values()]
    .map(({ clients: cl, ...c }) => ({
      ...c,
      marge: c.ca - c.cout,
      part: ca > 0 ? c.ca / ca : 0,
      nombreClients: cl.size,
    }))
    .sort((a, b) => b.ca - a.ca || a.categorie.localeCompare(b.categorie, 'fr'));
  return ok({
    caGlobal: ca,
    coutGlobal: cout,
    margeGlobale: ca - cout,
    nombreVentes: p.valeur.length,
    nombreClients: clients.size,
    categories,
  });
}

/** CA and margin by month, quarter or year (gaps filled with zeros so a chart shows them), optionally for one category. */
export function caParPeriode({
  ventes,
  pas = 'mois',
  categorie,
}: {
  ventes: readonly Vente[];
  pas?: 'mois' | 'trimestre' | 'annee';
  categorie?: string;
}): Resultat<{ periode: string; ca: number; marge: number; nombreVentes: number }[]> {
  const p = preparer(ventes);
  if (!p.ok) return p;
  const rang = (jour: number) => {
    const c = composantes(jour);
    return pas === 'annee'
      ? c.annee
      : pas === 'trimestre'
        ? c.annee * 4 + Math.floor((c.mois - 1) / 3)
        : c.annee * 12 + c.mois - 1;
  };
  const libelle = (r: number) =>
    pas === 'annee'
      ? String(r)
      : pas === 'trimestre'
        ? `${Math.floor(r / 4)}-T${(r % 4) + 1}`
        : `${Math.floor(r / 12)}-${String((r % 12) + 1).padStart(2, '0')}`;
  const lignes = p.valeur.filter((v) => categorie === undefined || v.categorie === categorie);
  if (lignes.length === 0) return ok([]);
  const rangs = lignes.map((v) => rang(v.jour));
  const min = rangs.reduce((a, b) => Math.min(a, b)),
    max = rangs.reduce((a, b) => Math.max(a, b));
  const r = Array.from({ length: max - min + 1 }, (_, i) => ({
    periode: libelle(min + i),
    ca: 0,
    marge: 0,
    nombreVentes: 0,
  }));
  lignes.forEach((v, i) => {
    const x = r[rangs[i] - min];
    x.ca += v.montantHT;
    x.marge += v.montantHT - v.coutHT;
    x.nombreVentes++;
  });
  return ok(r);
}

/** The last 12 calendar months that contain a sale (N) and the 12 months before (N−1). */
export function derniersDouzeMois({
  ventes,
}: {
  ventes: readonly Vente[];
}): Resultat<{ periodeN: Periode; periodeN1: Periode }> {
  const p = preparer(ventes);
  if (!p.ok) return p;
  if (p.valeur.length === 0)
    return echec('Aucune vente\u202f: impossible de situer les périodes N et N−1.', 'ventes');
  const { annee, mois } = composantes(p.valeur.reduce((m, v) => Math.max(m, v.jour), -Infinity));
  const premier = (a: number, m: number) =>
    isoDepuisJour(Math.round(Date.UTC(a, m - 1, 1) / 86_400_000));
  const dernier = (a: number, m: number) =>
    isoDepuisJour(Math.round(Date.UTC(a, m, 0) / 86_400_000));
  return ok({
    periodeN: { debut: premier(annee - 1, mois + 1), fin: dernier(annee, mois) },
    periodeN1: { debut: premier(annee - 2, mois + 1), fin: dernier(annee - 1, mois) },
  });
}

/** Growth N / N−1 of each category and of the whole, with each category's weight and contribution. */
export function evolutionParCategorie({
  ventes,
  periodeN,
  periodeN1,
}: {
  ventes: readonly Vente[];
  periodeN: Periode;
  periodeN1: Periode;
}): Resultat<{
  categories: {
    categorie: string;
    caN1: number;
    caN: number;
    evolution: number | null;
    poidsN1: number;
    contribution: number;
  }[];
  global: { caN1: number; caN: number; evolution: number };
}> {
  const n = caParCategorie({ ventes, periode: periodeN });
  if (!n.ok)
    return n.erreur.champ?.startsWith('periode')
      ? echec(n.erreur.message, n.erreur.champ.replace('periode', 'periodeN'))
      : n;
  const n1 = caParCategorie({ ventes, periode: periodeN1 });
  if (!n1.ok)
    return n1.erreur.champ?.startsWith('periode')
      ? echec(n1.erreur.message, n1.erreur.champ.replace('periode', 'periodeN1'))
      : n1;
  const total1 = n1.valeur.caGlobal;
  if (total1 <= 0)
    return echec(
      'Le CA de la période N−1 est nul\u202f: le taux d’évolution ne peut pas être calculé.',
      'periodeN1',
    );
  const noms = [
    ...new Set([...n1.valeur.categories, ...n.valeur.categories].map((c) => c.categorie)),
  ];
  const categories = noms.map((categorie) => {
    const caN1 = n1.valeur.categories.find((c) => c.categorie === categorie)?.ca ?? 0;
    const caN = n.valeur.categories.find((c) => c.categorie === categorie)?.ca ?? 0;
    // A category absent in N−1 has no growth rate, but its whole CA still adds to the global growth.
    const evolution = tauxDEvolution({ valeurDepart: caN1, valeurArrivee: caN });
    return {
      categorie,
      caN1,
      caN,
      evolution: evolution.ok ? evolution.valeur : null,
      poidsN1: caN1 / total1,
      contribution: (caN - caN1) / total1,
    };
  });
  const global = tauxDEvolution({ valeurDepart: total1, valeurArrivee: n.valeur.caGlobal });
  if (!global.ok) return echec(global.erreur.message, 'ventes');
  return ok({
    categories,
    global: { caN1: total1, caN: n.valeur.caGlobal, evolution: global.valeur },
  });
}

/** CA (or margin) per client, ready for `classerABC` and `diagnosticConcentration`. */
export function caParClient({
  ventes,
  periode,
  mesure = 'ca',
}: {
  ventes: readonly Vente[];
  periode?: Periode;
  mesure?: 'ca' | 'marge';
}): Resultat<ElementABC[]> {
  const p = preparer(ventes, periode);
  if (!p.ok) return p;
  const m = new Map<string, number>();
  for (const v of p.valeur)
    m.set(
      v.client,
      (m.get(v.client) ?? 0) + (mesure === 'ca' ? v.montantHT : v.montantHT - v.coutHT),
    );
  // A client sold at a loss has a negative margin: it counts as zero in an ABC of margins.
  return ok([...m].map(([id, valeur]) => ({ id, valeur: Math.max(0, valeur) })));
}

/** Recency (days before `dateReference`), frequency (rows) and amount per client, for `notesRFM`. */
export function indicateursRFM({
  ventes,
  dateReference,
  periode,
}: {
  ventes: readonly Vente[];
  dateReference: string;
  periode?: Periode;
}): Resultat<ClientRFM[]> {
  const ref = jourDepuisISO(dateReference);
  if (ref === null)
    return echec('La date de référence n’est pas une date valide (aaaa-mm-jj).', 'dateReference');
  const p = preparer(ventes, periode);
  if (!p.ok) return p;
  const m = new Map<string, ClientRFM & { dernier: number }>();
  for (const v of p.valeur) {
    if (v.jour > ref) continue; // a sale after the reference date has not happened yet
    const c = m.get(v.client) ?? {
      id: v.client,
      recence: 0,
      frequence: 0,
      montant: 0,
      dernier: -Infinity,
    };
    c.frequence++;
    c.montant += v.montantHT;
    c.dernier = Math.max(c.dernier, v.jour);
    m.set(v.client, c);
  }
  return ok([...m.values()].map(({ dernier, ...c }) => ({ ...c, recence: ref - dernier })));
}

/** The indicators of a period: sums, panier moyen, purchases per client, taux de marque and taux de marge of the whole. */
export interface IndicateursVentes {
  caGlobal: number;
  coutGlobal: number;
  margeGlobale: number;
  nombreVentes: number;
  nombreClients: number;
  panierMoyen: number;
  achatsParClient: number;
  caParClient: number;
  tauxDeMarque: number;
  tauxDeMarge: number | null;
}

/** Panier moyen = CA ÷ ventes; taux de marque = marge ÷ CA; taux de marge = marge ÷ coût (null when nothing was bought at a cost). */
export function indicateursVentes({
  ventes,
  periode,
}: {
  ventes: readonly Vente[];
  periode?: Periode;
}): Resultat<IndicateursVentes> {
  const c = caParCategorie({ ventes, periode });
  if (!c.ok) return c;
  const { caGlobal, coutGlobal, margeGlobale, nombreVentes, nombreClients } = c.valeur;
  if (nombreVentes === 0 || caGlobal <= 0)
    return echec(
      'Aucune vente sur la période\u202f: les indicateurs ne peuvent pas être calculés.',
      'ventes',
    );
  const panier = panierMoyen({ chiffreAffaires: caGlobal, transactions: nombreVentes });
  const marque = tauxDeMarque({ prixVenteHT: caGlobal, coutAchatHT: coutGlobal });
  if (!panier.ok) return panier;
  if (!marque.ok) return marque;
  const marge = tauxDeMarge({ prixVenteHT: caGlobal, coutAchatHT: coutGlobal });
  return ok({
    caGlobal,
    coutGlobal,
    margeGlobale,
    nombreVentes,
    nombreClients,
    panierMoyen: panier.valeur,
    achatsParClient: nombreVentes / nombreClients,
    caParClient: caGlobal / nombreClients,
    tauxDeMarque: marque.valeur,
    tauxDeMarge: marge.ok ? marge.valeur : null,
  });
}

/** Clients kept, lost and won between two periods, and the observed taux d'attrition. */
export interface Renouvellement {
  clientsN1: number;
  clientsN: number;
  fideles: number;
  perdus: string[];
  nouveaux: string[];
  tauxAttrition: number;
}

/** Who bought in N−1 and not in N (perdus), in N and not in N−1 (nouveaux); attrition = perdus ÷ clients de N−1. */
export function renouvellementClients({
  ventes,
  periodeN,
  periodeN1,
}: {
  ventes: readonly Vente[];
  periodeN: Periode;
  periodeN1: Periode;
}): Resultat<Renouvellement> {
  const n = caParClient({ ventes, periode: periodeN });
  if (!n.ok) return n;
  const n1 = caParClient({ ventes, periode: periodeN1 });
  if (!n1.ok) return n1;
  if (n1.valeur.length === 0)
    return echec(
      'Aucun client en N−1\u202f: le taux d’attrition ne peut pas être calculé.',
      'periodeN1',
    );
  const avant = new Set(n1.valeur.map((c) => c.id)),
    apres = new Set(n.valeur.map((c) => c.id));
  const perdus = [...avant].filter((id) => !apres.has(id)).sort();
  const nouveaux = [...apres].filter((id) => !avant.has(id)).sort();
  return ok({
    clientsN1: avant.size,
    clientsN: apres.size,
    fideles: avant.size - perdus.length,
    perdus,
    nouveaux,
    tauxAttrition: perdus.length / avant.size,
  });
}
