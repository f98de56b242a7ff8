/**
 * Shared end-to-end fixtures: every test fails on a console error or on any request that leaves
 * 127.0.0.1 (ARCHITECTURE rule 7), without each spec having to remember it.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const test = base.extend<{ surveillance: void }>({
  surveillance: [
    async ({ page }, use) => {
      const erreurs: string[] = [];
      const sorties: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') erreurs.push(m.text());
      });
      page.on('pageerror', (e) => erreurs.push(e.message));
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (
          !['127.0.0.1', 'localhost'].includes(url.hostname) &&
          !['data:', 'blob:'].includes(url.protocol)
        )
          sorties.push(r.url());
      });
      await use();
      expect(sorties, 'requêtes hors de localhost').toEqual([]);
      expect(
        erreurs.filter((e) => !e.includes('404')),
        'erreurs dans la console',
      ).toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/**
 * Runs axe-core (WCAG 2.2 AA, plus axe's best practices such as landmark-unique) on the page and
 * returns the violations, summarised: moderate findings fail a test as serious ones do; only
 * « minor » ones are left out. An axe run takes a few seconds alone and took over 40 on a machine
 * shared with other work: each run gives its test 60 s more, so only the tests that run axe get
 * the extra time. `partie` (a selector) limits the scan to the part of a page already scanned whole
 * that has changed since: the rest would be checked again for nothing. `regles` (axe rule ids) runs
 * only those rules, for a page already scanned whole in another display mode: a theme changes
 * colours, projection changes colours and sizes, the rest of the page is the same.
 */
export async function violationsAxe(page: Page, partie?: string, regles?: string[]) {
  base.info().setTimeout(base.info().timeout + 60_000);
  const axe = regles
    ? new AxeBuilder({ page }).withRules(regles)
    : new AxeBuilder({ page }).withTags([
        'wcag2a',
        'wcag2aa',
        'wcag21a',
        'wcag21aa',
        'wcag22aa',
        'best-practice',
      ]);
  const r = await (partie ? axe.include(partie) : axe).analyze();
  return r.violations
    .filter((v) => v.impact !== 'minor')
    .map(
      (v) =>
        `${v.id} (${v.impact}) : ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

/** Sets theme and projection before the page's first script runs. */
export async function preparerAffichage(
  page: Page,
  affichage: { theme?: 'clair' | 'sombre'; projection?: boolean },
) {
  await page.addInitScript(
    (a) => localStorage.setItem('atelier:v1:affichage', JSON.stringify(a)),
    affichage,
  );
}

/**
 * Types a value into a field until the field holds it. Right after hydration an island renders
 * once more with the company's own figures; a fill landing in between merged with them (« 4030 »
 * for 30 on a loaded CI machine).
 */
export async function remplir(champ: Locator, valeur: string) {
  await expect(async () => {
    await champ.fill(valeur);
    await expect(champ).toHaveValue(valeur, { timeout: 1_000 });
  }).toPass();
}

/**
 * Waits until the islands on the page are hydrated: all of them, or only the one(s) containing
 * `selecteur` (client:visible islands further down hydrate only once scrolled into view).
 */
export async function attendreIlots(page: Page, selecteur?: string) {
  // Without a selector, every island a reader can see: one inside a closed fold (the exercise series
  // are folded on a phone) hydrates when it is opened, not before.
  const cible = selecteur
    ? `astro-island[ssr]:has(${selecteur})`
    : 'astro-island[ssr]:not(details:not([open]) astro-island)';
  await expect(async () => {
    expect(await page.locator(cible).count()).toBe(0);
  }).toPass();
}

/**
 * Reads a displayed French number (« −2 250 », « 1 093,33 € », « 83,3 % ») back into a number,
 * independently of the site's code: the true minus sign (and a dash) count as negative.
 */
export const lireNombre = (texte: string): number =>
  Number(
    texte
      .replace(/[\u2212\u2013]/g, '-')
      .replace(/[^\d,-]/g, '')
      .replace(',', '.'),
  );

/**
 * Waits until the page is no wider than its viewport (`document.documentElement.scrollWidth`): on a
 * phone, anything wider lets the learner pan sideways into white space. `etat` names the page and
 * state in the failure message.
 */
export async function pasPlusLargeQueLEcran(page: Page, etat: string) {
  const largeur = page.viewportSize()?.width ?? 0;
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: etat })
    .toBeLessThanOrEqual(largeur);
}
