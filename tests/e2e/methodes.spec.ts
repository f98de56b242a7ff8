import { test, expect, attendreIlots, violationsAxe, lireNombre as nombre } from './outils.ts';
import { consignerMesure } from './mesures.ts';
import type { APIRequestContext, Page } from '@playwright/test';

/**
 * The course's default figures, copied from the lesson's table (chapter 7), not from src/lib:
 * cost per contact and fixed costs in euros, then each stage as [min, probable, max]. A field
 * visit of a sample company costs that company's own visit (coutVisite below), not the 60 €.
 */
const COURS: Record<string, { cout: number; fixes: number; taux: [number, number, number][] }> = {
  telephone: {
    cout: 4,
    fixes: 0,
    taux: [
      [0.3, 0.4, 0.5],
      [0.05, 0.1, 0.15],
      [0.15, 0.25, 0.35],
    ],
  },
  emailing: {
    cout: 0.1,
    fixes: 300,
    taux: [
      [0.005, 0.015, 0.03],
      [0.3, 0.4, 0.5],
    ],
  },
  mailing: {
    cout: 1.5,
    fixes: 500,
    taux: [
      [0.005, 0.015, 0.03],
      [0.3, 0.4, 0.5],
    ],
  },
  terrain: {
    cout: 60,
    fixes: 0,
    taux: [
      [0.3, 0.5, 0.7],
      [0.2, 0.35, 0.5],
      [0.2, 0.3, 0.4],
    ],
  },
  salon: {
    cout: 25,
    fixes: 3000,
    taux: [
      [0.1, 0.2, 0.3],
      [0.1, 0.2, 0.3],
    ],
  },
  parrainage: {
    cout: 15,
    fixes: 0,
    taux: [
      [0.4, 0.6, 0.8],
      [0.2, 0.3, 0.45],
    ],
  },
};

const ilot = (page: Page) => page.locator('[data-island="methodes"]');

/** The margin of one average order of a sample company, read from the built dataset. */
async function margeOffre(request: APIRequestContext, id: string): Promise<number> {
  const jeu = await (await request.get(`/donnees/${id}.json`)).json();
  return jeu.fiche.offre.prixMoyenHT - jeu.fiche.offre.coutMoyenHT;
}

/** What one visit costs a sample company, as the lesson of chapter 7 computes it: time (hour × hours a day ÷ visits a day) plus travel. */
async function coutVisite(request: APIRequestContext, id: string): Promise<number> {
  const f = (await (await request.get(`/donnees/${id}.json`)).json()).fiche.forceDeVente;
  return (
    Math.round(
      ((f.coutHoraireHT * f.heuresParJour) / f.visitesParJour + f.fraisParVisiteHT) * 100,
    ) / 100
  );
}

async function ouvrir(page: Page, entreprise = 'emballages-casablanca') {
  await page.goto('/chapitres/methodes-et-moyens/');
  await page.locator('#simulateur-methodes').scrollIntoViewIfNeeded();
  await attendreIlots(page, '[data-island="methodes"]');
  await expect(ilot(page)).toHaveAttribute('data-entreprise', entreprise);
}

/** The Monte Carlo view loads when it nears the screen (like the charts): bring it there. */
async function simulation(page: Page) {
  await ilot(page).locator('[data-vue="monte-carlo"]').scrollIntoViewIfNeeded();
  await expect(ilot(page).locator('[data-simulation]')).toBeVisible();
}

async function cellule(page: Page, methode: string, colonne: string): Promise<string> {
  return ilot(page)
    .locator(`[data-tableau="methodes"] tr[data-methode="${methode}"] [data-colonne="${colonne}"]`)
    .innerText();
}

/** Checks every figure of the comparison table against the course's figures, computed here. */
async function verifierTableau(
  page: Page,
  {
    contacts,
    marge,
    facteur,
    visite,
  }: { contacts: number; marge: number; facteur: number; visite: number },
) {
  for (const [id, m] of Object.entries(COURS)) {
    const moyen = m.taux.reduce((p, [a, b, c]) => p * ((a + b + c) / 3), 1);
    const clients = contacts * moyen;
    const cout = id === 'terrain' ? contacts * visite : (m.fixes + contacts * m.cout) * facteur;
    // On a contacts basis every method has the same contacts: the table leaves the column out.
    await expect(
      ilot(page).locator(`tr[data-methode="${id}"] [data-colonne="contacts"]`),
    ).toHaveCount(0);
    expect(nombre(await cellule(page, id, 'cout')), id).toBe(Math.round(cout));
    expect(Math.abs(nombre(await cellule(page, id, 'clients')) - clients), id).toBeLessThan(0.051);
    const [pess, opt] = (await cellule(page, id, 'fourchette')).split(' à ').map(nombre);
    expect(Math.abs(pess - contacts * m.taux.reduce((p, t) => p * t[0], 1)), id).toBeLessThan(
      0.051,
    );
    expect(Math.abs(opt - contacts * m.taux.reduce((p, t) => p * t[2], 1)), id).toBeLessThan(0.051);
    expect(
      Math.abs(nombre(await cellule(page, id, 'cout-par-client')) - cout / clients),
      id,
    ).toBeLessThanOrEqual(0.5);
    expect(
      Math.abs(nombre(await cellule(page, id, 'marge')) - clients * marge),
      id,
    ).toBeLessThanOrEqual(0.5);
    expect(
      Math.abs(nombre(await cellule(page, id, 'roi')) - ((clients * marge - cout) / cout) * 100),
      id,
    ).toBeLessThanOrEqual(0.5);
  }
}

test('le tableau compare les six méthodes avec les chiffres du cours, en dirhams et avec la marge de l’offre', async ({
  page,
  request,
}) => {
  const marge = await margeOffre(request, 'emballages-casablanca');
  await ouvrir(page);
  await expect(ilot(page)).toHaveAttribute('data-devise', 'MAD');
  await expect(page.locator('#methodes-marge')).toHaveValue(
    new Intl.NumberFormat('fr-FR').format(marge),
  );
  await expect(ilot(page).locator('[data-tableau="methodes"] tbody tr')).toHaveCount(6);
  await expect(ilot(page).locator('[data-tableau="methodes"]')).toContainText('DH');
  const visite = await coutVisite(request, 'emballages-casablanca');
  await verifierTableau(page, { contacts: 1000, marge, facteur: 10, visite });
  // The lesson's worked example on this company: 10 clients, 4 000 DH per client.
  expect(nombre(await ilot(page).locator('[data-resultat="clients"]').innerText())).toBe(10);
  expect(nombre(await ilot(page).locator('[data-resultat="cout-par-client"]').innerText())).toBe(
    4000,
  );

  await page.getByLabel('le même budget pour chaque méthode').check();
  await page.locator('#methodes-budget').fill('50 000');
  await expect
    .poll(() => cellule(page, 'terrain', 'contacts').then(nombre))
    .toBe(Math.floor(50000 / visite));
  expect(nombre(await cellule(page, 'salon', 'contacts'))).toBe(Math.floor((50000 - 30000) / 250));
  expect(nombre(await cellule(page, 'mailing', 'contacts'))).toBe(Math.floor((50000 - 5000) / 15));
});

test('les chiffres d’une méthode se modifient et se recalculent sur place (durée relevée)', async ({
  page,
  request,
}) => {
  const marge = await margeOffre(request, 'emballages-casablanca');
  await ouvrir(page);
  await ilot(page).getByRole('button', { name: 'Publipostage' }).click();
  await expect(ilot(page).locator('[data-methode-etudiee="mailing"]')).toBeVisible();
  await page.locator('#methode-mailing-coutParContact').fill('20');
  await page.locator('#methode-mailing-etape-0-probable').fill('2,5 %');
  const clients = 1000 * ((0.005 + 0.025 + 0.03) / 3) * 0.4;
  await expect.poll(() => cellule(page, 'mailing', 'cout').then(nombre)).toBe(5000 + 20000);
  expect(Math.abs(nombre(await cellule(page, 'mailing', 'clients')) - clients)).toBeLessThan(0.051);
  expect(
    Math.abs(nombre(await cellule(page, 'mailing', 'marge')) - clients * marge),
  ).toBeLessThanOrEqual(0.5);
  const champ = page.locator('#methode-mailing-coutParContact');
  const duree = await champ.evaluate(async (el) => {
    const input = el as HTMLInputElement;
    const t0 = performance.now();
    input.value = '30';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    const sortie = document.querySelector(
      'tr[data-methode="mailing"] [data-colonne="cout"]',
    )!.textContent!;
    if (sortie.replace(/\D/g, '') !== '35000') throw new Error(`résultat inattendu : ${sortie}`);
    return performance.now() - t0;
  });
  await consignerMesure(test.info(), {
    nom: 'Méthodes : recalcul (6 méthodes + 100 campagnes) et rendu',
    ms: [duree],
    cible: 16,
    banc: 'tests/bench/simulateurs.bench.ts',
  });
  await ilot(page).getByRole('button', { name: 'Revenir aux chiffres du cours' }).click();
  await expect.poll(() => cellule(page, 'mailing', 'cout').then(nombre)).toBe(20000);
});

test('Monte-Carlo : P10 ≤ P50 ≤ P90 près de l’espérance, même graine mêmes chiffres, « Relancer » tire la graine suivante', async ({
  page,
}) => {
  await ouvrir(page);
  await simulation(page);
  const lire = async () =>
    Promise.all(
      ['p10', 'p50', 'p90', 'moyenne'].map(async (q) =>
        nombre(await ilot(page).locator(`[data-resultat="${q}"]`).innerText()),
      ),
    );
  await expect(ilot(page).locator('[data-resultat="graine"]')).toHaveText('1');
  const [p10, p50, p90, moyenne] = await lire();
  // A simulated campaign wins whole clients: its percentiles are whole (D5); the mean need not be.
  for (const p of [p10, p50, p90]) expect(Number.isInteger(p)).toBe(true);
  expect(p10).toBeLessThanOrEqual(p50);
  expect(p50).toBeLessThanOrEqual(p90);
  const esperance = 1000 * 0.4 * 0.1 * 0.25; // the telephone, expected clients computed here
  expect(Math.abs(p50 - esperance) / esperance).toBeLessThan(0.25);
  expect(Math.abs(moyenne - esperance) / esperance).toBeLessThan(0.15);
  // Every bar of the histogram counts campaigns: 100 in all.
  const effectifs = await ilot(page)
    .locator('[data-tableau="histogramme"] tbody td')
    .allTextContents();
  expect(effectifs.map(nombre).reduce((a, b) => a + b, 0)).toBe(100);
  // The running mean after 100 campaigns is the mean shown.
  expect(
    nombre(
      (await ilot(page).locator('[data-tableau="moyenne-cumulee"] tbody td').allTextContents()).at(
        -1,
      )!,
    ),
  ).toBe(moyenne);
  // The cost per client of each scenario: the campaign's cost ÷ its clients.
  expect(
    Math.abs(
      nombre(await ilot(page).locator('[data-resultat="cpc-p10"]').innerText()) - 40000 / p10,
    ),
  ).toBeLessThan((40000 / p10) * 0.01 + 1);

  await page.reload();
  await ouvrir(page);
  await simulation(page);
  expect(await lire()).toEqual([p10, p50, p90, moyenne]);

  await ilot(page).getByRole('button', { name: 'Relancer 100 campagnes' }).click();
  await expect(ilot(page).locator('[data-resultat="graine"]')).toHaveText('2');
  const autres = await lire();
  expect(autres).not.toEqual([p10, p50, p90, moyenne]);
  expect(autres[0] <= autres[1] && autres[1] <= autres[2]).toBe(true);
  await page.reload();
  await ouvrir(page);
  await simulation(page);
  await expect(ilot(page).locator('[data-resultat="graine"]')).toHaveText('2');
  expect(await lire()).toEqual(autres);

  const histogramme = ilot(page).locator(
    '[data-graphique="Histogramme des clients gagnés"] canvas',
  );
  await histogramme.scrollIntoViewIfNeeded();
  await expect
    .poll(() => histogramme.evaluate((c) => (c as HTMLCanvasElement).width))
    .toBeGreaterThan(0);
});

test('une saisie invalide affiche une erreur en français à côté du champ et garde le dernier résultat', async ({
  page,
}) => {
  await ouvrir(page);
  const avant = await cellule(page, 'telephone', 'cout-par-client');
  const champ = page.locator('#methode-telephone-coutParContact');
  await champ.fill('4,0,5');
  await expect(champ).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#methode-telephone-coutParContact-erreur')).toContainText(
    /plusieurs virgules/,
  );
  expect(await cellule(page, 'telephone', 'cout-par-client')).toBe(avant);
  await expect(
    ilot(page).getByRole('status').filter({ hasText: 'dernier résultat valide' }),
  ).toContainText('dernier résultat valide');
  await champ.fill('40');
  await page.locator('#methode-telephone-etape-1-min').fill('20');
  await expect(ilot(page).locator('[data-etape="1"] .champ-erreur')).toHaveText(
    'Pour l’étape «\u00a0Rendez-vous\u00a0», il faut minimum ≤ probable ≤ maximum.',
  );
  expect(await cellule(page, 'telephone', 'cout-par-client')).toBe(avant);
  await page.locator('#methodes-contacts').fill('-5');
  await expect(page.locator('#methodes-contacts-erreur')).toHaveText(
    'Le nombre de contacts ne peut pas être négatif.',
  );
  await page.locator('#methodes-contacts').fill('1 000');
  await page.locator('#methode-telephone-etape-1-min').fill('5');
  await expect.poll(() => cellule(page, 'telephone', 'cout-par-client')).toBe(avant);
  await expect(ilot(page).getByRole('alert')).toHaveCount(0);
});

test(
  'la méthode choisie et les saisies survivent au rechargement, pour chaque entreprise et dans sa devise',
  { tag: '@essentiel' },
  async ({ page, request }) => {
    const margeLyon = await margeOffre(request, 'mobilier-lyon');
    await ouvrir(page);
    await ilot(page).getByRole('button', { name: 'Terrain' }).click();
    await page.locator('#methodes-contacts').fill('500');
    await ilot(page).getByRole('button', { name: 'Choisir cette méthode' }).click();
    await expect(ilot(page).locator('[data-resultat="methode-choisie"]')).toContainText(
      'Visites sur le terrain',
    );
    await page.reload();
    await ouvrir(page);
    await expect(page.locator('#methodes-contacts')).toHaveValue('500');
    await expect(ilot(page).locator('tr[data-methode="terrain"] .badge-choisie')).toHaveText(
      /retenue/,
    );
    await expect(
      ilot(page).getByRole('button', { name: 'Méthode retenue pour la campagne' }),
    ).toBeVisible();
    const travail = await page.evaluate(() =>
      JSON.parse(localStorage.getItem('atelier:v1:travail') ?? '{}'),
    );
    expect(travail['emballages-casablanca'].methode).toBe('terrain');

    // Another company: its own currency, its own margin, its own (empty) choice.
    await page.goto('/donnees/');
    await page.locator('#entreprise-etudiee').scrollIntoViewIfNeeded();
    await attendreIlots(page, '#choix-entreprise');
    await page.locator('#choix-entreprise').selectOption('mobilier-lyon');
    await ouvrir(page, 'mobilier-lyon');
    await expect(ilot(page)).toHaveAttribute('data-devise', 'EUR');
    await expect(page.locator('#methodes-contacts')).toHaveValue('1 000');
    await expect(ilot(page).locator('[data-resultat="methode-choisie"]')).toHaveText(
      'Aucune méthode retenue pour l’instant.',
    );
    await expect(ilot(page).locator('[data-tableau="methodes"]')).toContainText('€');
    await verifierTableau(page, {
      contacts: 1000,
      marge: margeLyon,
      facteur: 1,
      visite: await coutVisite(request, 'mobilier-lyon'),
    });

    await page.goto('/donnees/');
    await attendreIlots(page, '#choix-entreprise');
    await page.locator('#choix-entreprise').selectOption('emballages-casablanca');
    await ouvrir(page);
    await expect(page.locator('#methodes-contacts')).toHaveValue('500');
    await expect(ilot(page).locator('[data-resultat="methode-choisie"]')).toContainText(
      'Visites sur le terrain',
    );
  },
);

test('un stockage corrompu est signalé et remplacé par les chiffres du cours, sans page blanche', async ({
  page,
}) => {
  await page.addInitScript(() =>
    localStorage.setItem('atelier:v1:methodes', '{"emballages-casablanca": {"base": 3'),
  );
  await ouvrir(page);
  await expect(page.getByRole('alert').filter({ hasText: 'illisibles' })).toBeVisible();
  expect(nombre(await cellule(page, 'telephone', 'cout'))).toBe(40000);
});

test('le comparateur hydraté, simulation et règles comprises, passe axe-core', async ({ page }) => {
  await ouvrir(page);
  await simulation(page);
  await ilot(page).locator('[data-regles]').scrollIntoViewIfNeeded();
  // Unfold the histogram's table, the running mean and the rules: axe audits them too.
  await ilot(page)
    .locator('details')
    .evaluateAll((ds) =>
      ds.forEach((d) => {
        (d as HTMLDetailsElement).open = true;
      }),
    );
  expect(await violationsAxe(page)).toEqual([]);
  // The rules of the company's country (Sadaf Emballages: Morocco) at the course's date.
  await expect(ilot(page).locator('[data-droit="MA"]')).toContainText('Maroc');
  await expect(ilot(page).locator('[data-regle="ma-opposition"]')).toBeVisible();
});

test('à 390 px, les règles et le détail de la simulation sont repliés, les résultats restent affichés', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await ouvrir(page);
  await simulation(page);
  // Results stay on screen: the comparison table and the three Monte Carlo figures.
  await expect(ilot(page).locator('[data-tableau="methodes"]')).toBeVisible();
  for (const q of ['p10', 'p50', 'p90'])
    await expect(ilot(page).locator(`[data-resultat="${q}"]`)).toBeVisible();
  // The lesson's three « état du droit » tables, the Monte Carlo aside, the simulator's rules and the
  // running mean are folded behind summaries that say what they hold.
  for (const table of await page.locator('[data-etat-du-droit] table').all())
    await expect(table).toBeHidden();
  await expect(page.locator('[data-etat-du-droit] summary').first()).toContainText(/règles/);
  await expect(page.locator('[data-plus-loin] summary')).toContainText('Monte-Carlo');
  await expect(ilot(page).locator('[data-regles] li').first()).toBeHidden();
  await expect(ilot(page).locator('[data-regles] summary')).toContainText(/règle/);
  await expect(ilot(page).locator('[data-tableau="moyenne-cumulee"]')).toBeHidden();
  const replie = await page.evaluate(() => document.documentElement.scrollHeight);
  // Everything unfolded: the page is much longer, and what was folded is there.
  await page.evaluate(() =>
    document.querySelectorAll('details').forEach((d) => {
      d.open = true;
    }),
  );
  await expect(ilot(page).locator('[data-regles] li').first()).toBeVisible();
  await expect(page.locator('[data-etat-du-droit] table').first()).toBeVisible();
  const deplie = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(deplie - replie).toBeGreaterThan(7000);
});
