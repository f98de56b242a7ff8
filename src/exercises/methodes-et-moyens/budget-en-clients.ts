/**
 * From a budget to clients (chapter 7): calls affordable = (budget − fixed costs) ÷ cost per call,
 * rounded DOWN (a call one cannot pay is not made); clients = calls × reach rate × appointment
 * rate × order rate; cost per client = cost actually spent ÷ clients (src/lib/methodes/methodes.ts
 * `comparerMethodes` on a budget basis, as the comparator does).
 * Anticipated mistakes: forgetting the fixed costs, rounding the calls up, applying only the
 * last rate, skipping the reach rate.
 */
import { entierEntre } from '../../lib/commun/aleatoire.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { expressionDe, formaterReponse, sansCollision, type Generateur } from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import {
  comparerUneMethode,
  entrepriseAuHasard,
  facteurDevise,
  montantEnonce,
  tauxEnonce,
} from './contexte.ts';

const generer: Generateur = (alea) => {
  const { presentation, nom, devise } = entrepriseAuHasard(alea);
  const f = facteurDevise(devise);
  const budget = 500 * entierEntre(alea, 12, 40) * f;
  const coutsFixes = 250 * entierEntre(alea, 2, 8) * f;
  const coutParAppel = (entierEntre(alea, 6, 12) / 2) * f; // 3 to 6 € a call
  const taux = [
    entierEntre(alea, 6, 10) / 20,
    entierEntre(alea, 2, 4) / 20,
    entierEntre(alea, 4, 8) / 20,
  ]; // joints, RDV, commandes
  const l = comparerUneMethode({
    base: { budget },
    canal: 'telephone',
    coutParContact: coutParAppel,
    coutsFixes,
    taux,
  });
  const appels = l.contacts,
    clients = l.clients.esperance,
    cpc = l.coutParClient!;
  const quotient = (budget - coutsFixes) / coutParAppel;
  const m = (valeur: number) => formaterReponse({ valeur, unite: devise });
  const n = (valeur: number) => formaterReponse({ valeur, unite: 'nombre' });
  const [joints, rdv, commandes] = taux;
  return sansCollision({
    enonce:
      `${presentation} consacre ${montantEnonce(budget, devise)} à une campagne d’appels. Le fichier et la formation de l’équipe coûtent ${montantEnonce(coutsFixes, devise)}, ` +
      `puis chaque appel revient à ${montantEnonce(coutParAppel, devise)}. ${nom} prévoit de joindre ${tauxEnonce(joints)} des personnes appelées\u202f; ` +
      `${tauxEnonce(rdv)} des personnes jointes acceptent un rendez-vous et ${tauxEnonce(commandes)} des rendez-vous aboutissent à une commande.\n\n` +
      'Combien d’appels le budget permet-il, combien de clients peut-on attendre, et combien coûte chaque client gagné\u202f?',
    donnees: { budget, coutsFixes, coutParAppel, joints, rdv, commandes },
    reponses: [
      {
        cle: 'appels',
        libelle: 'Nombre d’appels',
        attendu: appels,
        unite: 'nombre',
        tolerance: { absolue: 0 },
      },
      {
        cle: 'clients',
        libelle: 'Clients attendus',
        attendu: clients,
        unite: 'nombre',
        tolerance: { absolue: 0.01 },
      },
      {
        cle: 'coutParClient',
        libelle: 'Coût par client gagné',
        attendu: cpc,
        unite: devise,
        tolerance: { absolue: 0.5 * f, relative: 0.001 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'appels',
        valeur: Math.floor(budget / coutParAppel),
        message:
          'Le fichier et la formation se paient d’abord\u202f: retirez-les du budget avant de compter les appels.',
      },
      {
        cle: 'appels',
        valeur: Math.ceil(quotient),
        message:
          'Vous avez arrondi vers le haut\u202f: ce dernier appel dépasserait le budget. Arrondissez à l’entier inférieur.',
      },
      {
        cle: 'clients',
        valeur: appels * commandes,
        message:
          'Le taux de commande porte sur les rendez-vous, pas sur les appels\u202f: passez par chaque étape.',
      },
      {
        cle: 'clients',
        valeur: appels * rdv * commandes,
        message:
          'Vous avez sauté l’étape des personnes jointes\u202f: tous les appels n’aboutissent pas à une conversation.',
      },
      {
        cle: 'coutParClient',
        valeur: coutParAppel / (joints * rdv * commandes),
        message:
          'Vous avez oublié les coûts fixes\u202f: le coût par client partage toute la dépense.',
      },
    ],
    indice:
      'Le budget paie d’abord les coûts fixes\u202f; le reste se divise par le coût d’un appel. Suivez ensuite les appels étape par étape.',
    solution: [
      {
        texte: `Appels\u202f: (${m(budget)} − ${m(coutsFixes)}) ÷ ${m(coutParAppel)} = ${formatNombre(quotient, 2)}, arrondi à l’entier inférieur\u202f: ${n(appels)}.`,
      },
      {
        texte: `Clients\u202f: ${n(appels)} × ${tauxEnonce(joints)} × ${tauxEnonce(rdv)} × ${tauxEnonce(commandes)} = ${n(clients)}.`,
        formuleId: 'taux',
      },
      {
        texte: `Dépense réelle\u202f: ${m(coutsFixes)} + ${n(appels)} × ${m(coutParAppel)} = ${m(l.coutTotal)}. ${expressionDe('cout-acquisition-client')}.`,
        formuleId: 'cout-acquisition-client',
      },
      {
        texte: `${n(appels)} appels, ${n(clients)} clients attendus, soit ${m(l.coutTotal)} ÷ ${n(clients)} = ${m(cpc)} par client gagné.`,
      },
    ],
  });
};

/** Calls a budget pays for, clients expected and cost per client. */
export const budgetEnClientsExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'methodes-et-moyens/budget-en-clients',
  titre: 'Un budget d’appels, combien de clients\u202f?',
  objectif:
    'Retirer les coûts fixes, arrondir les appels à l’entier inférieur, puis suivre les taux jusqu’aux clients',
  generer,
};
