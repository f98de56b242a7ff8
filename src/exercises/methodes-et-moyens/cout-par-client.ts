/**
 * Cost per client won of a publipostage (chapter 7): total cost = fixed costs + letters × cost
 * per letter; clients = letters × return rate × order rate; cost per client = cost ÷ clients
 * (src/lib/methodes/methodes.ts `comparerMethodes`, the comparator's computation).
 * Anticipated mistakes: forgetting the fixed costs, dividing by the returns instead of the
 * clients, stopping at the returns, comparing on the cost per contact.
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
  const lettres = 500 * entierEntre(alea, 4, 20);
  const coutParLettre = (entierEntre(alea, 12, 20) / 10) * f;
  const coutsFixes = 100 * entierEntre(alea, 3, 10) * f;
  const tauxRetour = entierEntre(alea, 1, 6) / 200; // 0,5 % to 3 % (seed 003)
  const tauxCommande = entierEntre(alea, 3, 8) / 20; // 15 % to 40 % of the returns
  const l = comparerUneMethode({
    base: { contacts: lettres },
    canal: 'courrier',
    coutParContact: coutParLettre,
    coutsFixes,
    taux: [tauxRetour, tauxCommande],
  });
  const retours = lettres * tauxRetour,
    clients = l.clients.esperance,
    cpc = l.coutParClient!;
  const m = (valeur: number) => formaterReponse({ valeur, unite: devise });
  const n = (valeur: number) => formaterReponse({ valeur, unite: 'nombre' });
  return sansCollision({
    enonce:
      `${presentation} envoie un publipostage à ${formatNombre(lettres, 0)}\u00a0prospects. La conception coûte ${montantEnonce(coutsFixes, devise)}, ` +
      `puis chaque lettre ${montantEnonce(coutParLettre, devise)} (impression, enveloppe, affranchissement). ` +
      `${nom} compte sur ${tauxEnonce(tauxRetour)} de retours, dont ${tauxEnonce(tauxCommande)} deviennent clients.\n\n` +
      'Calculez le coût total de l’opération, le nombre de clients attendus et le coût par client gagné.',
    donnees: { lettres, coutParLettre, coutsFixes, tauxRetour, tauxCommande },
    reponses: [
      {
        cle: 'coutTotal',
        libelle: 'Coût total',
        attendu: l.coutTotal,
        unite: devise,
        tolerance: { absolue: 0.5 },
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
        cle: 'coutTotal',
        valeur: lettres * coutParLettre,
        message:
          'Vous avez oublié les frais de conception\u202f: ils s’ajoutent au coût des lettres.',
      },
      {
        cle: 'clients',
        valeur: retours,
        message:
          'Ce sont les retours\u202f: seule une partie d’entre eux devient cliente. Appliquez aussi le second taux.',
      },
      {
        cle: 'clients',
        valeur: lettres * tauxCommande,
        message: 'Le second taux porte sur les retours, pas sur les lettres envoyées.',
      },
      {
        cle: 'coutParClient',
        valeur: l.coutTotal / retours,
        message:
          'Vous avez divisé par les retours. Un retour n’est pas une commande\u202f: divisez par les clients.',
      },
      {
        cle: 'coutParClient',
        valeur: (lettres * coutParLettre) / clients,
        message: 'Le coût par client se calcule sur le coût total, frais de conception compris.',
      },
    ],
    indice:
      'Suivez les lettres\u202f: combien reviennent, puis combien de ces retours commandent\u202f? Le coût total se partage ensuite entre ces clients.',
    solution: [
      {
        texte: `Coût total\u202f: ${m(coutsFixes)} + ${formatNombre(lettres, 0)} × ${m(coutParLettre)} = ${m(l.coutTotal)}.`,
      },
      {
        texte: `Retours\u202f: ${formatNombre(lettres, 0)} × ${tauxEnonce(tauxRetour)} = ${n(retours)}\u202f; clients\u202f: ${n(retours)} × ${tauxEnonce(tauxCommande)} = ${n(clients)}.`,
        formuleId: 'taux',
      },
      {
        texte: `${expressionDe('cout-acquisition-client')}.`,
        formuleId: 'cout-acquisition-client',
      },
      {
        texte: `Coût total ${m(l.coutTotal)}, ${n(clients)} clients attendus\u202f: ${m(l.coutTotal)} ÷ ${n(clients)} = ${m(cpc)} par client gagné.`,
      },
    ],
  });
};

/** Cost per client of a publipostage. */
export const coutParClientExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'methodes-et-moyens/cout-par-client',
  titre: 'Le coût d’un client gagné par publipostage',
  objectif: 'Passer du coût par lettre au coût par client gagné, frais fixes compris',
  generer,
};
