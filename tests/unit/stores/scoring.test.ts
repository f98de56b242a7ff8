import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import type { Prospect } from '@lib/commun/prospect.ts';

const p = (id: string, autre: Partial<Prospect> = {}): Prospect => ({
  id,
  raisonSociale: `Société ${id}`,
  type: 'B2B',
  secteur: 'BTP',
  fonction: '',
  ville: 'Lyon',
  codePostal: '69003',
  pays: 'FR',
  telephone: '',
  email: '',
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
FICHIER.push(
  p('P1', { secteur: 'informatique', taille: 'PME', demandeDevis: true, converti: true }), // 20 + 10 + 30 = 60
  p('P2', { secteur: 'santé', clics: 2 }), // 14 + 10 = 24
  p('P3', { secteur: 'informatique', demandeDevis: true, opposition: true }), // objected: out of the ranking, however high it would score
  p('P4', { secteur: 'informatique', ouvertures: 9 }), // 20 + 10 (capped) = 30
  p('P5', { taille: 'ETI', converti: true }), // 10
);

vi.mock('../../../src/stores/catalogue.ts', () => ({
  ENTREPRISES_EXEMPLES: [
    { id: 'mobilier-lyon', nom: 'Vénimob', devise: 'EUR' },
    { id: 'beta', nom: 'Bêta', devise: 'EUR' },
  ],
  chargerExemple: vi.fn(async () => ({
    ok: true,
    valeur: { prospects: FICHIER, dateReference: '2026-09-01' },
  })),
}));

useTestStorageEngine();
const { $donnees, $entrepriseId, $selection, $travail, $travaux, choisirEntreprise } =
  await import('@stores/campagne.ts');
const s = await import('@stores/scoring.ts');

const ordre = () => {
  const c = s.$classement.get();
  if (!c.ok) throw new Error(c.erreur.message);
  return c.valeur.map((l) => [l.id, l.score, l.temperature]);
};
let desabonner: (() => void)[] = [];
beforeEach(async () => {
  cleanTestStorage();
  $travaux.set({});
  $entrepriseId.set('mobilier-lyon');
  s.reinitialiserGrille();
  desabonner = [
    s.$classement.listen(() => {}),
    s.$backtest.listen(() => {}),
    s.$saisieGrille.listen(() => {}),
  ];
  await vi.waitFor(() =>
    expect($donnees.get()).toMatchObject({ etat: 'pret', id: 'mobilier-lyon' }),
  );
});
afterEach(() => desabonner.forEach((f) => f()));

describe('scoring du fichier de l’entreprise', () => {
  test('la grille par défaut classe le fichier nettoyé ; le backtest compte les signataires du haut', () => {
    expect(ordre()).toEqual([
      ['P1', 60, 'chaud'],
      ['P4', 30, 'froid'],
      ['P2', 24, 'froid'],
      ['P5', 10, 'froid'],
    ]);
    const b = s.$backtest.get();
    expect(b.ok && [b.valeur.retenus, b.valeur.convertisCaptes, b.valeur.convertisTotal]).toEqual([
      1, 1, 2,
    ]);
    expect($travail.get().grille).toBeNull();
  });

  test('une saisie valide est enregistrée et reclasse ; une saisie invalide garde la dernière grille valide', () => {
    const ligneDevis = s.$saisieGrille.get().lignes.find((l) => l.id === 'devis')!;
    s.modifierCritere(ligneDevis.id, { points: '0' });
    expect(ordre().slice(0, 2)).toEqual([
      ['P1', 30, 'froid'],
      ['P4', 30, 'froid'],
    ]); // a tie keeps the file order
    expect($travail.get().grille?.criteres.find((c) => c.id === 'devis')).toMatchObject({
      pointsParOccurrence: 0,
    });
    s.modifierCritere(ligneDevis.id, { points: 'beaucoup' });
    expect(s.$erreursGrille.get()['devis-points']).toMatch(/n’est pas un nombre/);
    expect(s.$saisieGrille.get().lignes.find((l) => l.id === 'devis')!.points).toBe('beaucoup');
    expect(ordre()[0]).toEqual(['P1', 30, 'froid']);
    s.modifierSeuil({ tiede: '20' });
    // While a field is in error, nothing of the grid is stored: the threshold waits for the fix.
    expect(ordre().map((l) => l[2])).toEqual(['froid', 'froid', 'froid', 'froid']);
    s.modifierCritere(ligneDevis.id, { points: '0' });
    expect(ordre().map((l) => l[2])).toEqual(['tiede', 'tiede', 'tiede', 'froid']);
  });

  test('un champ changé prend une condition qu’il accepte ; ajouter et supprimer un critère', () => {
    const avant = s.$saisieGrille.get().lignes.length;
    s.ajouterCritere();
    const nouvelle = s.$saisieGrille.get().lignes.at(-1)!;
    expect(s.$erreursGrille.get()[`${nouvelle.id}-valeur`]).toBeDefined();
    s.modifierCritere(nouvelle.id, { champ: 'clics' });
    expect(s.$saisieGrille.get().lignes.at(-1)!.condition).toBe('occurrence');
    expect(s.$erreursGrille.get()).toEqual({});
    expect(ordre()[0]).toEqual(['P1', 60, 'chaud']);
    expect(ordre().find((l) => l[0] === 'P2')![1]).toBe(24 + 20);
    s.supprimerCritere(nouvelle.id);
    expect(s.$saisieGrille.get().lignes).toHaveLength(avant);
  });

  test('sélectionner les premiers, les chauds, puis retrouver la sélection et la grille de chaque entreprise', () => {
    expect(s.selectionner({ mode: 'premiers', nombre: 2 })).toEqual({
      ok: true,
      valeur: ['P1', 'P4'],
    });
    expect($selection.get().map((x) => x.id)).toEqual(['P1', 'P4']);
    s.selectionner({ mode: 'chauds' });
    expect($travail.get().selection).toEqual(['P1']);
    expect(s.selectionner({ mode: 'premiers', nombre: 0 }).ok).toBe(false);
    s.modifierSeuil({ chaud: '70' });
    choisirEntreprise('beta');
    expect($travail.get().selection).toEqual([]);
    expect(s.$saisieGrille.get().chaud).toBe('60');
    choisirEntreprise('mobilier-lyon');
    expect(s.$saisieGrille.get().chaud).toBe('70');
    expect($travail.get().selection).toEqual(['P1']);
    s.reinitialiserGrille();
    expect($travail.get().grille).toBeNull();
    expect(s.$saisieGrille.get().chaud).toBe('60');
  });
});
