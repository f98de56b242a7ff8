/** The built pages of dist/ that the post-build steps rewrite (minifier-scripts.ts, csp.ts). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** dist/ as given on the command line, else the project's. */
export const dist = process.argv[2] ?? join(import.meta.dirname, '..', 'dist');

/** Every HTML page under dist/, as paths. */
export function pagesHtml(dossier = dist): string[] {
  return readdirSync(dossier, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dossier, f));
}
