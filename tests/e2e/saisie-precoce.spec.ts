/**
 * A learner who types in a simulator's field as soon as it shows keeps what they typed. Before
 * the fix, a simulator whose starting figures depend on the company rendered the server's example
 * at hydration, then once more with the company's own figures: what was typed before that second
 * render was lost, or merged with it (« 4030 » for 30 in ch 9's margin rate; here « 3037 », « 4537 »). The CPU is slowed
 * 6× so that the keys land before hydration, or between it and the next render.
 */
import { test, expect } from './outils.ts';

const ENTREPRISE = 'emballages-casablanca'; // the company a first visit starts with

const CAS = [
  { page: 'budgetiser', champ: '#budget-taux', cle: 'budgets', propriete: 'taux' },
  { page: 'planifier', champ: '#capacite-semaines', cle: 'capacites', propriete: 'semaines' },
  {
    page: 'mesurer-la-rentabilite',
    champ: '#tdb-taux-de-marque',
    cle: 'tableaux-de-bord',
    propriete: 'tauxDeMarque',
  },
];

for (const { page: chapitre, champ, cle, propriete } of CAS) {
  test(`/chapitres/${chapitre}/ : « 37 » tapé dès que ${champ} paraît reste 37, sur une machine lente`, async ({
    page,
  }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await page.goto(`/chapitres/${chapitre}/`);
    const saisie = page.locator(champ);
    await saisie.waitFor({ state: 'attached' });
    // Select what the field shows, then type over it, as a learner does.
    await saisie.press('ControlOrMeta+a');
    await saisie.pressSequentially('37');
    // Gate on a positive state: the company's stored figures hold what was typed.
    await expect
      .poll(() =>
        page.evaluate(
          ([c, id, p]) => JSON.parse(localStorage.getItem(`atelier:v1:${c}`) ?? '{}')[id]?.[p],
          [cle, ENTREPRISE, propriete],
        ),
      )
      .toBe('37');
    await expect(page.locator(`astro-island:has(${champ})`)).not.toHaveAttribute('ssr');
    await expect(saisie).toHaveValue('37');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  });
}

test('/chapitres/budgetiser/ : le CA minimum est calculé avec le taux tapé avant l’hydratation', async ({
  page,
}) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await page.goto('/chapitres/budgetiser/');
  const taux = page.locator('#budget-taux');
  await taux.waitFor({ state: 'attached' });
  await taux.press('ControlOrMeta+a');
  await taux.pressSequentially('37');
  await expect(page.locator('[data-island="budget"] [data-resultat="taux-de-marque"]')).toHaveText(
    /^37(,0)?\s%$/,
  );
  // The company's own expense lines stayed: only the rate was replaced.
  await expect(page.locator('[data-origine="budget"]')).toBeVisible();
  await expect(taux).toHaveValue('37');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
});
