import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Dossier } from '../../../src/lib/dossier/modele.ts';

// The synchronous journal goes to localStorage: a Map stands for it.
const local = new Map<string, string>();
Object.defineProperty(globalThis, 'localStorage', {
  configurable: true,
  value: {
    getItem: (k: string) => local.get(k) ?? null,
    setItem: (k: string, v: string) => {
      local.set(k, v);
    },
    removeItem: (k: string) => {
      local.delete(k);
    },
    key: (i: number) => [...local.keys()][i] ?? null,
    get length() {
      return local.size;
    },
  },
});

// IndexedDB replaced by a Map: the store's logic (validation, set-aside, autosave) is what is tested here.
const base = new Map<string, unknown>();
/** Reads that fail before answering (IndexedDB failing to open, as it can on a fresh browser). */
let lecturesEnEchec = 0;
vi.mock('../../../src/stores/indexeddb.ts', () => ({
  lireIDB: async (cle: string) => {
    if (lecturesEnEchec > 0) {
      lecturesEnEchec -= 1;
      throw new Error('Impossible d’ouvrir le stockage du navigateur\u202f: erreur inconnue.');
    }
    return structuredClone(base.get(cle));
  },
  ecrireIDB: async (cle: string, v: unknown) => {
    base.set(cle, structuredClone(v));
  },
  supprimerIDB: async (cle: string) => {
    base.delete(cle);
  },
  modifierIDB: async (cle: string, f: (v: unknown) => unknown) => {
    const v = f(structuredClone(base.get(cle)));
    base.set(cle, structuredClone(v));
    return v;
  },
}));

const charger = async () => {
  vi.resetModules();
  return import('../../../src/stores/dossier.ts');
};
const CLE = 'atelier:v1:dossier';
const valide = {
  format: 'atelier-prospection/dossier',
  version: 1,
  entreprise: { nom: 'Vénimob' },
};

beforeEach(() => {
  lecturesEnEchec = 0;
  base.clear();
  local.clear();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('store « Mon dossier »', () => {
  test('relit le dossier et l’étape enregistrés', async () => {
    base.set(CLE, { dossier: valide, etape: 5 });
    const s = await charger();
    await s.chargerDossier();
    expect(s.$dossier.get().entreprise.nom).toBe('Vénimob');
    expect(s.$etape.get()).toBe(5);
    expect(s.$stockage.get().etat).toBe('pret');
  });

  test('un dossier enregistré illisible est mis de côté et signalé, la page repart d’un dossier vide', async () => {
    base.set(CLE, { dossier: { ...valide, base: { fiches: 'beaucoup' } }, etape: 99 });
    const s = await charger();
    await s.chargerDossier();
    expect(s.$dossier.get().entreprise.nom).toBe('');
    expect(s.$stockage.get()).toMatchObject({ etat: 'erreur' });
    expect(s.$stockage.get().message).toMatch(
      /illisible.*Base de données › fiches doit être un nombre/,
    );
    expect(base.get(`${CLE}:corrompu`)).toMatchObject({ etape: 99 });
  });

  test('une saisie est enregistrée après 400 ms, avec l’étape en cours', async () => {
    const s = await charger();
    await s.chargerDossier();
    s.modifierDossier((d) => ({ ...d, etudiant: 'Inès' }));
    s.allerAEtape(3);
    expect(base.has(CLE)).toBe(false);
    await vi.advanceTimersByTimeAsync(450);
    expect(base.get(CLE)).toMatchObject({ dossier: { etudiant: 'Inès' }, etape: 3 });
  });

  test('un import invalide ne change rien ; un import valide remplace et enregistre', async () => {
    const s = await charger();
    await s.chargerDossier();
    s.modifierDossier((d) => ({ ...d, etudiant: 'Inès' }));
    const r = await s.importerDossier('{"format":"autre"}');
    expect(r.ok).toBe(false);
    expect(s.$dossier.get().etudiant).toBe('Inès');
    expect((await s.importerDossier(JSON.stringify(valide))).ok).toBe(true);
    expect(s.$dossier.get().entreprise.nom).toBe('Vénimob');
    expect(base.get(CLE)).toMatchObject({ dossier: { entreprise: { nom: 'Vénimob' } } });
  });

  test('supprimer vide le navigateur et repart de l’étape 1', async () => {
    base.set(CLE, { dossier: valide, etape: 4 });
    const s = await charger();
    await s.chargerDossier();
    await s.supprimerDossier();
    expect(base.has(CLE)).toBe(false);
    expect(s.$etape.get()).toBe(0);
    expect(s.$analyses.get().budget.etat).toBe('incomplet');
  });

  test('rien n’est perdu si la page est rechargée avant les 400 ms : le journal synchrone est rejoué (issue 15, cas 4)', async () => {
    base.set(CLE, { dossier: valide, etape: 2 });
    const avant = await charger();
    await avant.chargerDossier();
    avant.modifierDossier((d) => ({ ...d, conclusion: 'Tapé juste avant de recharger' }));
    // Reload: no timer ran, IndexedDB still holds the old dossier.
    expect(base.get(CLE)).toMatchObject({ dossier: { entreprise: { nom: 'Vénimob' } } });
    const apres = await charger();
    await apres.chargerDossier();
    expect(apres.$dossier.get().conclusion).toBe('Tapé juste avant de recharger');
    expect(apres.$dossier.get().entreprise.nom).toBe('Vénimob');
    await vi.advanceTimersByTimeAsync(450);
    expect(base.get(CLE)).toMatchObject({
      dossier: { conclusion: 'Tapé juste avant de recharger' },
    });
    expect(local.has('atelier:v1:dossier:journal')).toBe(false);
  });

  test('ce qui est tapé pendant le chargement n’est pas remplacé par la copie enregistrée (issue 15, cas 4)', async () => {
    base.set(CLE, { dossier: { ...valide, etudiant: 'Ancien nom' }, etape: 1 });
    const s = await charger();
    const chargement = s.chargerDossier();
    s.modifierDossier((d) => ({ ...d, etudiant: 'Nom tapé pendant le chargement' }));
    await chargement;
    expect(s.$dossier.get().etudiant).toBe('Nom tapé pendant le chargement');
    expect(s.$dossier.get().entreprise.nom).toBe('Vénimob');
  });

  /**
   * The tester's report (/mon-dossier/, fresh browser): four fields typed, a reload, and the first
   * two came back empty, the last two kept. The first two were saved (so gone from the journal);
   * the last two were still in the journal; the reload could not read the stored copy and showed
   * the journal alone. Here that read fails once.
   */
  const saisirQuatreChamps = async (s: Awaited<ReturnType<typeof charger>>) => {
    s.modifierDossier((d) => ({ ...d, etudiant: 'Amina' }));
    s.modifierDossier((d) => ({ ...d, entreprise: { ...d.entreprise, nom: 'Sadaf' } }));
    await vi.advanceTimersByTimeAsync(450);
    s.modifierDossier((d) => ({ ...d, entreprise: { ...d.entreprise, activite: 'Emballages' } }));
    s.modifierDossier((d) => ({ ...d, entreprise: { ...d.entreprise, offre: 'Cartons' } }));
  };
  const champsDe = (d: { etudiant: string; entreprise: Record<string, unknown> }) => [
    d.etudiant,
    d.entreprise.nom,
    d.entreprise.activite,
    d.entreprise.offre,
  ];

  test('une lecture du dossier enregistré qui échoue au chargement est refaite : les champs déjà enregistrés reviennent sous ceux du journal', async () => {
    const avant = await charger();
    await avant.chargerDossier();
    await saisirQuatreChamps(avant);
    expect(base.get(CLE)).toMatchObject({ dossier: { etudiant: 'Amina' } });
    // Reload within the save delay, and the first read fails.
    lecturesEnEchec = 1;
    const apres = await charger();
    await apres.chargerDossier();
    await vi.advanceTimersByTimeAsync(600);
    expect(champsDe(apres.$dossier.get())).toEqual(['Amina', 'Sadaf', 'Emballages', 'Cartons']);
    expect(apres.$stockage.get().etat).not.toBe('erreur');
    await vi.advanceTimersByTimeAsync(450);
    expect(champsDe((base.get(CLE) as { dossier: Dossier }).dossier)).toEqual([
      'Amina',
      'Sadaf',
      'Emballages',
      'Cartons',
    ]);
  });

  test('si la relecture échoue encore, le premier enregistrement rapporte la copie enregistrée, sans vider ses listes', async () => {
    base.set(CLE, {
      dossier: { ...valide, portefeuille: { categories: [{ nom: 'Grossistes', caN: 1000 }] } },
      etape: 0,
    });
    const avant = await charger();
    await avant.chargerDossier();
    await saisirQuatreChamps(avant);
    lecturesEnEchec = 99;
    const apres = await charger();
    await apres.chargerDossier();
    // The journal (the last two fields) is saved: that transaction reads the stored copy.
    await vi.advanceTimersByTimeAsync(450);
    expect(champsDe(apres.$dossier.get())).toEqual(['Amina', 'Sadaf', 'Emballages', 'Cartons']);
    expect(apres.$dossier.get().portefeuille.categories).toEqual([
      { nom: 'Grossistes', caN: 1000 },
    ]);
    expect(base.get(CLE)).toMatchObject({
      dossier: { portefeuille: { categories: [{ nom: 'Grossistes', caN: 1000 }] } },
    });
  });

  test('deux onglets : chaque enregistrement garde le champ plus récent de l’autre, et l’autre onglet le reçoit (issue 15, cas 3)', async () => {
    base.set(CLE, { dossier: valide, etape: 0 });
    const a = await charger();
    await a.chargerDossier();
    const b = await charger();
    await b.chargerDossier();
    a.modifierDossier((d) => ({ ...d, etudiant: 'Inès (onglet A)' }));
    await vi.advanceTimersByTimeAsync(450);
    b.modifierDossier((d) => ({ ...d, conclusion: 'Conclusion (onglet B)' }));
    await vi.advanceTimersByTimeAsync(450);
    expect(base.get(CLE)).toMatchObject({
      dossier: { etudiant: 'Inès (onglet A)', conclusion: 'Conclusion (onglet B)' },
    });
    vi.useRealTimers();
    await vi.waitFor(() => {
      expect(b.$dossier.get().etudiant).toBe('Inès (onglet A)');
      expect(a.$dossier.get().conclusion).toBe('Conclusion (onglet B)');
    });
  });
});
