/**
 * Issue 19, self-assessment: « Indice » on request before any answer (static question,
 * classification, numeric problem); a `?v=` naming no exercise is explained in French and every
 * exercise keeps its version; « Mon bilan » tells failed exercises (« À revoir ») from the next
 * ones (« À faire ensuite ») and explains « réussi » and « maîtrisé ».
 */
import { test, expect, attendreIlots } from './outils.ts';

const CHAPITRE = '/chapitres/budgetiser/';

test('« Indice » avant toute réponse : question à choix, classement et problème chiffré', async ({
  page,
}) => {
  await page.goto(CHAPITRE);
  const choix = page.locator('[data-exercise="budgetiser/enveloppe-role"]');
  await choix.scrollIntoViewIfNeeded();
  // Hydrated first: a click on the server-rendered button would do nothing, and « hidden » holds
  // before hydration as well as after.
  await attendreIlots(page, '[data-exercise="budgetiser/enveloppe-role"]');
  await expect(choix.locator('[data-indice]')).toBeHidden();
  await choix.getByRole('button', { name: 'Indice' }).click();
  await expect(choix.locator('[data-indice]')).toBeVisible();
  await expect(choix.getByRole('button', { name: 'Indice' })).toHaveCount(0);

  const chiffre = page.locator('[data-exercise="budgetiser/ca-minimum"]');
  await chiffre.scrollIntoViewIfNeeded();
  await attendreIlots(page, '[data-exercise="budgetiser/ca-minimum"]');
  await expect(chiffre.locator('[data-indice]')).toHaveCount(0);
  await chiffre.getByRole('button', { name: 'Indice' }).click();
  await expect(chiffre.locator('[data-indice]')).toBeVisible();
  await expect(chiffre.getByRole('button', { name: 'Indice' })).toHaveCount(0);
  // Nothing was answered: no attempt recorded.
  expect(await page.evaluate(() => localStorage.getItem('atelier:v1:progression'))).toBeNull();
});

test('?v=ZZZZ sans exercice : message en français, chaque exercice garde sa version', async ({
  page,
}) => {
  await page.goto(CHAPITRE);
  const chiffre = page.locator('[data-exercise="budgetiser/ca-minimum"]');
  await chiffre.scrollIntoViewIfNeeded();
  await attendreIlots(page, '[data-exercise="budgetiser/ca-minimum"]');
  const avant = await chiffre.getAttribute('data-code');
  await page.goto(`${CHAPITRE}?v=ZZZZ`);
  const premier = page.locator('[data-exercise][data-code]').first();
  await premier.scrollIntoViewIfNeeded();
  await attendreIlots(page, `[data-exercise="${await premier.getAttribute('data-exercise')}"]`);
  await expect(premier.getByRole('alert')).toContainText('sans dire de quel exercice');
  await expect(chiffre).toHaveAttribute('data-code', avant!);
});

test(
  '« Mon bilan » : À revoir (échoués), À faire ensuite (pas commencés), réussi et maîtrisé expliqués',
  { tag: '@essentiel' },
  async ({ page }) => {
    await page.addInitScript(() => {
      if (sessionStorage.getItem('i')) return;
      localStorage.setItem(
        'atelier:v1:progression',
        JSON.stringify({
          version: 1,
          tentatives: [
            {
              exerciceId: 'budgetiser/enveloppe-role',
              code: '',
              correct: true,
              date: '2026-03-01T10:00:00.000Z',
            },
            {
              exerciceId: 'budgetiser/ressources-insuffisantes',
              code: '',
              correct: false,
              date: '2026-03-01T10:01:00.000Z',
            },
          ],
        }),
      );
      sessionStorage.setItem('i', '1');
    });
    await page.goto('/bilan/');
    await attendreIlots(page);
    const ligne = page.locator('[data-chapitre="budgetiser"]');
    await expect(ligne.locator('[data-a-revoir]')).toHaveText('Quand le budget ne suffit pas');
    await expect(ligne.locator('[data-a-faire] li')).toHaveCount(2);
    await expect(ligne.locator('[data-a-faire]')).not.toContainText(
      'Quand le budget ne suffit pas',
    );
    await expect(ligne.locator('[data-a-faire]')).not.toContainText(
      'Le rôle de l’enveloppe budgétaire',
    );
    const legende = page.locator('[data-bilan-legende]');
    await expect(legende).toContainText('Réussi');
    await expect(legende).toContainText('Maîtrisé');
    await expect(page.getByRole('columnheader', { name: 'À faire ensuite' })).toBeVisible();
  },
);
