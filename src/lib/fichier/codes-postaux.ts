/**
 * Postal-code prefixes of the cities of the sample files (kept apart from prospect.ts: only the
 * quality checks need this table, and every island imports prospect.ts).
 */
import type { Pays } from '../commun/prospect.ts';

/**
 * Postal-code prefixes of the cities the sample files use, by country: the quality report
 * flags a row whose postal code does not start with its city's prefix (« ville-code-postal »).
 * France: the département (2 digits); Morocco: the city's postal zone
 * (Casablanca 20xxx, Rabat 10xxx …). A city missing from this table is never flagged.
 */
export const PREFIXES_CODE_POSTAL: Readonly<
  Record<Pays, Readonly<Record<string, readonly string[]>>>
> = {
  FR: {
    Lyon: ['69'],
    Villeurbanne: ['69'],
    Vénissieux: ['69'],
    Bron: ['69'],
    'Caluire-et-Cuire': ['69'],
    Écully: ['69'],
    'Saint-Priest': ['69'],
    'Vaulx-en-Velin': ['69'],
    Oullins: ['69'],
    Meyzieu: ['69'],
    'Tassin-la-Demi-Lune': ['69'],
    'Rillieux-la-Pape': ['69'],
    'Décines-Charpieu': ['69'],
    Givors: ['69'],
    'Villefranche-sur-Saône': ['69'],
    Limonest: ['69'],
    Dardilly: ['69'],
    'Saint-Genis-Laval': ['69'],
    Vienne: ['38'],
    Grenoble: ['38'],
    'Bourgoin-Jallieu': ['38'],
    'Saint-Étienne': ['42'],
    Roanne: ['42'],
    'Bourg-en-Bresse': ['01'],
    Annecy: ['74'],
    Chambéry: ['73'],
    Mâcon: ['71'],
    'Clermont-Ferrand': ['63'],
    Dijon: ['21'],
    Valence: ['26'],
    Paris: ['75'],
    Marseille: ['13'],
    Toulouse: ['31'],
    Bordeaux: ['33'],
    Lille: ['59'],
    Nantes: ['44'],
    Strasbourg: ['67'],
    Nice: ['06'],
    Montpellier: ['34'],
    Rennes: ['35'],
  },
  MA: {
    Casablanca: ['20'],
    Mohammedia: ['28'],
    Berrechid: ['26'],
    Settat: ['26'],
    'El Jadida': ['24'],
    Rabat: ['10'],
    Salé: ['11'],
    Témara: ['12'],
    Skhirat: ['12'],
    Kénitra: ['14'],
    Marrakech: ['40'],
    Fès: ['30'],
    Meknès: ['50'],
    Tanger: ['90'],
    Tétouan: ['93'],
    Agadir: ['80'],
    Oujda: ['60'],
    Nador: ['62'],
    Safi: ['46'],
    'Béni Mellal': ['23'],
    Khouribga: ['25'],
  },
};
