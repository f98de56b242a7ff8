import { describe, expect, test } from 'vitest';
import { fautesDuTexte, texteVisible } from '../../../outils/verifier-typographie.ts';

describe('typographie du site construit', () => {
  test('une espace ordinaire avant « : » ou « ; », ou dans des guillemets, est une faute', () => {
    expect(fautesDuTexte('Exception : un client')).toHaveLength(1);
    expect(fautesDuTexte('acquis ; son opposition')).toHaveLength(1);
    expect(fautesDuTexte('cliquez sur « Ajouter »')).toHaveLength(2);
  });

  test('les espaces insécables, les heures, les adresses et le code ne sont pas des fautes', () => {
    expect(
      fautesDuTexte('Exception\u202f: un client\u202f; «\u00a0Ajouter\u00a0» à 10:00'),
    ).toEqual([]);
    expect(fautesDuTexte('https://exemple.fr/a?b=1')).toEqual([]);
    expect(texteVisible('<p>A<code>x : y</code></p><script>a ? b : c</script>')).toBe('A  ');
  });

  test('le texte lu traverse les balises et les entités', () => {
    const texte = texteVisible(
      '<p><strong>Exception</strong> : un <em>client</em>&#8239;; fin</p>',
    );
    expect(texte).toBe('Exception : un client\u202f; fin');
    expect(fautesDuTexte(texte)).toHaveLength(1);
  });

  test('verif14 item 8 : des groupes de chiffres séparés par une espace ordinaire sont une faute', () => {
    expect(fautesDuTexte('Par exemple 1 000')).toHaveLength(1);
    expect(
      fautesDuTexte(texteVisible('<span>Par exemple 1 000</span></div><label>Budget</label>')),
    ).toHaveLength(1);
    expect(fautesDuTexte('un budget de 12 500,50 € et 1 234 567 contacts')).toHaveLength(2);
    expect(fautesDuTexte('Par exemple 1\u202f000, 12\u202f500,50\u00a0€')).toEqual([]);
    // Not a number's groups: a phone number, a year then a count, a decimal part, a code.
    expect(
      fautesDuTexte('« +212 537 12 34 56 » et « 0537 12 34 56 »'.replace(/« | »/g, '')),
    ).toEqual([]);
    expect(fautesDuTexte('en 2026 100 prospects, 0,125 000, A12 345')).toEqual([]);
  });
});
