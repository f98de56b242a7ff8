/**
 * Issue 19, the classroom on a real screen: at 1280 × 720 in full screen the result is on screen
 * beside the inputs (no scrolling), labels keep to two lines; the share dialog and its QR code fit
 * a 720 px projector; a shared link opened on a phone lands on the simulator with its banner; no
 * strip of the skip link in projection mode; the header keeps one row at 1280 and 1366 px.
 */
import { test, expect, attendreIlots, preparerAffichage } from './outils.ts';
import type { Locator, Page } from '@playwright/test';

const HAUT = 720;

/** The box of an element must lie inside the viewport (whole, not cut off). */
async function dansLEcran(page: Page, element: Locator) {
  const boite = await element.boundingBox();
  const vue = page.viewportSize()!;
  expect(boite, 'élément sans boîte').not.toBeNull();
  expect(boite!.y).toBeGreaterThanOrEqual(0);
  expect(boite!.y + boite!.height).toBeLessThanOrEqual(vue.height);
  expect(boite!.x + boite!.width).toBeLessThanOrEqual(vue.width);
}

/** A simulator's « Résultat » section (src/islands/ui/simulateur.tsx). */
const resultats = (labo: Locator) => labo.getByRole('region', { name: 'Résultat', exact: true });

/** Page, simulator, and the figure that must stay on screen: the main one, or the first. */
const PLEIN_ECRAN: [string, string, (labo: Locator) => Locator][] = [
  ['/chapitres/budgetiser/', 'simulateur-budget', (l) => l.locator('[data-resultat="ca-minimum"]')],
  [
    '/chapitres/mesurer-l-efficacite/',
    'simulateur-entonnoir',
    (l) => resultats(l).getByRole('definition').first(),
  ],
  ['/chapitres/planifier/', 'simulateur-capacite', (l) => resultats(l).getByRole('definition')],
  [
    '/chapitres/pourquoi-prospecter/',
    'simulateur-usure',
    (l) => l.locator('[data-resultat="nouveaux-par-an"]'),
  ],
];

test.describe('1280 × 720, projection', () => {
  test.use({ viewport: { width: 1280, height: HAUT } });
  for (const theme of ['clair', 'sombre'] as const) {
    for (const [chemin, id, resultat] of PLEIN_ECRAN) {
      test(`${id} en plein écran (${theme}) : le résultat est à l’écran à côté des saisies`, async ({
        page,
      }) => {
        await preparerAffichage(page, { theme, projection: true });
        await page.goto(chemin);
        const labo = page.locator(`#${id}`);
        await labo.scrollIntoViewIfNeeded();
        await attendreIlots(page, `#${id} [data-island]`);
        await labo.getByRole('button', { name: 'Plein écran' }).click();
        await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id)).toBe(id);
        await dansLEcran(page, resultat(labo).first());
        // Inputs on the left, results on the right.
        const premierChamp = labo.locator('input:visible').first();
        await expect(premierChamp).toBeVisible();
        await expect(resultats(labo).first()).toBeVisible();
        const champ = await premierChamp.boundingBox();
        const res = await resultats(labo).first().boundingBox();
        expect(champ, 'premier champ sans boîte').not.toBeNull();
        expect(res, 'résultats sans boîte').not.toBeNull();
        expect(champ!.x + champ!.width).toBeLessThanOrEqual(res!.x);
        // No label wraps into three lines (« Nombre de / contacts / appelés »).
        for (const etiquette of await labo.locator('label').all()) {
          const { hauteur, ligne } = await etiquette.evaluate((e) => ({
            hauteur: e.getBoundingClientRect().height,
            ligne: parseFloat(getComputedStyle(e).lineHeight),
          }));
          expect(hauteur, await etiquette.innerText()).toBeLessThan(ligne * 2.5);
        }
      });
    }
  }

  test('« Partager ce scénario » : la fenêtre et son QR code tiennent entiers à 720 px', async ({
    page,
  }) => {
    await preparerAffichage(page, { theme: 'clair', projection: true });
    await page.goto('/chapitres/budgetiser/');
    const labo = page.locator('#simulateur-budget');
    await labo.scrollIntoViewIfNeeded();
    await attendreIlots(page, '[data-island="budget"]');
    await labo.getByRole('button', { name: 'Partager ce scénario' }).click();
    const dialogue = page.getByRole('dialog', { name: 'Partager ce scénario' });
    await expect(
      dialogue.getByRole('img', { name: 'QR code du lien du scénario' }).locator('path'),
    ).toHaveAttribute('d', /^M/);
    await dansLEcran(page, dialogue);
    await dansLEcran(page, dialogue.getByRole('img', { name: 'QR code du lien du scénario' }));
    await dansLEcran(page, dialogue.getByRole('button', { name: 'Fermer' }));
  });

  test('en projection, aucun morceau du lien d’évitement ne dépasse en haut de la page', async ({
    page,
  }) => {
    await preparerAffichage(page, { theme: 'clair', projection: true });
    await page.goto('/chapitres/budgetiser/');
    const lien = page.getByRole('link', { name: 'Aller au contenu' });
    const boite = await lien.boundingBox();
    expect(boite!.y + boite!.height).toBeLessThanOrEqual(0);
    // Still there for keyboard users: Tab shows it.
    await page.keyboard.press('Tab');
    await expect(lien).toBeFocused();
    await dansLEcran(page, lien);
  });
});

for (const largeur of [1280, 1366])
  test.describe(`${largeur} px`, () => {
    test.use({ viewport: { width: largeur, height: 720 } });
    test('l’en-tête tient sur une ligne', async ({ page }) => {
      await page.goto('/chapitres/budgetiser/');
      const hauts = await page
        .getByRole('banner')
        .locator(':scope > *')
        .evaluateAll((els) =>
          els.map((e) => {
            const r = e.getBoundingClientRect();
            return { haut: r.top, bas: r.bottom };
          }),
        );
      const premier = hauts[0];
      for (const h of hauts) expect(h.haut).toBeLessThan(premier.bas);
      await expect(page.getByRole('button', { name: 'Projection' })).toBeVisible();
    });
  });

test('un lien de scénario ouvert sur un téléphone arrive sur le simulateur, bandeau « Garder ce scénario » à côté', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto('/chapitres/budgetiser/');
  await page.locator('#simulateur-budget').scrollIntoViewIfNeeded();
  await attendreIlots(page, '[data-island="budget"]');
  await page.locator('#simulateur-budget [data-labo-action="partager"]').click();
  const url = await page.getByRole('textbox', { name: 'Lien du scénario' }).inputValue();
  const contexte = await browser.newContext({
    baseURL,
    locale: 'fr-FR',
    serviceWorkers: 'block',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const telephone = await contexte.newPage();
  await telephone.goto(url.replace(baseURL!, ''));
  const garder = telephone.getByRole('button', { name: 'Garder ce scénario' });
  await expect(garder).toBeVisible();
  await expect(async () => {
    await dansLEcran(telephone, garder);
    await dansLEcran(telephone, telephone.locator('#simulateur-budget-titre'));
  }).toPass();
  await contexte.close();
});
