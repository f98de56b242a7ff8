/**
 * CSV export of a selection, loaded on the first click: the CSV writer and the download helper
 * are not needed to look at the file, so they stay out of the page's first JavaScript.
 */
import type { Prospect } from '../../lib/commun/prospect.ts';

/** Writes the rows as an Excel CSV (BOM, `;`, formulas neutralised) and hands it to the browser. */
export async function exporterSelection({
  nom,
  prospects,
}: {
  nom: string;
  prospects: readonly Prospect[];
}): Promise<void> {
  const [{ exporterProspects }, { nomDeFichier, telecharger }] = await Promise.all([
    import('../../lib/fichier/import-prospects.ts'),
    import('../donnees/telechargement.ts'),
  ]);
  telecharger({ nom: `${nomDeFichier(nom)}.csv`, contenu: exporterProspects({ prospects }) });
}
