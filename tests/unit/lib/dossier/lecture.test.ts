import { describe, expect, it } from 'vitest';
import { exporterDossier, lireDossier, TAILLE_MAX, validerDossier } from '@lib/dossier/lecture.ts';
import { dossierVide } from '@lib/dossier/modele.ts';
import { dossierComplet } from './fixtures.ts';

const erreur = (texte: string) => {
  const r = lireDossier({ texte });
  if (r.ok) throw new Error('accepté à tort');
  return r.erreur;
};

describe('lireDossier', () => {
  it('relit exactement ce qu’il exporte (complet et vide)', () => {
    for (const d of [dossierComplet(), dossierVide()]) {
      const r = lireDossier({ texte: exporterDossier({ dossier: d }) });
      expect(r).toEqual({ ok: true, valeur: d });
    }
  });

  it('accepte un dossier à moitié rempli : les champs absents prennent leur valeur vide', () => {
    const r = lireDossier({
      texte: JSON.stringify({
        format: 'atelier-prospection/dossier',
        version: 1,
        entreprise: { nom: 'X' },
      }),
    });
    expect(r.ok && r.valeur.entreprise).toEqual({
      nom: 'X',
      activite: '',
      offre: '',
      marche: '',
      devise: 'EUR',
    });
    expect(r.ok && r.valeur.portefeuille.categories).toEqual([]);
  });

  it('refuse un JSON invalide, un autre format, une autre version, en français', () => {
    expect(erreur('{ pas du json').message).toMatch(/n’est pas un JSON valide/);
    expect(erreur('[]').message).toMatch(/ne contient pas un dossier/);
    expect(erreur('{"format":"autre","version":1}').message).toMatch(
      /n’est pas un dossier de l’Atelier/,
    );
    expect(erreur('{"format":"atelier-prospection/dossier","version":2}').message).toMatch(
      /version 2/,
    );
    // Issue 15, case 15: a version that is an object neither throws nor prints « [object Ob ».
    expect(
      erreur('{"format":"atelier-prospection/dossier","version":{"toString":1}}').message,
    ).toMatch(/version inconnue/);
    expect(erreur('{"format":"atelier-prospection/dossier","version":{}}').message).not.toMatch(
      /object/,
    );
    expect(
      erreur(
        '{"format":"atelier-prospection/dossier","version":1,"ventes":{"version":{"toString":1}}}',
      ).message,
    ).toMatch(/ventes en version inconnue/);
  });

  it('nomme le champ de mauvais type', () => {
    const d = dossierComplet() as unknown as {
      portefeuille: { categories: Record<string, unknown>[] };
    };
    d.portefeuille.categories[1].caN1 = '200 000';
    expect(erreur(JSON.stringify(d))).toMatchObject({
      message: 'Portefeuille › catégories › catégorie 2 › CA N−1 doit être un nombre.',
    });
    const e = dossierComplet() as unknown as Record<string, unknown>;
    e.conclusion = { html: true };
    expect(erreur(JSON.stringify(e)).message).toBe('Conclusion doit être un texte.');
    const f = {
      ...dossierComplet(),
      entreprise: { ...dossierComplet().entreprise, devise: 'USD' },
    };
    expect(erreur(JSON.stringify(f)).message).toMatch(
      /devise doit valoir «\u00A0EUR\u00A0» ou «\u00A0MAD\u00A0»/,
    );
  });

  it('limite les tailles : fichier, textes, listes, nombres', () => {
    expect(erreur(' '.repeat(TAILLE_MAX + 1)).message).toMatch(/trop gros/);
    expect(
      erreur(JSON.stringify({ ...dossierComplet(), conclusion: 'a'.repeat(5001) })).message,
    ).toMatch(/dépasse 5\u202f000 caractères/);
    const d = dossierComplet();
    d.methode.couts = Array.from({ length: 31 }, () => ({ action: 'a', montant: 1 }));
    expect(erreur(JSON.stringify(d)).message).toMatch(/plus de 30 lignes/);
    expect(erreur(JSON.stringify({ ...dossierComplet(), base: { fiches: -3 } })).message).toMatch(
      /^Base de données › fiches doit valoir au moins 0\.$/,
    );
    expect(
      erreur(JSON.stringify({ ...dossierComplet(), base: { fiches: 1e300 } })).message,
    ).toMatch(/fiches doit valoir au plus 1\u202f000\u202f000\u202f000\u202f000\.$/);
  });

  it('garde un texte hostile comme du texte et oublie les clés inconnues', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const r = lireDossier({
      texte: JSON.stringify({
        ...dossierComplet(),
        conclusion: hostile,
        __proto__x: 1,
        inconnu: { a: 1 },
        interpretations: { budget: hostile, pirate: 'x' },
      }),
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.valeur.conclusion).toBe(hostile);
    expect(r.valeur.interpretations).toEqual({ budget: hostile });
    expect('inconnu' in r.valeur).toBe(false);
  });

  it('validerDossier refuse ce qui n’est pas un objet', () => {
    for (const donnees of [null, 3, 'x', [1]]) expect(validerDossier({ donnees }).ok).toBe(false);
  });
});
