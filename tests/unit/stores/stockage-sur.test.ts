import { describe, expect, test } from 'vitest';
import { creerMoteur, type EtatStockage, type StockageBrut } from '@stores/stockage-sur.ts';

/** A Web Storage that holds `place` characters at most, like a browser's 5 MB per site. */
function stockage(place = Infinity): StockageBrut & { donnees: Map<string, string> } {
  const donnees = new Map<string, string>();
  return {
    donnees,
    getItem: (k) => donnees.get(k) ?? null,
    setItem: (k, v) => {
      const total = [...donnees].reduce((n, [c, t]) => n + (c === k ? 0 : t.length), 0) + v.length;
      if (total > place) throw new DOMException('plein', 'QuotaExceededError');
      donnees.set(k, v);
    },
    removeItem: (k) => {
      donnees.delete(k);
    },
    key: (i) => [...donnees.keys()][i] ?? null,
    get length() {
      return donnees.size;
    },
  };
}

describe('moteur de stockage sûr (issue 15)', () => {
  test('stockage plein : l’écriture ne lève rien, la valeur reste lisible pour la page, l’état passe à « plein »', () => {
    const local = stockage(10),
      etats: EtatStockage[] = [];
    const m = creerMoteur({ local, scenario: new Map(), surEtat: (e) => etats.push(e) });
    expect(() => {
      m.objet['atelier:v1:usure'] = 'x'.repeat(50);
    }).not.toThrow();
    expect(m.objet['atelier:v1:usure']).toBe('x'.repeat(50));
    expect(local.donnees.has('atelier:v1:usure')).toBe(false);
    expect(etats).toEqual(['plein']);
    expect(m.ecrire('atelier:v1:petit', 'ok')).toBe(true);
    expect(m.ecrire('atelier:v1:copie', 'y'.repeat(50))).toBe(false);
  });

  test('stockage bloqué : tout vit en mémoire, l’état est « bloqué » dès le départ', () => {
    const etats: EtatStockage[] = [];
    const m = creerMoteur({ local: null, scenario: new Map(), surEtat: (e) => etats.push(e) });
    expect(etats).toEqual(['bloque']);
    m.objet['atelier:v1:usure'] = '{"a":1}';
    expect('atelier:v1:usure' in m.objet).toBe(true);
    expect(m.objet['atelier:v1:usure']).toBe('{"a":1}');
    delete m.objet['atelier:v1:usure'];
    expect('atelier:v1:usure' in m.objet).toBe(false);
  });

  test('les clés d’un scénario restent en mémoire ; lireSous et ecrireSous atteignent celles du visiteur', () => {
    const local = stockage(),
      scenario = new Map<string, string | undefined>([['atelier:v1:usure', '"lien"']]);
    local.setItem('atelier:v1:usure', '"visiteur"');
    const m = creerMoteur({ local, scenario, surEtat: () => {} });
    expect(m.objet['atelier:v1:usure']).toBe('"lien"');
    m.objet['atelier:v1:usure'] = '"modifié"';
    expect(local.getItem('atelier:v1:usure')).toBe('"visiteur"');
    expect(m.lireSous('atelier:v1:usure')).toBe('"visiteur"');
    m.ecrireSous('atelier:v1:usure', '"gardé"');
    expect(local.getItem('atelier:v1:usure')).toBe('"gardé"');
  });
});
