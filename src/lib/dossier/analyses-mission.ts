/**
 * Parts 2.4 and 3.3 of the dossier: what the objectives mean against the turnover of year N
 * (taux d’évolution, evolution.ts), and what the chosen method costs: budget, CA minimum
 * (budget.ts: dépenses ÷ taux de marque, never ÷ taux de marge) and the number of new clients
 * whose first order pays for it (rentabilite.ts).
 * Convention: the margin of a new client's first order is valeurClientEnMarge over one purchase
 * and one year, i.e. panier moyen × taux de marque; later orders are a bonus, not counted.
 */
import { analyseBudget } from '../budget/budget.ts';
import { tauxDEvolution } from '../ventes/evolution.ts';
import type { IdFormule } from '../formules/expressions.ts';
import { formatMontant, formatNombre, formatPourcentage } from '../commun/nombres.ts';
import { clientsPourRentabiliser } from '../marges/rentabilite.ts';
import { valeurClientEnMarge } from '../portefeuille/valeur-client.ts';
import { calcule, enErreur, incomplet, manquants, type Analyse, type Chiffre } from './analyse.ts';
import type { Contexte } from './contexte.ts';
import type { Dossier } from './modele.ts';

/** 2.4.2: the quantified objectives, and the growth of CA they aim at. */
export function analyseObjectifs({
  dossier,
  contexte,
}: {
  dossier: Dossier;
  contexte: Contexte;
}): Analyse {
  const entete = { id: 'objectifs', section: '2.4', titre: 'Objectifs chiffrés de la mission' };
  const o = dossier.objectifs;
  const manque = manquants([
    ['l’objectif de chiffre d’affaires additionnel', o.chiffreAffaires],
    ['le CA de l’année N (portefeuille)', contexte.caN],
  ]);
  if (manque.length) return incomplet(entete, manque);
  const croissance = tauxDEvolution({
    valeurDepart: contexte.caN as number,
    valeurArrivee: (contexte.caN as number) + (o.chiffreAffaires as number),
  });
  if (!croissance.ok) return enErreur(entete, croissance);
  const devise = dossier.entreprise.devise;
  const chiffres: Chiffre[] = [
    { libelle: 'CA additionnel visé', valeur: o.chiffreAffaires as number, unite: 'montant' },
    { libelle: 'Croissance du CA visée', valeur: croissance.valeur, unite: 'taux' },
  ];
  if (o.nouveauxClients !== undefined)
    chiffres.push({
      libelle: 'Nouveaux clients visés',
      valeur: o.nouveauxClients,
      unite: 'nombre',
    });
  return calcule(entete, {
    formules: ['taux-d-evolution'],
    chiffres,
    interpretation: `Apporter ${formatMontant(o.chiffreAffaires as number, devise, 0)} de CA en plus revient à faire croître le chiffre d’affaires de ${formatPourcentage(croissance.valeur)} par rapport à l’année N${o.nouveauxClients !== undefined ? `, avec ${formatNombre(o.nouveauxClients, 0)} nouveaux clients` : ''}.`,
    aCompleter: manquants([['le nombre de nouveaux clients visé', o.nouveauxClients]]),
  });
}

/** New clients whose first order's margin pays the cost, when the average basket is known and the figures allow it. */
function clientsPourPayer({
  cout,
  panier,
  marque,
}: {
  cout: number;
  panier: number | undefined;
  marque: number;
}): number | undefined {
  if (panier === undefined) return undefined;
  const margeClient = valeurClientEnMarge({
    panierMoyen: panier,
    frequence: 1,
    duree: 1,
    tauxDeMarque: marque,
  });
  if (!margeClient.ok) return undefined;
  const clients = clientsPourRentabiliser({ cout, margeParClient: margeClient.valeur });
  return clients.ok ? clients.valeur : undefined;
}

/** « de chiffre d’affaires à 30 % de taux de marque », or for an agent « de primes à 16,3 % de taux de commission ». */
const aTauxDe = (typeTaux: Dossier['valeur']['typeTaux'], marque: number) =>
  typeTaux === 'commission'
    ? ` de primes à ${formatPourcentage(marque)} de taux de commission`
    : ` de chiffre d’affaires à ${formatPourcentage(marque)} de taux de marque`;

/** 3.3.2: the method's budget, the CA minimum that pays for it and the clients needed to cover it. */
export function analyseBudgetMethode({
  dossier,
  contexte,
}: {
  dossier: Dossier;
  contexte: Contexte;
}): Analyse {
  const entete = { id: 'budget', section: '3.3', titre: 'Coût de la prospection et CA minimum' };
  const lignes = dossier.methode.couts.filter((l) => l.montant !== undefined);
  const manque = [
    ...(lignes.length ? [] : ['au moins une ligne de coût de la méthode']),
    ...(contexte.marque ? [] : ['le taux de marque ou de marge (valeur client)']),
  ];
  if (manque.length) return incomplet(entete, manque);
  if (contexte.marque && !contexte.marque.ok) return enErreur(entete, contexte.marque);
  const marque = (contexte.marque as { valeur: number }).valeur;
  const budget = analyseBudget({
    lignes: lignes.map((l, i) => ({
      id: String(i),
      action: l.action.trim() || `ligne ${i + 1}`,
      montant: l.montant as number,
    })),
    tauxDeMarque: marque,
  });
  if (!budget.ok) return enErreur(entete, budget);
  const devise = dossier.entreprise.devise;
  const formules: IdFormule[] = ['ca-minimum'];
  const chiffres: Chiffre[] = [
    { libelle: 'Coût total de la prospection', valeur: budget.valeur.total, unite: 'montant' },
    { libelle: 'CA minimum à générer', valeur: budget.valeur.caMinimum, unite: 'montant' },
  ];
  let texte = `La démarche coûte ${formatMontant(budget.valeur.total, devise, 0)}\u202F: pour la payer, elle doit apporter au moins ${formatMontant(budget.valeur.caMinimum, devise, 0)}${aTauxDe(dossier.valeur.typeTaux, marque)}.`;
  const panier = contexte.panier?.ok ? contexte.panier.valeur : undefined;
  const clients = clientsPourPayer({ cout: budget.valeur.total, panier, marque });
  if (clients !== undefined) {
    formules.push('clients-pour-rentabiliser');
    chiffres.push({
      libelle: 'Nouveaux clients pour rentabiliser (première commande)',
      valeur: clients,
      unite: 'nombre',
    });
    texte += ` Cela représente ${formatNombre(clients, 0)} nouveaux clients au panier moyen.`;
  }
  return calcule(entete, {
    formules,
    chiffres,
    tableau: {
      entete: 'Action',
      colonnes: [
        { libelle: 'Montant', unite: 'montant' },
        { libelle: 'Part', unite: 'taux' },
      ],
      lignes: budget.valeur.parAction.map((a) => ({
        libelle: a.action,
        valeurs: [a.montant, a.part],
      })),
    },
    interpretation: texte,
    aCompleter: manquants([['le panier moyen (pour les clients à conquérir)', panier]]),
  });
}
