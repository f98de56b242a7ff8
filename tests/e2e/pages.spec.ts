import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, attendreIlots, violationsAxe, preparerAffichage } from './outils.ts';

/**
 * Scrolls through the whole page, one rendered frame per screen, so that every client:visible
 * island sees itself; waits until every island is hydrated; then lets two frames be painted,
 * since hydrated islands draw their tables on their next frames.
 */
async function parcourirLaPage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight * 0.8) {
      scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
  });
  await attendreIlots(page);
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
}

// Every chapter, read from the content folder so that a new chapter is audited without editing this list.
const CHAPITRES = readdirSync('content/chapters')
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => `/chapitres/${f.replace(/\.mdx$/, '').replace(/^\d+-/, '')}/`);
const PAGES = [
  '/',
  '/a-propos/',
  '/bilan/',
  '/campagne/',
  '/mon-dossier/',
  '/formules/',
  '/moodle/',
  '/donnees/',
  '/recherche/',
  ...CHAPITRES,
  '/page-qui-n-existe-pas/',
];
// Rules that a display mode can change, run again in that mode once the whole page has passed axe
// in light theme. Dark theme changes colours only. Projection changes colours and sizes: larger text
// makes tables scroll sideways and puts controls under the sticky header (target-size was found there).
const REGLES_SOMBRE = ['color-contrast'];
const REGLES_PROJECTION = ['color-contrast', 'target-size', 'scrollable-region-focusable'];

for (const chemin of PAGES) {
  test(`${chemin} : se charge sans erreur et sans violation axe-core (clair, sombre, projection)`, async ({
    page,
  }) => {
    // Loading, scrolling through and hydrating a whole chapter took over 30 s at load 30, before axe
    // (which adds its own time per run, see violationsAxe): these page audits get 60 s.
    test.setTimeout(60_000);
    await preparerAffichage(page, { theme: 'clair' });
    const reponse = await page.goto(chemin);
    expect(reponse?.status()).toBe(chemin.startsWith('/page-qui') ? 404 : 200);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    // Scroll through the whole page, one rendered frame per screen, so that every client:visible island
    // sees itself, wait until every island is hydrated, then back to the top: at the bottom, the sticky
    // header would cover the last controls and axe would flag their target size.
    await parcourirLaPage(page);
    await page.evaluate(() => scrollTo(0, 0));
    await page.waitForLoadState('networkidle');
    expect(await violationsAxe(page), 'clair').toEqual([]);

    // The other two modes on the same page, switched by the header's buttons as a reader would (the
    // charts redraw on that event): one load per page instead of three. That the mode chosen is
    // applied from the first paint after a reload is checked below (« survivent à un rechargement »).
    const html = page.locator('html');
    await page.getByRole('button', { name: /Thème sombre/ }).click();
    await expect(html).toHaveAttribute('data-theme', 'sombre');
    await page.evaluate(() => scrollTo(0, 0));
    expect(await violationsAxe(page, undefined, REGLES_SOMBRE), 'sombre').toEqual([]);

    await page.getByRole('button', { name: /Thème sombre/ }).click();
    await expect(html).toHaveAttribute('data-theme', 'clair');
    await page.getByRole('button', { name: /Projection/ }).click();
    await expect(html).toHaveAttribute('data-projection', 'oui');
    // Larger text moves everything: measure at the top, once the new layout has been painted.
    await page.evaluate(async () => {
      scrollTo(0, 0);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    expect(await violationsAxe(page, undefined, REGLES_PROJECTION), 'projection').toEqual([]);
  });
}

test(
  'tous les chapitres sont accessibles depuis l’accueil, dans l’ordre',
  { tag: '@essentiel' },
  async ({ page }) => {
    await page.goto('/');
    const liens = page.locator('progres-accueil').getByRole('link');
    await expect(liens).toHaveCount(13);
    await liens.nth(8).click();
    await expect(page.locator('h1')).toHaveText('Budgétiser');
    await page.getByRole('link', { name: /Chapitre suivant/ }).click();
    await expect(page.locator('h1')).toHaveText('Mesurer l’efficacité');
  },
);

test(
  'le thème et le mode projection survivent à un rechargement',
  { tag: '@essentiel' },
  async ({ page }) => {
    await page.goto('/chapitres/budgetiser/');
    const html = page.locator('html');
    const themeInitial = await html.getAttribute('data-theme');
    await page.getByRole('button', { name: /Thème sombre/ }).click();
    const themeChoisi = themeInitial === 'sombre' ? 'clair' : 'sombre';
    await expect(html).toHaveAttribute('data-theme', themeChoisi);
    await page.getByRole('button', { name: /Projection/ }).click();
    await expect(html).toHaveAttribute('data-projection', 'oui');
    await expect(
      page.getByRole('navigation', { name: 'Chapitres du cours', includeHidden: true }),
    ).toBeHidden();
    await page.reload();
    await expect(html).toHaveAttribute('data-theme', themeChoisi);
    await expect(html).toHaveAttribute('data-projection', 'oui');
    await expect(page.getByRole('button', { name: /Projection/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  },
);

test('sur un téléphone, la liste des chapitres est repliée et se déplie', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/chapitres/budgetiser/');
  const menu = page.locator('#menu-chapitres');
  await expect(menu).not.toHaveAttribute('open', '');
  await page.getByText('Chapitres', { exact: true }).click();
  await expect(page.getByRole('link', { name: /Pourquoi prospecter/ }).first()).toBeVisible();
});

test('aucune page ne déborde en largeur sur un téléphone de 390 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const chemin of PAGES) {
    await page.goto(chemin);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: chemin })
      .toBeLessThanOrEqual(390);
  }
});

// Projection on a phone (a trainer checking the class view, issue 19): the large type must not push
// the page wider than the screen (/a-propos/ 354 px, ch 9 328 px); wide tables scroll in their box.
test('à 320 px en mode projection, aucune page ne déborde en largeur', async ({ page }) => {
  // Every page, each scrolled through so that every simulator hydrates and draws its tables.
  test.setTimeout(300_000);
  await preparerAffichage(page, { theme: 'clair', projection: true });
  await page.setViewportSize({ width: 320, height: 640 });
  const trop: string[] = [];
  for (const chemin of [...PAGES, '/classe/']) {
    await page.goto(chemin);
    await expect(page.locator('html')).toHaveAttribute('data-projection', 'oui');
    await parcourirLaPage(page);
    const largeur = await page.evaluate(() => document.documentElement.scrollWidth);
    if (largeur > 320) trop.push(`${chemin} : ${largeur} px`);
  }
  expect(trop).toEqual([]);
});

test('à 320 px, aucun chapitre ne déborde, simulateurs affichés, et un tableau large montre qu’il défile', async ({
  page,
}) => {
  // Thirteen chapters, each scrolled through so that every simulator hydrates and draws its tables.
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const trop: string[] = [];
  for (const chemin of [...CHAPITRES, '/bilan/', '/classe/', '/mon-dossier/', '/recherche/']) {
    await page.goto(chemin);
    await parcourirLaPage(page);
    const mesure = await page.evaluate(() => {
      const largeur = document.documentElement.scrollWidth;
      // The widest elements that stick out of the viewport, to say what overflows.
      const coupables =
        largeur <= 320
          ? []
          : [...document.querySelectorAll('body *')]
              .filter(
                (e) =>
                  e.getBoundingClientRect().right > 321 &&
                  !e.closest('.tableau-defilant, [hidden], details:not([open])'),
              )
              .filter((e) => ![...e.children].some((c) => c.getBoundingClientRect().right > 321))
              .slice(0, 3)
              .map(
                (e) =>
                  `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (${Math.round(e.getBoundingClientRect().right)} px)`,
              );
      // A box that scrolls a table sideways must show it: edge shadows drawn by CSS (backgrounds that
      // scroll with the table, « local », over shadows that stay), or a visible « faire défiler » hint.
      const muets = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter(
          (r) =>
            ['auto', 'scroll'].includes(getComputedStyle(r).overflowX) && r.querySelector('table'),
        )
        .filter((r) => r.scrollWidth > r.clientWidth + 1 && r.offsetParent !== null)
        .filter(
          (r) =>
            !getComputedStyle(r).backgroundAttachment.includes('local') &&
            !r.querySelector('.indice-defilement'),
        )
        .map((r) => r.getAttribute('aria-label') ?? r.className);
      return { largeur, coupables, muets };
    });
    if (mesure.largeur > 320)
      trop.push(`${chemin} : ${mesure.largeur} px, ${mesure.coupables.join(', ')}`);
    if (mesure.muets.length)
      trop.push(`${chemin} : tableau qui défile sans le montrer (${mesure.muets.join(' ; ')})`);
  }
  expect(trop).toEqual([]);
});
