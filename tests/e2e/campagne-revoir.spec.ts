/**
 * Defect D11 (issue 14): the selection of chapter 6 changes after a method was chosen on it and
 * added to the budget. The method (chapter 7), the budget (chapter 9) and « Ma campagne » say
 * « à revoir » and what changed; « Partir de ma sélection » (ch. 7) then « Mettre à jour le
 * budget » (ch. 9) bring them up to date, the budget keeping one method line. In euros and dirhams.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, attendreIlots } from './outils.ts';

test.setTimeout(180_000);

async function ouvrir(page: Page, chemin: string, labo: string, ilot: string) {
  await page.goto(chemin);
  await page.locator(labo).scrollIntoViewIfNeeded();
  await attendreIlots(page, ilot);
}
const etape = (page: Page, id: string) =>
  page.locator(`[data-island="ma-campagne"] [data-etape="${id}"]`);
async function maCampagne(page: Page) {
  await page.goto('/campagne/');
  await attendreIlots(page, '[data-island="ma-campagne"]');
  // The file is fetched once its count is on screen.
  await expect(etape(page, 'fichier')).toContainText(/\d\s?fiches?\b/);
}

for (const id of ['mobilier-lyon', 'emballages-casablanca']) {
  test(`la sélection change après le choix de la méthode : à revoir, puis à jour (D11) : ${id}`, async ({
    page,
  }) => {
    const fiche = JSON.parse(readFileSync(`content/datasets/${id}/entreprise.json`, 'utf8'));
    await page.goto('/donnees/');
    await page.locator('#entreprise-etudiee').scrollIntoViewIfNeeded();
    await attendreIlots(page, '#entreprise-etudiee');
    await page.locator('#choix-entreprise').selectOption(id);
    await expect(page.locator('[data-entreprise-nom]')).toHaveText(fiche.nom);

    // Chapter 6: the hot and warm prospects.
    const scoring = page.locator('[data-island="scoring"]');
    const selectionner = async (nom: RegExp) => {
      await ouvrir(
        page,
        '/chapitres/selectionner-les-prospects/',
        '#simulateur-scoring',
        '[data-island="scoring"]',
      );
      await scoring.getByRole('button', { name: nom }).first().click();
    };
    const lire = async () =>
      Number(await scoring.locator('[data-resultat="selection"]').getAttribute('data-selection'));
    await selectionner(/chauds et (les )?tièdes/i);
    await expect.poll(lire).toBeGreaterThan(0);
    const avant = await lire();

    // Chapter 7: from the selection, the telephone chosen.
    const methodes = page.locator('[data-island="methodes"]');
    const chapitre7 = () =>
      ouvrir(
        page,
        '/chapitres/methodes-et-moyens/',
        '#simulateur-methodes',
        '[data-island="methodes"]',
      );
    await chapitre7();
    await methodes.getByRole('button', { name: 'Partir de ma sélection' }).click();
    await expect(page.locator('#methodes-contacts')).toHaveValue(String(avant));
    await methodes.getByRole('button', { name: 'Téléphone' }).click();
    await methodes.getByRole('button', { name: 'Choisir cette méthode' }).click();
    await expect(methodes.locator('[data-resultat="methode-choisie"]')).toContainText(
      'Prospection téléphonique',
    );

    // Chapter 9: the method's line in the budget.
    const budget = page.locator('[data-island="budget"]');
    const ligne = budget.locator('[data-methode="telephone"]');
    const chapitre9 = () =>
      ouvrir(page, '/chapitres/budgetiser/', '#simulateur-budget', '[data-island="budget"]');
    await chapitre9();
    await ligne.getByRole('button', { name: 'Ajouter au budget' }).click();
    await expect(ligne).toHaveAttribute('data-dans-budget', 'oui');
    await expect(ligne).toHaveAttribute('data-etat', 'fait');

    // Back to chapter 6: only the hot ones.
    await selectionner(/^Sélectionner les chauds$/);
    await expect.poll(lire).toBeLessThan(avant);
    const apres = await lire();
    const change = new RegExp(
      `La sélection compte maintenant ${apres}\\s?prospects?, la méthode a été choisie pour ${avant}\\s?contacts\\.`,
    );

    // Chapter 9 says the method is to be reviewed, and where.
    await chapitre9();
    await expect(ligne).toHaveAttribute('data-etat', 'a-revoir');
    await expect(ligne.locator('[data-revoir="methode"]')).toHaveText(change);

    // Ma campagne: the selection done, the method and the budget after it to review, saying why.
    await maCampagne(page);
    await expect(etape(page, 'selection')).toHaveAttribute('data-etat', 'fait');
    await expect(etape(page, 'methode')).toHaveAttribute('data-etat', 'a-revoir');
    await expect(etape(page, 'methode').locator('[data-resultat="raison"]')).toHaveText(change);
    await expect(etape(page, 'budget')).toHaveAttribute('data-etat', 'a-revoir');
    await expect(etape(page, 'budget').locator('[data-resultat="raison"]')).toContainText(
      /chapitre\s7, à revoir/,
    );

    // Chapter 7: the same notice where the learner acts; « Partir de ma sélection » updates it.
    await chapitre7();
    await expect(methodes.locator('[data-revoir="methode"]')).toHaveText(change);
    await expect(page.locator('#methodes-contacts')).toHaveValue(String(avant));
    await methodes.getByRole('button', { name: 'Partir de ma sélection' }).click();
    await expect(page.locator('#methodes-contacts')).toHaveValue(String(apres));
    await expect(methodes.locator('[data-origine="selection"]')).toBeVisible();
    await expect(methodes.locator('[data-revoir="methode"]')).toHaveCount(0);

    // Chapter 9: the line is out of date; « Mettre à jour le budget » updates it, one line still.
    await chapitre9();
    await expect(ligne).toHaveAttribute('data-dans-budget', 'perime');
    await ligne.getByRole('button', { name: 'Mettre à jour le budget' }).click();
    await expect(ligne).toHaveAttribute('data-dans-budget', 'oui');
    await expect(ligne).toHaveAttribute('data-etat', 'fait');
    const actions = await budget
      .getByLabel(/^Action \d+$/)
      .evaluateAll((l) => l.map((x) => (x as HTMLInputElement).value));
    expect(actions.filter((a) => a.startsWith('Prospection téléphonique'))).toEqual([
      `Prospection téléphonique (${apres}\u00a0contacts)`,
    ]);

    // Ma campagne: one head count, every step done again.
    await maCampagne(page);
    await expect(etape(page, 'methode')).toHaveAttribute('data-etat', 'fait');
    await expect(etape(page, 'budget')).toHaveAttribute('data-etat', 'fait');
    await expect(etape(page, 'methode').locator('[data-resultat="chiffre"]')).toContainText(
      new RegExp(`${apres}\\s?contacts`),
    );
    await expect(etape(page, 'selection').locator('[data-resultat="chiffre"]')).toContainText(
      new RegExp(`${apres}\\s?prospects retenus`),
    );
  });
}
