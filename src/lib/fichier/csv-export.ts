/**
 * Writing CSV for a French spreadsheet (see csv.ts for reading): `;` separator, CRLF, UTF-8 BOM
 * so that Excel reads accents right. Formula injection is neutralised as OWASP advises: a cell
 * starting with = + - @, tab or carriage return gets a leading apostrophe, so Excel shows it as
 * text instead of running it; reading removes that apostrophe again, so an export re-imports
 * unchanged. No parser here: pages that only export do not load PapaParse.
 */
import { decimalSansExposant } from '../commun/nombres.ts';

/** Removes the apostrophe that `neutraliserCellule` adds, so an export re-imports unchanged. */
export function retablirCellule({ valeur }: { valeur: string }): string {
  return /^'+[=+\-@\t\r]/.test(valeur) ? valeur.slice(1) : valeur;
}

/** Prefixes a cell that a spreadsheet would run as a formula (= + - @ tab CR) with an apostrophe. */
export function neutraliserCellule({ valeur }: { valeur: string }): string {
  // Also a cell that already starts with apostrophes before such a sign, so that reading back is exact.
  return /^'*[=+\-@\t\r]/.test(valeur) ? `'${valeur}` : valeur;
}

/** A value written into a CSV cell: text as is, numbers the French way, booleans « oui » / « non ». */
export type ValeurCellule = string | number | boolean | null | undefined;

function cellule(v: ValeurCellule): string {
  const t =
    v === null || v === undefined
      ? ''
      : typeof v === 'boolean'
        ? v
          ? 'oui'
          : 'non'
        : typeof v === 'number'
          ? decimalSansExposant(v)
          : v;
  const n = neutraliserCellule({ valeur: t });
  return /[";\r\n]/.test(n) ? `"${n.replace(/"/g, '""')}"` : n;
}

/** Writes a CSV Excel opens as is: UTF-8 BOM, `;`, CRLF, cells quoted when needed and neutralised. */
export function ecrireCsv({
  entetes,
  lignes,
}: {
  entetes: readonly string[];
  lignes: readonly (readonly ValeurCellule[])[];
}): string {
  const sortie = [entetes.map(cellule).join(';')];
  for (const l of lignes) sortie.push(l.map(cellule).join(';'));
  return `\uFEFF${sortie.join('\r\n')}\r\n`;
}
