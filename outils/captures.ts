/**
 * Screenshots of built pages at phone and desktop widths, in light, dark and projection modes,
 * to look at before calling a page done. Needs a server of dist/ (node outils/serve-dist.ts 4400).
 * Usage: node outils/captures.ts /chapitres/budgetiser/ [/autre/page/ …]  → screenshots/*.png
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const base = process.env.BASE_URL ?? `http://127.0.0.1:${process.env.E2E_PORT ?? 4400}`;
const chemins = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const largeurs = {
  telephone: { width: 390, height: 844 },
  bureau: { width: 1366, height: 900 },
  projecteur: { width: 1280, height: 720 },
};
const modes = [
  { nom: 'clair', a: { theme: 'clair' } },
  { nom: 'sombre', a: { theme: 'sombre' } },
  { nom: 'projection', a: { theme: 'clair', projection: true } },
];

mkdirSync('screenshots', { recursive: true });
const navigateur = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
for (const chemin of chemins) {
  for (const m of modes) {
    for (const [nomLargeur, taille] of Object.entries(largeurs)) {
      if ((m.nom === 'projection') !== (nomLargeur === 'projecteur')) continue;
      const page = await navigateur.newPage({ viewport: taille, locale: 'fr-FR' });
      await page.addInitScript(
        (a) => localStorage.setItem('atelier:v1:affichage', JSON.stringify(a)),
        m.a,
      );
      await page.goto(base + chemin);
      const cible = process.env.ANCRE ? page.locator(process.env.ANCRE) : null;
      if (cible) await cible.scrollIntoViewIfNeeded();
      await page.waitForTimeout(600);
      const nom = `screenshots/${chemin.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'accueil'}-${m.nom}-${nomLargeur}.png`;
      await page.screenshot({ path: nom, fullPage: !process.env.ANCRE });
      console.log(nom);
      await page.close();
    }
  }
}
await navigateur.close();
