/**
 * Stage rates of an observed campaign (chapter 10): taux d’une étape = sortants ÷ entrants
 * of THAT stage (src/lib/portefeuille/valeur-client.ts `taux`). The learner computes the prise de RDV rate
 * and the transformation rate (course choice: commandes ÷ propositions).
 * Anticipated mistakes: dividing by the file of departure (the lesson’s warning), dividing by
 * the stage two steps above, dividing the wrong way round.
 */
import { entierEntre } from '../../lib/commun/aleatoire.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { taux } from '../../lib/portefeuille/valeur-client.ts';
import {
  expressionDe,
  formaterReponse,
  sansCollision,
  valeurDe,
  type Generateur,
} from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseAuHasard, tauxAuHasard } from './contexte.ts';

const generer: Generateur = (alea) => {
  const { presentation, nom } = entrepriseAuHasard(alea);
  const [t1, t2, t3, t4] = tauxAuHasard(alea);
  // Observed counts: whole people, drawn around the rates (±1) so the answers are not round.
  const appeles = 20 * entierEntre(alea, 30, 90);
  const joints = Math.round(appeles * t1) + entierEntre(alea, -3, 3);
  const rdv = Math.round(joints * t2) + entierEntre(alea, -2, 2);
  const propositions = Math.round(rdv * t3) + entierEntre(alea, -1, 1);
  const commandes = Math.max(3, Math.round(propositions * t4) + entierEntre(alea, -1, 1));
  const tauxRdv = valeurDe(taux({ sortants: rdv, entrants: joints }));
  const tauxTransformation = valeurDe(taux({ sortants: commandes, entrants: propositions }));
  const pct = (valeur: number) => formaterReponse({ valeur, unite: '%' });
  const n = (x: number) => formatNombre(x, 0);
  return sansCollision({
    enonce:
      `${presentation} fait le bilan de sa dernière campagne d’appels\u202f:\n` +
      `- contacts appelés\u202f: ${n(appeles)}\n- contacts joints\u202f: ${n(joints)}\n- rendez-vous obtenus\u202f: ${n(rdv)}\n` +
      `- propositions remises\u202f: ${n(propositions)}\n- commandes signées\u202f: ${n(commandes)}\n\n` +
      'Calculez le taux de prise de rendez-vous et le taux de transformation (commandes rapportées aux propositions, choix du cours).',
    donnees: { appeles, joints, rdv, propositions, commandes },
    reponses: [
      {
        cle: 'tauxRdv',
        libelle: 'Taux de prise de rendez-vous (en\u202f%)',
        attendu: tauxRdv,
        unite: '%',
        tolerance: { absolue: 0.0005 },
      },
      {
        cle: 'tauxTransformation',
        libelle: 'Taux de transformation (en\u202f%)',
        attendu: tauxTransformation,
        unite: '%',
        tolerance: { absolue: 0.0005 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'tauxRdv',
        valeur: rdv / appeles,
        message:
          'Vous avez divisé par les contacts appelés. Seuls les contacts joints ont pu accepter un rendez-vous\u202f: divisez par ceux qui sont entrés dans l’étape.',
      },
      {
        cle: 'tauxRdv',
        valeur: joints / rdv,
        message:
          'La division est à l’envers\u202f: un taux d’étape met les sortants au-dessus et les entrants au-dessous, il ne dépasse jamais 100\u202f%.',
      },
      {
        cle: 'tauxTransformation',
        valeur: commandes / rdv,
        message:
          'Vous avez divisé par les rendez-vous. Le cours rapporte les commandes aux propositions remises, l’étape juste au-dessus.',
      },
      {
        cle: 'tauxTransformation',
        valeur: commandes / appeles,
        message:
          'C’est le taux global de la campagne (commandes ÷ appelés), pas le taux de la dernière étape.',
      },
    ],
    indice:
      'Pour chaque taux, demandez-vous qui pouvait franchir l’étape\u202f: ce groupe-là va au dénominateur.',
    solution: [
      { texte: `${expressionDe('taux')}.`, formuleId: 'taux' },
      {
        texte: `Prise de rendez-vous\u202f: les rendez-vous ne peuvent venir que des contacts joints, ${n(rdv)} ÷ ${n(joints)} = ${pct(tauxRdv)}.`,
        formuleId: 'taux',
      },
      {
        texte: `Transformation\u202f: ${n(commandes)} ÷ ${n(propositions)} = ${pct(tauxTransformation)}.`,
        formuleId: 'taux',
      },
      {
        texte: `${nom} obtient un taux de prise de rendez-vous de ${pct(tauxRdv)} et un taux de transformation de ${pct(tauxTransformation)}.`,
      },
    ],
  });
};

/** Stage rates with the right denominator. */
export const tauxEtapeExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'mesurer-l-efficacite/taux-etape',
  titre: 'Le bon dénominateur',
  objectif: 'Rapporter chaque étape à ceux qui y sont entrés, jamais au fichier de départ',
  generer,
};
