/**
 * New clients per month for a plan (chapter 1): the yearly need of `besoinEnNouveauxClients`
 * divided by 12 and rounded UP (src/lib/portefeuille/usure.ts `nouveauxParMoisPlan`).
 * Anticipated mistakes: rounding the monthly figure down (the year then falls short), leaving
 * the decimal quotient, forgetting the attrition in the yearly need.
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
  const { nouveauxParAn, nouveauxParMois, nouveauxParMoisPlan } = besoin;
  const seulementCroissance = arrondiSuperieur(clients * tauxCroissance);
  const attrition = formatPourcentage(tauxAttrition, 0);
  const croissance = formatPourcentage(tauxCroissance, 0);
  const r = (valeur: number) => formaterReponse({ valeur, unite: 'nombre' });
  const enDessous = Math.floor(nouveauxParMois + 1e-9);
  return sansCollision({
    enonce:
      `${presentation} suit ${clients}\u00a0clients. Elle en perd ${attrition} par an et vise ${croissance} de clients en plus d’ici un an. ` +
      'Le responsable commercial veut fixer à son équipe un nombre de signatures par mois, le même tous les mois. ' +
      'Combien de nouveaux clients faut-il sur l’année, et quel objectif mensuel faut-il fixer\u202f?',
    donnees: { clients, tauxAttrition, tauxCroissance },
    reponses: [
      {
        cle: 'nouveauxParAn',
        libelle: 'Nouveaux clients sur l’année',
        attendu: nouveauxParAn,
        unite: 'nombre',
        tolerance: { absolue: 0 },
      },
      {
        cle: 'nouveauxParMois',
        libelle: 'Objectif de signatures par mois',
        attendu: nouveauxParMoisPlan,
        unite: 'nombre',
        tolerance: { absolue: 0 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'nouveauxParAn',
        valeur: seulementCroissance,
        message:
          'Vous n’avez compté que la croissance\u202f: il faut d’abord remplacer les clients qui partent dans l’année.',
      },
      {
        cle: 'nouveauxParMois',
        valeur: enDessous,
        message: `Vous avez arrondi vers le bas. Avec ${r(enDessous)}\u00a0signature${enDessous > 1 ? 's' : ''} par mois, on n’obtient que ${r(enDessous * 12)}\u00a0client${enDessous > 1 ? 's' : ''} sur douze mois, moins que les ${r(nouveauxParAn)} nécessaires.`,
      },
      {
        cle: 'nouveauxParMois',
        valeur: nouveauxParMois,
        tolerance: { absolue: 0.01 },
        message:
          'Un objectif de signatures est un nombre entier\u202f: arrondissez à l’entier supérieur.',
      },
      {
        cle: 'nouveauxParMois',
        valeur: arrondiSuperieur(seulementCroissance / 12),
        message:
          'Cet objectif ne couvre que la croissance\u202f: partez du besoin annuel complet (pertes + croissance).',
      },
    ],
    indice:
      'Calculez d’abord le besoin de l’année (clients perdus + croissance), puis répartissez-le sur douze mois. Si douze fois votre objectif mensuel ne suffit pas, il est trop bas.',
    solution: [
      {
        texte: `${expressionDe('nouveaux-clients-necessaires')}\u202f: ${clients} × (${formatNombre(tauxAttrition, 2)} + ${formatNombre(tauxCroissance, 2)}), arrondi à l’entier supérieur = ${r(nouveauxParAn)}.`,
        formuleId: 'nouveaux-clients-necessaires',
      },
      { texte: `Par mois\u202f: ${r(nouveauxParAn)} ÷ 12 ≈ ${formatNombre(nouveauxParMois, 2)}.` },
      {
        texte: `On arrondit à l’entier supérieur\u202f: ${r(nouveauxParMoisPlan)} × 12 = ${r(nouveauxParMoisPlan * 12)}, ce qui couvre le besoin de l’année.`,
      },
      {
        texte: `${nom} doit signer ${r(nouveauxParAn)}\u00a0nouveaux clients dans l’année, soit un objectif de ${r(nouveauxParMoisPlan)} signatures par mois.`,
      },
    ],
  });
};

/** New clients per year and per month, rounded up. */
export const nouveauxClientsMoisExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'pourquoi-prospecter/nouveaux-clients-mois',
  titre: 'Un objectif de signatures par mois',
  objectif:
    'Répartir le besoin annuel en nouveaux clients sur douze mois, en arrondissant à l’entier supérieur',
  generer,
};
