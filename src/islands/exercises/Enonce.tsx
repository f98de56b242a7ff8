/** A generated statement: « \n\n » separates paragraphs, lines starting with « - » form a list. */
export function Enonce({ texte, id }: { texte: string; id?: string }) {
  return (
    <div class="exercice-enonce" id={id} data-enonce>
      {texte.split('\n\n').map((bloc, i) => {
        const lignes = bloc.split('\n');
        const liste = lignes.filter((l) => l.startsWith('- '));
        const phrases = lignes.filter((l) => !l.startsWith('- '));
        return (
          <div key={i}>
            {phrases.length > 0 && <p>{phrases.join(' ')}</p>}
            {liste.length > 0 && (
              <ul>
                {liste.map((l, j) => (
                  <li key={j}>{l.slice(2)}</li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}
