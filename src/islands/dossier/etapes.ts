/** The steps of the dossier's form: what each covers in the outline (seed 002) and which analyses it shows. */
import type { IDS_ANALYSES } from '../../lib/dossier/analyser.ts';

/** One step of the form. */
export interface EtapeFormulaire {
  numero: string;
  titre: string;
  analyses: (typeof IDS_ANALYSES)[number][];
}

/** The eight steps, in the dossier's order. */
export const ETAPES_FORMULAIRE: readonly EtapeFormulaire[] = [
  { numero: '1', titre: 'L’entreprise', analyses: [] },
  {
    numero: '2.1–2.2',
    titre: 'Demande et portefeuille',
    analyses: ['evolution-ca', 'repartition-ca', 'abc-clients', 'rfm'],
  },
  {
    numero: '2.3',
    titre: 'Valeur client',
    analyses: ['panier-moyen', 'taux-de-marque', 'valeur-client'],
  },
  { numero: '2.4', titre: 'Objectifs', analyses: ['objectifs'] },
  { numero: '3.1–3.2', titre: 'Cible et offre', analyses: [] },
  { numero: '3.3', titre: 'Méthode et coût', analyses: ['budget'] },
  { numero: '4.1', titre: 'Préparation', analyses: ['qualite-base', 'temps'] },
  {
    numero: '4.2–4.3',
    titre: 'Résultats',
    analyses: ['entonnoir', 'tableau-de-bord', 'rentabilite'],
  },
];
