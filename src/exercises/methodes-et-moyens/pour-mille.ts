/**
 * Return rate and real conversion of a mass mailing (chapter 7; seed 003: 0,5 to 3 % of returns,
 * 3 to 10 ‰ of real clients): return rate = returns ÷ mailings; real conversion = orders ÷
 * mailings, read per thousand (src/lib/entonnoir/entonnoir.ts `tauxDEtapes`: every rate on its own base).
 * Anticipated mistakes: the conversion taken on the returns (wrong base), written in percent
 * instead of per thousand, or the returns taken for orders.
 */
import { entierEntre } from '../../lib/commun/aleatoire.ts';
import { tauxDEtapes } from '../../lib/entonnoir/entonnoir.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import {
  expressionDe,
  formaterReponse,
  sansCollision,
  valeurDe,
  type Generateur,
} from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseAuHasard } from './contexte.ts';

const generer: Generateur = (alea) => {
  const { presentation, nom } = entrepriseAuHasard(alea);
  const canal =
    alea() < 0.5 ? { quoi: 'e-mails', verbe: 'envoie' } : { quoi: 'lettres', verbe: 'poste' };
  const envois = 1000 * entierEntre(alea, 3, 20);
  const retours = Math.round((envois * entierEntre(alea, 5, 30)) / 1000); // 0,5 % to 3 %
  const commandes = Math.max(1, Math.round((retours * entierEntre(alea, 15, 50)) / 100));
  const { taux } = valeurDe(tauxDEtapes({ effectifs: [envois, retours, commandes] }));
  const tauxRetour = taux[0]!,
    tauxCommande = taux[1]!;
  const global = valeurDe(tauxDEtapes({ effectifs: [envois, commandes] })).taux[0]!;
  const pourMille = global * 1000;
  const n = (valeur: number) => formaterReponse({ valeur, unite: 'nombre' });
  const pct = (valeur: number) => formaterReponse({ valeur, unite: '%' });
  const dansFourchette =
    pourMille >= 3 && pourMille <= 10
      ? 'dans la fourchette de 3 à 10\u202f‰ que citent les études sur les envois de masse.'
      : `hors de la fourchette de 3 à 10\u202f‰ souvent citée pour les envois de masse\u202f: ${nom} fait ${pourMille > 10 ? 'mieux' : 'moins bien'} que la moyenne.`;
  return sansCollision({
    enonce:
      `${presentation} ${canal.verbe} ${formatNombre(envois, 0)}\u00a0${canal.quoi} de prospection. ${formatNombre(retours, 0)}\u00a0personnes répondent (demande de documentation, rappel), ` +
      `et ${formatNombre(commandes, 0)} d’entre elles passent finalement commande.\n\n` +
      'Quel est le taux de retour (en\u202f%) et le taux de conclusion, c’est-à-dire les commandes rapportées aux envois, exprimé pour mille\u202f?',
    donnees: { envois, retours, commandes },
    reponses: [
      {
        cle: 'tauxRetour',
        libelle: 'Taux de retour (en\u202f%)',
        attendu: tauxRetour,
        unite: '%',
        tolerance: { absolue: 0.0001 },
      },
      {
        cle: 'pourMille',
        libelle: 'Taux de conclusion (en\u202f‰, nombre seul)',
        attendu: pourMille,
        unite: 'nombre',
        tolerance: { absolue: 0.01 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'tauxRetour',
        valeur: global,
        message:
          'Vous avez pris les commandes. Le taux de retour compte toutes les réponses, commandes ou non.',
      },
      {
        cle: 'pourMille',
        valeur: global * 100,
        message:
          'C’est le même taux exprimé pour cent. Pour mille, multipliez par 1\u202f000, pas par 100.',
      },
      {
        cle: 'pourMille',
        valeur: tauxCommande * 1000,
        message:
          'Vous avez rapporté les commandes aux retours. Le taux de conclusion se mesure ici sur tous les envois.',
      },
      {
        cle: 'pourMille',
        valeur: tauxRetour * 1000,
        message:
          'Ce sont les retours pour mille. Seules les commandes comptent dans le taux de conclusion.',
      },
    ],
    indice:
      'Chaque taux se calcule sur sa propre base. Sur 1\u202f000 envois, combien de commandes\u202f?',
    solution: [
      { texte: `${expressionDe('taux')}.`, formuleId: 'taux' },
      {
        texte: `Taux de retour\u202f: ${formatNombre(retours, 0)} ÷ ${formatNombre(envois, 0)} = ${pct(tauxRetour)}.`,
        formuleId: 'taux',
      },
      {
        texte: `Taux de conclusion (commandes ÷ envois)\u202f: ${formatNombre(commandes, 0)} ÷ ${formatNombre(envois, 0)} = ${formatNombre(global, 6)}, soit ${n(pourMille)} pour mille, ${dansFourchette}`,
      },
      {
        texte: `Taux de retour ${pct(tauxRetour)}, taux de conclusion ${n(pourMille)}\u202f‰ (${pct(global)}).`,
      },
    ],
  });
};

/** Return rate in percent and real conversion per thousand. */
export const pourMilleExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'methodes-et-moyens/pour-mille',
  titre: 'Taux de retour et taux de conclusion pour mille',
  objectif: 'Calculer chaque taux sur la bonne base et passer du pour cent au pour mille',
  generer,
};
