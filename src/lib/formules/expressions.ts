/**
 * The expression of every formula of the catalogue, as the course writes it, by formula id.
 * Text only (no library function), so that the exercise islands can quote a formula in their
 * worked solutions without shipping the whole catalogue; formules.ts reads its entries from here.
 */

/** Expression of each formula, by id. */
export const EXPRESSIONS = {
  'duree-de-vie-client': 'Durée de vie client = 1 ÷ taux d’attrition',
  'nouveaux-clients-necessaires':
    'Nouveaux clients = clients × (taux d’attrition + taux de croissance visé)',
  'marge-unitaire': 'Marge unitaire = PV HT − coût d’achat HT',
  'marge-globale': 'Marge globale = marge unitaire × quantité vendue',
  'taux-de-marge': 'Taux de marge = (PV HT − coût d’achat HT) ÷ coût d’achat HT',
  'taux-de-marque': 'Taux de marque = (PV HT − coût d’achat HT) ÷ PV HT',
  'prix-vente-ht-depuis-taux-de-marge': 'PV HT = coût d’achat HT × (1 + taux de marge)',
  'prix-vente-ht-depuis-taux-de-marque': 'PV HT = coût d’achat HT ÷ (1 − taux de marque)',
  'taux-de-marque-depuis-taux-de-marge': 'Taux de marque = taux de marge ÷ (1 + taux de marge)',
  'taux-de-marge-depuis-taux-de-marque': 'Taux de marge = taux de marque ÷ (1 − taux de marque)',
  'coefficient-multiplicateur': 'Coefficient multiplicateur = PV TTC ÷ coût d’achat HT',
  'prix-ttc': 'Prix TTC = prix HT × (1 + taux de TVA)',
  'panier-moyen': 'Panier moyen = chiffre d’affaires ÷ nombre de transactions',
  'taux-d-evolution': 'Taux d’évolution = (valeur d’arrivée − valeur de départ) ÷ valeur de départ',
  'indice-base-100': 'Indice = valeur d’arrivée ÷ valeur de départ × 100',
  'taux-reciproque': 'Taux réciproque = 1 ÷ (1 + taux) − 1',
  tcam: 'TCAM = (valeur d’arrivée ÷ valeur de départ)^(1 ÷ nombre de périodes) − 1',
  'part-de-marche': 'Part de marché = CA de l’entreprise ÷ CA du marché',
  'valeur-client':
    'Valeur client = panier moyen × fréquence d’achat annuelle × durée de vie client',
  'valeur-client-en-marge':
    'Valeur client en marge = panier moyen × fréquence × durée de vie × taux de marque',
  'valeur-client-actualisee':
    'Valeur actualisée = Σ marge annuelle × (1 − attrition)^(t − 1) ÷ (1 + taux d’actualisation)^t',
  'cout-unitaire': 'Coût unitaire = coût total ÷ nombre d’unités',
  'visites-par-commercial': 'Visites = semaines × jours de terrain par semaine × visites par jour',
  'commerciaux-necessaires': 'Commerciaux = visites à faire ÷ visites par commercial',
  'ca-minimum': 'CA minimum = dépenses ÷ taux de marque',
  'ca-objectif': 'CA objectif = (dépenses + bénéfice visé) ÷ taux de marque',
  'taux-de-marge-sur-cout-variable': 'Taux de MCV = (CA − charges variables) ÷ CA',
  'seuil-de-rentabilite': 'Seuil de rentabilité = charges fixes ÷ taux de marge sur coût variable',
  'point-mort': 'Point mort = seuil de rentabilité ÷ CA × jours par an',
  'marge-de-securite': 'Marge de sécurité = CA − seuil de rentabilité',
  'indice-de-securite': 'Indice de sécurité = (CA − seuil de rentabilité) ÷ CA',
  taux: 'Taux = sortants de l’étape ÷ entrants de l’étape',
  'taux-de-realisation': 'Taux de réalisation = réalisé ÷ objectif',
  'resultat-operation': 'Résultat = marge générée − coût de l’opération',
  roi: 'ROI = (marge générée − coût) ÷ coût',
  'cout-acquisition-client': 'Coût d’acquisition = coût total ÷ nouveaux clients',
  'clients-pour-rentabiliser': 'Clients = coût ÷ marge par client',
} as const satisfies Record<string, string>;

/** Id of a formula of the catalogue. */
export type IdFormule = keyof typeof EXPRESSIONS;

/** The expression of a formula, or the id itself when unknown (never throws in a worked solution). */
export function expressionDe(id: string): string {
  return (EXPRESSIONS as Record<string, string>)[id] ?? id;
}
