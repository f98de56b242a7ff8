/**
 * The input fields of the course's formulas, named once: French label, grammatical gender and
 * unit. Error messages (« La quantité ne peut pas être négative. ») and the formula sheet
 * (« Quantité ») read the same entry, so a field is never called two names.
 * Also the input checks every formula runs before computing (ARCHITECTURE rule 3): each check
 * returns `undefined` when the value is fine, or a failed `Resultat` naming the field, so that
 * checks chain lazily with `??` and the first problem is the one reported.
 */
import { echec, fini, type Resultat } from './resultat.ts';
import { majuscule } from './majuscule.ts';

/** Unit of an input or of a result; the UI picks the display (€/DH, %, « j », « ans »…) from it. */
export type Unite =
  'montant' | 'taux' | 'nombre' | 'jours' | 'semaines' | 'indice' | 'annees' | 'coefficient';

/** [name with its article, unit, 'f' when feminine]. Plural is read from the article « les ». */
type Definition = readonly [nom: string, unite: Unite, genre?: 'f'];

const DEFINITIONS = {
  prixVenteHT: ['le prix de vente HT', 'montant'],
  coutAchatHT: ['le coût d’achat HT', 'montant'],
  margeUnitaire: ['la marge unitaire', 'montant', 'f'],
  quantite: ['la quantité', 'nombre', 'f'],
  tauxDeMarge: ['le taux de marge', 'taux'],
  tauxDeMarque: ['le taux de marque', 'taux'],
  prixVenteTTC: ['le prix de vente TTC', 'montant'],
  prixHT: ['le prix HT', 'montant'],
  prixTTC: ['le prix TTC', 'montant'],
  tauxTVA: ['le taux de TVA', 'taux'],
  prixBrut: ['le prix brut', 'montant'],
  tauxRemise: ['le taux de remise', 'taux'],
  chargesFixes: ['les charges fixes', 'montant', 'f'],
  tauxMargeSurCoutVariable: ['le taux de marge sur coût variable', 'taux'],
  chargesVariables: ['les charges variables', 'montant', 'f'],
  seuilDeRentabilite: ['le seuil de rentabilité', 'montant'],
  chiffreAffaires: ['le chiffre d’affaires', 'montant'],
  joursParAn: ['le nombre de jours par an', 'jours'],
  depenses: ['les dépenses', 'montant', 'f'],
  beneficeVise: ['le bénéfice visé', 'montant'],
  lignes: ['les lignes du budget', 'montant', 'f'],
  margeGeneree: ['la marge générée', 'montant', 'f'],
  cout: ['le coût', 'montant'],
  coutTotal: ['le coût total', 'montant'],
  nombre: ['le nombre d’unités (contacts, visites, RDV…)', 'nombre'],
  nouveauxClients: ['le nombre de nouveaux clients', 'nombre'],
  margeParClient: ['la marge par client', 'montant', 'f'],
  sortants: ['le nombre de sortants', 'nombre'],
  entrants: ['le nombre d’entrants', 'nombre'],
  transactions: ['le nombre de transactions', 'nombre'],
  valeurDepart: ['la valeur de départ', 'montant', 'f'],
  valeurArrivee: ['la valeur d’arrivée', 'montant', 'f'],
  taux: ['le taux', 'taux'],
  periodes: ['le nombre de périodes', 'nombre'],
  chiffreAffairesMarche: ['le chiffre d’affaires du marché', 'montant'],
  realise: ['le réalisé', 'nombre'],
  objectif: ['l’objectif', 'nombre'],
  tauxAttrition: ['le taux d’attrition', 'taux'],
  clients: ['le nombre de clients', 'nombre'],
  tauxCroissance: ['le taux de croissance visé', 'taux'],
  panierMoyen: ['le panier moyen', 'montant'],
  frequence: ['la fréquence d’achat (achats par an)', 'nombre', 'f'],
  duree: ['la durée de vie client', 'annees', 'f'],
  margeAnnuelle: ['la marge annuelle', 'montant', 'f'],
  tauxActualisation: ['le taux d’actualisation', 'taux'],
  horizon: ['l’horizon', 'annees'],
  semaines: ['le nombre de semaines', 'semaines'],
  joursParSemaine: ['le nombre de jours par semaine', 'jours'],
  visitesParJour: ['le nombre de visites par jour', 'nombre'],
  visitesAFaire: ['le nombre de visites à faire', 'nombre'],
  visitesParCommercial: ['le nombre de visites par commercial', 'nombre'],
} as const satisfies Record<string, Definition>;

/** The key of a known field (a parameter name of some formula). */
export type CleChamp = keyof typeof DEFINITIONS;

/** The label to show next to an input or on the formula sheet (« Coût d’achat HT »). */
export function libelleChamp(cle: CleChamp): string {
  return majuscule(DEFINITIONS[cle][0].replace(/^(le |la |les |l’)/, ''));
}

/** The field named with its article, for sentences (« le coût d’achat HT »). */
export function nomChamp(cle: CleChamp): string {
  return DEFINITIONS[cle][0];
}

/** The unit of a field. */
export function uniteChamp(cle: CleChamp): Unite {
  return DEFINITIONS[cle][1];
}

/** The words of a French sentence about a field, agreed in gender and number. */
function grammaire(cle: CleChamp) {
  const def: Definition = DEFINITIONS[cle];
  const pluriel = def[0].startsWith('les ');
  const feminin = def[2] === 'f';
  const accord = (adj: string): string => {
    let a = adj;
    if (feminin && !a.endsWith('e'))
      a = a.endsWith('f') ? `${a.slice(0, -1)}ve` : a.endsWith('l') ? `${a}le` : `${a}e`;
    return pluriel && !/[sx]$/.test(a) ? `${a}s` : a;
  };
  return {
    Nom: majuscule(def[0]),
    doit: pluriel ? 'doivent' : 'doit',
    peut: pluriel ? 'peuvent' : 'peut',
    accord,
  };
}

/** Is `v` an actual finite number (not NaN, not ±Infinity, not a string that slipped through)? */
const estFini = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Fails unless `v` is a finite number. */
export function exigerNombre(cle: CleChamp, v: number): Resultat<never> | undefined {
  if (estFini(v)) return undefined;
  const g = grammaire(cle);
  return echec(`${g.Nom} ${g.doit} être un nombre.`, cle);
}

/** Fails unless `v` is a finite number ≥ 0. */
export function exigerPositif(cle: CleChamp, v: number): Resultat<never> | undefined {
  const e = exigerNombre(cle, v);
  if (e || v >= 0) return e;
  const g = grammaire(cle);
  return echec(`${g.Nom} ne ${g.peut} pas être ${g.accord('négatif')}.`, cle);
}

/** Fails unless `v` is a finite number > 0; `raison` completes the sentence (« pour calculer un taux de marge »). */
export function exigerStrictementPositif(
  cle: CleChamp,
  v: number,
  raison?: string,
): Resultat<never> | undefined {
  const e = exigerNombre(cle, v);
  if (e || v > 0) return e;
  const g = grammaire(cle);
  return echec(
    `${g.Nom} ${g.doit} être ${g.accord('supérieur')} à 0${raison ? ` ${raison}` : ''}.`,
    cle,
  );
}

/** Fails unless `v` is a finite fraction between 0 and 1 (0 % to 100 %), both included. */
export function exigerFraction(cle: CleChamp, v: number): Resultat<never> | undefined {
  const e = exigerNombre(cle, v);
  if (e || (v >= 0 && v <= 1)) return e;
  const g = grammaire(cle);
  return echec(`${g.Nom} ${g.doit} être ${g.accord('compris')} entre 0\u202F% et 100\u202F%.`, cle);
}

/** Fails with `message` when `condition` does not hold (or `v` is not a finite number). */
export function exigerQue(
  cle: CleChamp,
  v: number,
  condition: boolean,
  message: string,
): Resultat<never> | undefined {
  return exigerNombre(cle, v) ?? (condition ? undefined : echec(message, cle));
}

/** Wraps a computed value: an overflow becomes an error, and −0 becomes 0 (it would print « -0 »). */
export function resultat(valeur: number): Resultat<number> {
  return fini(valeur === 0 ? 0 : valeur, 'Les valeurs saisies sont trop grandes pour ce calcul.');
}

/**
 * Rounds up a count (people, clients, visits) without being fooled by binary fractions:
 * 1,1 ÷ 0,1 gives 11.000000000000002 in floating point, which must stay 11, not become 12.
 */
export function arrondiSuperieur(x: number): number {
  const n = Math.ceil(x - Math.abs(x) * 1e-12 - 1e-12);
  return n === 0 ? 0 : n;
}
