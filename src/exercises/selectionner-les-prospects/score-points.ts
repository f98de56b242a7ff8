/**
 * The points score of one prospect from a grid (chapter 6): profil points for a target sector
 * and the right size, engagement points per open, click and visit, each capped, and a quote
 * request. Anticipated mistakes: ignoring the caps, counting each signal once, forgetting the
 * engagement part.
 */
import { choisir, entierEntre } from '../../lib/commun/aleatoire.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { scorerProspects, type CritereDeScoring } from '../../lib/scoring/scoring.ts';
import { sansCollision, valeurDe, type Generateur } from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseScoring } from './contexte.ts';

const n = (x: number) => formatNombre(x, 2);
const pluriel = (x: number, mot: string) => `${n(x)}\u00a0${mot}${x > 1 ? 's' : ''}`;

/** The flags that hold, as 1 (the data of an exercise are numbers); those that do not are left out. */
const drapeaux = (d: Record<string, boolean>): Record<string, number> =>
  Object.fromEntries(Object.entries(d).flatMap(([cle, vrai]) => (vrai ? [[cle, 1]] : [])));

const generer: Generateur = (alea) => {
  const e = entrepriseScoring(alea);
  const p = {
    secteur: 5 * entierEntre(alea, 3, 6),
    pme: 5 * entierEntre(alea, 1, 3),
    ouverture: entierEntre(alea, 2, 3),
    plafondOuvertures: 2 * entierEntre(alea, 4, 6),
    clic: entierEntre(alea, 4, 6),
    plafondClics: 5 * entierEntre(alea, 3, 5),
    visite: entierEntre(alea, 2, 4),
    plafondVisites: 3 * entierEntre(alea, 3, 5),
    devis: 5 * entierEntre(alea, 4, 8),
  };
  const cible = alea() < 0.7,
    pme = alea() < 0.6,
    devis = alea() < 0.4;
  const ouvertures = entierEntre(alea, 2, 9),
    clics = entierEntre(alea, 1, Math.min(ouvertures, 5)),
    visites = entierEntre(alea, 1, 8);
  const secteur = choisir(alea, cible ? e.cibles : e.horsCible);
  const taille = pme ? 'PME' : choisir(alea, ['TPE', 'ETI']); // alea() < 0,5: TPE;
  const grille: CritereDeScoring[] = [
    {
      id: 'secteur',
      nature: 'profil',
      champ: 'secteur',
      valeurs: Object.fromEntries(e.cibles.map((s) => [s, p.secteur])),
    },
    { id: 'taille', nature: 'profil', champ: 'taille', valeurs: { PME: p.pme } },
    {
      id: 'ouvertures',
      nature: 'engagement',
      champ: 'ouvertures',
      pointsParOccurrence: p.ouverture,
      plafond: p.plafondOuvertures,
    },
    {
      id: 'clics',
      nature: 'engagement',
      champ: 'clics',
      pointsParOccurrence: p.clic,
      plafond: p.plafondClics,
    },
    {
      id: 'visites',
      nature: 'engagement',
      champ: 'visitesSite',
      pointsParOccurrence: p.visite,
      plafond: p.plafondVisites,
    },
    { id: 'devis', nature: 'engagement', champ: 'demandeDevis', pointsParOccurrence: p.devis },
  ];
  const [r] = valeurDe(
    scorerProspects({
      prospects: [
        {
          id: 'x',
          secteur,
          taille,
          ouvertures,
          clics,
          visitesSite: visites,
          demandeDevis: devis,
        } as { id: string },
      ],
      grille,
    }),
  );
  const brut = { o: ouvertures * p.ouverture, c: clics * p.clic, v: visites * p.visite };
  const plafonne = {
    o: Math.min(brut.o, p.plafondOuvertures),
    c: Math.min(brut.c, p.plafondClics),
    v: Math.min(brut.v, p.plafondVisites),
  };
  const d = devis ? p.devis : 0;
  const etape = (
    libelle: string,
    nb: number,
    pts: number,
    b: number,
    pl: number,
    plafond: number,
  ) =>
    `${libelle}\u202f: ${n(nb)} × ${n(pts)} = ${n(b)}${b > plafond ? `, ramenés au plafond de ${n(plafond)}` : ''}\u202f; soit ${n(pl)}.`;
  return sansCollision({
    enonce:
      `${e.presentation} note ses prospects avec cette grille\u202f:\n` +
      `- secteur ${e.cibles.join(' ou ')}\u202f: ${n(p.secteur)} points\u202f; PME\u202f: ${n(p.pme)} points\u202f;\n` +
      `- ${n(p.ouverture)} points par e-mail ouvert (au plus ${n(p.plafondOuvertures)})\u202f;\n` +
      `- ${n(p.clic)} points par clic (au plus ${n(p.plafondClics)})\u202f;\n` +
      `- ${n(p.visite)} points par visite du site (au plus ${n(p.plafondVisites)})\u202f;\n` +
      `- demande de devis\u202f: ${n(p.devis)} points.\n\n` +
      `Un prospect du secteur ${secteur}, de taille ${taille}, a ouvert ${pluriel(ouvertures, 'e-mail')}, cliqué ${n(clics)}\u00a0fois, ` +
      `visité ${n(visites)}\u00a0fois le site et ${devis ? 'demandé un devis' : 'n’a pas demandé de devis'}. Quel est son score\u202f?`,
    donnees: {
      ...p,
      ouvertures,
      clics,
      visites,
      ...drapeaux({ cible, estPme: pme, demandeDevis: devis }),
    },
    reponses: [
      {
        cle: 'score',
        libelle: 'Score du prospect',
        attendu: r.score,
        unite: 'nombre',
        tolerance: { absolue: 0.01 },
      },
    ],
    erreursAnticipees: [
      {
        valeur: r.profil + brut.o + brut.c + brut.v + d,
        message:
          'Vous avez oublié les plafonds\u202f: un signal ne peut pas rapporter plus que son maximum, même s’il se répète.',
      },
      {
        valeur: r.profil + p.ouverture + p.clic + p.visite + d,
        message:
          'Vous avez compté chaque signal une seule fois\u202f: les points d’engagement se multiplient par le nombre d’occurrences.',
      },
      {
        valeur: r.profil,
        message:
          'Vous n’avez gardé que le profil\u202f: ajoutez les points d’engagement (ouvertures, clics, visites, devis).',
      },
    ].filter((x) => x.valeur > 0),
    indice:
      'Additionnez les points de profil, puis, pour chaque signal, multipliez les occurrences par les points et ne dépassez pas le plafond.',
    solution: [
      {
        texte: `Profil\u202f: secteur ${cible ? n(p.secteur) : '0'} + taille ${pme ? n(p.pme) : '0'} = ${n(r.profil)} points.`,
      },
      {
        texte: etape(
          'Ouvertures',
          ouvertures,
          p.ouverture,
          brut.o,
          plafonne.o,
          p.plafondOuvertures,
        ),
      },
      { texte: etape('Clics', clics, p.clic, brut.c, plafonne.c, p.plafondClics) },
      { texte: etape('Visites', visites, p.visite, brut.v, plafonne.v, p.plafondVisites) },
      {
        texte: `Engagement\u202f: ${n(plafonne.o)} + ${n(plafonne.c)} + ${n(plafonne.v)} + ${n(d)} (devis) = ${n(r.engagement)} points.`,
      },
      { texte: `Score = ${n(r.profil)} + ${n(r.engagement)} = ${n(r.score)}.` },
    ],
  });
};

/** The points score of a prospect from a grid with caps. */
export const scorePointsExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'selectionner-les-prospects/score-points',
  titre: 'Le score d’un prospect',
  objectif: 'Appliquer une grille à points avec des plafonds d’engagement',
  generer,
};
