/**
 * Issue 19, Moodle: the worksheet page links its chapter's Moodle XML file and says how to import
 * it; the browser's XML parser reads the file without error, and it holds each of the chapter's
 * exercises (numeric problems in several versions).
 */
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
