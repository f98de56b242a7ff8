/**
 * The accessible name of a lesson's table region, from its column headings (« Tableau :
 * Méthode, Coût, Clients attendus »): two tables of a page then never share a name.
 */
const entites: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': '’',
  '&nbsp;': '\u00a0',
};

/** Name of a table from its rendered HTML (header cells of the first row, at most four). */
export function nomDuTableau(html: string): string {
  const premiereLigne = /<tr[^>]*>([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? '';
  const entetes = [...premiereLigne.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)]
    .map((m) =>
      m[1]
        .replace(/<[^>]+>/g, '')
        .replace(/&[a-z#0-9]+;/g, (e) => entites[e] ?? ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
  if (entetes.length === 0) return 'Tableau (faites défiler horizontalement si besoin)';
  const liste = entetes.slice(0, 4).join(', ') + (entetes.length > 4 ? '…' : '');
  return `Tableau\u202f: ${liste}`;
}
