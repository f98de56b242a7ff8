/**
 * How many new clients make a prospecting campaign pay for itself within the first year.
 * Step 1: the margin a new client brings that year, panier moyen × fréquence × 1 an × taux de
 * marque (catalogue « valeur-client-en-marge » over one year). Step 2: cost ÷ that margin,
 * rounded UP (a client is whole, and one fewer leaves part of the cost unpaid).
 * Anticipated mistakes: rounding down, leaving the decimal quotient, dividing the cost by the
 * client's turnover instead of its margin.
 */
import { totalDepenses } from '../../lib/budget/budget.ts';
import { formatNombre, formatPourcentage } from '../../lib/commun/nombres.ts';
import {
  expressionDe,
  formaterReponse,
  montantRond,
  sansCollision,
  tauxRond,
  valeurDe,
  type Generateur,
} from '../generateur.ts';
import { calculerFormule } from '../calcul-catalogue.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseQuiVend, lignesAuHasard, listeLignes, montantEnonce } from './contexte.ts';

const generer: Generateur = (alea) => {
  const { presentation, nom, devise } = entrepriseQuiVend(alea);
  const facteur = devise === 'MAD' ? 10 : 1;
  const lignes = lignesAuHasard(alea, { nombre: 3 + Math.floor(alea() * 2), devise });
  const cout = valeurDe(totalDepenses({ lignes }));
  const frequence = 2 + Math.floor(alea() * 3);
  const tauxDeMarque = tauxRond(alea, { min: 20, max: 35 });
  // The basket is capped so that at least 3 clients are needed: 1 or 2 teach nothing about rounding.
  const plafond = Math.min(1000 * facteur, cout / (3 * frequence * tauxDeMarque));
  const panierMoyen = montantRond(alea, { min: 200 * facteur, max: plafond, pas: 50 * facteur });
  const margeParClient = calculerFormule('valeur-client-en-marge', {
    panierMoyen,
    frequence,
    duree: 1,
    tauxDeMarque,
  });
  const clients = calculerFormule('clients-pour-rentabiliser', { cout, margeParClient });
  const caParClient = calculerFormule('valeur-client', { panierMoyen, frequence, duree: 1 });
  const quotient = cout / margeParClient;
  const f = (valeur: number) => formaterReponse({ valeur, unite: devise });
  const taux = formatPourcentage(tauxDeMarque, 1);
  return sansCollision({
    enonce:
      `${presentation} lance une campagne qui comprend\u202f:\n${listeLignes(lignes, devise)}\n\n` +
      `Un nouveau client passe en moyenne ${frequence}\u00a0commandes par an, de ${montantEnonce(panierMoyen, devise)} HT chacune, avec un taux de marque de ${taux}. ` +
      'Quelle marge un nouveau client apporte-t-il la première année, et combien de nouveaux clients faut-il pour que la campagne soit rentabilisée dès cette année-là\u202f?',
    donnees: { cout, panierMoyen, frequence, tauxDeMarque },
    reponses: [
      {
        cle: 'margeParClient',
        libelle: 'Marge par client la première année',
        attendu: margeParClient,
        unite: devise,
        tolerance: { absolue: 0.5 },
      },
      {
        cle: 'clients',
        libelle: 'Nombre de nouveaux clients',
        attendu: clients,
        unite: 'nombre',
        tolerance: { absolue: 0 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'margeParClient',
        valeur: caParClient,
        message:
          'C’est ce que le client achète sur l’année, pas la marge\u202f: appliquez le taux de marque.',
      },
      {
        cle: 'clients',
        valeur: Math.floor(quotient),
        message: `Vous avez arrondi vers le bas. Avec ${formatNombre(Math.floor(quotient), 0)}\u00a0clients, la marge reste inférieure au coût\u202f: on arrondit toujours à l’entier supérieur.`,
      },
      {
        cle: 'clients',
        valeur: quotient,
        tolerance: { absolue: 0.01 },
        message:
          'Un nombre de clients est un nombre entier\u202f: arrondissez votre quotient à l’entier supérieur.',
      },
      {
        cle: 'clients',
        valeur: Math.ceil(cout / caParClient),
        message:
          'Vous avez divisé par ce que le client achète. Seule la marge paie la campagne\u202f: divisez le coût par la marge par client.',
      },
    ],
    indice:
      'Un client paie la campagne avec sa marge, pas avec ses achats. Calculez le coût total, la marge d’un client sur l’année, puis combien de marges il faut. Un client ne se fractionne pas.',
    solution: [
      {
        texte: `Coût de la campagne\u202f: ${lignes.map((l) => f(l.montant)).join(' + ')} = ${f(cout)}.`,
      },
      {
        texte: `Achats d’un client sur l’année\u202f: ${f(panierMoyen)} × ${frequence} = ${f(caParClient)}.`,
        formuleId: 'valeur-client',
      },
      {
        texte: `Marge par client\u202f: ${f(caParClient)} × ${taux} = ${f(margeParClient)}.`,
        formuleId: 'valeur-client-en-marge',
      },
      {
        texte: `${expressionDe('clients-pour-rentabiliser')}\u202f: ${f(cout)} ÷ ${f(margeParClient)} ≈ ${formatNombre(quotient, 2)}, arrondi à l’entier supérieur.`,
        formuleId: 'clients-pour-rentabiliser',
      },
      {
        texte: `Chaque client apporte ${f(margeParClient)} de marge\u202f: ${nom} a besoin de ${formaterReponse({ valeur: clients, unite: 'nombre' })}\u00a0nouveaux clients pour couvrir la campagne.`,
      },
    ],
  });
};

/** Clients needed to pay back a campaign. */
export const clientsRentabiliteExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'budgetiser/clients-rentabilite',
  titre: 'Combien de clients pour rentabiliser\u202f?',
  objectif:
    'Passer des achats d’un client à sa marge, puis arrondir le nombre de clients à l’entier supérieur',
  generer,
};
