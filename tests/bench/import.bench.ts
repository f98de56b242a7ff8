import { describe, expect, test } from 'vitest';
import { decoderOctets, lireCsv } from '@lib/fichier/csv.ts';
import { devinerCorrespondance } from '@lib/fichier/correspondance.ts';
import { convertirLignes, exporterProspects } from '@lib/fichier/import-prospects.ts';
import { prospectsSynthetiques } from './prospects-synthetiques.ts';

/** What the import worker does with a file: decode, parse, guess the mapping, convert and check every row. */
function importer(octets: Uint8Array) {
  const { texte } = decoderOctets({ octets });
  const t = lireCsv({ texte });
  if (!t.ok) throw new Error(t.erreur.message);
  return convertirLignes({
    tableau: t.valeur,
    correspondance: devinerCorrespondance({ entetes: t.valeur.entetes }),
    options: { pays: 'FR', source: 'annuaire', aujourdhui: '2026-11-23' },
  });
}

describe('import CSV (worker side)', () => {
  for (const n of [10_000, 100_000]) {
    const octets = new TextEncoder().encode(
      exporterProspects({ prospects: prospectsSynthetiques(n) }),
    );
    test(`${n} lignes (${(octets.length / 1024 / 1024).toFixed(1)} Mo)`, async ({ bench }) => {
      let importes = 0;
      const r = await bench(`import de ${n} lignes`, () => {
        importes = importer(octets).prospects.length;
      }).run({ iterations: n > 10_000 ? 3 : 10, time: 0, warmupIterations: 1 });
      expect(importes).toBe(n);
      console.log(`import ${n} lignes : p50 ${r.latency.p50.toFixed(0)} ms`);
    });
  }
});
