import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

test('tous-les-stores.ts importe chaque module qui crée un store persistant (sinon « Garder » refuserait ses valeurs)', () => {
  const dossier = new URL('../../../src/stores/', import.meta.url);
  const liste = readFileSync(new URL('tous-les-stores.ts', dossier), 'utf8');
  const persistants = readdirSync(dossier).filter(
    (f) =>
      f.endsWith('.ts') &&
      f !== 'persistance.ts' &&
      /atomePersistant\(|saisieParEntreprise(<[^>]*>)?\(\{/.test(
        readFileSync(new URL(f, dossier), 'utf8'),
      ) &&
      f !== 'par-entreprise.ts',
  );
  for (const f of persistants) expect(liste, f).toContain(`import './${f}';`);
});
