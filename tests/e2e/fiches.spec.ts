/**
 * Worksheets and answer keys (issue 8): every exercise of the chapter is on the sheet, the
 * randomized problems carry the code of the version the chapter page shows first, with a QR
 * code; the answer key's figures are accepted by the chapter's own exercise; print is clean.
 */
import { readFileSync } from 'node:fs';
import { test, expect, attendreIlots } from './outils.ts';

const CHAPITRE = 'budgetiser';
const json = JSON.parse(readFileSync(`content/exercises/${CHAPITRE}.json`, 'utf8'));

test(
  'la fiche reprend chaque exercice, avec le code de version et un QR code ; le corrigé marque les bonnes réponses',
  { tag: '@essentiel' },
  async ({ page }) => {
    await page.goto(`/fiches/${CHAPITRE}/`);
    const exercices = page.locator('[data-fiche-exercice]');
    const numeriques = page.locator('[data-fiche-exercice]:has([data-code-affiche])');
    await expect(exercices).toHaveCount(json.questions.length + (await numeriques.count()));
    expect(await numeriques.count()).toBeGreaterThanOrEqual(3);
    await expect(numeriques.first().locator('[data-qr-pour] svg path')).toHaveAttribute('d', /^M/);
    await expect(page.locator('[data-reponse]')).toHaveCount(0);

    await page.goto(`/fiches/${CHAPITRE}/corrige/`);
    const justes = json.questions
      .filter((q: { options?: unknown[] }) => q.options)
      .reduce(
        (n: number, q: { options: { correct: boolean }[] }) =>
          n + q.options.filter((o) => o.correct).length,
        0,
      );
    await expect(page.locator('li[data-juste="oui"]')).toHaveCount(justes);
  },
);

test('la réponse du corrigé est acceptée par l’exercice du chapitre, pour la même version', async ({
  page,
}) => {
  await page.goto(`/fiches/${CHAPITRE}/corrige/`);
  const fiche = page.locator(`[data-fiche-exercice][id="${CHAPITRE}/ca-minimum"]`);
  const code = await fiche.locator('[data-code-affiche]').innerText();
  const reponse = await fiche.locator('[data-reponse]').innerText();
  const valeurs = [...reponse.matchAll(/=\s*([\d\s\u202f\u00a0]+(?:,\d+)?)/g)].map((m) =>
    m[1].trim(),
  );
  expect(valeurs.length).toBeGreaterThanOrEqual(2);

  await page.goto(`/chapitres/${CHAPITRE}/`);
  const ilot = page.locator(`[data-exercise="${CHAPITRE}/ca-minimum"]`);
  await ilot.scrollIntoViewIfNeeded();
  await attendreIlots(page, `[data-exercise="${CHAPITRE}/ca-minimum"]`);
  await expect(ilot).toHaveAttribute('data-code', code);
  const champs = ilot.locator('input[inputmode="decimal"]');
  for (const [i, v] of valeurs.entries()) await champs.nth(i).fill(v);
  await ilot.getByRole('button', { name: 'Vérifier' }).click();
  await expect(ilot.getByRole('status')).toHaveAttribute('data-statut', 'correct');
});

test('impression : une fiche et un chapitre sans navigation ni boutons, en pages A4', async ({
  page,
}) => {
  for (const chemin of [`/fiches/${CHAPITRE}/`, '/chapitres/pourquoi-prospecter/']) {
    await page.goto(chemin);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner', { includeHidden: true })).toBeHidden();
    await expect(
      page.getByRole('navigation', { name: 'Chapitres du cours', includeHidden: true }),
    ).toBeHidden();
    await expect(
      page.getByRole('navigation', { name: 'Chapitre précédent et suivant', includeHidden: true }),
    ).toBeHidden();
    const pdf = await page.pdf({ format: 'A4' });
    expect(
      (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length,
    ).toBeGreaterThanOrEqual(1);
    await page.emulateMedia({ media: 'screen' });
  }
});

test('imprimée, la fiche laisse de la place pour calculer et ne répète pas ses consignes', async ({
  page,
}) => {
  for (const chapitre of ['budgetiser', 'methodes-et-moyens', 'mesurer-l-efficacite']) {
    await page.goto(`/fiches/${chapitre}/`);
    await page.emulateMedia({ media: 'print' });
    // Each calculation gets a ruled working area, taller when the worked solution has more steps.
    const calculs = page.locator('[data-fiche-exercice]:has([data-code-affiche])');
    expect(await calculs.count()).toBeGreaterThan(0);
    for (const fiche of await calculs.all()) {
      const zone = fiche.locator('[data-lignes]');
      await expect(zone).toBeVisible();
      const lignes = Number(await zone.getAttribute('data-lignes'));
      expect(lignes).toBeGreaterThanOrEqual(4);
      // At least 0.9 cm per line: room to write by hand.
      expect((await zone.boundingBox())!.height).toBeGreaterThanOrEqual(lignes * 34);
    }
    // « (plusieurs réponses possibles) » already says it: no second sentence saying the same.
    for (const texte of await page.locator('[data-fiche-exercice]').allInnerTexts()) {
      expect(
        /plusieurs réponses possibles/i.test(texte) &&
          /Plusieurs réponses peuvent être justes/.test(texte),
        texte.slice(0, 80),
      ).toBe(false);
    }
  }
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(1000);
});

test('?v=ZZ12 ou ?v=ZZZZ sur une fiche : message en français, la fiche garde ses versions', async ({
  page,
}) => {
  await page.goto(`/fiches/${CHAPITRE}/`);
  const codes = await page.locator('[data-code-affiche]').allInnerTexts();
  await page.goto(`/fiches/${CHAPITRE}/?v=ZZZZ`);
  await expect(page.locator('[data-fiche-code-demande]')).toContainText('«\u00a0ZZZZ\u00a0»');
  await expect(page.locator('[data-fiche-code-demande]')).toContainText('garde');
  expect(await page.locator('[data-code-affiche]').allInnerTexts()).toEqual(codes);
  await page.goto(`/fiches/${CHAPITRE}/?v=ZZ1`);
  await expect(page.locator('[data-fiche-code-demande]')).toContainText('Un code compte 4');
  await page.goto(`/fiches/${CHAPITRE}/`);
  await expect(page.locator('[data-fiche-code-demande]')).toBeHidden();
});
