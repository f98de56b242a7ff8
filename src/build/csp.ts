/**
 * The Content-Security-Policy of a built page without `'unsafe-inline'` for scripts (issue 15):
 * each inline script of the page (the theme set before the first paint, the chapter menu, the
 * islands' hydration code Astro writes inline) is allowed by the SHA-256 hash of its exact text,
 * so an injected `<script>` or `onclick=` can never run. Pure: outils/csp.ts applies it to
 * every page of dist/ after the build; tests/unit/utils/csp.test.ts checks the result.
 *
 * Why not Astro's `security.csp`: it writes its own policy and takes over `style-src` with hashes,
 * which would refuse the `style` attributes the islands render (bars, widths); it also does not hash
 * `is:inline` scripts by itself. One policy in the layout, completed here, keeps both in one place.
 */
import { createHash } from 'node:crypto';
import { echec, ok, type Resultat } from '../lib/commun/resultat.ts';

/** The texts of the page's inline scripts (a `<script>` without `src`), exactly as written. */
export function scriptsEnLigne(html: string): string[] {
  const textes: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (!/\ssrc\s*=/i.test(` ${m[1]}`)) textes.push(m[2]);
  }
  return textes;
}

/** `'sha256-…'` of a script's text, as CSP compares it (UTF-8 bytes). */
export function empreinteCsp(texte: string): string {
  return `'sha256-${createHash('sha256').update(texte, 'utf8').digest('base64')}'`;
}

const META = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/i;

/** The policy of a page, or undefined when it has none. */
export function politique(html: string): string | undefined {
  return META.exec(html)?.[2];
}

/** The sources of one directive (`script-src`) of a policy. */
export function sources(csp: string, directive: string): string[] {
  const d = csp
    .split(';')
    .map((x) => x.trim().split(/\s+/))
    .find((x) => x[0] === directive);
  return d ? d.slice(1) : [];
}

/**
 * The page with the hash of each inline script added to `script-src` (and `'unsafe-inline'`
 * removed from it). A page without a policy is an error: every page goes through the layout.
 */
export function ajouterEmpreintes(html: string): Resultat<{ html: string; empreintes: number }> {
  const csp = politique(html);
  if (csp === undefined) return echec('page sans Content-Security-Policy', 'html');
  const empreintes = [...new Set(scriptsEnLigne(html).map(empreinteCsp))];
  const nouvelle = csp
    .split(';')
    .map((partie) => {
      const mots = partie.trim().split(/\s+/);
      if (mots[0] !== 'script-src') return partie.trim();
      return [
        ...mots.filter((m) => m !== "'unsafe-inline'" && !m.startsWith("'sha256-")),
        ...empreintes,
      ].join(' ');
    })
    .join('; ');
  return ok({
    html: html.replace(META, (_, a: string, _b: string, c: string) => `${a}${nouvelle}${c}`),
    empreintes: empreintes.length,
  });
}
