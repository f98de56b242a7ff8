/**
 * Market share in two years (chapter 2, diagnosis): does the company gain ground, i.e. does it
 * grow faster than its market? Anticipated mistakes: the ratio inverted, the company's growth
 * given as the share, the share of N computed on the market of N−1.
 */
import { entierEntre } from '../../lib/commun/aleatoire.ts';
import { partDeMarche } from '../../lib/portefeuille/valeur-client.ts';
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
  const { presentation, nom, devise } = entrepriseAuHasard(alea);
  const f = facteurDevise(devise);
  const caN1 = entierEntre(alea, 40, 300) * 10000 * f;
  const caN = Math.round((caN1 * (1 + entierEntre(alea, 1, 20) / 100)) / (1000 * f)) * 1000 * f;
  const marcheN1 = caN1 * entierEntre(alea, 12, 40);
  const marcheN =
    Math.round((marcheN1 * (1 + entierEntre(alea, 3, 12) / 100)) / (100000 * f)) * 100000 * f;
  const partN1 = valeurDe(partDeMarche({ chiffreAffaires: caN1, chiffreAffairesMarche: marcheN1 }));
  const partN = valeurDe(partDeMarche({ chiffreAffaires: caN, chiffreAffairesMarche: marcheN }));
  const m = (x: number) => montantEnonce(x, devise);
  const pct = (t: number) => formaterReponse({ valeur: t, unite: '%' });
  const gagne = partN > partN1;
  // A mistake shown to two decimals must not read as the right answer.
  const distincte = (valeur: number, attenduCle: number) =>
    Math.abs(Math.round(valeur * 10000) / 10000 - attenduCle) > 0.0002;
  const version = sansCollision({
    enonce:
      `${presentation} a réalisé ${m(caN1)} HT de chiffre d’affaires en N−1 et ${m(caN)} HT en N. ` +
      `Son marché a représenté ${m(marcheN1)} HT en N−1 et ${m(marcheN)} HT en N.\n\nCalculez sa part de marché chaque année.`,
    donnees: { caN1, caN, marcheN1, marcheN },
    reponses: [
      {
        cle: 'partN1',
        libelle: 'Part de marché en N−1 (en\u202f%)',
        attendu: partN1,
        unite: '%',
        tolerance: { absolue: 0.0001 },
      },
      {
        cle: 'partN',
        libelle: 'Part de marché en N (en\u202f%)',
        attendu: partN,
        unite: '%',
        tolerance: { absolue: 0.0001 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'partN',
        valeur: caN / marcheN1,
        message:
          'Vous avez pris le marché de N−1. La part de N rapporte le CA de N au marché de la même année.',
      },
      {
        cle: 'partN',
        valeur: caN / caN1 - 1,
        message:
          'C’est la croissance de l’entreprise. La part de marché rapporte son CA à celui de tout le marché.',
      },
      {
        cle: 'partN1',
        valeur: caN1 / (marcheN1 - caN1),
        message:
          'Vous avez divisé par le CA des concurrents seuls. Le marché comprend aussi l’entreprise.',
      },
    ],
    indice: 'Part de marché = CA de l’entreprise ÷ CA de tout le marché, la même année.',
    solution: [
      { texte: `${expressionDe('part-de-marche')}.`, formuleId: 'part-de-marche' },
      {
        texte: `N−1\u202f: ${m(caN1)} ÷ ${m(marcheN1)} = ${pct(partN1)}. N\u202f: ${m(caN)} ÷ ${m(marcheN)} = ${pct(partN)}.`,
        formuleId: 'part-de-marche',
      },
      {
        texte: `La part de marché de ${nom} passe de ${pct(partN1)} à ${pct(partN)}\u202f: ${gagne ? 'l’entreprise grandit plus vite que son marché, elle gagne du terrain' : 'l’entreprise grandit moins vite que son marché, elle perd du terrain'}.`,
      },
    ],
  });
  const attendus: Record<string, number> = { partN1, partN };
  return {
    ...version,
    erreursAnticipees: version.erreursAnticipees.filter((e) =>
      distincte(e.valeur, attendus[e.cle!]),
    ),
  };
};

/** Market share in N−1 and N. */
export const partDeMarcheExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'analyser-le-portefeuille/part-de-marche',
  titre: 'Gagner ou perdre du terrain',
  objectif: 'Calculer une part de marché sur deux années et dire si l’entreprise gagne du terrain',
  generer,
};
