/**
 * « Partager ce scénario » (issue 8): the link reproduces a simulator's inputs, its company and
 * its Monte Carlo seed in another browser; the visitor's own saved work is untouched until
 * « Garder ce scénario »; a tampered link gives a French message and the lesson's example.
 */
import {
  test,
  expect,
  attendreIlots,
  violationsAxe,
  remplir,
  lireNombre as nombre,
} from './outils.ts';
import type { Browser, Page } from '@playwright/test';

async function ouvrirEntonnoir(page: Page, url = '/chapitres/mesurer-l-efficacite/') {
  await page.goto(url);
  await page.locator('#simulateur-entonnoir').scrollIntoViewIfNeeded();
  await attendreIlots(page, '[data-island="entonnoir"]');
}

async function lienPartage(page: Page, labo: string): Promise<string> {
  await page.locator(`${labo} [data-labo-action="partager"]`).click();
  const dialogue = page.getByRole('dialog', { name: 'Partager ce scénario' });
  await expect(dialogue).toBeVisible();
  await expect(
    dialogue.getByRole('img', { name: 'QR code du lien du scénario' }).locator('path'),
  ).toHaveAttribute('d', /^M/);
  expect(await violationsAxe(page)).toEqual([]);
  return dialogue.getByRole('textbox', { name: 'Lien du scénario' }).inputValue();
}

/** Another visitor, who has their own company and their own funnel. */
async function autreVisiteur(browser: Browser, baseURL: string) {
  const contexte = await browser.newContext({ baseURL, locale: 'fr-FR', serviceWorkers: 'block' });
  await contexte.addInitScript(() => {
    if (sessionStorage.getItem('init')) return;
    localStorage.setItem('atelier:v1:entreprise', JSON.stringify('assurances-rabat'));
    localStorage.setItem(
      'atelier:v1:entonnoirs',
      JSON.stringify({
        'assurances-rabat': {
          mode: 'avant',
          contacts: '321',
          objectif: '24',
          taux: ['60', '20', '62,5', '25'],
          ecart: '5',
          graine: '1',
        },
      }),
    );
    sessionStorage.setItem('init', '1');
  });
  return contexte;
}

test(
  'le lien redonne les saisies et la graine ailleurs, sans toucher aux données du visiteur ; « Garder » les adopte',
  { tag: '@essentiel' },
  async ({ page, browser, baseURL }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('i')) {
        localStorage.setItem('atelier:v1:entreprise', JSON.stringify('mobilier-lyon'));
        sessionStorage.setItem('i', '1');
      }
    });
    await ouvrirEntonnoir(page);
    await page.getByLabel('Nombre de contacts appelés').fill('1 234');
    await page.locator('#entonnoir-taux-1').fill('17,5');
    await page.locator('[data-vue="bande"]').scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: /^Relancer/ }).click();
    await page.getByRole('button', { name: /^Relancer/ }).click();
    const commandes = nombre(
      await page.locator('[data-island="entonnoir"] [data-resultat="commandes"]').innerText(),
    );
    // Whole people, rounded stage after stage as the course teaches (src/lib/campagne/plan.ts).
    expect(commandes).toBe([0.6, 0.175, 0.625, 0.25].reduce((e, x) => Math.round(e * x), 1234));
    const p50 = await page.locator('[data-island="entonnoir"] [data-resultat="p50"]').innerText();
    const url = await lienPartage(page, '#simulateur-entonnoir');
    expect(url).toMatch(/\?scenario=1\.[A-Za-z0-9_-]+#simulateur-entonnoir$/);
    expect(url.length).toBeLessThan(600);

    const contexte = await autreVisiteur(browser, baseURL!);
    const autre = await contexte.newPage();
    await ouvrirEntonnoir(autre, url.replace(baseURL!, ''));
    await expect(autre.locator('[data-bandeau-scenario]')).toContainText('scénario partagé');
    await expect(autre.getByLabel('Nombre de contacts appelés')).toHaveValue('1 234');
    expect(
      nombre(
        await autre.locator('[data-island="entonnoir"] [data-resultat="commandes"]').innerText(),
      ),
    ).toBe(commandes);
    await autre.locator('[data-vue="bande"]').scrollIntoViewIfNeeded();
    await expect(autre.locator('[data-island="entonnoir"] [data-resultat="p50"]')).toHaveText(p50);
    // Editing the scenario does not write the visitor's storage.
    await autre.getByLabel('Nombre de contacts appelés').fill('999');
    const stockage = await autre.evaluate(() => [
      localStorage.getItem('atelier:v1:entreprise'),
      localStorage.getItem('atelier:v1:entonnoirs'),
    ]);
    expect(JSON.parse(stockage[0]!)).toBe('assurances-rabat');
    expect(JSON.parse(stockage[1]!)).toEqual({
      'assurances-rabat': expect.objectContaining({ contacts: '321' }),
    });
    // « Garder ce scénario »: the scenario (as edited) becomes the visitor's, for Lyon; Rabat's funnel stays.
    await autre.getByRole('button', { name: 'Garder ce scénario' }).click();
    // The visitor studied Rabat: the banner says the company changes before doing it.
    await expect(autre.locator('[data-confirmation]')).toContainText(
      'Vénimob deviendra l’entreprise étudiée dans tout le site, à la place de Hilal',
    );
    await autre.getByRole('button', { name: 'Garder ce scénario' }).click();
    await autre.waitForURL((u) => !u.search.includes('scenario'));
    await autre.locator('#simulateur-entonnoir').scrollIntoViewIfNeeded();
    await attendreIlots(autre, '[data-island="entonnoir"]');
    await expect(autre.getByLabel('Nombre de contacts appelés')).toHaveValue('999');
    await expect(autre.locator('[data-bandeau-scenario]')).toHaveCount(0);
    const apres = await autre.evaluate(() =>
      JSON.parse(localStorage.getItem('atelier:v1:entonnoirs') ?? '{}'),
    );
    expect(Object.keys(apres).sort()).toEqual(['assurances-rabat', 'mobilier-lyon']);
    await contexte.close();
  },
);

test('un lien abîmé : message en français, l’exemple de la leçon, et les données du visiteur intactes', async ({
  browser,
  baseURL,
}) => {
  const contexte = await autreVisiteur(browser, baseURL!);
  const page = await contexte.newPage();
  await ouvrirEntonnoir(
    page,
    '/chapitres/mesurer-l-efficacite/?scenario=1.eyJlIjoibW9iaWxpZXItbHlvbiIsImQiOnsicHJvZ3Jlc3Npb24iOnt9fX0#simulateur-entonnoir',
  );
  await expect(page.locator('[data-bandeau-scenario]')).toContainText('abîmé');
  await expect(page.getByLabel('Nombre de contacts appelés')).toHaveValue('800');
  // The refused link named Vénimob: the header keeps the visitor's company (tester A10).
  await expect(page.locator('[data-entreprise-nom]')).toHaveText('Hilal Conseil Assurances');
  expect(
    JSON.parse(await page.evaluate(() => localStorage.getItem('atelier:v1:entonnoirs') ?? '{}'))[
      'assurances-rabat'
    ].contacts,
  ).toBe('321');
  await page.getByRole('button', { name: 'Revenir à mes saisies' }).click();
  await page.waitForURL((u) => !u.search.includes('scenario'));
  await page.locator('#simulateur-entonnoir').scrollIntoViewIfNeeded();
  await attendreIlots(page, '[data-island="entonnoir"]');
  await expect(page.getByLabel('Nombre de contacts appelés')).toHaveValue('321');
  await contexte.close();
});

test('la méthode et la graine Monte Carlo du chapitre 7 voyagent dans le lien', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto('/chapitres/methodes-et-moyens/');
  await page.locator('#simulateur-methodes').scrollIntoViewIfNeeded();
  await attendreIlots(page, '[data-island="methodes"]');
  await page.locator('[data-vue="monte-carlo"]').scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Relancer 100 campagnes' }).click();
  await expect(page.locator('[data-resultat="graine"]')).toHaveText('2');
  const p50 = await page.locator('[data-resultat="p50"]').innerText();
  const url = await lienPartage(page, '#simulateur-methodes');
  const contexte = await autreVisiteur(browser, baseURL!);
  const autre = await contexte.newPage();
  await autre.goto(url.replace(baseURL!, ''));
  await autre.locator('#simulateur-methodes').scrollIntoViewIfNeeded();
  await attendreIlots(autre, '[data-island="methodes"]');
  await autre.locator('[data-vue="monte-carlo"]').scrollIntoViewIfNeeded();
  await expect(autre.locator('[data-resultat="graine"]')).toHaveText('2');
  await expect(autre.locator('[data-resultat="p50"]')).toHaveText(p50);
  await contexte.close();
});

const LABOS: [string, string][] = [
  ['/chapitres/pourquoi-prospecter/', '#simulateur-usure'],
  ['/chapitres/analyser-le-portefeuille/', '#simulateur-portefeuille'],
  ['/chapitres/connaitre-sa-cible/', '#simulateur-temperature'],
  ['/chapitres/sources-de-prospection/', '#simulateur-sources'],
  ['/chapitres/exploiter-le-fichier/', '#simulateur-fichier'],
  ['/chapitres/selectionner-les-prospects/', '#simulateur-scoring'],
  ['/chapitres/methodes-et-moyens/', '#simulateur-methodes'],
  ['/chapitres/planifier/', '#simulateur-capacite'],
  ['/chapitres/planifier/', '#simulateur-planning'],
  ['/chapitres/budgetiser/', '#simulateur-budget'],
  ['/chapitres/mesurer-l-efficacite/', '#simulateur-entonnoir'],
  ['/chapitres/mesurer-la-rentabilite/', '#simulateur-tableau-de-bord'],
  ['/chapitres/reseaux-et-information/', '#simulateur-reseau'],
  ['/chapitres/telephone-ecrit-en-ligne/', '#simulateur-jeu-de-role'],
  ['/chapitres/telephone-ecrit-en-ligne/', '#simulateur-ecriture'],
];

test('le lien du budget emporte le budget de l’entreprise (en DH), pas l’exemple', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('i')) {
      localStorage.setItem('atelier:v1:entreprise', JSON.stringify('emballages-casablanca'));
      sessionStorage.setItem('i', '1');
    }
  });
  await page.goto('/chapitres/budgetiser/');
  await page.locator('#simulateur-budget').scrollIntoViewIfNeeded();
  await attendreIlots(page, '[data-island="budget"]');
  await remplir(page.locator('#budget-taux'), '37');
  const total = page.locator('[data-island="budget"] [data-resultat="total"]');
  await expect(total).toContainText('DH');
  const url = await lienPartage(page, '#simulateur-budget');
  const contexte = await autreVisiteur(browser, baseURL!);
  const autre = await contexte.newPage();
  await autre.goto(url.replace(baseURL!, ''));
  await autre.locator('#simulateur-budget').scrollIntoViewIfNeeded();
  await attendreIlots(autre, '[data-island="budget"]');
  await expect(autre.locator('#budget-taux')).toHaveValue('37');
  await expect(autre.locator('[data-island="budget"] [data-resultat="total"]')).toHaveText(
    await total.innerText(),
  );
  await contexte.close();
});
for (const [chemin, labo] of LABOS) {
  test(`${labo} : son lien s’ouvre ailleurs sans valeur illisible`, async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.goto(chemin);
    await page.locator(labo).scrollIntoViewIfNeeded();
    await attendreIlots(page, `${labo} [data-island]`);
    const url = await lienPartage(page, labo);
    const contexte = await autreVisiteur(browser, baseURL!);
    const autre = await contexte.newPage();
    await autre.goto(url.replace(baseURL!, ''));
    await expect(autre.locator('[data-bandeau-scenario]')).toContainText('scénario partagé');
    await autre.locator(labo).scrollIntoViewIfNeeded();
    await attendreIlots(autre, `${labo} [data-island]`);
    await expect(autre.getByText('illisible')).toHaveCount(0);
    await contexte.close();
  });
}

test('un lien ouvert sur une machine lente : le simulateur attend caché, jamais l’exemple de la leçon à la place du scénario', async ({
  page,
}) => {
  // The island's code is held back, as on a slow phone, until the test lets it go.
  let lacher = () => {};
  const tenu = new Promise<void>((r) => (lacher = r));
  await page.route('**/_astro/PortefeuilleLab.*.js', async (route) => {
    await tenu;
    await route.continue();
  });
  const corps = {
    e: 'mobilier-lyon',
    d: { portefeuille: { 'mobilier-lyon': { seuilA: '75', seuilB: '92' } } },
  };
  await page.goto(
    `/chapitres/analyser-le-portefeuille/?scenario=1.${Buffer.from(JSON.stringify(corps)).toString('base64url')}#simulateur-portefeuille`,
  );
  const ilot = page.locator('#simulateur-portefeuille astro-island');
  await expect(ilot).toHaveAttribute('ssr', '');
  await expect(page.locator('[data-island="portefeuille"]')).toBeHidden();
  expect(await ilot.evaluate((e) => getComputedStyle(e, '::before').content)).toContain(
    'Chargement du scénario partagé',
  );
  lacher();
  await expect(page.locator('[data-island="portefeuille"]')).toBeVisible();
  await expect(page.locator('[data-bandeau-scenario]')).toContainText('scénario partagé');
});
