/**
 * A learner who types in a simulator's field as soon as it shows keeps what they typed. Before
 * the fix, a simulator whose starting figures depend on the company rendered the server's example
 * at hydration, then once more with the company's own figures: what was typed before that second
 * render was lost, or merged with it (« 4030 » for 30 in ch 9's margin rate; here « 3037 », « 4537 »). The CPU is slowed
 * 6× so that the keys land before hydration, or between it and the next render.
 */
import type { Page } from '@playwright/test';
import { attendreIlots, test, expect } from './outils.ts';

const ENTREPRISE = 'emballages-casablanca'; // the company a first visit starts with

/** What the company's stored figures hold for one field of a store. */
const stocke = (page: Page, cle: string, propriete: string) =>
  page.evaluate(
    ([c, id, p]) => JSON.parse(localStorage.getItem(`atelier:v1:${c}`) ?? '{}')[id]?.[p],
    [cle, ENTREPRISE, propriete],
  );

/** Slows the CPU 6× so that keys land before hydration; returns what puts it back. */
async function ralentir(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  return () => cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
}

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
    const retablir = await ralentir(page);
    await page.goto(`/chapitres/${chapitre}/`);
    const saisie = page.locator(champ);
    await saisie.waitFor({ state: 'attached' });
    // Select what the field shows, then type over it, as a learner does.
    await saisie.press('ControlOrMeta+a');
    await saisie.pressSequentially('37');
    // Gate on a positive state: the company's stored figures hold what was typed.
    await expect.poll(() => stocke(page, cle, propriete)).toBe('37');
    await expect(page.locator(`astro-island:has(${champ})`)).not.toHaveAttribute('ssr');
    await expect(saisie).toHaveValue('37');
    await retablir();
  });
}

test('/chapitres/budgetiser/ : le CA minimum est calculé avec le taux tapé avant l’hydratation', async ({
  page,
}) => {
  const retablir = await ralentir(page);
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
  await retablir();
});

/**
 * Text fields, selects and radios that are not a ChampNombre: what the learner types or picks
 * before the island's script runs is in the field when the island hydrates, but had no listener
 * to reach the store, and the render that shows the stored draft put the old value back. To be
 * sure the keys land before hydration even on a fast machine, the island's script is held back
 * until the field has been used (and the CPU is slowed 6×, as above).
 */

/** Slows the CPU and holds the island's component script; returns what lets it load. */
async function avantHydratation(page: Page, composant: string, chapitre: string) {
  const retablir = await ralentir(page);
  let liberer = () => {};
  const libere = new Promise<void>((r) => (liberer = r));
  await page.route(new RegExp(`/_astro/${composant}\\.[\\w-]+\\.js$`), async (route) => {
    await libere;
    await route.continue();
  });
  await page.goto(`/chapitres/${chapitre}/`);
  return {
    /** Lets the island's script load, and waits until the island has hydrated. */
    hydrater: async (ilot: string) => {
      liberer();
      await attendreIlots(page, `[data-island="${ilot}"]`);
    },
    retablir,
  };
}

test('/chapitres/telephone-ecrit-en-ligne/ : l’objet tapé avant l’hydratation reste, et le brouillon le garde', async ({
  page,
}) => {
  const { hydrater, retablir } = await avantHydratation(
    page,
    'Ecriture',
    'telephone-ecrit-en-ligne',
  );
  const objet = page.locator('[data-island="ecriture"] [data-champ="objet"]');
  await objet.pressSequentially('Votre stand');
  await hydrater('ecriture');
  await expect.poll(() => stocke(page, 'ecriture', 'objet')).toBe('Votre stand');
  await expect(objet).toHaveValue('Votre stand');
  await retablir();
});

test('/chapitres/telephone-ecrit-en-ligne/ : « Lettre » choisie avant l’hydratation reste choisie', async ({
  page,
}) => {
  const { hydrater, retablir } = await avantHydratation(
    page,
    'Ecriture',
    'telephone-ecrit-en-ligne',
  );
  const canal = page.getByRole('combobox', { name: 'Canal' });
  // Brought on screen as a person would: the island (client:visible) hydrates once visible.
  await canal.scrollIntoViewIfNeeded();
  await canal.selectOption('lettre');
  await hydrater('ecriture');
  await expect.poll(() => stocke(page, 'ecriture', 'canal')).toBe('lettre');
  await expect(canal).toHaveValue('lettre');
  await retablir();
});

test('/chapitres/methodes-et-moyens/ : la base « même budget » cochée avant l’hydratation reste cochée', async ({
  page,
}) => {
  const { hydrater, retablir } = await avantHydratation(page, 'MethodesLab', 'methodes-et-moyens');
  const budget = page.getByRole('radio', { name: 'le même budget pour chaque méthode' });
  await budget.check();
  await hydrater('methodes');
  await expect.poll(() => stocke(page, 'methodes', 'base')).toBe('budget');
  await expect(budget).toBeChecked();
  await retablir();
});

test('/chapitres/budgetiser/ : « taux de marge » coché avant l’hydratation reste coché, et le brouillon le garde', async ({
  page,
}) => {
  const { hydrater, retablir } = await avantHydratation(page, 'BudgetLab', 'budgetiser');
  const marge = page.getByRole('radio', { name: /^taux de marge/ });
  await marge.check();
  await hydrater('budget');
  await expect.poll(() => stocke(page, 'budgets', 'typeTaux')).toBe('marge');
  await expect(marge).toBeChecked();
  await expect(page.getByLabel('Taux de marge', { exact: true })).toBeVisible();
  // The reload is only about the draft: at full speed.
  await retablir();
  await page.reload();
  await expect(page.getByRole('radio', { name: /^taux de marge/ })).toBeChecked();
});

test('/chapitres/mesurer-l-efficacite/ : « à rebours » coché avant l’hydratation reste coché, et le brouillon le garde', async ({
  page,
}) => {
  const { hydrater, retablir } = await avantHydratation(
    page,
    'EntonnoirLab',
    'mesurer-l-efficacite',
  );
  const rebours = page.getByRole('radio', { name: /à rebours/ });
  await rebours.scrollIntoViewIfNeeded();
  await rebours.check();
  await hydrater('entonnoir');
  await expect.poll(() => stocke(page, 'entonnoirs', 'mode')).toBe('rebours');
  await expect(rebours).toBeChecked();
  // The reload is only about the draft: at full speed.
  await retablir();
  await page.reload();
  await expect(page.getByRole('radio', { name: /à rebours/ })).toBeChecked();
});

test('/chapitres/planifier/ : le premier mois choisi avant l’hydratation reste choisi, et le plan le garde', async ({
  page,
}) => {
  const { hydrater, retablir } = await avantHydratation(page, 'PlanningLab', 'planifier');
  const mois = page.locator('#planning-mois-debut');
  await mois.scrollIntoViewIfNeeded();
  await mois.selectOption('3');
  await hydrater('planning');
  await expect.poll(() => stocke(page, 'planning', 'moisDebut')).toBe(3);
  await expect(mois).toHaveValue('3');
  // The reload is only about the draft: at full speed.
  await retablir();
  await page.reload();
  await expect(page.locator('#planning-mois-debut')).toHaveValue('3');
});

test('/chapitres/telephone-ecrit-en-ligne/ : le texte tapé avant l’hydratation reste, et le brouillon le garde', async ({
  page,
}) => {
  const { hydrater, retablir } = await avantHydratation(
    page,
    'Ecriture',
    'telephone-ecrit-en-ligne',
  );
  const texte = page.locator('[data-island="ecriture"] [data-champ="texte"]');
  await texte.scrollIntoViewIfNeeded();
  await texte.pressSequentially('Bonjour Madame');
  await hydrater('ecriture');
  await expect.poll(() => stocke(page, 'ecriture', 'texte')).toBe('Bonjour Madame');
  await expect(texte).toHaveValue('Bonjour Madame');
  // The criteria read it too: 2 words.
  await expect(page.locator('[data-resultat="criteres"]')).toHaveText(/— 2\s+mots/);
  await retablir();
});

test('/chapitres/reseaux-et-information/ : le contact tapé avant l’hydratation est ajouté tel quel', async ({
  page,
}) => {
  const { hydrater, retablir } = await avantHydratation(
    page,
    'ReseauLab',
    'reseaux-et-information',
  );
  const nom = page.locator('#reseau-nom');
  await nom.scrollIntoViewIfNeeded();
  await nom.pressSequentially('Samira Alaoui');
  await page.locator('#reseau-categorie').selectOption('vertical');
  await page.locator('#reseau-organisation').pressSequentially('Sadaf');
  await page.locator('#reseau-force').selectOption('3');
  await hydrater('reseau');
  await page.getByRole('button', { name: 'Ajouter le contact' }).click();
  const contact = page.locator('[data-island="reseau"] [data-contact]');
  await expect(contact).toHaveCount(1);
  await expect(contact).toContainText('Samira Alaoui');
  await expect(contact).toContainText('Sadaf');
  await expect(contact).toContainText('fort');
  await retablir();
});

test('/chapitres/planifier/ : le mois et la durée d’une action choisis avant l’hydratation restent, et le plan les garde', async ({
  page,
}) => {
  const { hydrater, retablir } = await avantHydratation(page, 'PlanningLab', 'planifier');
  const ligne = page.locator('[data-island="planning"] [data-action]').first();
  const id = (await ligne.getAttribute('data-action')) ?? '';
  const debut = page.locator(`#planning-${id}-debut`),
    duree = page.locator(`#planning-${id}-duree`),
    type = page.locator(`#planning-${id}-type`);
  await debut.scrollIntoViewIfNeeded();
  await type.selectOption('visites');
  await debut.selectOption('2');
  await duree.selectOption('3');
  await hydrater('planning');
  const action = () =>
    page.evaluate(
      ([e, i]) =>
        JSON.parse(localStorage.getItem('atelier:v1:planning') ?? '{}')[e]?.actions?.find(
          (a: { id: string }) => a.id === i,
        ),
      [ENTREPRISE, id],
    );
  await expect.poll(action).toMatchObject({ type: 'visites', debut: 2, duree: 3 });
  await expect(debut).toHaveValue('2');
  await expect(duree).toHaveValue('3');
  await expect(type).toHaveValue('visites');
  await retablir();
});

test('/chapitres/planifier/ : « Action lourde » décochée avant l’hydratation reste décochée, et le plan le garde', async ({
  page,
}) => {
  const { hydrater, retablir } = await avantHydratation(page, 'PlanningLab', 'planifier');
  // The default plan's first action (gathering the file) is heavy: the server renders it checked.
  const ligne = page.locator('[data-island="planning"] [data-action]').first();
  const id = (await ligne.getAttribute('data-action')) ?? '';
  const lourde = page.locator(`#planning-${id}-lourde`);
  await lourde.scrollIntoViewIfNeeded();
  await expect(lourde).toBeChecked();
  await lourde.uncheck();
  await hydrater('planning');
  const action = () =>
    page.evaluate(
      ([e, i]) =>
        JSON.parse(localStorage.getItem('atelier:v1:planning') ?? '{}')[e]?.actions?.find(
          (a: { id: string }) => a.id === i,
        ),
      [ENTREPRISE, id],
    );
  await expect.poll(action).toMatchObject({ lourde: false });
  await expect(lourde).not.toBeChecked();
  await retablir();
});
