import { test, expect, violationsAxe, preparerAffichage } from './outils.ts';
import { formules } from '../../src/lib/formules/catalogue.ts';

const MODES = [
  { nom: 'clair', affichage: { theme: 'clair' as const } },
  { nom: 'sombre', affichage: { theme: 'sombre' as const } },
  { nom: 'projection', affichage: { theme: 'clair' as const, projection: true } },
];

/** Pages of a PDF, counted from its page objects (`/Type /Page`, not the `/Pages` tree nodes). */
function pagesPdf(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

test(
  'la fiche présente chaque formule du catalogue une fois, avec son expression et ses entrées',
  { tag: '@essentiel' },
  async ({ page }) => {
    await page.goto('/formules/');
    await expect(page.locator('h1')).toHaveText('Fiche formules');
    await expect(page.getByRole('article').locator('[data-formule]')).toHaveCount(formules.length);
    for (const f of formules) {
      const carte = page.locator(`[data-formule="${f.id}"]`);
      await expect(carte, f.id).toHaveCount(1);
      await expect(carte.locator('[data-expression]')).toHaveText(f.expression);
      for (const e of f.entrees) await expect(carte, `${f.id} → ${e.cle}`).toContainText(e.libelle);
      if (f.convention) await expect(carte).toContainText(f.convention);
    }
  },
);

test('les chapitres se suivent dans l’ordre du cours et mènent à leur leçon', async ({ page }) => {
  await page.goto('/formules/');
  const titres = page.getByRole('heading', { level: 2, name: /^Chapitre \d+/ });
  const numeros = (await titres.allInnerTexts()).map((t) => Number(/Chapitre (\d+)/.exec(t)?.[1]));
  const attendus = [...new Set(formules.map((f) => f.chapitre))].sort((a, b) => a - b);
  expect(numeros).toEqual(attendus);
  await titres.filter({ hasText: 'Chapitre 9' }).getByRole('link').click();
  await expect(page.locator('h1')).toHaveText('Budgétiser');
});

test('le texte visible suit la typographie française', async ({ page }) => {
  await page.goto('/formules/');
  const texte = await page.locator('main').innerText();
  expect(
    texte.match(/.{0,20}[ \u00a0][;:!?%].{0,10}/g) ?? [],
    'espace ordinaire avant ; : ! ? %',
  ).toEqual([]);
  expect(
    texte.match(/.{0,20}[\p{L}\d)][;:!?%].{0,10}/gu)?.filter((m) => !/https?:/.test(m)) ?? [],
    'ponctuation collée',
  ).toEqual([]);
  expect(
    texte.match(/.{0,10}(«(?!\u00a0)|(?<!\u00a0)»).{0,10}/g) ?? [],
    'guillemets sans espace insécable',
  ).toEqual([]);
});

test('la page ne charge aucun script qui lui soit propre', async ({ page }) => {
  await page.goto('/formules/');
  expect(await page.locator('astro-island').count()).toBe(0);
});

for (const mode of MODES) {
  test(`aucune violation axe-core en mode ${mode.nom}`, async ({ page }) => {
    await preparerAffichage(page, mode.affichage);
    await page.goto('/formules/');
    expect(await violationsAxe(page)).toEqual([]);
  });
}

for (const mode of MODES) {
  test(`s’imprime sur deux pages A4 au plus, en noir sur blanc (mode ${mode.nom})`, async ({
    page,
  }, info) => {
    await preparerAffichage(page, mode.affichage);
    await page.goto('/formules/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner', { includeHidden: true })).toBeHidden();
    await expect(
      page.getByRole('navigation', { name: 'Chapitres du cours', includeHidden: true }),
    ).toBeHidden();
    const style = await page.getByRole('article').evaluate((el) => {
      const s = getComputedStyle(el);
      return { couleur: s.color, colonnes: s.columnCount, taille: parseFloat(s.fontSize) };
    });
    expect(style).toEqual({ couleur: 'rgb(0, 0, 0)', colonnes: '2', taille: 12 }); // 9 pt = 12 px
    const pdf = await page.pdf({ format: 'A4' });
    await info.attach(`fiche-${mode.nom}.pdf`, { body: pdf, contentType: 'application/pdf' });
    expect(pagesPdf(pdf)).toBeGreaterThanOrEqual(1);
    expect(pagesPdf(pdf)).toBeLessThanOrEqual(2);
    // No formula may be cut in two: each asks not to break, and in the print layout none is split between columns.
    const coupees = await page
      .getByRole('article')
      .locator('[data-formule]')
      .evaluateAll((els) =>
        els
          .filter(
            (el) => getComputedStyle(el).breakInside !== 'avoid' || el.getClientRects().length > 1,
          )
          .map((el) => el.getAttribute('data-formule')),
      );
    expect(coupees).toEqual([]);
  });
}
