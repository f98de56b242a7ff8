/**
 * What /donnees/ shows of a company card (entreprise.json, src/schemas/datasets.ts), as plain
 * functions so the page only renders: French labels, amounts in the company's currency, rates as
 * percentages. Planted problems are named with the quality report's own labels (fichier.ts), so
 * a trainer reads the same words in the card and in the chapter-5 report.
 */
import { LIBELLES_PROBLEME } from '../lib/fichier/qualite.ts';
import { formatMontant, formatNombre, formatPourcentage } from '../lib/commun/nombres.ts';
import type { Entreprise } from '../schemas/datasets.ts';

const MARCHES = {
  B2B: 'entreprises (B2B)',
  B2C: 'particuliers (B2C)',
  mixte: 'entreprises et particuliers',
} as const;
const PAYS = { FR: 'France', MA: 'Maroc' } as const;

/** What the company keeps of a sale: its taux de marque, or an agent's commissions by branch. */
function remuneration(offre: Entreprise['offre']): string {
  if (offre.remuneration === 'marge')
    return `taux de marque ${formatPourcentage(offre.tauxDeMarque, 1)}`;
  const branches = (offre.commissions ?? [])
    .map((c) => `${c.branche} ${formatPourcentage(c.taux, 0)}`)
    .join(', ');
  return `rémunérée par les commissions des compagnies (${branches}), ${formatPourcentage(offre.tauxDeMarque, 1)} des primes en moyenne`;
}

/** The card's main facts as [label, text] pairs. */
export function descriptionFiche({ fiche }: { fiche: Entreprise }): [string, string][] {
  const m = (x: number) => formatMontant(x, fiche.devise, 0);
  const o = fiche.objectifsDeProspection,
    f = fiche.forceDeVente;
  return [
    ['Activité', fiche.activite],
    ['Siège', `${fiche.ville} (${PAYS[fiche.pays]})`],
    [
      'Marché',
      `${MARCHES[fiche.marche.type]}, ${fiche.marche.zone}\u202f; cibles\u202f: ${fiche.marche.cibles.join(', ')}`,
    ],
    [
      'Offre',
      `${fiche.offre.nom}\u202f: ${m(fiche.offre.prixMoyenHT)} HT en moyenne par ${fiche.offre.unite}, ${remuneration(fiche.offre)}`,
    ],
    [
      'Force de vente',
      `${formatNombre(f.commerciaux, 0)} commercia${f.commerciaux > 1 ? 'ux' : 'l'}, ${formatPourcentage(f.partTempsProspection, 0)} du temps consacré à la prospection\u202f; une heure de commercial coûte ${m(f.coutHoraireHT)}, une visite ${m(f.fraisParVisiteHT)} de frais`,
    ],
    [
      'Objectifs',
      `${formatNombre(o.nouveauxClients, 0)} nouveaux clients, ${m(o.chiffreAffairesAdditionnelHT)} de CA additionnel et ${m(o.margeAdditionnelleHT)} de marge, fixés pour la campagne passée, achevée le ${new Date(`${o.echeance}T12:00:00Z`).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}`,
    ],
  ];
}

/** One planted problem as listed for trainers. */
export interface LignePlantee {
  libelle: string;
  lignes: number;
  description: string;
  exemples: string;
}

/** The planted problems, with the report's label, the number of rows and a few ids. */
export function problemesPlantes({ fiche }: { fiche: Entreprise }): LignePlantee[] {
  return fiche.problemesPlantes.map((p) => ({
    libelle: LIBELLES_PROBLEME[p.type],
    lignes: p.ids.length,
    description: p.description,
    exemples: p.ids.slice(0, 6).join(', ') + (p.ids.length > 6 ? '…' : ''),
  }));
}
