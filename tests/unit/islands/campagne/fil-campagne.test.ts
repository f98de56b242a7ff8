import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STOCKS_DU_FIL } from '../../../../src/islands/campagne/FilCampagne.tsx';
import { PAR_ENTREPRISE } from '../../../../src/stores/scenario.ts';

// The names the stores are really saved under, read from their sources.
const dossier = 'src/stores';
const nomsPersistants = new Set(
  readdirSync(dossier)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) =>
      [
        // atomePersistant<…>('nom', …) and saisieParEntreprise<…>({ nom: 'nom', … })
        ...readFileSync(`${dossier}/${f}`, 'utf8').matchAll(
          /atomePersistant[^(]*\(\s*'([^']+)'|saisieParEntreprise[^(]*\(\{\s*nom: '([^']+)'/g,
        ),
      ].map((m) => m[1] ?? m[2]),
    ),
);

describe('STOCKS_DU_FIL (the home page wakes the thread when one of them holds work)', () => {
  it('names stores that exist, under the name they are saved with', () => {
    expect(nomsPersistants.size).toBeGreaterThan(5);
    for (const nom of STOCKS_DU_FIL) expect([...nomsPersistants], nom).toContain(nom);
  });

  it('names only stores kept per company, like every step of the thread', () => {
    for (const nom of STOCKS_DU_FIL) expect([...PAR_ENTREPRISE], nom).toContain(nom);
  });
});
