/**
 * Issue 19, Moodle: the worksheet page links its chapter's Moodle XML file and says how to import
 * it; the browser's XML parser reads the file without error, and it holds each of the chapter's
 * exercises (numeric problems in several versions).
 */
import { readdirSync } from 'node:fs';
import { test, expect } from './outils.ts';

test('la fiche d’exercices mène au fichier Moodle XML du chapitre, bien formé, avec toutes ses questions', async ({
  page,
}) => {
  await page.goto('/chapitres/budgetiser/');
  const ids = await page
    .locator('[data-exercise]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-exercise')!));
  expect(ids.length).toBeGreaterThan(5);
  await page.goto('/fiches/budgetiser/');
  const explication = page.locator('[data-moodle]');
  await expect(explication).toContainText('Importer');
  const lien = explication.getByRole('link', { name: /format Moodle XML/ });
  const href = await lien.getAttribute('href');
  expect(href).toBe('/moodle/budgetiser.xml');
  const lu = await page.evaluate(async (url) => {
    const texte = await (await fetch(url)).text();
    const doc = new DOMParser().parseFromString(texte, 'application/xml');
    const questions = [...doc.querySelectorAll('quiz > question')];
    return {
      erreur: doc.querySelector('parsererror')?.textContent ?? null,
      racine: doc.documentElement.nodeName,
      ids: questions.map((q) => q.querySelector('idnumber')?.textContent ?? '').filter(Boolean),
      types: questions.map((q) => q.getAttribute('type')),
    };
  }, href!);
  expect(lu.erreur).toBeNull();
  expect(lu.racine).toBe('quiz');
  expect(lu.types[0]).toBe('category');
  // Every exercise of the chapter page is there: static ones by id, numeric ones as id-CODE versions.
  for (const id of ids)
    expect(
      lu.ids.some((x) => x === id || x.startsWith(`${id}-`)),
      id,
    ).toBe(true);
});

// Session 11: a trainer who trimmed a file's address to /moodle/ got a 404.
test('/moodle/ liste les fichiers des treize chapitres, chacun du XML avec le nombre de questions annoncé', async ({
  page,
}) => {
  const chapitres = readdirSync('content/chapters').filter((f) => f.endsWith('.mdx')).length;
  expect(chapitres).toBe(13);
  const reponse = await page.goto('/moodle/');
  expect(reponse?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('Questions pour Moodle');
  await expect(page.locator('main')).toContainText('Banque de questions → Importer');
  const lignes = page.locator('[data-moodle-fichiers] > li');
  await expect(lignes).toHaveCount(chapitres);
  for (const ligne of await lignes.all()) {
    const href = (await ligne.getByRole('link').getAttribute('href'))!;
    expect(href).toMatch(/^\/moodle\/[a-z-]+\.xml$/);
    const fichier = await page.request.get(href);
    expect(fichier.status(), href).toBe(200);
    expect(fichier.headers()['content-type'], href).toMatch(/xml/);
    const xml = await fichier.text();
    expect(xml, href).toMatch(/^<\?xml version="1\.0"[^>]*\?>\s*<quiz>/);
    // The count shown is what Moodle imports: every question but the categories.
    const importees = (xml.match(/<question type="(?!category")/g) ?? []).length;
    expect(importees, href).toBeGreaterThan(0);
    await expect(ligne.locator('[data-questions]'), href).toHaveText(String(importees));
  }
  // Linked from the trainer's class page and from each worksheet.
  await page.goto('/classe/');
  await page.getByRole('link', { name: 'les questions pour Moodle' }).click();
  await expect(page).toHaveURL(/\/moodle\/$/);
  await page.goto('/fiches/planifier/');
  await page.locator('[data-moodle]').getByRole('link', { name: 'questions pour Moodle' }).click();
  await expect(page).toHaveURL(/\/moodle\/$/);
  // And found by the course's search.
  await page.goto('/recherche/?q=Moodle');
  await expect(page.locator('main a[href^="/moodle/"]').first()).toBeVisible();
});
