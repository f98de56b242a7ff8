/**
 * From a past campaign's quote rate to the people to reach for an objective (chapter 3):
 * taux de demande = demandes ÷ destinataires, then destinataires = objectif ÷ taux, rounded UP
 * (src/lib/cible/engagement.ts). Rates are drawn in tenths of a percent on files of whole thousands,
 * so the rate is exact. Anticipated mistakes: multiplying by the rate, dividing by the rate
 * written as a percentage (0,9 instead of 0,009), rounding down.
 */
import { entierEntre } from '../../lib/commun/aleatoire.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { tauxDEngagement, touchesNecessaires } from '../../lib/cible/engagement.ts';
import { formaterReponse, sansCollision, valeurDe, type Generateur } from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseAuHasard } from '../budgetiser/contexte.ts';

const generer: Generateur = (alea) => {
  const { presentation, nom } = entrepriseAuHasard(alea);
  const passes = 1000 * entierEntre(alea, 1, 8);
  const demandesPassees = (passes * entierEntre(alea, 5, 30)) / 1000;
  const objectif = entierEntre(alea, 10, 60);
  const taux = valeurDe(tauxDEngagement({ reactions: demandesPassees, touches: passes }));
  const destinataires = valeurDe(touchesNecessaires({ objectif, taux }));
  const exact = objectif / taux;
  const pct = (valeur: number) => formaterReponse({ valeur, unite: '%' });
  const n = (x: number) => formatNombre(x, 0);
  return sansCollision({
    enonce:
      `Lors de sa dernière campagne, ${presentation} a envoyé son offre à ${n(passes)} prospects et reçu ${n(demandesPassees)} demandes de devis.\n\n` +
      `Pour la prochaine campagne, ${nom} veut obtenir ${n(objectif)} demandes de devis, en supposant le même taux de demande. Quel est ce taux, et à combien de prospects faut-il envoyer l’offre au minimum\u202f?`,
    donnees: { passes, demandesPassees, objectif },
    reponses: [
      {
        cle: 'taux',
        libelle: 'Taux de demande de devis (en\u202f%)',
        attendu: taux,
        unite: '%',
        tolerance: { absolue: 0.00005 },
      },
      {
        cle: 'destinataires',
        libelle: 'Prospects à toucher',
        attendu: destinataires,
        unite: 'nombre',
        tolerance: { absolue: 0.5 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'destinataires',
        valeur: Math.floor(exact + 1e-9),
        tolerance: { absolue: 0.5 },
        message:
          'Vous avez arrondi vers le bas\u202f: avec ce nombre de prospects, l’objectif n’est pas tout à fait atteint. On arrondit à l’unité supérieure.',
      },
      {
        cle: 'destinataires',
        valeur: objectif / (taux * 100),
        tolerance: { absolue: 0.5 },
        message:
          'Vous avez divisé par le pourcentage écrit comme un nombre (par exemple 0,9 au lieu de 0,009). Un taux de 0,9\u202f% vaut 0,009.',
      },
      {
        cle: 'destinataires',
        valeur: objectif * taux,
        tolerance: { absolue: 0.05 },
        message:
          'Vous avez multiplié l’objectif par le taux\u202f: on obtient moins d’un prospect. Il faut diviser l’objectif par le taux.',
      },
    ],
    indice: `Sur ${n(passes)} prospects, ${n(demandesPassees)} ont demandé un devis. Combien de prospects faut-il pour une seule demande, puis pour ${n(objectif)}\u202f?`,
    solution: [
      {
        texte: `Taux de demande de devis = demandes ÷ destinataires = ${n(demandesPassees)} ÷ ${n(passes)} = ${pct(taux)}.`,
      },
      {
        texte: `Prospects à toucher = objectif ÷ taux = ${n(objectif)} ÷ ${pct(taux)} = ${formatNombre(exact, 2)}.`,
      },
      {
        texte:
          exact === destinataires
            ? 'Le résultat tombe juste\u202f: aucun arrondi n’est nécessaire.'
            : 'On arrondit à l’unité supérieure\u202f: avec un prospect de moins, l’objectif ne serait pas atteint.',
      },
      {
        texte: `Avec un taux de ${pct(taux)}, ${nom} doit envoyer son offre à au moins ${formaterReponse({ valeur: destinataires, unite: 'nombre' })} prospects.`,
      },
    ],
  });
};

/** People to reach for an objective of quote requests. */
export const destinatairesNecessairesExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'connaitre-sa-cible/destinataires-necessaires',
  titre: 'Combien de prospects toucher\u202f?',
  objectif: 'Passer d’un taux d’engagement observé au nombre de prospects à toucher',
  generer,
};
