/**
 * The trainer's tools (issue 8) on a 1280 x 720 projector in projection mode: axe-core (contrast
 * included) finds nothing; a simulator goes full screen with F or its button; « Masquer les
 * résultats » hides the computed answers and M reveals them one section at a time; ? lists the
 * shortcuts and Échap closes the list.
 */
import { test, expect, attendreIlots, preparerAffichage, violationsAxe } from './outils.ts';

test.use({ viewport: { width: 1280, height: 720 } });
const LABO = '#simulateur-budget';
/** The result sections « Masquer » hides (src/elements/masquage.ts). */
const RESULTATS = '.labo-resultats, .labo-graphique, .vue-differee';

test.beforeEach(async ({ page }) => {
  await preparerAffichage(page, { theme: 'clair', projection: true });
  await page.goto('/chapitres/budgetiser/');
  await page.locator(LABO).scrollIntoViewIfNeeded();
  await attendreIlots(page, '[data-island="budget"]');
});

test('en projection à 1280 × 720, le simulateur et ses outils passent axe-core, contraste compris', async ({
  page,
}) => {
  await page.locator(`${LABO} .labo-outils`).scrollIntoViewIfNeeded();
  expect(await violationsAxe(page)).toEqual([]);
  // Readable from the back of the room: body text of the simulator at least 20 px.
  const taille = await page
    .locator(`${LABO} .labo-consigne`)
    .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(taille).toBeGreaterThanOrEqual(20);
});

test('F met le simulateur en plein écran, le bouton en sort ; ses commandes et son résultat y sont', async ({
  page,
}) => {
  await page.locator(`${LABO} h2`).click();
  await page.keyboard.press('f');
  await expect
    .poll(() => page.evaluate(() => document.fullscreenElement?.id))
    .toBe('simulateur-budget');
  await expect(page.locator(`${LABO} [data-resultat="total"]`)).toBeVisible();
  await expect(page.locator(`${LABO} #budget-taux`)).toBeVisible();
  const bouton = page.locator(`${LABO} [data-labo-action="plein-ecran"]`);
  await expect(bouton).toHaveAttribute('aria-pressed', 'true');
  await bouton.click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  await expect(bouton).toHaveText('Plein écran');
});

test('« Masquer les résultats » cache les réponses ; M les révèle une section à la fois', async ({
  page,
}) => {
  const sections = page.locator(`${LABO} :is(.labo-resultats, .labo-graphique, .vue-differee)`);
  const n = await sections.count();
  expect(n).toBeGreaterThanOrEqual(2);
  await page.locator(`${LABO} [data-labo-action="masquer"]`).click();
  await expect(page.locator(`${LABO} [data-resultat="total"]`)).toBeHidden();
  await expect(page.locator(`${LABO} [data-masque="oui"]`)).toHaveCount(n);
  // Typing in a field is not a shortcut: the fields stay usable while the answers are hidden.
  await page.locator(`${LABO} #budget-taux`).fill('20');
  await expect(page.locator(`${LABO} [data-masque="oui"]`)).toHaveCount(n);
  await page.locator(`${LABO} h2`).click();
  for (let i = 1; i <= n; i++) {
    await page.keyboard.press('m');
    await expect(page.locator(`${LABO} [data-masque="oui"]`)).toHaveCount(n - i);
  }
  await expect(page.locator(`${LABO} [data-resultat="total"]`)).toBeVisible();
  await expect(page.locator(`${LABO} [data-labo-action="masquer"]`)).toHaveText(
    'Masquer les résultats',
  );
});

test('? affiche les raccourcis, Échap les ferme', async ({ page }) => {
  await page.locator(`${LABO} h2`).click();
  await page.keyboard.press('?');
  const liste = page.getByRole('dialog', { name: 'Raccourcis clavier des simulateurs' });
  await expect(liste).toBeVisible();
  await expect(liste).toContainText('plein écran');
  expect(await violationsAxe(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(liste).toBeHidden();
});

// Every simulator whose results the trainer can hide, from the back of the room: once « Masquer
// les résultats » is pressed in projection, none of its result sections shows (ch 11's verdict
// column stayed on screen, its projection layout outranking the hiding rule).
for (const [chapitre, labo] of [
  ['mesurer-la-rentabilite', 'simulateur-tableau-de-bord'],
  ['mesurer-l-efficacite', 'simulateur-entonnoir'],
  ['methodes-et-moyens', 'simulateur-methodes'],
  ['planifier', 'simulateur-planning'],
  ['selectionner-les-prospects', 'simulateur-scoring'],
  ['exploiter-le-fichier', 'simulateur-fichier'],
]) {
  test(`en projection, « Masquer les résultats » cache tous les résultats de #${labo}`, async ({
    page,
  }) => {
    await page.goto(`/chapitres/${chapitre}/`);
    const racine = page.locator(`#${labo}`);
    await racine.scrollIntoViewIfNeeded();
    await attendreIlots(page, `#${labo} [data-island]`);
    await expect(racine.locator(RESULTATS).first()).toBeVisible();
    await racine.locator('[data-labo-action="masquer"]').click();
    const caches = racine.locator('[data-masque="oui"]');
    await expect(caches.first()).toBeAttached();
    for (const s of await caches.all()) await expect(s).toBeHidden();
    await expect(racine.locator(`:is(${RESULTATS}) [data-resultat]:visible`)).toHaveCount(0);
  });
}
