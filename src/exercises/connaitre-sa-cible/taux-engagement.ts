/**
 * Engagement rates of an e-mailing (chapter 3): taux d’ouverture and taux de clic on the
 * people reached, and the taux de clic among those who opened (src/lib/cible/engagement.ts).
 * Anticipated mistakes: taking the openers as the base when the recipients are asked (and the
 * reverse), dividing the wrong way round.
 */
import { entierEntre } from '../../lib/commun/aleatoire.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { tauxDEngagement } from '../../lib/cible/engagement.ts';
import { formaterReponse, sansCollision, valeurDe, type Generateur } from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseAuHasard } from '../budgetiser/contexte.ts';

const generer: Generateur = (alea) => {
  const { presentation, nom } = entrepriseAuHasard(alea);
  const touches = 100 * entierEntre(alea, 10, 60);
  const ouvertures =
    Math.round((touches * entierEntre(alea, 15, 40)) / 100) + entierEntre(alea, -9, 9);
  const clics = Math.max(
    2,
    Math.round((ouvertures * entierEntre(alea, 8, 30)) / 100) + entierEntre(alea, -3, 3),
  );
  const tauxOuverture = valeurDe(tauxDEngagement({ reactions: ouvertures, touches }));
  const tauxClic = valeurDe(tauxDEngagement({ reactions: clics, touches }));
  const tauxClicOuvreurs = valeurDe(tauxDEngagement({ reactions: clics, touches: ouvertures }));
  const pct = (valeur: number) => formaterReponse({ valeur, unite: '%' });
  const n = (x: number) => formatNombre(x, 0);
  return sansCollision({
    enonce:
      `${presentation} a envoyé une offre par e-mail à ${n(touches)} prospects. ${n(ouvertures)} l’ont ouverte et ${n(clics)} ont cliqué sur le lien pour voir le détail.\n\n` +
      'Calculez le taux d’ouverture, le taux de clic rapporté aux destinataires, puis le taux de clic parmi ceux qui ont ouvert.',
    donnees: { touches, ouvertures, clics },
    reponses: [
      {
        cle: 'tauxOuverture',
        libelle: 'Taux d’ouverture (en\u202f%)',
        attendu: tauxOuverture,
        unite: '%',
        tolerance: { absolue: 0.0005 },
      },
      {
        cle: 'tauxClic',
        libelle: 'Taux de clic sur les destinataires (en\u202f%)',
        attendu: tauxClic,
        unite: '%',
        tolerance: { absolue: 0.0005 },
      },
      {
        cle: 'tauxClicOuvreurs',
        libelle: 'Taux de clic parmi les ouvreurs (en\u202f%)',
        attendu: tauxClicOuvreurs,
        unite: '%',
        tolerance: { absolue: 0.0005 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'tauxClic',
        valeur: tauxClicOuvreurs,
        message:
          'Vous avez divisé par les ouvertures. Ici, la question porte sur tous les destinataires\u202f: divisez par le nombre d’e-mails envoyés.',
      },
      {
        cle: 'tauxClicOuvreurs',
        valeur: tauxClic,
        message:
          'Vous avez divisé par tous les destinataires. Parmi ceux qui ont ouvert, la base est le nombre d’ouvertures.',
      },
      {
        cle: 'tauxOuverture',
        valeur: clics / ouvertures,
        message:
          'Ce rapport met les clics en regard des ouvertures. Le taux d’ouverture rapporte les ouvertures aux e-mails envoyés.',
      },
    ],
    indice:
      'Un taux d’engagement divise le nombre de personnes qui ont réagi par le nombre de personnes de la base choisie. Quelle est la base de chaque taux demandé\u202f?',
    solution: [
      { texte: 'Taux d’engagement = nombre de réactions ÷ nombre de personnes touchées.' },
      {
        texte: `Taux d’ouverture\u202f: ${n(ouvertures)} ÷ ${n(touches)} = ${pct(tauxOuverture)}.`,
      },
      {
        texte: `Taux de clic sur les destinataires\u202f: ${n(clics)} ÷ ${n(touches)} = ${pct(tauxClic)}.`,
      },
      {
        texte: `Taux de clic parmi les ouvreurs\u202f: ${n(clics)} ÷ ${n(ouvertures)} = ${pct(tauxClicOuvreurs)}.`,
      },
      {
        texte: `${nom} obtient ${pct(tauxOuverture)} d’ouverture, ${pct(tauxClic)} de clic sur l’ensemble des destinataires et ${pct(tauxClicOuvreurs)} de clic parmi ceux qui ont ouvert.`,
      },
    ],
  });
};

/** Engagement rates with the right base. */
export const tauxEngagementExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'connaitre-sa-cible/taux-engagement',
  titre: 'Les taux d’engagement d’un e-mailing',
  objectif: 'Rapporter chaque réaction à la bonne base\u202f: destinataires ou ouvreurs',
  generer,
};
