/**
 * New clients to win in a year (chapter 1): clients × (taux d’attrition + croissance visée),
 * rounded up, computed by `besoinEnNouveauxClients` (src/lib/portefeuille/usure.ts).
 * Anticipated mistakes: counting only the growth (forgetting to replace the lost clients),
 * counting only the lost clients, rounding down, leaving the decimal product.
 */
import { arrondiSuperieur } from '../../lib/commun/champs.ts';
import { formatNombre, formatPourcentage } from '../../lib/commun/nombres.ts';
import { besoinEnNouveauxClients } from '../../lib/portefeuille/usure.ts';
import {
  expressionDe,
  formaterReponse,
  sansCollision,
  valeurDe,
  type Generateur,
} from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { portefeuilleAuHasard } from './contexte.ts';

const generer: Generateur = (alea) => {
  const { presentation, nom, clients, tauxAttrition, tauxCroissance } = portefeuilleAuHasard(alea);
  const besoin = valeurDe(besoinEnNouveauxClients({ clients, tauxAttrition, tauxCroissance }));
  const nouveaux = besoin.nouveauxParAn;
  const produit = clients * (tauxAttrition + tauxCroissance);
  const n = (x: number, d = 1) => formatNombre(x, d);
  const attrition = formatPourcentage(tauxAttrition, 0);
  const croissance = formatPourcentage(tauxCroissance, 0);
  return sansCollision({
    enonce:
      `${presentation} compte ${clients}\u00a0clients au 1er\u00a0janvier. Chaque année, elle en perd en moyenne ${attrition}. ` +
      `La direction veut terminer l’année avec ${croissance} de clients de plus qu’au départ. ` +
      'Combien de nouveaux clients faut-il signer dans l’année\u202f?',
    donnees: { clients, tauxAttrition, tauxCroissance },
    reponses: [
      {
        cle: 'nouveauxParAn',
        libelle: 'Nouveaux clients à signer dans l’année',
        attendu: nouveaux,
        unite: 'nombre',
        tolerance: { absolue: 0 },
      },
    ],
    erreursAnticipees: [
      {
        valeur: arrondiSuperieur(clients * tauxCroissance),
        message: `Vous n’avez compté que la croissance. Les ${n(besoin.clientsPerdus)}\u00a0clients perdus dans l’année doivent d’abord être remplacés, sinon le portefeuille recule.`,
      },
      {
        valeur: arrondiSuperieur(besoin.clientsPerdus),
        message:
          'Ce nombre remplace seulement les clients perdus\u202f: le portefeuille resterait stable. Ajoutez les clients de la croissance visée.',
      },
      {
        valeur: Math.floor(produit + 1e-9),
        message:
          'Vous avez arrondi vers le bas\u202f: il manquerait un client pour atteindre l’objectif. On arrondit toujours à l’entier supérieur.',
      },
      {
        valeur: produit,
        tolerance: { absolue: 0.01 },
        message: 'On ne signe pas une fraction de client\u202f: arrondissez à l’entier supérieur.',
      },
    ],
    indice:
      'Le nombre à signer a deux parts\u202f: les clients qui partent dans l’année, puis ceux qu’il faut en plus pour grandir.',
    solution: [
      {
        texte: `Clients perdus dans l’année\u202f: ${clients} × ${attrition} = ${n(besoin.clientsPerdus)}.`,
      },
      {
        texte: `Clients supplémentaires visés\u202f: ${clients} × ${croissance} = ${n(besoin.croissanceVisee)}.`,
      },
      {
        texte: `${expressionDe('nouveaux-clients-necessaires')}\u202f: ${clients} × (${formatNombre(tauxAttrition, 2)} + ${formatNombre(tauxCroissance, 2)}) = ${n(produit, 2)}, arrondi à l’entier supérieur.`,
        formuleId: 'nouveaux-clients-necessaires',
      },
      {
        texte: `${nom} doit signer ${formaterReponse({ valeur: nouveaux, unite: 'nombre' })}\u00a0nouveaux clients dans l’année.`,
      },
    ],
  });
};

/** New clients per year to replace the lost ones and grow. */
export const nouveauxClientsAnExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'pourquoi-prospecter/nouveaux-clients-an',
  titre: 'Remplacer puis grandir',
  objectif:
    'Calculer les nouveaux clients d’une année à partir de l’attrition et de la croissance visée',
  generer,
};
