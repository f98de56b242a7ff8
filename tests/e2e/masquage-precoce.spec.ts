/**
 * A trainer who presses M as soon as a projected chapter shows, before the page's scripts have
 * run (seconds on an old classroom laptop), hides the results all the same: the press was lost
 * before the fix, the results stayed on the screen. The CPU is slowed 6× and the simulators' tool
 * script is held until M has been pressed, so the key always lands before any script of the page.
 */
import { test, expect, preparerAffichage } from './outils.ts';

test.use({ viewport: { width: 1280, height: 720 } });
const LABO = '#simulateur-budget';

test('M pressé avant que les scripts de la page ne tournent masque les résultats dès qu’ils tournent', async ({
  page,
}) => {
  await preparerAffichage(page, { theme: 'clair', projection: true });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  let liberer!: () => void;
  const presse = new Promise<void>((r) => (liberer = r));
  let retenu = false;
  await page.route('**/_astro/Labo.astro_astro_type_script*.js', async (route) => {
    retenu = true;
    await presse;
    await route.continue();
  });
  // The page's load waits for its module scripts, held here: only the response is awaited.
  await page.goto('/chapitres/budgetiser/', { waitUntil: 'commit' });
  const labo = page.locator(LABO);
  await labo.locator('.labo-resultats').waitFor({ state: 'attached' });
  await labo.scrollIntoViewIfNeeded();
  await expect.poll(() => retenu).toBe(true);
  await page.keyboard.press('m');
  liberer();
  const bouton = labo.locator('[data-labo-action="masquer"]');
  await expect(bouton).toHaveAttribute('aria-pressed', 'true');
  const sections = labo.locator(':is(.labo-resultats, .labo-graphique, .vue-differee)');
  const n = await sections.count();
  expect(n).toBeGreaterThanOrEqual(2);
  await expect(labo.locator('[data-masque="oui"]')).toHaveCount(n);
  await expect(bouton).toHaveText(/^Révéler la suite/);
  await expect(labo.locator('[data-resultat="total"]')).toBeHidden();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
});
