/**
 * Reading the learner's sales CSV (already parsed by csv.ts) into the dossier's sales rows
 * (ventes.ts), with the report of the rejected rows. Loaded with the CSV parser, only when the
 * learner picks a file: the page never carries it otherwise. Conventions are those of ventes.ts.
 */
import type { TableauCsv } from '../fichier/csv.ts';
import { retablirCellule } from '../fichier/csv-export.ts';
import { jourDepuisISO } from '../commun/dates.ts';
import { formatNombre, parseNombre } from '../commun/nombres.ts';
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { normaliserTexte } from '../commun/texte.ts';
import {
  LIMITE_VENTES,
  VERSION_VENTES,
  type RejetVente,
  type Vente,
  type VentesDossier,
} from './ventes.ts';

const COLONNES = ['client', 'date', 'montant', 'categorie', 'cout'] as const;
type Colonne = (typeof COLONNES)[number];
const NOMS: Record<Colonne, string[]> = {
  client: ['client', 'clients', 'nom client', 'nom du client', 'raison sociale', 'nom', 'societe'],
  date: ['date', 'date vente', 'date de vente', 'date facture', 'date de facture', 'jour'],
  montant: [
    'montant ht',
    'montant',
    'ca',
    'ca ht',
    'chiffre d affaires',
    'chiffre d affaires ht',
    'total ht',
    'montant hors taxes',
    'vente ht',
  ],
  categorie: ['categorie', 'categorie client', 'categorie de clientele', 'segment', 'famille'],
  cout: ['cout', 'cout ht', 'cout d achat', 'cout d achat ht', 'prix d achat', 'cout de revient'],
};
const cle = (t: string) =>
  normaliserTexte(t)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const cite = (t: string) => `«\u00A0${t.length > 40 ? `${t.slice(0, 39)}…` : t}\u00A0»`;

/** Reads a date as jj/mm/aaaa or aaaa-mm-jj into ISO, or null. */
function lireDate(t: string): string | null {
  const m =
    /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T].*)?$/.exec(t) ??
    /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T].*)?$/.exec(t);
  if (!m) return null;
  const [a, mo, j] = m[1].length === 4 ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
  const iso = `${a}-${mo.padStart(2, '0')}-${j.padStart(2, '0')}`;
  return jourDepuisISO(iso) === null ? null : iso;
}

/** Which column holds each field; fails with a French message when client, date or montant is missing. */
export function colonnesVentes({
  entetes,
}: {
  entetes: readonly string[];
}): Resultat<Partial<Record<Colonne, number>>> {
  const cles = entetes.map(cle);
  const r: Partial<Record<Colonne, number>> = {};
  for (const c of COLONNES) {
    const i = NOMS[c].map((n) => cles.indexOf(n)).find((k) => k >= 0);
    if (i !== undefined) r[c] = i;
  }
  const manque = (['client', 'date', 'montant'] as const).filter((c) => r[c] === undefined);
  if (manque.length)
    return echec(
      `Colonne${manque.length > 1 ? 's' : ''} introuvable${manque.length > 1 ? 's' : ''}\u202F: ${manque.map((c) => ({ client: 'client', date: 'date', montant: 'montant HT' })[c]).join(', ')}. La première ligne doit nommer les colonnes (client, date, montant HT, et si possible catégorie et coût).`,
      'entetes',
    );
  return ok(r);
}

/** An amount of the file: a number from 0 to 1e12, or undefined. */
function montantLu(texte: string): number | undefined {
  const n = parseNombre(texte);
  return n.ok && n.valeur >= 0 && n.valeur <= 1e12 ? n.valeur : undefined;
}

/** One row as a sale, or the reason it is rejected (client, date and amount required; cost optional). */
function venteDeLaLigne(
  brute: readonly string[],
  c: Partial<Record<Colonne, number>>,
): Vente | string {
  const cellule = (i: number | undefined) =>
    i === undefined
      ? ''
      : retablirCellule({ valeur: brute[i] ?? '' })
          // eslint-disable-next-line no-control-regex -- control characters are what this strips
          .replace(/[\u0000-\u001F\u007F]/g, ' ')
          .trim();
  const client = cellule(c.client).slice(0, 200);
  if (!client) return 'client vide.';
  const dateBrute = cellule(c.date);
  const date = lireDate(dateBrute);
  if (!date) return `date ${cite(dateBrute)} illisible (attendu jj/mm/aaaa ou aaaa-mm-jj).`;
  const montant = montantLu(cellule(c.montant));
  if (montant === undefined)
    return `montant ${cite(cellule(c.montant))} n’est pas un nombre positif.`;
  const vente: Vente = { client, date, montant };
  const categorie = cellule(c.categorie).slice(0, 200);
  if (categorie) vente.categorie = categorie;
  const coutBrut = cellule(c.cout);
  if (!coutBrut) return vente;
  const cout = montantLu(coutBrut);
  if (cout === undefined) return `coût ${cite(coutBrut)} n’est pas un nombre positif.`;
  vente.cout = cout;
  return vente;
}

/** Turns the parsed CSV into sales rows and a report of the rejected rows. */
export function lireVentes({
  tableau,
  fichier,
}: {
  tableau: Pick<TableauCsv, 'entetes' | 'lignes' | 'numeros'>;
  fichier: string;
}): Resultat<{ ventes: VentesDossier; rejets: RejetVente[] }> {
  const col = colonnesVentes({ entetes: tableau.entetes });
  if (!col.ok) return col;
  const c = col.valeur;
  if (tableau.lignes.length > LIMITE_VENTES)
    return echec(
      `Le fichier compte ${formatNombre(tableau.lignes.length, 0)} ventes, au-delà de ${formatNombre(LIMITE_VENTES, 0)}\u202F: gardez les deux dernières années, ou regroupez les ventes par client et par mois.`,
      'lignes',
    );
  const lignes: Vente[] = [],
    rejets: RejetVente[] = [];
  tableau.lignes.forEach((brute, k) => {
    const ligne = tableau.numeros[k] ?? k + 2;
    const vente = venteDeLaLigne(brute, c);
    if (typeof vente === 'string') rejets.push({ ligne, raison: vente });
    else lignes.push(vente);
  });
  if (lignes.length === 0)
    return echec(
      `Aucune vente lisible dans ce fichier (${rejets.length} ligne${rejets.length > 1 ? 's' : ''} rejetée${rejets.length > 1 ? 's' : ''})\u202F: votre dossier n’a pas changé.`,
      'lignes',
    );
  return ok({
    ventes: { version: VERSION_VENTES, fichier: fichier.slice(0, 200), lignes },
    rejets,
  });
}
