import { describe, expect, test } from 'vitest';
import { minifierScriptsEnLigne } from '../../../src/build/scripts-en-ligne.ts';
import { ajouterEmpreintes, empreinteCsp, scriptsEnLigne } from '../../../src/build/csp.ts';

const page = (corps: string) =>
  `<html><head><meta http-equiv="Content-Security-Policy" content="script-src 'self'"></head><body>${corps}</body></html>`;

describe('minifierScriptsEnLigne', () => {
  test('un script en ligne indenté et commenté perd ses espaces et ses commentaires, pas son sens', () => {
    const { html, economise } = minifierScriptsEnLigne(
      page(`<script>
      // Before the first paint: the theme.
      try {
        const reglage = JSON.parse(localStorage.getItem('x') || '{}');
        document.documentElement.dataset.theme = reglage.theme;
      } catch {}
    </script>`),
    );
    const [code] = scriptsEnLigne(html);
    expect(code).not.toContain('\n');
    expect(code).not.toContain('Before the first paint');
    expect(code).toContain('localStorage.getItem("x")');
    expect(economise).toBeGreaterThan(50);
  });

  test('les noms globaux d’un script classique restent tels quels (les autres scripts les lisent)', () => {
    const { html } = minifierScriptsEnLigne(page('<script>\n  var reglageGlobal = 1;\n</script>'));
    expect(scriptsEnLigne(html)[0]).toContain('reglageGlobal');
  });

  test('un bloc JSON, un script externe et un script vide ne sont pas touchés', () => {
    const corps =
      '<script type="application/json">\n  { "a": 1 }\n</script><script src="/x.js"></script><script></script>';
    expect(minifierScriptsEnLigne(page(corps)).html).toBe(page(corps));
  });

  test('la CSP, calculée après, autorise le texte minifié', () => {
    const { html } = minifierScriptsEnLigne(
      page('<script type="module">\n  const a = 1;\n  console.log(a);\n</script>'),
    );
    const r = ajouterEmpreintes(html);
    expect(r.ok && r.valeur.html).toContain(empreinteCsp(scriptsEnLigne(html)[0]));
  });
});
