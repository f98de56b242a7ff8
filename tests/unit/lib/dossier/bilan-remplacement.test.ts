import { describe, expect, test } from 'vitest';
import {
  bilanRemplacement,
  decrireRemplacement,
} from '../../../../src/lib/dossier/bilan-remplacement.ts';
import { dossierVide } from '../../../../src/lib/dossier/modele.ts';

describe('bilanRemplacement (issue 15, cas 6)', () => {
  const rempli = {
    ...dossierVide(),
    etudiant: 'Lina',
    entreprise: { ...dossierVide().entreprise, nom: 'Vénimob', activite: 'mobilier' },
  };

  test('un fichier sans contenu vide les champs remplis, et le dit avec le bon accord', () => {
    const b = bilanRemplacement({ avant: rempli, apres: dossierVide(), vide: dossierVide() });
    expect(b).toEqual({ videes: 3, remplacees: 0, remplies: 0 });
    expect(decrireRemplacement(b)).toBe('3\u00a0champs remplis seront vidés');
    expect(
      decrireRemplacement(
        bilanRemplacement({
          avant: { ...dossierVide(), etudiant: 'Lina' },
          apres: dossierVide(),
          vide: dossierVide(),
        }),
      ),
    ).toBe('1\u00a0champ rempli sera vidé');
  });

  test('remplacés, remplis, et rien quand le fichier est identique', () => {
    const apres = { ...rempli, etudiant: 'Sami', conclusion: 'Bilan positif' };
    expect(bilanRemplacement({ avant: rempli, apres, vide: dossierVide() })).toEqual({
      videes: 0,
      remplacees: 1,
      remplies: 1,
    });
    expect(decrireRemplacement({ videes: 0, remplacees: 1, remplies: 2 })).toBe(
      '1\u00a0champ sera remplacé, 2\u00a0champs vides seront remplis',
    );
    // Once the import is done (session 11: « 45 champs vides seront remplis » after the import).
    expect(decrireRemplacement({ videes: 1, remplacees: 1, remplies: 45 }, { fait: true })).toBe(
      '1\u00a0champ rempli a été vidé, 1\u00a0champ a été remplacé, 45\u00a0champs vides ont été remplis',
    );
    expect(
      bilanRemplacement({
        avant: rempli,
        apres: JSON.parse(JSON.stringify(rempli)),
        vide: dossierVide(),
      }),
    ).toEqual({ videes: 0, remplacees: 0, remplies: 0 });
  });
});
