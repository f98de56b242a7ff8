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
    await expect(tableau).not.toContainText('Contacts appelés');
    await expect(tableau.getByText('Commandes (nouveaux clients)')).toHaveCount(1);
    await expect(tableau.getByText('Nouveaux clients', { exact: true })).toHaveCount(0);

    const chemin = info.outputPath('dossier.pdf');
    await page.pdf({ path: chemin, format: 'A4', preferCSSPageSize: true });
    const pages = ((await readFile(chemin, 'latin1')).match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(3);
    expect(pages).toBeLessThanOrEqual(9);
  });
}

test('imprimer avant que le document soit chargé : le bouton le charge puis imprime ; sinon un avis le dit', async ({
  page,
}) => {
  // Idle time that never comes for the work that can wait (the document asks for it with a
  // timeout; Astro's hydration asks without), and a print() that notes whether the document was
  // in the page when it was called.
  await page.addInitScript(() => {
    const idle = window.requestIdleCallback;
    window.requestIdleCallback = (f, o) => (o?.timeout ? 0 : idle(f, o));
    window.print = () => {
      const doc = document.querySelector('[aria-label="Dossier à imprimer"]');
      document.documentElement.dataset.imprime = doc?.textContent?.trim() ? 'document' : 'vide';
    };
  });
  await page.goto('/mon-dossier/');
  await attendreIlots(page);
  await expect(page.locator('[data-island="dossier"]')).toHaveAttribute('data-pret', 'oui');

  // Ctrl+P now: no document yet, the page says so on paper.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-impression-attente]')).toHaveText(
    'Le dossier se prépare\u202F: relancez l’impression.',
  );
  await expect(page.locator('[data-impression-attente]')).toBeVisible();

  // « Imprimer mon dossier » loads the document, then prints it.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Imprimer mon dossier' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-imprime', 'document');
  await page.emulateMedia({ media: 'print' });
  const dossier = page.getByRole('article', { name: 'Dossier à imprimer' });
  await expect(dossier).toBeVisible();
  await expect(dossier).toContainText('1. L’entreprise');
  await expect(page.locator('[data-impression-attente]')).toHaveCount(0);
});

test('Ctrl+P juste après le chargement lance le chargement du document pour l’impression suivante', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const idle = window.requestIdleCallback;
    window.requestIdleCallback = (f, o) => (o?.timeout ? 0 : idle(f, o));
  });
  await page.goto('/mon-dossier/');
  await attendreIlots(page);
  await expect(page.locator('[data-island="dossier"]')).toHaveAttribute('data-pret', 'oui');
  await expect(page.locator('[data-impression-attente]')).toHaveCount(1);
  // The browser's print sends beforeprint first; emulateMedia does not, so the test sends it.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('article', { name: 'Dossier à imprimer' })).toBeVisible();
});
