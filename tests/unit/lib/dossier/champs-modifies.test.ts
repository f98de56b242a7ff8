import { describe, expect, test } from 'vitest';
import { champsModifies, poserChamps, reporterChamps } from '@lib/dossier/champs-modifies.ts';
import { dossierVide } from '@lib/dossier/modele.ts';

describe('le dossier champ par champ (issue 15)', () => {
  test('une modification ne nomme que les champs changés, section par section', () => {
    const avant = dossierVide();
    const apres = {
      ...avant,
      conclusion: 'Fini',
      entreprise: { ...avant.entreprise, nom: 'Vénimob' },
      interpretations: { abc: 'texte' },
    };
    expect(champsModifies({ avant, apres }).sort()).toEqual([
      'conclusion',
      'entreprise.nom',
      'interpretations.abc',
    ]);
    expect(champsModifies({ avant, apres: avant })).toEqual([]);
  });

  test('reporter des champs garde tous les autres de la cible ; undefined retire', () => {
    const a = { ...dossierVide(), etudiant: 'A', conclusion: 'de A' };
    const b = {
      ...dossierVide(),
      etudiant: 'B',
      conclusion: 'de B',
      entreprise: { ...dossierVide().entreprise, nom: 'Nom B' },
    };
    const r = reporterChamps({ cible: a, source: b, champs: ['conclusion', 'entreprise.nom'] });
    expect([r.etudiant, r.conclusion, r.entreprise.nom, r.entreprise.devise]).toEqual([
      'A',
      'de B',
      'Nom B',
      a.entreprise.devise,
    ]);
    expect(
      'ventes' in
        poserChamps({
          cible: { ...a, ventes: { version: 1, fichier: 'v.csv', lignes: [] } } as never,
          valeurs: { ventes: undefined },
        }),
    ).toBe(false);
  });
});
