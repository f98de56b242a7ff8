/**
 * Offline (issue 8): after a first visit the service worker has precached the site; with the
 * network cut, pages, islands with their sample data and the search still work, and an unknown
 * page gets the French 404. A new deployment is offered with « Mettre à jour », never forced.
 */
import { readFileSync } from 'node:fs';
import { test, expect, attendreIlots } from './outils.ts';
import type { Page } from '@playwright/test';

const DIST = process.env.DIST_DIR ?? 'dist';
test.use({ serviceWorkers: 'allow' });

/** First visit: waits until the worker is active, controls the page and has its precache. */
async function premiereVisite(page: Page) {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

/** The « new version » notice of every page: a status, hidden until a new worker waits. */
const avisMiseAJour = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'Une nouvelle version du cours' });

test(
  'hors connexion après une première visite : chapitres, simulateur et données, recherche, 404',
  { tag: '@essentiel' },
  async ({ page, context }) => {
    await premiereVisite(page);
    const attendus =
      readFileSync(`${DIST}/sw.js`, 'utf8').match(/const PRECACHE = (\[.*\]);/)?.[1] ?? '[]';
    expect(
      await page.evaluate(
        async () => (await (await caches.open((await caches.keys())[0])).keys()).length,
      ),
    ).toBe(JSON.parse(attendus).length);

    await context.setOffline(true);
    await page.goto('/chapitres/mesurer-l-efficacite/');
    await expect(page.locator('h1')).toHaveText('Mesurer l’efficacité');
    await page.locator('#simulateur-entonnoir').scrollIntoViewIfNeeded();
    await attendreIlots(page, '[data-island="entonnoir"]');
    // The company's past campaign comes from /donnees/<id>.json, served from the cache.
    // The past-campaign section loads when it nears the screen.
    await page.locator('[data-island="entonnoir"] [data-vue="realise"]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-island="entonnoir"] [data-realise="pret"]')).toBeVisible();

    await page.goto('/recherche/?q=scoring');
    await expect(page.locator('[data-recherche-resultats] > li').first()).toContainText(
      'Chapitre 6',
    );

    await page.goto('/page-absente/');
    await expect(page.locator('h1')).toContainText('introuvable');
    await context.setOffline(false);
  },
);

test('une nouvelle version déployée est proposée par « Mettre à jour », puis prise en compte', async ({
  page,
  context,
}) => {
  await premiereVisite(page);
  await expect(avisMiseAJour(page)).toBeHidden();
  // A new deployment: the test server then serves the same worker with another cache version (outils/serve-dist.ts).
  await context.addCookies([{ name: 'atelier-test-version', value: 'nouvelle', url: page.url() }]);
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  const avis = avisMiseAJour(page);
  await expect(avis).toContainText('Une nouvelle version du cours est disponible.');
  await Promise.all([
    page.waitForEvent('load'),
    avis.getByRole('button', { name: 'Mettre à jour' }).click(),
  ]);
  await expect
    .poll(() => page.evaluate(async () => (await caches.keys()).join()))
    .toBe('atelier-nouvelle');
  await expect(avisMiseAJour(page)).toBeHidden();
});
