/**
 * Printing (trainer's test, session 10): a chapter printed before the learner scrolled to its
 * deferred parts prints a sentence instead of « Chargement… »; a worksheet's ruled lines print
 * even with the print dialog's background graphics off (its default).
 */
import { test, expect } from './outils.ts';

test('un chapitre imprimé sans avoir défilé ne montre aucun « Chargement… »', async ({ page }) => {
  await page.goto('/chapitres/mesurer-l-efficacite/');
  await page.emulateMedia({ media: 'print' });
  const attentes = page.locator('p.chargement');
  expect(await attentes.count()).toBeGreaterThanOrEqual(2);
  for (const p of await attentes.all()) {
    const rendu = await p.evaluate((e) => ({
      taille: getComputedStyle(e).fontSize,
      phrase: getComputedStyle(e, '::after').content,
    }));
    expect(rendu.taille).toBe('0px');
    expect(rendu.phrase).toContain('s’affiche sur le site');
  }
});

test('les lignes pour justifier une réponse s’impriment, arrière-plans désactivés compris', async ({
  page,
}) => {
  await page.goto('/fiches/budgetiser/');
  await page.emulateMedia({ media: 'print' });
  const lignes = page.locator('.fiche-lignes').first();
  await expect(lignes).toBeAttached();
  const style = await lignes.evaluate((e) => {
    const s = getComputedStyle(e);
    return { ajustement: s.printColorAdjust, hauteur: e.getBoundingClientRect().height };
  });
  expect(style.ajustement).toBe('exact');
  // Three lines 0.9 cm apart (96 px per inch: 1 cm ≈ 37.8 px).
  expect(style.hauteur).toBeGreaterThan(3 * 0.85 * 37.8);
});
