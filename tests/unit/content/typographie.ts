/**
 * French typography checks shared by the content lints: returns one message per fault.
 * Rules: narrow no-break space (U+202F) before ; ! ? : and %, no-break space inside « ».
 */
export function fautesTypographiques(texte: string, fichier: string): string[] {
  const fautes: string[] = [];
  let dansCode = false;
  texte.split('\n').forEach((ligne, i) => {
    if (ligne.trim().startsWith('```')) dansCode = !dansCode;
    if (dansCode || /^\s*(import|export)\s/.test(ligne)) return;
    const ou = `${fichier}:${i + 1}`;
    const prose = ligne.replace(/https?:\/\/\S+/g, '');
    if (/[ \u00a0][;:!?%]/.test(prose)) fautes.push(`${ou} : espace ordinaire avant « ; : ! ? % » (il faut une espace fine insécable U+202F) — ${ligne.trim().slice(0, 80)}`);
    if (/[\p{L}\d)»][;!?]/u.test(prose)) fautes.push(`${ou} : ponctuation haute collée au mot — ${ligne.trim().slice(0, 80)}`);
    if (/\d%/.test(prose)) fautes.push(`${ou} : « % » collé au nombre — ${ligne.trim().slice(0, 80)}`);
    if (/«(?!\u00a0)/.test(prose) || /(?<!\u00a0)»/.test(prose)) fautes.push(`${ou} : guillemets « » sans espace insécable — ${ligne.trim().slice(0, 80)}`);
  });
  return fautes;
}
