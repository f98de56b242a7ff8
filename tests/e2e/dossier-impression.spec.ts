/**
 * Issue 19, « Mon dossier » on paper: the example prints on at most 9 A4 pages (sections flow);
 * the dashboard counts objectives (not the file's size) with orders and new clients on one row;
 * no pre-written interpretation: guiding questions on screen, the learner's answer printed.
 */
import { readFile } from 'node:fs/promises';
import { test, expect, attendreIlots } from './outils.ts';

for (const id of ['emballages-casablanca', 'assurances-rabat', 'mobilier-lyon']) {
  test(`l’exemple ${id} s’imprime en 9 pages A4 au plus, avec les réponses de l’élève`, async ({
    page,
  }, info) => {
    await page.goto('/mon-dossier/');
    await attendreIlots(page);
    await expect(page.locator('[data-island="dossier"]')).toHaveAttribute('data-pret', 'oui');
    await page.getByLabel('Exemple', { exact: true }).selectOption(id);
    await page.getByRole('button', { name: 'Remplir avec l’exemple' }).click();
    await expect(page.getByRole('status')).toContainText('rempli avec l’exemple');

    // On screen: the questions guide the learner, nothing is pre-written.
    await page
      .getByRole('navigation', { name: 'Étapes du dossier' })
      .getByRole('button', { name: /Résultats/ })
      .click();
    const carte = page.locator('section[data-analyse="rentabilite"]');
    await expect(carte.locator('[data-questions-interpretation] li')).toHaveCount(3);
    await expect(carte.locator('textarea')).toHaveValue('');
    await carte.locator('textarea').fill('Ma lecture de ce résultat, écrite par moi.');

    await page.emulateMedia({ media: 'print' });
    const imprime = page
      .locator('[data-analyse-imprimee]')
      .filter({ hasText: 'Ma lecture de ce résultat, écrite par moi.' });
    await expect(imprime).toHaveCount(1);
    const tableau = page.locator('[data-analyse-imprimee="tableau-de-bord"]');
    await expect(tableau).not.toContainText('Fiches du fichier');
    await expect(tableau.getByText('Commandes (nouveaux clients)')).toHaveCount(1);
    await expect(tableau.getByText('Nouveaux clients', { exact: true })).toHaveCount(0);

    const chemin = info.outputPath('dossier.pdf');
    await page.pdf({ path: chemin, format: 'A4', preferCSSPageSize: true });
    const pages = ((await readFile(chemin, 'latin1')).match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(3);
    expect(pages).toBeLessThanOrEqual(9);
  });
}
