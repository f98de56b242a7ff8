/**
 * Playwright reporter: gathers the durations the end-to-end tests recorded (tests/e2e/mesures.ts)
 * into <outputDir>/mesures.json (test-results/mesures.json) and lists them at the end of the run.
 * Nothing here fails a run: the targets are checked by `npm run bench`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FullConfig, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

interface Ligne {
  fichier: string;
  test: string;
  essai: number;
  nom: string;
  ms: number[];
  mediane: number;
  cible: number;
  banc: string;
}

export default class RapportMesures implements Reporter {
  private sortie = 'test-results';
  private lignes: Ligne[] = [];

  onBegin(config: FullConfig): void {
    this.sortie = config.projects[0]?.outputDir ?? this.sortie;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    for (const a of result.attachments) {
      if (a.name !== 'mesure' || !a.body) continue;
      this.lignes.push({
        fichier: relative(process.cwd(), test.location.file),
        test: test.title,
        essai: result.retry,
        ...JSON.parse(a.body.toString('utf8')),
      });
    }
  }

  onEnd(): void {
    if (!this.lignes.length) return;
    this.lignes.sort((a, b) => a.fichier.localeCompare(b.fichier) || a.nom.localeCompare(b.nom));
    mkdirSync(this.sortie, { recursive: true });
    const chemin = join(this.sortie, 'mesures.json');
    writeFileSync(chemin, `${JSON.stringify(this.lignes, null, 2)}\n`);
    console.log(
      `\nMesures (médiane / cible, en ms ; relevées, non vérifiées — npm run bench tient les cibles) → ${relative(process.cwd(), chemin)}`,
    );
    for (const l of this.lignes)
      console.log(`  ${String(l.mediane).padStart(7)} / ${String(l.cible).padEnd(4)} ${l.nom}`);
  }
}
