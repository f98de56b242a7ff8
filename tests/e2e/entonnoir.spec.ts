import {
  test,
  expect,
  attendreIlots,
  preparerAffichage,
  violationsAxe,
  lireNombre,
} from './outils.ts';
import { consignerMesure } from './mesures.ts';
import type { Page } from '@playwright/test';

const ILOT = '[data-island="entonnoir"]';
const ORDRE = ['fichier', 'contactsJoints', 'rdv', 'propositions', 'commandes'];

const lire = async (page: Page, quoi: string) =>
  lireNombre(await page.locator(`${ILOT} [data-resultat="${quoi}"]`).innerText());
const lireEffectifs = (page: Page) =>
  Promise.all(
    ORDRE.map(async (id) =>
      lireNombre(
        await page
          .locator(
            `${ILOT} [data-tableau="entonnoir"] tr[data-etape="${id}"] [data-colonne="effectif"]`,
          )
          .innerText(),
      ),
    ),
  );
const taux = (page: Page, i: number) => page.locator(`#entonnoir-taux-${i}`);

async function ouvrir(page: Page) {
  await page.goto('/chapitres/mesurer-l-efficacite/');
  await page.locator('#simulateur-entonnoir').scrollIntoViewIfNeeded();
  await attendreIlots(page, ILOT);
  await expect(page.locator(ILOT)).toBeVisible();
}
const versRebours = (page: Page) => page.getByLabel(/À partir d’un objectif/).check();
/** Independent forward count in whole people: each stage is the one above × its rate, rounded to the nearest unit, stage after stage. */
const enPersonnes = (contacts: number, t: readonly number[]) =>
  t.reduce((e, x) => [...e, Math.round(e[e.length - 1] * x)], [contacts]);
/** The lazily loaded sections (Monte Carlo band, past campaign) load when they near the screen. */
async function afficherBande(page: Page) {
  await page.locator(`${ILOT} [data-vue="bande"]`).scrollIntoViewIfNeeded();
  await expect(page.locator(`${ILOT} [data-resultat="p90"]`)).toBeVisible();
}
async function afficherRealise(page: Page) {
  await page.locator(`${ILOT} [data-vue="realise"]`).scrollIntoViewIfNeeded();
  await expect(page.locator(`${ILOT} [data-realise="pret"]`)).toBeVisible();
}

test('l’exemple de la leçon vers l’avant : 800 → 480 → 96 → 60 → 15', async ({ page }) => {
  await ouvrir(page);
  expect(await lireEffectifs(page)).toEqual([
    800,
    800 * 0.6,
    800 * 0.6 * 0.2,
    800 * 0.6 * 0.2 * 0.625,
    800 * 0.6 * 0.2 * 0.625 * 0.25,
  ]);
  expect(await lire(page, 'commandes')).toBe(15);
  expect(await page.locator(`${ILOT} [data-resultat="taux-global"]`).innerText()).toBe(
    '1,875\u202f%',
  );
  // The table says the same rate at the same precision (it read « 1,9 % », session 11).
  await expect(
    page.locator(`${ILOT} tr[data-etape="commandes"] [data-colonne="taux-cumule"]`),
  ).toHaveText('1,875\u202f%');
});

test('l’exemple de la leçon à rebours : 24 commandes demandent 1 284 contacts', async ({
  page,
}) => {
  await ouvrir(page);
  await versRebours(page);
  await expect.poll(() => lire(page, 'contacts-necessaires')).toBe(1284);
  expect(await lireEffectifs(page)).toEqual([1284, 770, 154, 96, 24]);
  await expect(page.locator(`${ILOT} [data-resultat="note-arrondi"]`)).toContainText('1\u202f280');
});

test('des valeurs saisies à la française, vérifiées par un calcul indépendant, dans les deux sens', async ({
  page,
}) => {
  await ouvrir(page);
  await page.getByLabel('Nombre de contacts appelés').fill('1 500');
  const saisis = ['55,5 %', '12.5', '40%', '33,3'];
  for (let i = 0; i < 4; i++) await taux(page, i).fill(saisis[i]);
  const t = [0.555, 0.125, 0.4, 0.333];
  // Whole people, rounded stage after stage (833 → 104 → 42 → 14); the exact average (13,86) is said apart.
  const attendus = enPersonnes(1500, t);
  await expect.poll(() => lire(page, 'commandes')).toBe(attendus[4]);
  expect(await lireEffectifs(page)).toEqual(attendus);
  const moyenne = t.reduce((n, x) => n * x, 1500);
  await expect(page.locator(`${ILOT} [data-resultat="note-entiers"]`)).toContainText(
    moyenne.toFixed(2).replace('.', ','),
  );
  await versRebours(page);
  await page.getByLabel('Objectif de commandes').fill('30');
  // Independent backward count: divide by each rate from the bottom, rounding up at every stage.
  const besoin = [30];
  for (let i = 3; i >= 0; i--) besoin.unshift(Math.ceil(besoin[0] / t[i] - 1e-9));
  await expect.poll(() => lire(page, 'contacts-necessaires')).toBe(besoin[0]);
  expect(await lireEffectifs(page)).toEqual(besoin);
});

test('une saisie invalide affiche une erreur en français, garde le dernier résultat, puis se corrige', async ({
  page,
}) => {
  await ouvrir(page);
  const champ = taux(page, 0);
  for (const [texte, message] of [
    ['120 %', /ne peut pas dépasser 100/],
    ['abc', /n’est pas un nombre/],
    ['', /est vide/],
  ] as const) {
    await champ.fill(texte);
    await expect(champ).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#entonnoir-taux-0-erreur')).toContainText(message);
    await expect(page.locator(`${ILOT} .labo-avertissement`)).toContainText(
      'dernier résultat valide',
    );
    expect(await lire(page, 'commandes')).toBe(15);
  }
  await page.getByLabel('Nombre de contacts appelés').fill('douze');
  await expect(page.locator('#entonnoir-contacts-erreur')).toBeVisible();
  await champ.fill('60');
  await page.getByLabel('Nombre de contacts appelés').fill('1 000');
  await expect(champ).not.toHaveAttribute('aria-invalid', 'true');
  // 1 000 → 600 → 120 → 75 → 18,75, i.e. 19 whole orders, 18,75 on average.
  await expect
    .poll(() => lire(page, 'commandes'))
    .toBe(enPersonnes(1000, [0.6, 0.2, 0.625, 0.25])[4]);
  await expect(page.locator(`${ILOT} [data-resultat="note-entiers"]`)).toContainText('18,75');
  await expect(page.locator(`${ILOT} .labo-avertissement`)).toHaveCount(0);
});

// Session 11, item 8: while a field is in error, the figures shown came from the number half
// typed (« 12 » on the way to « 12,5 »: « Pour un objectif de 12 commandes »), a value nobody meant.
// They are now those on screen before the learner entered the field.
test('pendant une saisie invalide, le résultat affiché est celui d’avant la saisie, pas celui d’un nombre à moitié tapé', async ({
  page,
}) => {
  await ouvrir(page);
  await versRebours(page);
  const objectif = page.getByLabel('Objectif de commandes');
  await expect(page.locator(`${ILOT} [data-resultat="objectif"]`)).toHaveText('24\u00a0commandes');
  const avant = await lire(page, 'contacts-necessaires');
  await objectif.click();
  await objectif.press('ControlOrMeta+a');
  await objectif.pressSequentially('12,5', { delay: 30 });
  await expect(page.locator('#entonnoir-objectif-erreur')).toBeVisible();
  await expect(page.locator(`${ILOT} .labo-avertissement`)).toContainText(
    'dernier résultat valide',
  );
  await expect(page.locator(`${ILOT} [data-resultat="objectif"]`)).toHaveText('24\u00a0commandes');
  expect(await lire(page, 'contacts-necessaires')).toBe(avant);
  // A complete valid entry shows at once.
  await objectif.press('Backspace');
  await objectif.press('Backspace');
  await expect(page.locator(`${ILOT} [data-resultat="objectif"]`)).toHaveText('12\u00a0commandes');
});

test(
  'les saisies survivent à un rechargement, et « Revenir à l’exemple » les remet à zéro',
  { tag: '@essentiel' },
  async ({ page }) => {
    await ouvrir(page);
    await versRebours(page);
    await page.getByLabel('Objectif de commandes').fill('48');
    await taux(page, 1).fill('25 %');
    const besoin = [48];
    for (const x of [0.25, 0.625, 0.25, 0.6]) besoin.unshift(Math.ceil(besoin[0] / x - 1e-9));
    await expect.poll(() => lire(page, 'contacts-necessaires')).toBe(besoin[0]);
    await page.reload();
    await ouvrir(page);
    await expect(page.getByLabel('Objectif de commandes')).toHaveValue('48');
    await expect(taux(page, 1)).toHaveValue('25 %');
    expect(await lire(page, 'contacts-necessaires')).toBe(besoin[0]);
    await page.getByRole('button', { name: 'Revenir à l’exemple' }).click();
    await expect.poll(() => lire(page, 'commandes')).toBe(15);
  },
);

test('un stockage corrompu est signalé et remplacé par l’exemple, sans page blanche', async ({
  page,
}) => {
  await page.addInitScript(() =>
    localStorage.setItem(
      'atelier:v1:entonnoirs',
      '{"emballages-casablanca": {"mode": "avant", "taux": [',
    ),
  );
  await ouvrir(page);
  expect(await lire(page, 'commandes')).toBe(15);
  await expect(page.getByRole('alert').filter({ hasText: 'illisibles' })).toBeVisible();
});

test('la campagne passée de l’entreprise choisie est mise à côté du plan, avec son étape la plus faible', async ({
  page,
}) => {
  await ouvrir(page);
  await afficherRealise(page);
  const lignes = page.locator(`${ILOT} [data-tableau="realise"] tbody tr`);
  await expect(lignes).toHaveCount(5);
  const reels = await Promise.all(
    [0, 1, 2, 3, 4].map(async (i) =>
      lireNombre(await lignes.nth(i).locator('td').first().innerText()),
    ),
  );
  for (let i = 1; i < 5; i++) expect(reels[i]).toBeLessThanOrEqual(reels[i - 1]);
  const prevus = [0.7, 0.4, 0.6, 0.45];
  for (let i = 0; i < 4; i++) await taux(page, i).fill(String(prevus[i] * 100).replace('.', ','));
  // Independent: réalisé ÷ prévu for each stage, the weakest being the lowest one below 1.
  const indices = prevus.map((p, i) => reels[i + 1] / reels[i] / p);
  const min = Math.min(...indices);
  const noms = ['la joignabilité', 'la prise de RDV', 'la proposition', 'la transformation'];
  const phrase = page.locator(`${ILOT} [data-resultat="etape-faible"]`);
  // A stage under its rate is always named: « the weakest », or « just under » within the 5 % tolerance.
  if (min < 1)
    await expect(phrase).toContainText(
      new RegExp(
        `L’étape la plus faible est ${noms[indices.indexOf(min)]}|mais ${noms[indices.indexOf(min)]} est tout juste en dessous`,
      ),
    );
  // No stage below plan: the phrase says the plan was held, or that no stage is under it (5 % tolerance).
  else
    await expect(phrase).toContainText(
      Math.max(...indices) > 1.05 ? 'Aucune étape ne reste sous son taux prévu' : 'a tenu le plan',
    );
  // Planning on the campaign's own rates from its file gives back its counts, in whole people, stage by stage.
  await page.getByRole('button', { name: 'Prévoir avec les taux de cette campagne' }).click();
  await page.getByLabel('Nombre de contacts appelés').fill(String(reels[0]));
  await expect.poll(() => lire(page, 'commandes')).toBe(reels[4]);
  expect(await lireEffectifs(page)).toEqual(reels);
  await expect(phrase).toHaveAttribute('data-verdict', 'conforme');
  await expect(phrase).toContainText('a tenu le plan');
  await expect(phrase).not.toContainText('L’étape la plus faible');
});

test('la bande Monte Carlo est tirée d’une graine affichée : même graine, mêmes chiffres ; « Relancer » change de graine', async ({
  page,
}) => {
  await ouvrir(page);
  await afficherBande(page);
  const bande = async () => Promise.all(['p10', 'p50', 'p90'].map((q) => lire(page, q)));
  const [p10, p50, p90] = await bande();
  expect(p10).toBeLessThanOrEqual(p50);
  expect(p50).toBeLessThanOrEqual(p90);
  // 800 × 1,875 % = 15 orders expected; the median of 1 000 runs stays within a few orders of it.
  expect(Math.abs(p50 - 15)).toBeLessThanOrEqual(3);
  await expect(page.locator(`${ILOT} [data-resultat="graine"]`)).toHaveText('1');
  await page.getByRole('button', { name: 'Relancer 1\u202f000 campagnes' }).click();
  await expect(page.locator(`${ILOT} [data-resultat="graine"]`)).toHaveText('2');
  const seconde = await bande();
  await page.reload();
  await ouvrir(page);
  await afficherBande(page);
  await expect(page.locator(`${ILOT} [data-resultat="graine"]`)).toHaveText('2');
  expect(await bande()).toEqual(seconde);
  await page.getByLabel(/Écart possible sur chaque taux/).fill('80');
  await expect(page.locator('#entonnoir-ecart-erreur')).toContainText('entre 0 et 50');
  expect(await bande()).toEqual(seconde);
  await page.getByLabel(/Écart possible sur chaque taux/).fill('0');
  await expect(page.locator('#entonnoir-ecart-erreur')).toHaveCount(0);
});

test('le graphique se charge quand il devient visible, et une saisie se recalcule sur place (durée relevée)', async ({
  page,
}) => {
  await ouvrir(page);
  const graphique = page.locator('[data-graphique="Effectifs par étape"] canvas');
  await graphique.scrollIntoViewIfNeeded();
  await expect
    .poll(() => graphique.evaluate((c) => (c as HTMLCanvasElement).width))
    .toBeGreaterThan(0);
  // Time from an input to the recomputed funnel and Monte Carlo band: recorded (aim: one frame, 16 ms), not asserted.
  const mesurer = (valeur: string, attendu: string) =>
    taux(page, 3).evaluate(
      async (el, [valeur, attendu]) => {
        const input = el as HTMLInputElement;
        const t0 = performance.now();
        input.value = valeur;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => setTimeout(r, 0));
        const sortie = document.querySelector('[data-resultat="commandes"]')!.textContent!;
        if (sortie.trim() !== attendu) throw new Error(`résultat inattendu : ${sortie}`);
        return performance.now() - t0;
      },
      [valeur, attendu],
    );
  const premiere = await mesurer('50', '30');
  const suivantes = [
    await mesurer('40', '24'),
    await mesurer('25', '15'),
    await mesurer('50', '30'),
  ];
  await consignerMesure(test.info(), {
    nom: 'Entonnoir : recalcul (1 000 campagnes simulées) et rendu, première saisie',
    ms: [premiere],
    cible: 16,
    banc: 'tests/bench/monte-carlo.bench.ts',
  });
  await consignerMesure(test.info(), {
    nom: 'Entonnoir : recalcul (1 000 campagnes simulées) et rendu, saisies suivantes',
    ms: suivantes,
    cible: 16,
    banc: 'tests/bench/monte-carlo.bench.ts',
  });
});

for (const [nom, affichage] of [
  ['clair', { theme: 'clair' }],
  ['sombre', { theme: 'sombre' }],
  ['projection', { projection: true }],
] as const) {
  test(`axe-core ne signale rien en affichage ${nom}`, async ({ page }) => {
    await preparerAffichage(page, affichage);
    await ouvrir(page);
    await afficherBande(page);
    await afficherRealise(page);
    await taux(page, 0).fill('120 %');
    await expect(page.locator('#entonnoir-taux-0-erreur')).toBeVisible();
    // Back to the top: a field scrolled under the sticky header would count as an obscured target.
    await page.evaluate(() => scrollTo(0, 0));
    expect(await violationsAxe(page)).toEqual([]);
  });
}
