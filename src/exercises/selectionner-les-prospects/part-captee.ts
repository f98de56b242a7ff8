/**
 * The backtest of a grid (chapter 6): share of the past campaign's converters found in the top
 * 20 % of the ranking, and how many times better than a random order (which would find 20 %).
 * Computed by `backtest` on a ranking rebuilt from the statement. Anticipated mistakes: the
 * conversion rate of the top instead of the share of converters, and the « top versus the rest »
 * ratio instead of the comparison with chance.
 */
import { entierEntre } from '../../lib/commun/aleatoire.ts';
import { formatNombre, formatPourcentage } from '../../lib/commun/nombres.ts';
import { backtest } from '../../lib/scoring/scoring.ts';
import { sansCollision, valeurDe, type Generateur } from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseScoring } from './contexte.ts';

const n = (x: number) => formatNombre(x, 2);
const pct = (x: number) => formatPourcentage(x, 2);

/** A ranking of `prospects` (best first) with `captes` converters in the top `retenus` and the others below. */
export function classementSynthetique({
  prospects,
  retenus,
  convertis,
  captes,
}: {
  prospects: number;
  retenus: number;
  convertis: number;
  captes: number;
}) {
  const classement = Array.from({ length: prospects }, (_, i) => ({
    id: `p${i + 1}`,
    score: prospects - i,
  }));
  const ids = [
    ...classement.slice(0, captes),
    ...classement.slice(retenus, retenus + convertis - captes),
  ].map((l) => l.id);
  return { classement, convertis: ids };
}

const generer: Generateur = (alea) => {
  const e = entrepriseScoring(alea);
  const prospects = 50 * entierEntre(alea, 3, 12),
    retenus = prospects / 5;
  const convertis = entierEntre(
    alea,
    Math.max(8, Math.round(prospects * 0.04)),
    Math.round(prospects * 0.12),
  );
  const captes = entierEntre(
    alea,
    Math.ceil(convertis * 0.3),
    Math.min(retenus, Math.floor(convertis * 0.85)),
  );
  const b = valeurDe(
    backtest({ ...classementSynthetique({ prospects, retenus, convertis, captes }), part: 0.2 }),
  );
  const tauxHaut = captes / retenus,
    tauxBas = (convertis - captes) / (prospects - retenus);
  return sansCollision({
    enonce:
      `${e.presentation} teste sa nouvelle grille de scoring sur la campagne de l’an dernier\u202f: ${n(prospects)}\u00a0prospects contactés, ` +
      `dont ${n(convertis)} sont devenus clients. Classés avec la nouvelle grille, les 20\u202f% les mieux notés (${n(retenus)}\u00a0prospects) ` +
      `comptent ${n(captes)} de ces clients.\n\nQuelle part des clients gagnés la grille place-t-elle dans ses 20\u202f% du haut, ` +
      'et combien de fois fait-elle mieux qu’un classement au hasard\u202f?',
    donnees: { prospects, convertis, captes, retenus },
    reponses: [
      {
        cle: 'partCaptee',
        libelle: 'Part des clients dans les 20\u202f% du haut',
        attendu: b.partCaptee,
        unite: '%',
        tolerance: { absolue: 0.0005 },
      },
      {
        cle: 'lift',
        libelle: 'Nombre de fois mieux que le hasard',
        attendu: b.lift,
        unite: 'nombre',
        tolerance: { absolue: 0.01 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'partCaptee',
        valeur: tauxHaut,
        message: `Vous avez calculé le taux de signature du haut du classement (${n(captes)} ÷ ${n(retenus)}). La question porte sur la part des ${n(convertis)} clients que la grille retrouve.`,
      },
      {
        cle: 'lift',
        valeur: tauxHaut / tauxBas,
        message:
          'Vous avez comparé le haut du classement au reste du fichier. Ici, on compare la grille au hasard, qui placerait 20\u202f% des clients dans le haut.',
      },
      {
        cle: 'lift',
        valeur: b.partCaptee - 0.2,
        message:
          'Une différence de parts ne dit pas «\u00a0combien de fois mieux\u00a0»\u202f: divisez la part retrouvée par 20\u202f%.',
      },
    ],
    indice:
      'Rapportez les clients du haut du classement à l’ensemble des clients gagnés, puis comparez cette part aux 20\u202f% qu’un tirage au hasard donnerait.',
    solution: [
      {
        texte: `Part des clients retrouvés = ${n(captes)} ÷ ${n(convertis)} = ${pct(b.partCaptee)}.`,
      },
      {
        texte: `Au hasard, les 20\u202f% du haut contiendraient environ 20\u202f% des clients, soit ${n(convertis * 0.2)}.`,
      },
      { texte: `Rapport au hasard = ${pct(b.partCaptee)} ÷ 20\u202f% = ${n(b.lift)}.` },
      {
        texte: `La grille retrouve ${pct(b.partCaptee)} des clients dans ses 20\u202f% du haut, soit ${n(b.lift)} fois mieux que le hasard.`,
      },
    ],
  });
};

/** Share of converters in the top 20 % and lift over chance. */
export const partCapteeExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'selectionner-les-prospects/part-captee',
  titre: 'La grille aurait-elle trouvé les clients\u202f?',
  objectif:
    'Mesurer une grille sur une campagne passée (part des clients dans le haut du classement)',
  generer,
};
