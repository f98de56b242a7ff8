/**
 * After the operation (chapter 11): coût d’acquisition client = coût ÷ nouveaux clients
 * (src/lib/marges/rentabilite.ts `coutAcquisitionClient`), then how many clients it would have taken
 * to pay it back, ⌈coût ÷ marge par client⌉ (`clientsPourRentabiliser`, rounded UP: one client
 * fewer leaves part of the cost unpaid).
 * Anticipated mistakes: rounding down, leaving the decimal quotient, dividing by what a client
 * buys instead of the margin he brings.
 */
import { entierEntre, choisir } from '../../lib/commun/aleatoire.ts';
import { formatNombre, formatPourcentage } from '../../lib/commun/nombres.ts';
import { coutAcquisitionClient, clientsPourRentabiliser } from '../../lib/marges/rentabilite.ts';
import {
  expressionDe,
  formaterReponse,
  montantRond,
  sansCollision,
  valeurDe,
  type Generateur,
} from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseQuiVend, montantEnonce } from '../budgetiser/contexte.ts';

/** Taux de marque that keep a round client turnover from a round margin. */
const TAUX_DE_MARQUE = [0.2, 0.25, 0.4, 0.5] as const;

const generer: Generateur = (alea) => {
  const { presentation, nom, devise } = entrepriseQuiVend(alea);
  const facteur = devise === 'MAD' ? 10 : 1;
  const cout = montantRond(alea, { min: 6000 * facteur, max: 30000 * facteur, pas: 100 * facteur });
  const tauxDeMarque = choisir(alea, TAUX_DE_MARQUE);
  const margeParClient = montantRond(alea, {
    min: 250 * facteur,
    max: Math.min(2000 * facteur, cout / 4),
    pas: 10 * facteur,
  });
  const caParClient = margeParClient / tauxDeMarque;
  const nouveauxClients = entierEntre(alea, 3, 40);
  const cac = valeurDe(coutAcquisitionClient({ coutTotal: cout, nouveauxClients }));
  const clients = valeurDe(clientsPourRentabiliser({ cout, margeParClient }));
  const quotient = cout / margeParClient;
  const f = (valeur: number) => formaterReponse({ valeur, unite: devise });
  const nb = (valeur: number) => formaterReponse({ valeur, unite: 'nombre' });
  return sansCollision({
    enonce:
      `${presentation} a dépensé ${montantEnonce(cout, devise)} pour une opération de prospection qui lui a apporté ${nouveauxClients}\u00a0nouveaux clients. ` +
      `Un nouveau client achète en moyenne ${montantEnonce(caParClient, devise)} HT la première année, avec un taux de marque de ${formatPourcentage(tauxDeMarque, 0)}, soit ${montantEnonce(margeParClient, devise)} de marge.\n\n` +
      'Quel est le coût d’acquisition d’un client, et combien de nouveaux clients fallait-il au minimum pour que l’opération soit rentabilisée dès la première année\u202f?',
    donnees: { cout, nouveauxClients, margeParClient, caParClient },
    reponses: [
      {
        cle: 'cac',
        libelle: 'Coût d’acquisition d’un client',
        attendu: cac,
        unite: devise,
        tolerance: { absolue: 0.5 },
      },
      {
        cle: 'clients',
        libelle: 'Clients pour rentabiliser',
        attendu: clients,
        unite: 'nombre',
        tolerance: { absolue: 0 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'cac',
        valeur: cout / clients,
        message:
          'Vous avez divisé par le nombre de clients qu’il aurait fallu. Le coût d’acquisition se calcule sur les clients réellement obtenus.',
      },
      {
        cle: 'clients',
        valeur: Math.floor(quotient),
        message:
          'Arrondi vers le bas, ce nombre de clients laisse une partie du coût non payée\u202f: arrondissez à l’entier supérieur.',
      },
      {
        cle: 'clients',
        valeur: quotient,
        tolerance: { absolue: 0.01 },
        message:
          'Un client ne se fractionne pas\u202f: arrondissez ce quotient à l’entier supérieur.',
      },
      {
        cle: 'clients',
        valeur: Math.ceil(cout / caParClient),
        message:
          'Vous avez divisé par ce que le client achète. Seule sa marge paie l’opération\u202f: divisez par la marge par client.',
      },
    ],
    indice:
      'Le coût d’acquisition répartit la dépense sur les clients obtenus. Pour rentabiliser, comptez combien de marges par client il faut pour couvrir la dépense.',
    solution: [
      {
        texte: `${expressionDe('cout-acquisition-client')}\u202f: ${f(cout)} ÷ ${nouveauxClients} = ${f(cac)}.`,
        formuleId: 'cout-acquisition-client',
      },
      {
        texte: `${expressionDe('clients-pour-rentabiliser')}\u202f: ${f(cout)} ÷ ${f(margeParClient)} ≈ ${formatNombre(quotient, 2)}, arrondi à l’entier supérieur.`,
        formuleId: 'clients-pour-rentabiliser',
      },
      {
        texte: `Chaque client a coûté ${f(cac)} à ${nom}\u202f; il fallait au moins ${nb(clients)}\u00a0clients pour rentabiliser l’opération, ${nouveauxClients >= clients ? 'objectif atteint' : 'objectif manqué'} avec ${nouveauxClients}.`,
      },
    ],
  });
};

/** Acquisition cost and clients needed to break even. */
export const clientsRentabiliserExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'mesurer-la-rentabilite/clients-rentabiliser',
  titre: 'Coût d’acquisition et clients nécessaires',
  objectif:
    'Répartir le coût sur les clients obtenus, puis arrondir à l’entier supérieur le nombre de clients nécessaires',
  generer,
};
