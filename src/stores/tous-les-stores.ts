/**
 * Every store module with persisted input, imported for its side effect: each persistent store
 * registers its validator (`validateurs`, persistance.ts) as it is created. « Garder ce
 * scénario » and « Importer un travail » load this module (dynamic import) to check values with
 * the store's own validator, never a copy, whichever islands this page hydrated. A new persisted
 * store is added here (tests/unit/stores/tous-les-stores.test.ts checks the list is complete).
 */
import './budget-saisie.ts';
import './budget.ts';
import './campagne.ts';
import './capacite.ts';
import './checklist-rgpd.ts';
import './ecriture.ts';
import './entonnoir.ts';
import './requete-fichier.ts';
import './import-fichier.ts';
import './jeu-de-role.ts';
import './import-resume.ts';
import './methodes.ts';
import './planning.ts';
import './portefeuille.ts';
import './reseau.ts';
import './sources.ts';
import './tableau-de-bord.ts';
import './temperature.ts';
import './usure.ts';
import './versions-exercices.ts';

/** Nothing to do once imported: kept as a function so callers read as an action. */
export async function chargerTousLesStores(): Promise<void> {}
