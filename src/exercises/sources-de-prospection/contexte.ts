/**
 * What the « Sources de prospection » problems share: a source’s figures from a past campaign,
 * turned into the prospect rows the simulator reads, so that every answer comes from the same
 * library functions as the island (src/lib/sources/sources.ts and sources-rendement.ts).
 */
import {
  bilanDesSources,
  LIBELLES_SOURCES,
  type LigneSource,
  type ProspectSource,
} from '../../lib/sources/sources.ts';
import type { SourceProspect } from '../../lib/commun/prospect.ts';
import { valeurDe, type VersionNumerique } from '../generateur.ts';

/** One source as a statement gives it: rows in the file, rows the campaign reached, clients won. */
export interface ChiffresSource {
  source: SourceProspect;
  fiches: number;
  joints: number;
  clients: number;
}

/** The rows of a file with these figures: clients are reached and converted, the rest of the joints reached, the others suspects. */
function lignesProspects(chiffres: readonly ChiffresSource[]): ProspectSource[] {
  const rows: ProspectSource[] = [];
  for (const c of chiffres) {
    for (let i = 0; i < c.fiches; i++) {
      const temperature = i < c.clients ? 'chaud' : i < c.joints ? 'froid' : 'suspect';
      rows.push({
        source: c.source,
        temperature,
        converti: i < c.clients,
        dateCollecte: '2026-01-01',
      });
    }
  }
  return rows;
}

/** The simulator’s breakdown of a file with these figures (one line per source, in the course’s order). */
export function bilanDe(chiffres: readonly ChiffresSource[]): Map<SourceProspect, LigneSource> {
  const b = valeurDe(
    bilanDesSources({
      prospects: lignesProspects(chiffres),
      dateReference: '2026-09-01',
      avecCampagne: true,
    }),
  );
  return new Map(b.lignes.map((l) => [l.source, l]));
}

/** The name of a source with its article (« le parrainage », « le salon »). */
export function avecArticle(source: SourceProspect): string {
  const nom = LIBELLES_SOURCES[source];
  return /^[aeiouyé]/.test(nom) ? `l’${nom}` : `le ${nom}`;
}

/**
 * Drops the anticipated mistakes that land within twice the tolerance of the right answer: once
 * rounded for display they could read as right (sansCollision only checks the exact values).
 */
export function sansVoisinage(version: VersionNumerique): VersionNumerique {
  const loin = (e: VersionNumerique['erreursAnticipees'][number]) =>
    version.reponses.every(
      (r) =>
        (e.cle !== undefined && e.cle !== r.cle) ||
        Math.abs(e.valeur - r.attendu) >
          2 * (r.tolerance.absolue ?? 0) + 2 * (r.tolerance.relative ?? 0) * Math.abs(r.attendu),
    );
  return { ...version, erreursAnticipees: version.erreursAnticipees.filter(loin) };
}
