/**
 * The five source documents of the course (shared/seeds), as a reader can recognise them: the
 * chapter footers and the « À propos » page name a document by what it is, never by its number.
 * A chapter's frontmatter cites a seed by number (src/schemas/chapitre.ts); this table gives the words.
 */
import type { Chapitre } from '../schemas/chapitre.ts';

type Seed = Chapitre['sources'][number]['seed'];

/** One source document: how a sentence names it, and what kind of document it is. */
export interface DocumentSource {
  /** Name inside a sentence, with its article (« le cours L’organisation de la prospection »). */
  nom: string;
  /** What it is and what it covers, for the table of sources. */
  nature: string;
}

/** The five documents, by seed number. */
export const DOCUMENTS_SOURCES: Readonly<Record<Seed, DocumentSource>> = {
  '000': {
    nom: 'le cours «\u00a0L’organisation de la prospection\u00a0»',
    nature:
      'cours\u202f: définition, sources, fichier, sélection des prospects, moyens, planning et budget',
  },
  '001': {
    nom: 'le cours «\u00a0Les objectifs de la prospection et la température des prospects\u00a0»',
    nature: 'cours\u202f: objectifs, suspect, prospects froid, tiède et chaud, client',
  },
  '002': {
    nom: 'la trame du dossier de prospection du BTS NDRC',
    nature:
      'plan d’un dossier d’examen\u202f: portefeuille, cibles, démarche, efficacité, rentabilité, réseaux, information commerciale',
  },
  '003': {
    nom: 'la tribune sur la prospection de masse et ses taux de retour',
    nature:
      'article de blog (2012)\u202f: approche ciblée contre approche de masse, taux de retour et de conclusion',
  },
  '004': {
    nom: 'la tribune «\u00a0Pourquoi les commerciaux détestent la prospection\u00a0»',
    nature:
      'article (LinkedIn)\u202f: usure du portefeuille, risque client, place de la prospection dans le métier',
  },
};

/** «\u00a0le cours «\u00a0L’organisation de la prospection\u00a0» (000)\u00a0», for a chapter footer. */
export function nomDocument(seed: Seed): string {
  return DOCUMENTS_SOURCES[seed].nom;
}
