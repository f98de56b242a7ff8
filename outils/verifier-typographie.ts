/**
 * French typography of the built site, as a reader sees it: every page's text (not its scripts,
 * styles, code samples or attributes) is checked for an ordinary space before « ; : ! ? » or
 * inside « », which let the sign break away at the end of a line. The MDX lint
 * (tests/unit/content) sees only the lessons' source; this sees what components, exercise sheets
 * and the rules table print too. Fails with one line per fault (page, then the text around it).
 * Usage: node outils/verifier-typographie.ts [dist]
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { dist, pagesHtml } from './pages-dist.ts';

const ENTITES: Record<string, string> = {
  '&nbsp;': '\u00a0',
  '&#160;': '\u00a0',
  '&#xa0;': '\u00a0',
  '&#8239;': '\u202f',
  '&#x202f;': '\u202f',
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': '’',
};

/** The text a reader sees on a built page: tags, scripts, styles and code removed. */
export function texteVisible(html: string): string {
  return html
    .replace(/<(script|style|pre|code|svg|template)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&#?\w+;/g, (e) => ENTITES[e.toLowerCase()] ?? e);
}

/**
 * An ordinary space before a high sign after a word, or inside French quotes, or between the
 * digit groups of a number (« 1 000 », which a line can break: verif14 item 8). Not a phone
 * number (« +212 537 12 34 56 »: a sign before it, or another group of digits after it). A letter
 * may follow: texteVisible glues the next element's text to it (« 1 000Budget »).
 */
const FAUTE =
  /(?<=[\p{L}\d»%)\]]) [;:!?](?=\s|$)|« | »|(?<![\p{L}\d,.+])\d{1,3}(?: \d{3})+(?!\d| \d)/gu;

/** The faults of one page's text, each with the text around it. */
export function fautesDuTexte(texte: string): string[] {
  return [...texte.matchAll(FAUTE)].map((m) => {
    const debut = Math.max(0, m.index - 40);
    return texte
      .slice(debut, m.index + 30)
      .replace(/\s+/g, ' ')
      .trim();
  });
}

if (import.meta.main) {
  const fautes = pagesHtml().flatMap((page) =>
    fautesDuTexte(texteVisible(readFileSync(page, 'utf8'))).map(
      (f) => `${relative(dist, page)} : « ${f} »`,
    ),
  );
  if (fautes.length > 0) {
    console.error(
      `${fautes.length} faute(s) de typographie dans le site construit (espace ordinaire avant « ; : ! ? », dans « » ou entre les chiffres d’un nombre) :`,
    );
    for (const f of fautes.slice(0, 50)) console.error(`  ${f}`);
    process.exit(1);
  }
  console.log(`Typographie : ${pagesHtml().length} pages vérifiées, aucune faute.`);
}
