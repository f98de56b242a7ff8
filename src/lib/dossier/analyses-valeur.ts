/**
 * Part 2.3 of the dossier, « évaluer la valeur client »: average basket (valeur-client.ts),
 * taux de marque and taux de marge (marges.ts: both are shown, each with its base, since the
 * learner's company may quote either), customer value and acquisition cost (rentabilite.ts).
 * Convention: the customer value in margin uses the taux de marque (margin ÷ selling price),
 * whatever rate the learner typed: a taux de marge is converted first.
 */
import { formatMontant, formatPourcentage } from '../commun/nombres.ts';
import { tauxDeMarge, tauxDeMargeDepuisTauxDeMarque } from '../marges/marges.ts';
import { coutAcquisitionClient } from '../marges/rentabilite.ts';
import { valeurClient, valeurClientEnMarge } from '../portefeuille/valeur-client.ts';
import type { IdFormule } from '../formules/expressions.ts';
import {
  calcule,
  enErreur,
  incomplet,
  manquants,
  premiereErreur,
  type Analyse,
  type Chiffre,
} from './analyse.ts';
import { ok, type Resultat } from '../commun/resultat.ts';
import type { Contexte } from './contexte.ts';
import type { Dossier } from './modele.ts';

/** 2.3.1: panier moyen = CA N ÷ number of sales of year N. */
export function analysePanier({
  dossier,
  contexte,
}: {
  dossier: Dossier;
  contexte: Contexte;
}): Analyse {
  const entete = { id: 'panier-moyen', section: '2.3', titre: 'Panier moyen' };
  if (!contexte.panier)
    return incomplet(
      entete,
      manquants([
        ['le CA de l’année N (portefeuille)', contexte.caN],
        ['le nombre de ventes de l’année N', dossier.valeur.transactions],
      ]),
    );
  if (!contexte.panier.ok) return enErreur(entete, contexte.panier);
  const devise = dossier.entreprise.devise;
  return calcule(entete, {
    formules: ['panier-moyen'],
    chiffres: [{ libelle: 'Panier moyen', valeur: contexte.panier.valeur, unite: 'montant' }],
    interpretation: `Un client dépense en moyenne ${formatMontant(contexte.panier.valeur, devise, 0)} HT par achat\u202F: c’est la base pour chiffrer ce qu’un nouveau client rapporte.`,
  });
}

/** 2.3.2 for an agent: its taux de commission (commissions ÷ premiums), which plays the taux de marque's part. */
function analyseCommission(
  entete: { id: string; section: string; titre: string },
  taux: number,
  depuisPrix: boolean,
): Analyse {
  return calcule(
    { ...entete, titre: 'Taux de commission' },
    {
      formules: depuisPrix ? ['taux-de-marque'] : [],
      chiffres: [
        { libelle: 'Taux de commission (commissions ÷ primes HT)', valeur: taux, unite: 'taux' },
      ],
      interpretation: `Sur 100 de primes HT placées, l’entreprise garde ${formatPourcentage(taux)} de commission\u202F: elle ne revend rien, ce taux tient lieu de taux de marque. Les dépenses de prospection se couvrent avec lui.`,
    },
  );
}

/** 2.3.2: taux de marque and taux de marge, from the average price and cost, or converted from the typed rate. */
export function analyseMarges({
  dossier,
  contexte,
}: {
  dossier: Dossier;
  contexte: Contexte;
}): Analyse {
  const entete = { id: 'taux-de-marque', section: '2.3', titre: 'Taux de marque et taux de marge' };
  const v = dossier.valeur;
  if (!contexte.marque)
    return incomplet(entete, [
      'le prix de vente HT moyen et le coût d’achat HT moyen, ou un taux de marque ou de marge',
    ]);
  if (!contexte.marque.ok) return enErreur(entete, contexte.marque);
  const marque = contexte.marque.valeur;
  const depuisPrix = v.prixVenteHT !== undefined && v.coutAchatHT !== undefined;
  // An agent keeps commissions on the premiums it places: no purchase cost, so no taux de marge.
  if (v.typeTaux === 'commission') return analyseCommission(entete, marque, depuisPrix);
  const marge = depuisPrix
    ? tauxDeMarge({ prixVenteHT: v.prixVenteHT as number, coutAchatHT: v.coutAchatHT as number })
    : v.typeTaux === 'marge'
      ? { ok: true as const, valeur: v.taux as number }
      : tauxDeMargeDepuisTauxDeMarque({ tauxDeMarque: marque });
  if (!marge.ok) return enErreur(entete, marge);
  const formules: IdFormule[] = depuisPrix
    ? ['taux-de-marque', 'taux-de-marge']
    : v.typeTaux === 'marge'
      ? ['taux-de-marque-depuis-taux-de-marge']
      : ['taux-de-marge-depuis-taux-de-marque'];
  return calcule(entete, {
    formules,
    chiffres: [
      { libelle: 'Taux de marque (marge ÷ prix de vente HT)', valeur: marque, unite: 'taux' },
      { libelle: 'Taux de marge (marge ÷ coût d’achat HT)', valeur: marge.valeur, unite: 'taux' },
    ],
    interpretation: `Sur 100 de ventes HT, il reste ${formatPourcentage(marque)} de marge une fois l’offre payée (taux de marque)\u202F; rapportée au coût d’achat, la même marge fait ${formatPourcentage(marge.valeur)} (taux de marge). Les dépenses de prospection se couvrent avec le taux de marque.`,
  });
}

/** What the two halves of the customer-value analysis add to: figures, formulas, sentences. */
interface Partie {
  chiffres: Chiffre[];
  formules: IdFormule[];
  phrases: string[];
  devise: Dossier['entreprise']['devise'];
}

type Achats = { panierMoyen: number; frequence: number; duree: number };
/** The purchases of a client when the three figures are known. */
function achatsConnus(
  panierMoyen: number | undefined,
  frequence: number | undefined,
  duree: number | undefined,
): Achats | undefined {
  if (panierMoyen === undefined || frequence === undefined || duree === undefined) return undefined;
  return { panierMoyen, frequence, duree };
}

/** Customer value in CA (and in margin when the markup rate is known); its value in margin, if any. Nothing without the purchases. */
function partieValeur(
  { chiffres, formules, phrases, devise }: Partie,
  { achats, marque }: { achats: Achats | undefined; marque: Contexte['marque'] },
): Resultat<number | undefined> {
  if (!achats) return ok(undefined);
  const ca = valeurClient(achats);
  const marge = marque?.ok
    ? valeurClientEnMarge({ ...achats, tauxDeMarque: marque.valeur })
    : undefined;
  const e = premiereErreur(ca, ...(marge ? [marge] : []));
  if (e) return e;
  if (!ca.ok) return ca;
  chiffres.push({
    libelle: 'Valeur client (CA sur la durée de vie)',
    valeur: ca.valeur,
    unite: 'montant',
  });
  formules.push('valeur-client');
  phrases.push(
    `Un client rapporte ${formatMontant(ca.valeur, devise, 0)} de chiffre d’affaires sur sa durée de vie`,
  );
  if (!marge?.ok) return ok(undefined);
  chiffres.push({ libelle: 'Valeur client en marge', valeur: marge.valeur, unite: 'montant' });
  formules.push('valeur-client-en-marge');
  phrases[0] += `, dont ${formatMontant(marge.valeur, devise, 0)} de marge`;
  return ok(marge.valeur);
}

/** The cost of acquiring a client, set against the client's value in margin when it is known. Nothing without its two figures. */
function partieCout(
  { chiffres, formules, phrases, devise }: Partie,
  {
    coutTotal,
    nouveauxClients,
    enMarge,
  }: {
    coutTotal: number | undefined;
    nouveauxClients: number | undefined;
    enMarge: number | undefined;
  },
): Resultat<number | undefined> {
  if (coutTotal === undefined || nouveauxClients === undefined) return ok(undefined);
  const cac = coutAcquisitionClient({ coutTotal, nouveauxClients });
  if (!cac.ok) return cac;
  chiffres.push({
    libelle: 'Coût d’acquisition d’un client',
    valeur: cac.valeur,
    unite: 'montant',
  });
  formules.push('cout-acquisition-client');
  phrases.push(`acquérir un client coûte ${formatMontant(cac.valeur, devise, 0)}`);
  if (enMarge !== undefined)
    phrases.push(
      enMarge > cac.valeur
        ? 'la marge d’un client couvre son coût d’acquisition, la conquête est rentable'
        : 'la marge d’un client ne couvre pas son coût d’acquisition\u202F: il faut fidéliser plus longtemps ou prospecter moins cher',
    );
  return cac;
}

/** 2.3.3: customer value over its lifetime (in CA and in margin) and the cost of acquiring a client. */
export function analyseValeurClient({
  dossier,
  contexte,
}: {
  dossier: Dossier;
  contexte: Contexte;
}): Analyse {
  const entete = {
    id: 'valeur-client',
    section: '2.3',
    titre: 'Valeur client et coût d’acquisition',
  };
  const v = dossier.valeur;
  const devise = dossier.entreprise.devise;
  const panier = contexte.panier?.ok ? contexte.panier.valeur : undefined;
  const manqueValeur = manquants([
    ['le panier moyen (CA N et nombre de ventes)', panier],
    ['la fréquence d’achat par an', v.frequence],
    ['la durée de vie client en années', v.duree],
  ]);
  const manqueCout = manquants([
    ['les dépenses d’acquisition', v.depensesAcquisition],
    ['le nombre de nouveaux clients acquis', v.nouveauxClients],
  ]);
  if (manqueValeur.length && manqueCout.length)
    return incomplet(entete, [...manqueValeur, ...manqueCout]);
  const chiffres: Chiffre[] = [];
  const formules: IdFormule[] = [];
  const phrases: string[] = [];
  const partie = { chiffres, formules, phrases, devise };
  const valeur = partieValeur(partie, {
    achats: achatsConnus(panier, v.frequence, v.duree),
    marque: contexte.marque,
  });
  if (!valeur.ok) return enErreur(entete, valeur);
  const cout = partieCout(partie, {
    coutTotal: v.depensesAcquisition,
    nouveauxClients: v.nouveauxClients,
    enMarge: valeur.valeur,
  });
  if (!cout.ok) return enErreur(entete, cout);
  const texte = phrases.join('\u202F; ');
  return calcule(entete, {
    formules,
    chiffres,
    interpretation: `${texte.charAt(0).toUpperCase()}${texte.slice(1)}.`,
    aCompleter: [...manqueValeur, ...manqueCout],
  });
}
