/**
 * The outline of the dossier (seed 002, parts 2 to 4), as the form's steps and the printed
 * document's numbered sections. Titles are the course's headings, shortened; each section
 * lists the learner's texts (paths in the dossier) and the analyses it shows.
 */
import type { IDS_ANALYSES } from './analyser.ts';

/** A text field of the dossier: [group, key] or a top-level key. */
export type CheminTexte = readonly [string, string] | readonly [string];

/** One numbered section of the dossier. */
export interface Section {
  numero: string;
  titre: string;
  textes: { chemin: CheminTexte; libelle: string }[];
  analyses: (typeof IDS_ANALYSES)[number][];
  /** The texts come after the analyses (a conclusion reads the figures first). */
  textesApres?: boolean;
}

/** One part (2, 3, 4) and its sections. */
export interface Partie {
  numero: string;
  titre: string;
  sections: Section[];
}

/** Parts 2 to 4 of the dossier. */
export const PLAN: readonly Partie[] = [
  {
    numero: '2',
    titre: 'Analyser le portefeuille client',
    sections: [
      {
        numero: '2.1',
        titre: 'La demande',
        analyses: [],
        textes: [
          { chemin: ['demande', 'relationClient'], libelle: 'Type de relation client' },
          { chemin: ['demande', 'persona'], libelle: 'Persona du client type' },
        ],
      },
      {
        numero: '2.2',
        titre: 'Le portefeuille client',
        textes: [],
        analyses: ['evolution-ca', 'repartition-ca', 'abc-clients', 'rfm'],
      },
      {
        numero: '2.3',
        titre: 'La valeur client',
        textes: [],
        analyses: ['panier-moyen', 'taux-de-marque', 'valeur-client'],
      },
      {
        numero: '2.4',
        titre: 'Les objectifs de la mission',
        analyses: ['objectifs'],
        textes: [
          { chemin: ['objectifs', 'problematique'], libelle: 'Problématique repérée' },
          { chemin: ['objectifs', 'qualitatifs'], libelle: 'Objectifs qualitatifs' },
        ],
      },
    ],
  },
  {
    numero: '3',
    titre: 'Identifier les cibles de clientèle',
    sections: [
      {
        numero: '3.1',
        titre: 'La cible retenue',
        analyses: [],
        textes: [
          { chemin: ['cible', 'typeClientele'], libelle: 'Type de clientèle visée' },
          { chemin: ['cible', 'persona'], libelle: 'Persona de la cible' },
          { chemin: ['cible', 'qualification'], libelle: 'Qualification du prospect' },
        ],
      },
      {
        numero: '3.2',
        titre: 'L’offre retenue',
        analyses: [],
        textes: [{ chemin: ['cible', 'offreRetenue'], libelle: 'Présentation de l’offre' }],
      },
      {
        numero: '3.3',
        titre: 'La démarche de prospection',
        analyses: ['budget'],
        textes: [
          { chemin: ['methode', 'nom'], libelle: 'Méthode choisie' },
          { chemin: ['methode', 'justification'], libelle: 'Pourquoi cette méthode' },
        ],
      },
    ],
  },
  {
    numero: '4',
    titre: 'Mettre en œuvre la prospection',
    sections: [
      {
        numero: '4.1',
        titre: 'Préparation et réalisation',
        analyses: ['qualite-base', 'temps'],
        textes: [
          { chemin: ['base', 'constitution'], libelle: 'Constitution de la base de données' },
          { chemin: ['base', 'outils'], libelle: 'Outils de prospection' },
          { chemin: ['temps', 'planning'], libelle: 'Étapes et planning' },
        ],
      },
      { numero: '4.2', titre: 'Efficacité de la démarche', textes: [], analyses: ['entonnoir'] },
      {
        numero: '4.3',
        titre: 'Rentabilité de la démarche',
        analyses: ['tableau-de-bord', 'rentabilite'],
        textesApres: true,
        textes: [{ chemin: ['conclusion'], libelle: 'Conclusion sur l’opération' }],
      },
    ],
  },
];

/** Reads a text of the dossier by its path ('' when absent). */
export function texteDe(dossier: object, chemin: CheminTexte): string {
  let v: unknown = dossier;
  for (const k of chemin)
    v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return typeof v === 'string' ? v : '';
}
