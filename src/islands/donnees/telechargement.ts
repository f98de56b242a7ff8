/** Hands a text to the browser as a file to save (CSV exports): no server involved. */
export function telecharger({
  nom,
  contenu,
  type = 'text/csv;charset=utf-8',
}: {
  nom: string;
  contenu: string;
  type?: string;
}): void {
  const url = URL.createObjectURL(new Blob([contenu], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = nom;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked a moment later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from free text: letters, digits and dashes, without accents. */
export function nomDeFichier(texte: string): string {
  const base = texte
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    // The extension of the file the name came from, even with a suffix after it (ch 5's selection).
    .replace(/\.(csv|txt)(?=$|[-_\s])/gi, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return base || 'prospects';
}
