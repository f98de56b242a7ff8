/**
 * The scoring grid as a learner edits it (chapter 6): one row per criterion, every number kept
 * as typed, read into the `CritereDeScoring` list of scoring.ts, and back.
 * - A row reads one field of the prospect with one condition: « vaut » (points when the value is
 *   one of a list: a profil criterion), « entre » (points when a number lies in [min, max[: profil),
 *   « par occurrence » (points for each open, click, visit, or once for a true yes/no: engagement).
 * - Several values of one row share its points (« agroalimentaire, cosmétique → 20 »); two rows
 *   on the same field simply add up, as the lesson's grids do.
 * - Errors are French and keyed `<row id>-<part>` (`c3-points`) or `chaud` / `tiede`, so the
 *   island shows each one next to its field.
 */
import type { ChampProspect } from '../commun/prospect.ts';
import { formatNombre, parseNombre } from '../commun/nombres.ts';
import type { ResultatChamps } from '../commun/resultat.ts';
import type { CritereDeScoring, SeuilsTemperature } from './scoring.ts';

/** How a row tests its field. */
export type ConditionCritere = 'egal' | 'entre' | 'occurrence';
/** One criterion row as typed. */
export interface LigneGrille {
  id: string;
  champ: ChampProspect;
  condition: ConditionCritere;
  valeur: string;
  min: string;
  max: string;
  points: string;
  plafond: string;
}
/** A whole grid as typed: rows and the two temperature thresholds. */
export interface SaisieGrille {
  lignes: LigneGrille[];
  chaud: string;
  tiede: string;
}
/** A grid ready for `scorerProspects`. */
export interface GrilleLue {
  criteres: CritereDeScoring[];
  seuils: SeuilsTemperature;
}
/** The grid when every field is valid, else the errors by field key. */
export type LectureGrille = ResultatChamps<GrilleLue>;

/** The fields a grid may read, with the conditions that make sense for each, and their French name. */
export const CHAMPS_SCORING: Readonly<
  Partial<Record<ChampProspect, { libelle: string; conditions: readonly ConditionCritere[] }>>
> = {
  secteur: { libelle: 'secteur', conditions: ['egal'] },
  taille: { libelle: 'taille', conditions: ['egal'] },
  fonction: { libelle: 'fonction', conditions: ['egal'] },
  type: { libelle: 'type', conditions: ['egal'] },
  ville: { libelle: 'ville', conditions: ['egal'] },
  source: { libelle: 'source', conditions: ['egal'] },
  age: { libelle: 'âge', conditions: ['entre'] },
  chiffreAffaires: { libelle: 'chiffre d’affaires', conditions: ['entre'] },
  ouvertures: { libelle: 'ouvertures d’e-mails', conditions: ['occurrence', 'entre'] },
  clics: { libelle: 'clics', conditions: ['occurrence', 'entre'] },
  visitesSite: { libelle: 'visites du site', conditions: ['occurrence', 'entre'] },
  demandeDevis: { libelle: 'demande de devis', conditions: ['occurrence', 'egal'] },
  consentementEmail: { libelle: 'consentement e-mail', conditions: ['egal'] },
};

const BOOLEENS = new Set<string>(['demandeDevis', 'consentementEmail']);

/** The errors of a grid being read, and the number reader that records them. */
interface Lecture {
  erreurs: Record<string, string>;
  /** A typed number, or undefined (its error recorded under `cle`); `vide`: an empty cell is no number, not an error. */
  nombre: (texte: string, cle: string, libelle: string, vide?: boolean) => number | undefined;
}

function nouvelleLecture(): Lecture {
  const erreurs: Record<string, string> = {};
  const nombre = (texte: string, cle: string, libelle: string, vide = false) => {
    if (vide && texte.trim() === '') return undefined;
    const r = parseNombre(texte, { champ: cle, libelle });
    if (r.ok) return r.valeur;
    erreurs[cle] = r.erreur.message;
    return undefined;
  };
  return { erreurs, nombre };
}

type Definition = NonNullable<(typeof CHAMPS_SCORING)[ChampProspect]>;
/** How a row of one condition becomes a criterion (undefined when one of its cells is wrong, its error recorded). */
type LecteurLigne = (
  l: LigneGrille,
  def: Definition,
  points: number | undefined,
  lecture: Lecture,
) => CritereDeScoring | undefined;

/** « vaut »: the values listed share the row's points (yes / no only for a yes/no field). */
const lireEgal: LecteurLigne = (l, def, points, { erreurs }) => {
  const valeurs = l.valeur
    .split(/[,;]/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (valeurs.length === 0)
    erreurs[`${l.id}-valeur`] =
      `Indiquez au moins une valeur du champ «\u00a0${def.libelle}\u00a0».`;
  else if (BOOLEENS.has(l.champ) && valeurs.some((v) => !/^(oui|non)$/i.test(v)))
    erreurs[`${l.id}-valeur`] =
      `Le champ «\u00a0${def.libelle}\u00a0» vaut «\u00a0oui\u00a0» ou «\u00a0non\u00a0».`;
  else if (points !== undefined)
    return {
      id: l.id,
      nature: 'profil',
      champ: l.champ,
      valeurs: Object.fromEntries(valeurs.map((v) => [v, points])),
    };
  return undefined;
};

/** « entre »: one bound at least, the high one above the low one. */
const lireEntre: LecteurLigne = (l, _def, points, { erreurs, nombre }) => {
  const min = nombre(l.min, `${l.id}-min`, 'la borne basse', true),
    max = nombre(l.max, `${l.id}-max`, 'la borne haute', true);
  if (l.min.trim() === '' && l.max.trim() === '')
    erreurs[`${l.id}-min`] = 'Indiquez au moins une borne.';
  else if (min !== undefined && max !== undefined && max <= min)
    erreurs[`${l.id}-max`] = 'La borne haute doit dépasser la borne basse.';
  else if (points !== undefined && !erreurs[`${l.id}-min`] && !erreurs[`${l.id}-max`])
    return { id: l.id, nature: 'profil', champ: l.champ, tranches: [{ min, max, points }] };
  return undefined;
};

/** « par occurrence »: points per open, click or visit, up to an optional ceiling. */
const lireOccurrence: LecteurLigne = (l, _def, points, { erreurs, nombre }) => {
  const plafond = nombre(l.plafond, `${l.id}-plafond`, 'le plafond', true);
  if (plafond !== undefined && plafond < 0)
    erreurs[`${l.id}-plafond`] = 'Le plafond doit être positif ou nul.';
  else if (points !== undefined && !erreurs[`${l.id}-plafond`])
    return {
      id: l.id,
      nature: 'engagement',
      champ: l.champ,
      pointsParOccurrence: points,
      ...(plafond === undefined ? {} : { plafond }),
    };
  return undefined;
};

const LECTEURS_LIGNE: Readonly<Record<ConditionCritere, LecteurLigne>> = {
  egal: lireEgal,
  entre: lireEntre,
  occurrence: lireOccurrence,
};

/** One row as a criterion: its condition must suit its field; undefined when a cell is wrong (error recorded). */
function lireLigne(l: LigneGrille, lecture: Lecture): CritereDeScoring | undefined {
  const def = CHAMPS_SCORING[l.champ];
  if (!def || !def.conditions.includes(l.condition)) {
    lecture.erreurs[`${l.id}-champ`] =
      `Cette condition ne s’applique pas au champ «\u00a0${def?.libelle ?? l.champ}\u00a0».`;
    return undefined;
  }
  const points = lecture.nombre(l.points, `${l.id}-points`, 'les points');
  return LECTEURS_LIGNE[l.condition](l, def, points, lecture);
}

/** The two temperature thresholds, « tiède » not above « chaud ». */
function lireSeuils(saisie: SaisieGrille, { erreurs, nombre }: Lecture) {
  const chaud = nombre(saisie.chaud, 'chaud', 'le seuil «\u00a0chaud\u00a0»'),
    tiede = nombre(saisie.tiede, 'tiede', 'le seuil «\u00a0tiède\u00a0»');
  if (chaud !== undefined && tiede !== undefined && tiede > chaud)
    erreurs.tiede =
      'Le seuil «\u00a0tiède\u00a0» ne peut pas dépasser le seuil «\u00a0chaud\u00a0».';
  return { chaud, tiede };
}

/** Reads a grid as typed; pure, so the island and the tests share it. */
export function lireGrille({ saisie }: { saisie: SaisieGrille }): LectureGrille {
  const lecture = nouvelleLecture();
  const { erreurs } = lecture;
  if (saisie.lignes.length === 0)
    erreurs.lignes = 'La grille n’a aucun critère\u202f: ajoutez-en au moins un.';
  const criteres = saisie.lignes.flatMap((l) => lireLigne(l, lecture) ?? []);
  const { chaud, tiede } = lireSeuils(saisie, lecture);
  if (Object.keys(erreurs).length > 0 || chaud === undefined || tiede === undefined)
    return { ok: false, erreurs };
  return { ok: true, valeur: { criteres, seuils: { chaud, tiede } } };
}

const texte = (n: number | undefined) => (n === undefined ? '' : formatNombre(n, 6));

/** Writes a grid back as rows (a stored grid, a default one): values sharing points share a row. */
export function saisieDepuisGrille({ grille }: { grille: GrilleLue }): SaisieGrille {
  const lignes: LigneGrille[] = [];
  const vide = { valeur: '', min: '', max: '', plafond: '' };
  for (const c of grille.criteres) {
    const champ = c.champ as ChampProspect;
    if (c.nature === 'engagement')
      lignes.push({
        ...vide,
        id: c.id,
        champ,
        condition: 'occurrence',
        points: texte(c.pointsParOccurrence),
        plafond: texte(c.plafond),
      });
    else if ('tranches' in c)
      c.tranches.forEach((t, i) =>
        lignes.push({
          ...vide,
          id: i ? `${c.id}-${i + 1}` : c.id,
          champ,
          condition: 'entre',
          min: texte(t.min),
          max: texte(t.max),
          points: texte(t.points),
        }),
      );
    else {
      const parPoints = new Map<number, string[]>();
      for (const [v, p] of Object.entries(c.valeurs))
        parPoints.set(p, [...(parPoints.get(p) ?? []), v]);
      [...parPoints].forEach(([p, vs], i) =>
        lignes.push({
          ...vide,
          id: i ? `${c.id}-${i + 1}` : c.id,
          champ,
          condition: 'egal',
          valeur: vs.join(', '),
          points: texte(p),
        }),
      );
    }
  }
  return { lignes, chaud: texte(grille.seuils.chaud), tiede: texte(grille.seuils.tiede) };
}

/** A fresh row id not used by `lignes` (« c1 », « c2 »…). */
export function nouvelIdLigne({ lignes }: { lignes: readonly { id: string }[] }): string {
  const pris = new Set(lignes.map((l) => l.id));
  let i = lignes.length + 1;
  while (pris.has(`c${i}`)) i++;
  return `c${i}`;
}
