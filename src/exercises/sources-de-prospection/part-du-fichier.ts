/**
 * Share of the file by source (chapter 4): part d’une source = ses fiches ÷ toutes les fiches
 * (src/lib/sources/sources.ts), and the share of the internal sources taken together.
 * Anticipated mistakes: dividing by the rest of the file instead of the whole file, comparing
 * the internal sources with the external ones (a ratio, not a share).
 */
import { choisir, entierEntre } from '../../lib/commun/aleatoire.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { LIBELLES_SOURCES } from '../../lib/sources/sources.ts';
import type { SourceProspect } from '../../lib/commun/prospect.ts';
import { formaterReponse, sansCollision, type Generateur } from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseAuHasard } from '../budgetiser/contexte.ts';
import { avecArticle, bilanDe, sansVoisinage, type ChiffresSource } from './contexte.ts';

const INTERNES: readonly SourceProspect[] = ['force-de-vente', 'marketing', 'comptabilite'];
const EXTERNES: readonly SourceProspect[] = [
  'annuaire',
  'fichier-achete',
  'salon',
  'site-web',
  'parrainage',
  'reseau-social',
];

const generer: Generateur = (alea) => {
  const { presentation, nom } = entrepriseAuHasard(alea);
  const internes = INTERNES.filter(() => alea() < 0.8);
  if (internes.length === 0) internes.push('force-de-vente');
  const externes = EXTERNES.filter(() => alea() < 0.6);
  if (externes.length < 2)
    externes.push(...EXTERNES.filter((s) => !externes.includes(s)).slice(0, 2 - externes.length));
  const chiffres: ChiffresSource[] = [...internes, ...externes].map((source) => {
    const fiches = INTERNES.includes(source)
      ? entierEntre(alea, 10, 60)
      : 5 * entierEntre(alea, 4, 30);
    return { source, fiches, joints: fiches, clients: 0 };
  });
  const lignes = bilanDe(chiffres);
  const total = chiffres.reduce((s, c) => s + c.fiches, 0);
  const cible = choisir(alea, externes);
  const fichesCible = chiffres.find((c) => c.source === cible)!.fiches;
  const part = lignes.get(cible)!.part;
  const partInternes = internes.reduce((s, x) => s + lignes.get(x)!.part, 0);
  const nbInternes = internes.reduce((s, x) => s + lignes.get(x)!.prospects, 0);
  const pct = (valeur: number) => formaterReponse({ valeur, unite: '%' });
  return sansVoisinage(
    sansCollision({
      enonce:
        `Le fichier de prospects de ${presentation} se répartit ainsi selon l’origine des fiches\u202f:\n` +
        chiffres
          .map((c) => `- ${LIBELLES_SOURCES[c.source]}\u202f: ${formatNombre(c.fiches, 0)} fiches`)
          .join('\n') +
        `\n\nQuelle part du fichier vient de ${avecArticle(cible).replace(/^le /, 'du ')}\u202f? Et quelle part vient des sources internes de ${nom}\u202f?`,
      donnees: Object.fromEntries(chiffres.map((c) => [c.source, c.fiches])),
      reponses: [
        {
          cle: 'part',
          libelle: `Part de la source «\u00a0${LIBELLES_SOURCES[cible]}\u00a0» (en\u202f%)`,
          attendu: part,
          unite: '%',
          tolerance: { absolue: 0.0005 },
        },
        {
          cle: 'partInternes',
          libelle: 'Part des sources internes (en\u202f%)',
          attendu: partInternes,
          unite: '%',
          tolerance: { absolue: 0.0005 },
        },
      ],
      erreursAnticipees: [
        {
          cle: 'part',
          valeur: fichesCible / (total - fichesCible),
          message:
            'Vous avez divisé par le reste du fichier. Une part se rapporte au fichier entier, la source comprise.',
        },
        {
          cle: 'partInternes',
          valeur: nbInternes / (total - nbInternes),
          message:
            'Vous avez comparé les sources internes aux externes. La part des internes se rapporte au fichier entier.',
        },
        {
          cle: 'partInternes',
          valeur: 1 - partInternes,
          message:
            'C’est la part des sources externes. Les sources internes sont la force de vente, le service marketing et le service comptable.',
        },
      ],
      indice: `Additionnez d’abord toutes les fiches. Les sources internes sont celles que ${nom} possède déjà\u202f: force de vente, marketing, comptabilité.`,
      solution: [
        {
          texte: `Fichier entier\u202f: ${chiffres.map((c) => formatNombre(c.fiches, 0)).join(' + ')} = ${formatNombre(total, 0)} fiches.`,
        },
        {
          texte: `Part de la source «\u00a0${LIBELLES_SOURCES[cible]}\u00a0» = ${formatNombre(fichesCible, 0)} ÷ ${formatNombre(total, 0)} = ${pct(part)}.`,
        },
        {
          texte: `Sources internes (${internes.map((s) => LIBELLES_SOURCES[s]).join(', ')})\u202f: ${formatNombre(nbInternes, 0)} fiches, soit ${formatNombre(nbInternes, 0)} ÷ ${formatNombre(total, 0)} = ${pct(partInternes)}.`,
        },
        {
          texte: `${LIBELLES_SOURCES[cible].replace(/^./, (x) => x.toUpperCase())}\u202f: ${pct(part)} du fichier\u202f; sources internes\u202f: ${pct(partInternes)}.`,
        },
      ],
    }),
  );
};

/** Share of one source and of the internal sources in a file. */
export const partDuFichierExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'sources-de-prospection/part-du-fichier',
  titre: 'La part de chaque source',
  objectif: 'Calculer la part d’une source et celle des sources internes dans le fichier',
  generer,
};
