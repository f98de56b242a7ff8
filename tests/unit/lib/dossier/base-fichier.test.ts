import { describe, expect, it } from 'vitest';
import { baseDepuisRapport } from '@lib/dossier/base-fichier.ts';
import { rapportQualite } from '@lib/fichier/qualite.ts';
import { chargerJeu } from '../../../../src/build/jeux-de-donnees.ts';

describe('baseDepuisRapport', () => {
  it('compte chaque fiche une seule fois, dans le premier motif qui s’applique', () => {
    const r = baseDepuisRapport({
      total: 10,
      problemes: [
        { type: 'opposition', libelle: '', ids: ['P1'] },
        { type: 'doublon-exact', libelle: '', ids: ['P1', 'P2', 'P3'] },
        { type: 'email-manquant', libelle: '', ids: ['P3'] },
        { type: 'telephone-invalide', libelle: '', ids: ['P4'] },
        { type: 'contact-perime', libelle: '', ids: ['P5'] },
      ],
    });
    // P1 opposed; P2 and P3 duplicates of P1 (P1 kept as the group's first); P4 incomplete; P5 stale, not counted.
    expect(r).toEqual({ fiches: 10, doublons: 2, incompletes: 1, opposees: 1 });
  });

  it('sur un fichier d’exemple, les fiches écartées ne dépassent jamais le fichier', () => {
    const jeu = chargerJeu({ id: 'mobilier-lyon' });
    const rapport = rapportQualite({
      prospects: jeu.prospects,
      aujourdhui: jeu.fiche.dateReference,
    });
    if (!rapport.ok) throw new Error(rapport.erreur.message);
    const b = baseDepuisRapport({
      problemes: rapport.valeur.problemes,
      total: jeu.prospects.length,
    });
    expect(b.fiches).toBe(jeu.prospects.length);
    expect(b.opposees).toBe(
      new Set(jeu.prospects.filter((p) => p.opposition).map((p) => p.id)).size,
    );
    expect(b.doublons + b.incompletes + b.opposees).toBeLessThanOrEqual(b.fiches);
  });
});
