/**
 * The quality report and the query of chapter 5 on the sample files and on 1 000 rows: the
 * island recomputes both after every cleaning operation, so one frame (16 ms) is the aim.
 */
import { describe, expect, test } from 'vitest';
import { rapportQualite } from '@lib/fichier/qualite.ts';
import { filtrer } from '@lib/fichier/requetes.ts';
import { appliquerJournal } from '@lib/fichier/journal.ts';
import { dataset, IDS } from '../unit/datasets/aide-datasets.ts';
import { prospectsSynthetiques } from './prospects-synthetiques.ts';

const fichiers = [
  ...IDS.map((id) => [id, dataset(id).prospectsLib] as const),
  ['synthétique 1 000', prospectsSynthetiques(1000)] as const,
];

describe('chapter 5 recompute after a cleaning operation (aim: 16 ms)', () => {
  for (const [nom, prospects] of fichiers) {
    test(`${nom} (${prospects.length} lignes)`, async ({ bench }) => {
      const r = await bench(`journal + rapportQualite + filtrer, ${nom}`, () => {
        const { prospects: nettoye } = appliquerJournal({
          prospects,
          journal: [{ type: 'supprimer', ids: [prospects[0].id] }],
        });
        const q = rapportQualite({ prospects: nettoye, aujourdhui: '2026-09-01' });
        const f = filtrer({
          lignes: nettoye,
          requete: {
            et: [
              { champ: 'age', operateur: '<', valeur: 25 },
              { champ: 'ville', operateur: '=', valeur: 'Rabat' },
            ],
          },
        });
        if (!q.ok || !f.ok) throw new Error('échec');
      }).run({ iterations: 30, time: 0, warmupIterations: 5 });
      console.log(`${nom}: p50 ${r.latency.p50.toFixed(2)} ms, p99 ${r.latency.p99.toFixed(2)} ms`);
      expect(r.latency.p50).toBeLessThan(100);
    });
  }
});
