/**
 * The inline scripts of a built page, minified (issue 14). Vite minifies the scripts it bundles,
 * not an `is:inline` script, which Astro writes as its source says: indented by Prettier, every
 * page (49 of them) shipped the theme script and the chapter menu's with their indentation.
 * Runs after `astro build` and before outils/csp.ts, which hashes the final text of each script.
 * Only JavaScript is touched (no `type`, `module`, `text/javascript`); JSON data blocks are kept.
 */
import { transformSync } from 'esbuild';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** Whether a `<script>`'s attributes make it inline JavaScript (no `src`, a JavaScript type). */
function estJavaScriptEnLigne(attributs: string): boolean {
  if (/\ssrc\s*=/i.test(` ${attributs}`)) return false;
  const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(` ${attributs}`)?.[1].toLowerCase();
  return type === undefined || type === 'module' || type === 'text/javascript';
}

/** The page with each inline script minified, and how many bytes that saved. */
export function minifierScriptsEnLigne(html: string): { html: string; economise: number } {
  let economise = 0;
  const resultat = html.replace(SCRIPT, (tout, attributs: string, code: string) => {
    if (!estJavaScriptEnLigne(attributs) || code.trim() === '') return tout;
    // No `format`: top-level names stay as written, a classic script's globals are shared with the page.
    const court = transformSync(code, {
      minify: true,
      target: 'es2022',
      charset: 'utf8',
    }).code.trim();
    if (court.length >= code.length) return tout;
    economise += code.length - court.length;
    return `<script${attributs}>${court}</script>`;
  });
  return { html: resultat, economise };
}
