/**
 * French typography checks shared by the content lints: returns one message per fault.
 * Rules: narrow no-break space (U+202F) before ; ! ? : and %, no-break space inside « »,
 * narrow no-break space between the digit groups of a number (« 48 000 DH » must not break),
 * and the anglicisms the course replaces by French words (issue 17).
 * `python3 outils/typographie.py <files>` fixes all but the anglicisms.
 */

/** A number written in groups of three digits, whatever the space between them (« 1 000 »). */
const NOMBRE_GROUPE = /(?<![\d.,+])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)/g;

/** The first number of a text split by an ordinary or no-break space (it could break at the end of a line). */
export function nombreCoupe(texte: string): string | undefined {
  return texte.match(NOMBRE_GROUPE)?.find((n) => /[ \u00a0]/.test(n));
}

/** Anglicisms and the French the course uses instead. */
export const ANGLICISMES: readonly { motif: RegExp; francais: string }[] = [
  { motif: /\bphoning\b/i, francais: 'téléprospection' },
  { motif: /(?<!marketing entrant(?:\*\*)? \()\binbound\b/i, francais: 'marketing entrant' },
  { motif: /\boffice manager\b/i, francais: 'responsable des services généraux' },
  { motif: /\bcloud\b/i, francais: 'stockage en ligne' },
  // « backtest » may appear once, in parentheses right after its French name.
  { motif: /(?<!test rétrospectif \()\bbacktest/i, francais: 'test rétrospectif (backtest)' },
];

/** The anglicisms of a prose text, each with the French to use. */
export function anglicismes(texte: string): string[] {
  // A lone kebab-case token is an identifier (an action id « phoning » in a dataset), not prose.
  if (/^[a-z0-9-]+$/.test(texte.trim())) return [];
  return ANGLICISMES.filter(({ motif }) => motif.test(texte)).map(
    ({ motif, francais }) =>
      `anglicisme « ${motif.source.replace(/\\b|\(\?<!.*?\)/g, '')} » : écrire « ${francais} »`,
  );
}

export function fautesTypographiques(texte: string, fichier: string): string[] {
  const fautes: string[] = [];
  let dansCode = false;
  texte.split('\n').forEach((ligne, i) => {
    if (ligne.trim().startsWith('```')) dansCode = !dansCode;
    if (dansCode || /^\s*(import|export)\s/.test(ligne)) return;
    const ou = `${fichier}:${i + 1}`;
    const prose = ligne.replace(/https?:\/\/\S+/g, '');
    if (/[ \u00a0][;:!?%]/.test(prose))
      fautes.push(
        `${ou} : espace ordinaire avant « ; : ! ? % » (il faut une espace fine insécable U+202F) — ${ligne.trim().slice(0, 80)}`,
      );
    if (/[\p{L}\d)»][;!?]/u.test(prose))
      fautes.push(`${ou} : ponctuation haute collée au mot — ${ligne.trim().slice(0, 80)}`);
    if (/\d%/.test(prose))
      fautes.push(`${ou} : « % » collé au nombre — ${ligne.trim().slice(0, 80)}`);
    if (/«(?!\u00a0)/.test(prose) || /(?<!\u00a0)»/.test(prose))
      fautes.push(`${ou} : guillemets « » sans espace insécable — ${ligne.trim().slice(0, 80)}`);
    const coupe = nombreCoupe(prose);
    if (coupe)
      fautes.push(
        `${ou} : nombre coupé par une espace ordinaire « ${coupe} » (il faut une espace fine insécable U+202F) — ${ligne.trim().slice(0, 80)}`,
      );
    for (const a of anglicismes(prose)) fautes.push(`${ou} : ${a} — ${ligne.trim().slice(0, 80)}`);
  });
  return fautes;
}
