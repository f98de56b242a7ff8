/**
 * WCAG 2.5.8 on a phone: every box or round to tick is a target of at least 24 × 24 CSS px on its
 * own. Ch 13 had the browser's 13 px checkbox (the e-mail consent) and 18-20 px radios (the
 * production grids, the exercises).
 */
import { test, expect, attendreIlots } from './outils.ts';

test.use({ viewport: { width: 390, height: 844 } });

test('/chapitres/telephone-ecrit-en-ligne/ à 390 px : chaque case et chaque bouton radio mesure au moins 24 × 24 px', async ({
  page,
}) => {
  test.slow();
  await page.goto('/chapitres/telephone-ecrit-en-ligne/');
  // The folded exercise series and grids are opened, the islands brought into view to hydrate.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  for (const ilot of await page.locator('astro-island').all()) await ilot.scrollIntoViewIfNeeded();
  await attendreIlots(page);
  await expect(page.locator('[data-island="ecriture"] input[type="checkbox"]')).toBeVisible();
  const cases = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"], input[type="radio"]')]
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => {
        const b = e.getBoundingClientRect();
        return { nom: `${e.name || e.id} ${e.value}`, largeur: b.width, hauteur: b.height };
      }),
  );
  expect(cases.length).toBeGreaterThan(50);
  expect(cases.filter((c) => c.largeur < 24 || c.hauteur < 24)).toEqual([]);
});
