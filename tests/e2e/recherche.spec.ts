/**
 * Search (issue 8): the Pagefind index built after the site finds the course's words, with French
 * stemming, shows the chapter and the passage, and no other page loads search code.
 */
import { test, expect } from './outils.ts';

const resultats = (page: import('@playwright/test').Page) =>
  page.locator('[data-recherche-resultats] > li');

for (const [mot, chapitre] of [
  ['scoring', 'Chapitre 6'],
  ['Bloctel', 'Chapitre 5'],
] as const) {
  test(`« ${mot} » trouve le ${chapitre.toLowerCase()} avec le passage, le mot surligné`, async ({
    page,
  }) => {
    await page.goto('/recherche/');
    await page.getByLabel('Mot ou expression').fill(mot);
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page.locator('[data-recherche-etat]')).toContainText(`pour «\u00a0${mot}\u00a0»`);
    const premiers = await resultats(page).allInnerTexts();
    expect(premiers.some((r) => r.startsWith(chapitre))).toBe(true);
    await expect(resultats(page).first().locator('mark').first()).toHaveText(new RegExp(mot, 'i'));
    // The link goes to the section of the chapter, and opens it.
    const lien = resultats(page).filter({ hasText: chapitre }).first().getByRole('link');
    const href = (await lien.getAttribute('href'))!;
    expect(href).toMatch(/^\/chapitres\/[a-z-]+\/(#[\w%-]+)?$/);
    await lien.click();
    // The chapter's page, not just « no longer the search page », which holds before it loads.
    await expect(page).toHaveURL(new RegExp(`${href.split('#')[0]}(#|$)`));
    await expect(page.locator('h1')).toBeVisible();
  });
}

test('la recherche comprend le français : « scorings » et « prospectés » trouvent « scoring » et « prospecter »', async ({
  page,
}) => {
  await page.goto('/recherche/?q=scorings');
  await expect(resultats(page).first()).toBeVisible();
  expect((await resultats(page).allInnerTexts()).some((r) => r.startsWith('Chapitre 6'))).toBe(
    true,
  );
  await page.goto('/recherche/?q=prospect%C3%A9s');
  await expect(resultats(page).first()).toBeVisible();
  expect(
    (await resultats(page).allInnerTexts()).some((r) => r.includes('Pourquoi prospecter')),
  ).toBe(true);
});

test('un texte hostile est cherché comme du texte, et une page sans recherche ne charge aucun code de recherche', async ({
  page,
}) => {
  const demandes: string[] = [];
  page.on('request', (r) => demandes.push(new URL(r.url()).pathname));
  await page.goto('/chapitres/selectionner-les-prospects/');
  await page.mouse.wheel(0, 4000);
  await page.waitForLoadState('networkidle');
  expect(demandes.filter((d) => d.startsWith('/pagefind/'))).toEqual([]);
  await page.goto('/recherche/');
  await page.getByLabel('Mot ou expression').fill('<img src=x onerror=alert(1)>');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page.locator('[data-recherche-etat]')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test(
  'les résultats s’affichent pendant la frappe, sans bouton',
  { tag: '@essentiel' },
  async ({ page }) => {
    await page.goto('/recherche/');
    await page.getByLabel('Mot ou expression').pressSequentially('Bloctel', { delay: 40 });
    await expect(page.locator('[data-recherche-etat]')).toContainText(`pour «\u00a0Bloctel\u00a0»`);
    expect((await resultats(page).allInnerTexts()).some((r) => r.startsWith('Chapitre 5'))).toBe(
      true,
    );
    // The address follows, so the search can be shared or reloaded.
    await expect(page).toHaveURL(/\?q=Bloctel$/);
  },
);

test('« AIDA » ne trouve pas « aide » ; le terme exact passe en premier', async ({ page }) => {
  await page.goto('/recherche/?q=AIDA');
  await expect(resultats(page).first()).toBeVisible();
  const textes = await resultats(page).allInnerTexts();
  expect(textes[0]).toMatch(/^Chapitre 13/);
  // Every result holds AIDA itself, and only AIDA is highlighted.
  for (const m of await page.locator('[data-recherche-resultats] mark').allInnerTexts())
    expect(m.toLowerCase()).toBe('aida');
  expect(textes.every((t) => /aida/i.test(t))).toBe(true);
});

test('sans résultat, la recherche le dit en français et propose les chapitres', async ({
  page,
}) => {
  await page.goto('/recherche/?q=zorglubisme');
  await expect(page.locator('[data-recherche-etat]')).toContainText(
    'Aucun passage ne contient «\u00a0zorglubisme\u00a0»',
  );
  const suggestions = page.locator('[data-recherche-suggestions]');
  await expect(suggestions).toBeVisible();
  await expect(suggestions.getByRole('link')).toHaveCount(13);
  await expect(suggestions.getByRole('link').first()).toHaveAttribute(
    'href',
    '/chapitres/pourquoi-prospecter/',
  );
  // A new search that finds something hides them again.
  await page.getByLabel('Mot ou expression').fill('scoring');
  await expect(resultats(page).first()).toBeVisible();
  await expect(suggestions).toBeHidden();
});
