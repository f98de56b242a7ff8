/**
 * The text of the file a learner just chose in an `<input type="file">`, for the two imports of
 * /bilan/ (a progress, a work): one way to take the file and clear the field, so that choosing
 * the same file again imports it again.
 */

/** The chosen file's text, or undefined when the choice was cancelled. */
export async function texteDuFichierChoisi(e: Event): Promise<string | undefined> {
  const champ = e.currentTarget as HTMLInputElement;
  const fichier = champ.files?.[0];
  champ.value = '';
  return fichier?.text();
}
