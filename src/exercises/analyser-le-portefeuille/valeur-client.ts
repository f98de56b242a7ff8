/**
 * From a year of sales to what a client is worth (chapter 2): panier moyen = CA ÷ commandes,
 * durée de vie = 1 ÷ attrition, valeur client en marge = panier × fréquence × durée × taux de
 * marque, set against the cost of acquiring a client.
 * Anticipated mistakes: the value left in CA (no taux de marque), the attrition rate used as
 * the lifetime (× instead of ÷), the panier taken per client instead of per order.
 */
import { entierEntre } from '../../lib/commun/aleatoire.ts';
import {
  dureeDeVieClient,
  panierMoyen,
  valeurClient,
  valeurClientEnMarge,
} from '../../lib/portefeuille/valeur-client.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import {
  expressionDe,
  formaterReponse,
  sansCollision,
  tauxRond,
  valeurDe,
  type Generateur,
} from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseAuHasard, facteurDevise, montantEnonce } from './contexte.ts';

const ATTRITIONS = [0.1, 0.125, 0.2, 0.25] as const;

const generer: Generateur = (alea) => {
  const { presentation, nom, devise } = entrepriseAuHasard(alea);
  const f = facteurDevise(devise);
  const clients = 10 * entierEntre(alea, 8, 40);
  const frequence = entierEntre(alea, 2, 6);
  const commandes = clients * frequence;
  const panier = 10 * entierEntre(alea, 15, 120) * f;
  const ca = panier * commandes;
  const tauxAttrition = ATTRITIONS[entierEntre(alea, 0, ATTRITIONS.length - 1)];
  const tauxDeMarque = tauxRond(alea, { min: 15, max: 45 });
  const p = valeurDe(panierMoyen({ chiffreAffaires: ca, transactions: commandes }));
  const duree = valeurDe(dureeDeVieClient({ tauxAttrition }));
  const valeur = valeurDe(valeurClientEnMarge({ panierMoyen: p, frequence, duree, tauxDeMarque }));
  const enCA = valeurDe(valeurClient({ panierMoyen: p, frequence, duree }));
  const m = (x: number) => formaterReponse({ valeur: x, unite: devise });
  const pct = (x: number) => formaterReponse({ valeur: x, unite: '%' });
  return sansCollision({
    enonce:
      `${presentation} a réalisé l’an dernier ${montantEnonce(ca, devise)} HT de CA en ${formatNombre(commandes, 0)} commandes, passées par ${formatNombre(clients, 0)} clients ` +
      `(${frequence} commandes par client et par an en moyenne). Elle perd chaque année ${pct(tauxAttrition)} de ses clients, et son taux de marque est de ${pct(tauxDeMarque)}.\n\n` +
      'Calculez le panier moyen, puis la valeur d’un client exprimée en marge sur toute la durée de la relation.',
    donnees: { ca, commandes, clients, frequence, tauxAttrition, tauxDeMarque },
    reponses: [
      {
        cle: 'panierMoyen',
        libelle: 'Panier moyen',
        attendu: p,
        unite: devise,
        tolerance: { absolue: 0.5 },
      },
      {
        cle: 'valeurClient',
        libelle: 'Valeur client en marge',
        attendu: valeur,
        unite: devise,
        tolerance: { relative: 0.002 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'panierMoyen',
        valeur: ca / clients,
        message:
          'C’est le CA par client. Le panier moyen se calcule par commande\u202f: divisez par le nombre de commandes.',
      },
      {
        cle: 'valeurClient',
        valeur: enCA,
        message:
          'C’est la valeur du client en chiffre d’affaires. Seule la marge peut payer ce que coûte un client\u202f: multipliez par le taux de marque.',
      },
      {
        cle: 'valeurClient',
        valeur: p * frequence * tauxAttrition * tauxDeMarque,
        message:
          'Le taux d’attrition n’est pas une durée. La durée de vie moyenne d’un client est 1 ÷ taux d’attrition.',
      },
    ],
    indice:
      'La durée de vie d’un client se déduit du taux d’attrition\u202f: si l’on perd un client sur cinq chaque année, un client reste en moyenne cinq ans.',
    solution: [
      {
        texte: `${expressionDe('panier-moyen')}\u202f: ${montantEnonce(ca, devise)} ÷ ${formatNombre(commandes, 0)} = ${m(p)}.`,
        formuleId: 'panier-moyen',
      },
      {
        texte: `${expressionDe('duree-de-vie-client')}\u202f: 1 ÷ ${pct(tauxAttrition)} = ${formatNombre(duree, 2)} ans.`,
        formuleId: 'duree-de-vie-client',
      },
      {
        texte: `${expressionDe('valeur-client-en-marge')}\u202f: ${m(p)} × ${frequence} × ${formatNombre(duree, 2)} × ${pct(tauxDeMarque)} = ${m(valeur)}.`,
        formuleId: 'valeur-client-en-marge',
      },
      {
        texte: `Chez ${nom}, le panier moyen est de ${m(p)} et un client vaut ${m(valeur)} de marge sur sa durée de vie\u202f: c’est le plafond de ce que l’on peut dépenser pour en gagner un.`,
      },
    ],
  });
};

/** Panier moyen and customer value in margin. */
export const valeurClientExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'analyser-le-portefeuille/valeur-client',
  titre: 'Ce que vaut un client',
  objectif: 'Calculer le panier moyen et la valeur d’un client en marge sur sa durée de vie',
  generer,
};
