/**
 * A source sentence from src/lib (« … la méthode retenue au chapitre 7 … ») with its chapter as a
 * link back, like the « votre sélection du chapitre 6 » lines (issue 14): the text stays in the
 * library, the island only turns the chapter's name into a link.
 */
const CHAPITRE_7 = 'chapitre\u00a07';

export function AvecLienChapitre7({ texte }: { texte: string }) {
  const i = texte.indexOf(CHAPITRE_7);
  if (i < 0) return <>{texte}</>;
  return (
    <>
      {texte.slice(0, i)}
      <a href="/chapitres/methodes-et-moyens/#simulateur-methodes">{CHAPITRE_7}</a>
      {texte.slice(i + CHAPITRE_7.length)}
    </>
  );
}
