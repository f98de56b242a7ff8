/**
 * Following a turnover over several years (chapter 2): index base 100, TCAM (geometric mean, the
 * rises multiply) and the reciprocal rate that brings a fallen category back to its level.
 * Anticipated mistakes: the TCAM taken as the total rise divided by the years, the index given as
 * a rate, the reciprocal rate taken as the fall with its sign changed.
 */
import { choisir, entierEntre } from '../../lib/commun/aleatoire.ts';
import { indiceBase100, tauxReciproque, tcam } from '../../lib/ventes/evolution.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import {
  expressionDe,
  formaterReponse,
  sansCollision,
  valeurDe,
  type Generateur,
} from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseAuHasard, facteurDevise, montantEnonce } from './contexte.ts';

const generer: Generateur = (alea) => {
  const { presentation, nom, devise, categories } = entrepriseAuHasard(alea);
  const f = facteurDevise(devise);
  const periodes = entierEntre(alea, 2, 5);
  const valeurDepart = entierEntre(alea, 40, 200) * 10000 * f;
  const hausse = entierEntre(alea, 8, 60) / 100;
  const valeurArrivee = Math.round((valeurDepart * (1 + hausse)) / (1000 * f)) * 1000 * f;
  const indice = valeurDe(indiceBase100({ valeurDepart, valeurArrivee }));
  const taux = valeurDe(tcam({ valeurDepart, valeurArrivee, periodes }));
  const baisse = choisir(alea, [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4]);
  const reciproque = valeurDe(tauxReciproque({ taux: -baisse }));
  const categorie = choisir(alea, categories.slice(1));
  const anneeDepart = 2026 - periodes;
  const m = (x: number) => montantEnonce(x, devise);
  const pct = (t: number) => formaterReponse({ valeur: t, unite: '%' });
  const totale = valeurArrivee / valeurDepart - 1;
  return sansCollision({
    enonce:
      `${presentation} a réalisé ${m(valeurDepart)} HT de chiffre d’affaires en ${anneeDepart} et ${m(valeurArrivee)} HT en 2026. ` +
      `Cette même année, sa catégorie «\u00a0${categorie}\u00a0» a reculé de ${pct(baisse)}.\n\n` +
      `Calculez l’indice du CA de 2026 (base 100 en ${anneeDepart}), le taux de croissance annuel moyen sur ces ${periodes} ans, et la hausse qui ramènerait la catégorie «\u00a0${categorie}\u00a0» à son niveau d’avant.`,
    donnees: { valeurDepart, valeurArrivee, periodes, baisse },
    reponses: [
      {
        cle: 'indice',
        libelle: `Indice 2026 (base 100 en ${anneeDepart})`,
        attendu: indice,
        unite: 'nombre',
        tolerance: { absolue: 0.05 },
      },
      {
        cle: 'tcam',
        libelle: 'TCAM (en\u202f%)',
        attendu: taux,
        unite: '%',
        tolerance: { absolue: 0.0005 },
      },
      {
        cle: 'reciproque',
        libelle: 'Hausse nécessaire (en\u202f%)',
        attendu: reciproque,
        unite: '%',
        tolerance: { absolue: 0.0005 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'tcam',
        valeur: totale / periodes,
        message:
          'Vous avez divisé la hausse totale par le nombre d’années. Les hausses successives se multiplient\u202f: prenez la racine n-ième du coefficient total, puis retirez 1.',
      },
      {
        cle: 'tcam',
        valeur: totale,
        message: 'C’est la hausse sur toute la période. Le TCAM est un taux par an.',
      },
      {
        cle: 'indice',
        valeur: totale * 100,
        tolerance: { absolue: 0.05 },
        message: 'C’est la hausse en pourcentage. L’indice part de 100\u202f: ajoutez la base.',
      },
      {
        cle: 'reciproque',
        valeur: baisse,
        message: `Une baisse de ${pct(baisse)} ne se rattrape pas par une hausse du même taux\u202f: la hausse part d’une base plus petite.`,
      },
    ],
    indice:
      'Indice = arrivée ÷ départ × 100. Le TCAM est le taux qui, appliqué chaque année, donne le même coefficient total. Pour la catégorie, cherchez le taux t tel que (1 − baisse) × (1 + t) = 1.',
    solution: [
      {
        texte: `${expressionDe('indice-base-100')}\u202f: ${m(valeurArrivee)} ÷ ${m(valeurDepart)} × 100 = ${formatNombre(indice, 2)}.`,
        formuleId: 'indice-base-100',
      },
      {
        texte: `${expressionDe('tcam')}\u202f: (${formatNombre(valeurArrivee / valeurDepart, 4)})^(1 ÷ ${periodes}) − 1 = ${pct(taux)}.`,
        formuleId: 'tcam',
      },
      {
        texte: `${expressionDe('taux-reciproque')}\u202f: 1 ÷ (1 − ${pct(baisse)}) − 1 = ${pct(reciproque)}.`,
        formuleId: 'taux-reciproque',
      },
      {
        texte: `Indice de ${nom} en 2026\u202f: ${formaterReponse({ valeur: indice, unite: 'nombre' })}\u202f; TCAM\u202f: ${pct(taux)} par an\u202f; la catégorie doit progresser de ${pct(reciproque)} pour retrouver son niveau.`,
      },
    ],
  });
};

/** Index base 100, TCAM and reciprocal rate. */
export const indicesEtTcamExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'analyser-le-portefeuille/indices-et-tcam',
  titre: 'Indice, TCAM et taux réciproque',
  objectif:
    'Suivre un chiffre d’affaires sur plusieurs années avec un indice base 100, le TCAM et le taux réciproque',
  generer,
};
