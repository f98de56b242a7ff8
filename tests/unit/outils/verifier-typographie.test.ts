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
});
