/**
 * Loaded on the file input's change only (dynamic import): reads the learner's sales CSV with the
 * project's CSV code (csv.ts: encoding, separator, PapaParse) and turns it into the dossier's
 * sales rows (lib/dossier/ventes.ts). PapaParse thus never weighs on the page until a file is picked.
 */
import { decoderOctets, lireCsv, verifierTaille } from '../../lib/fichier/csv.ts';
import { lireVentes } from '../../lib/dossier/lire-ventes.ts';
import { LIMITE_VENTES, type RejetVente, type VentesDossier } from '../../lib/dossier/ventes.ts';
import type { Resultat } from '../../lib/commun/resultat.ts';

/** Reads a picked file into sales rows and the rejected rows, or a French message. */
export async function ventesDuFichier(
  fichier: File,
): Promise<Resultat<{ ventes: VentesDossier; rejets: RejetVente[] }>> {
  const taille = verifierTaille({ octets: fichier.size });
  if (!taille.ok) return taille;
  const { texte } = decoderOctets({ octets: new Uint8Array(await fichier.arrayBuffer()) });
  const tableau = lireCsv({ texte, limite: LIMITE_VENTES });
  if (!tableau.ok) return tableau;
  return lireVentes({ tableau: tableau.valeur, fichier: fichier.name });
}
