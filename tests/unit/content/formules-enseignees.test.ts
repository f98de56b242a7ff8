/**
 * Every formula of the sheet (/formules/) is taught (issue 17): at least one chapter shows it
 * with <Formule id="…" />, and at least one randomized exercise applies it in its worked solution.
 * A formula the course does not need leaves the catalogue rather than stay on the sheet untaught.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formules } from '@lib/formules/catalogue.ts';
import { creerAleatoire } from '@lib/commun/aleatoire.ts';
import { nouveauCode } from '@exercises/codes.ts';
import { genererVersion } from '@exercises/generateur.ts';
import type { ExerciceNumerique } from '@exercises/types.ts';

const dossier = join(import.meta.dirname, '../../../content/chapters');
const chapitres = readdirSync(dossier)
  .filter((f) => f.endsWith('.mdx'))
  .sort();
const montrees = new Map<string, string[]>();
for (const f of chapitres) {
  for (const [, id] of readFileSync(join(dossier, f), 'utf8').matchAll(
    /<Formule\s+id="([^"]+)"/g,
  )) {
    montrees.set(id, [...(montrees.get(id) ?? []), f]);
  }
}

/** Formula ids cited by the worked solutions of every numeric generator (20 versions each). */
async function formulesAppliquees(): Promise<Set<string>> {
  const dossierExercices = join(import.meta.dirname, '../../../src/exercises');
  const ids = new Set<string>();
  const alea = creerAleatoire('formules-enseignees');
  for (const d of readdirSync(dossierExercices, { withFileTypes: true }).filter((e) =>
    e.isDirectory(),
  )) {
    const module = (await import(join(dossierExercices, d.name, 'index.ts'))) as {
      exercicesNumeriques?: readonly ExerciceNumerique[];
    };
    for (const exercice of module.exercicesNumeriques ?? []) {
      for (let i = 0; i < 20; i++) {
        const version = genererVersion({
          exerciceId: exercice.id,
          code: nouveauCode(alea),
          generer: exercice.generer,
        });
        for (const etape of version.solution) if (etape.formuleId) ids.add(etape.formuleId);
      }
    }
  }
  return ids;
}

describe('every formula of the sheet is taught', () => {
  it.each(formules.map((f) => [f.id, f.chapitre] as const))(
    '%s is shown by a chapter (its own, chapter %i, first)',
    (id, numero) => {
      const ou = montrees.get(id) ?? [];
      expect(ou, `aucun chapitre ne montre <Formule id="${id}" />`).not.toEqual([]);
      expect(
        ou.some((f) => Number(f.slice(0, 2)) === numero),
        `${id} est rangée au chapitre ${numero} sur la fiche, mais montrée dans ${ou.join(', ')}`,
      ).toBe(true);
    },
  );

  it('every <Formule id> of a chapter is in the catalogue', () => {
    const connues = new Set(formules.map((f) => f.id));
    expect([...montrees.keys()].filter((id) => !connues.has(id))).toEqual([]);
  });

  it('every formula is applied by at least one randomized exercise', async () => {
    const appliquees = await formulesAppliquees();
    expect(formules.map((f) => f.id).filter((id) => !appliquees.has(id))).toEqual([]);
  });
});
