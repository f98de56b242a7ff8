import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  cleanTestStorage,
  getTestStorage,
  setTestStorageKey,
  useTestStorageEngine,
} from '@nanostores/persistent';
import type { Prospect } from '@lib/commun/prospect.ts';

const p = (id: string, autre: Partial<Prospect> = {}): Prospect => ({
  id,
  raisonSociale: `Société ${id}`,
  type: 'B2B',
  secteur: 'industrie',
  fonction: '',
  ville: 'Lyon',
  codePostal: '69003',
  pays: 'FR',
  telephone: '',
  email: `${id.toLowerCase()}@exemple.fr`,
  source: 'salon',
  dateCollecte: '2025-01-01',
  dateDernierContact: '',
  consentementEmail: false,
  opposition: false,
  bloctel: false,
  temperature: 'froid',
  ouvertures: 0,
  clics: 0,
  visitesSite: 0,
  demandeDevis: false,
  converti: false,
  ...autre,
});
const { FICHIER } = vi.hoisted(() => ({ FICHIER: [] as Prospect[] }));
FICHIER.push(p('P1'), p('P2', { email: 'p1@exemple.fr' }), p('P3', { email: 'mauvais@' }));

// Two samples whatever content/datasets holds, and no network: the store is tested alone.
vi.mock('../../../src/stores/catalogue.ts', () => ({
  ENTREPRISES_EXEMPLES: [
    { id: 'alpha', nom: 'Alpha', devise: 'MAD' },
    { id: 'beta', nom: 'Bêta', devise: 'EUR' },
  ],
  chargerExemple: vi.fn(async (id: string) => ({
    ok: true,
    valeur: {
      prospects: id === 'alpha' ? FICHIER : FICHIER.slice(0, 1),
      dateReference: '2026-06-30',
    },
  })),
}));

useTestStorageEngine();
const campagne = await import('@stores/campagne.ts');
const {
  $donnees,
  $entreprise,
  $entrepriseId,
  $entreprises,
  $fichierNettoye,
  $nettoyage,
  $selection,
  $travail,
  $travaux,
  annulerOperation,
  choisirEntreprise,
  reinitialiserFichier,
  selectionnerProspects,
  choisirMethode,
} = campagne;
const nettoyage = await import('@stores/nettoyage.ts');
const { ajouterOperation } = nettoyage;
const { $rapportQualite } = await import('@stores/qualite.ts');
const { $saisieBudget, BUDGET_PAR_DEFAUT, modifierBudget, reinitialiserBudget } =
  await import('@stores/budget.ts');
const { $erreursStockage } = await import('@stores/persistance.ts');

let desabonner: (() => void)[] = [];
beforeEach(async () => {
  cleanTestStorage();
  $travaux.set({});
  $entrepriseId.set('alpha');
  reinitialiserBudget();
  $erreursStockage.set([]);
  desabonner = [$fichierNettoye.listen(() => {}), $rapportQualite.listen(() => {})];
  await vi.waitFor(() => expect($donnees.get()).toMatchObject({ etat: 'pret', id: 'alpha' }));
});
afterEach(() => desabonner.forEach((f) => f()));

describe('journal de nettoyage', () => {
  test('modifier, fusionner, supprimer ; annuler ; « Réinitialiser » rend l’original', () => {
    expect($fichierNettoye.get()).toEqual(FICHIER);
    const rapport = () => {
      const r = $rapportQualite.get();
      if (!r.ok) throw new Error(r.erreur.message);
      return r.valeur;
    };
    expect(rapport().resume.find((l) => l.type === 'doublon-exact')?.problemes).toBe(1);

    ajouterOperation({ type: 'fusionner', ids: ['P1', 'P2'], garder: 'P1' });
    ajouterOperation({ type: 'modifier', id: 'P3', champ: 'email', valeur: 'contact@p3.fr' });
    expect($fichierNettoye.get().map((x) => x.id)).toEqual(['P1', 'P3']);
    const compte = (type: string) => rapport().resume.find((l) => l.type === type)?.problemes;
    expect([
      compte('doublon-exact'),
      compte('email-invalide'),
      compte('telephone-manquant'),
    ]).toEqual([0, 0, 2]);
    expect(getTestStorage()['atelier:v1:travail']).toContain('"fusionner"');

    annulerOperation();
    expect($fichierNettoye.get()[1].email).toBe('mauvais@');
    // A row no longer in the file shown (replaced in another tab) is refused, and nothing is written (issue 15, case 9).
    expect(ajouterOperation({ type: 'supprimer', ids: ['P3', 'P9'] })).toBe(false);
    expect(nettoyage.$operationRefusee.get()).toBe(
      'La fiche P9 n’existe plus dans le fichier étudié (remplacé dans un autre onglet, ou en cours de chargement)\u202f: rien n’a été modifié. Vérifiez le fichier affiché, puis recommencez.',
    );
    expect($travail.get().journal).toHaveLength(1);
    expect(ajouterOperation({ type: 'supprimer', ids: ['P3'] })).toBe(true);
    expect(nettoyage.$operationRefusee.get()).toBeNull();
    expect(ajouterOperation({ type: 'fusionner', ids: ['P1', 'P3', 'P8'], garder: 'P1' })).toBe(
      false,
    );
    expect(nettoyage.$operationRefusee.get()).toMatch(/^Les fiches P3, P8 n’existent plus/);
    // A log written elsewhere (an older file) keeps its stale operations: skipped on replay, and said.
    campagne.modifierTravail((t) => ({
      ...t,
      journal: [...t.journal, { type: 'supprimer', ids: ['P3'] }],
    }));
    expect($nettoyage.get().ignorees).toEqual([2]);

    reinitialiserFichier();
    expect($fichierNettoye.get()).toEqual(FICHIER);
    expect($travail.get().journal).toEqual([]);
  });
});

describe('une entreprise, un travail', () => {
  test('chaque entreprise garde son travail, budget compris ; les données suivent ; l’en-tête est prévenu', async () => {
    const evenements: string[] = [];
    vi.stubGlobal('dispatchEvent', (e: Event) => {
      evenements.push(e.type);
      return true;
    });
    selectionnerProspects(['P1', 'P1', 'P3', 'P9']);
    expect($selection.get().map((x) => x.id)).toEqual(['P1', 'P3']);
    choisirMethode('telephone');
    modifierBudget({ taux: '30' });

    choisirEntreprise('beta');
    expect($entreprise.get()?.id).toBe('beta');
    await vi.waitFor(() => expect($fichierNettoye.get().map((x) => x.id)).toEqual(['P1']));
    expect($travail.get().selection).toEqual([]);
    expect($saisieBudget.get()).toEqual({ ...BUDGET_PAR_DEFAUT, devise: 'EUR' });
    choisirMethode('emailing');

    choisirEntreprise('alpha');
    expect($travail.get()).toMatchObject({ selection: ['P1', 'P3', 'P9'], methode: 'telephone' });
    expect($saisieBudget.get().taux).toBe('30');
    expect($travaux.get().beta.methode).toBe('emailing');
    expect(evenements).toEqual(['atelier:entreprise', 'atelier:entreprise']);
    vi.unstubAllGlobals();
  });

  test('la méthode garde la sélection sur laquelle elle a été choisie (D11), et seulement s’il y en a une', async () => {
    const { retenirMethode } = await import('@stores/methodes.ts');
    retenirMethode('telephone', 40);
    expect($travail.get()).toMatchObject({ methode: 'telephone' });
    expect($travail.get().baseMethode).toBeUndefined();
    selectionnerProspects(['P1', 'P3']);
    retenirMethode('telephone', 2);
    expect($travail.get().baseMethode).toMatchObject({ prospects: 2, contacts: 2 });
    const avant = $travail.get().baseMethode!.empreinte;
    selectionnerProspects(['P1']);
    // The record is the learner's input of that moment: a new selection does not rewrite it.
    expect($travail.get().baseMethode?.empreinte).toBe(avant);
    retenirMethode('telephone', 1);
    expect($travail.get().baseMethode).toMatchObject({ prospects: 1, contacts: 1 });
    expect($travail.get().baseMethode?.empreinte).not.toBe(avant);
    choisirMethode(null);
    expect($travail.get()).not.toHaveProperty('baseMethode');
  });

  test('un identifiant inconnu retombe sur le premier exemple ; un choix inconnu est sans effet', () => {
    $entrepriseId.set('disparue');
    expect($entreprise.get()?.id).toBe('alpha');
    choisirEntreprise('inexistante');
    expect($entrepriseId.get()).toBe('disparue');
    expect($entreprises.get().map((e) => e.id)).toEqual(['alpha', 'beta']);
  });
});

describe('stockage illisible', () => {
  test('un travail enregistré invalide est remplacé par un travail vide et signalé en français', () => {
    const alerte = $travaux.listen(() => {});
    alerte();
    setTestStorageKey(
      'atelier:v1:travail',
      '{"alpha":{"journal":[{"type":"effacer-tout"}],"grille":null,"selection":[],"methode":null,"budget":null,"entonnoir":null}}',
    );
    const fin = $travaux.listen(() => {});
    expect($travaux.get()).toEqual({});
    expect($erreursStockage.get()[0]).toMatch(
      /^Vos données de votre campagne \(fichier nettoyé, sélection et méthode, chapitres 5 à 7\) pour l’entreprise alpha enregistrées dans ce navigateur étaient illisibles/,
    );
    fin();
  });

  test('une entreprise illisible ne perd que sa part : les autres restent, la part refusée est mise de côté (issue 15)', () => {
    const alerte = $travaux.listen(() => {});
    alerte();
    const bon = { journal: [], grille: null, selection: ['P1'], methode: 'salon' };
    // As the previous version saved it, with its never-written `entonnoir` (dropped on read).
    setTestStorageKey(
      'atelier:v1:travail',
      JSON.stringify({ alpha: { selection: 'x' }, beta: { ...bon, entonnoir: null } }),
    );
    const fin = $travaux.listen(() => {});
    expect($travaux.get()).toEqual({ beta: bon });
    expect($erreursStockage.get()).toHaveLength(1);
    expect($erreursStockage.get()[0]).toMatch(/alpha.*autres entreprises sont intactes/);
    expect(JSON.parse(getTestStorage()['atelier:v1:travail:corrompu'])).toEqual({
      alpha: { selection: 'x' },
    });
    fin();
  });
});
