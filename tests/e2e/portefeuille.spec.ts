import type { APIRequestContext, Page } from '@playwright/test';
import {
  test,
  expect,
  attendreIlots,
  preparerAffichage,
  violationsAxe,
  lireNombre,
} from './outils.ts';
import { consignerMesure } from './mesures.ts';

const ILOT = '[data-island="portefeuille"]';
const PRET = `${ILOT} [data-analyse="pret"]`;

const lire = async (page: Page, quoi: string) =>
  lireNombre(await page.locator(`${ILOT} [data-resultat="${quoi}"]`).innerText());
/** A fraction as shown with one decimal, in percent (0,12956 → 13). */
const pct1 = (x: number) => Math.round(x * 1000) / 10;

type Vente = { client: string; categorie: string; date: string; montantHT: number; coutHT: number };

/**
 * The figures the island should show, computed here from the built /donnees/<id>.json with
 * plain loops: no code of the site is used (its table format is read by hand).
 */
async function attendu(request: APIRequestContext, id: string, seuilA = 0.8) {
  const j = await (await request.get(`/donnees/${id}.json`)).json();
  const col = (n: string) => j.ventes.champs.indexOf(n);
  const ventes: Vente[] = j.ventes.lignes.map((l: unknown[]) => ({
    client: l[col('client')],
    categorie: l[col('categorie')],
    date: l[col('date')],
    montantHT: l[col('montantHT')],
    coutHT: l[col('coutHT')],
  }));
  // N = the 12 calendar months ending with the month of the last sale; N−1 the 12 before.
  const dernier = ventes
    .map((v) => v.date)
    .sort()
    .at(-1)!;
  const [a, m] = dernier.split('-').map(Number);
  const debut = (decalage: number) => {
    const d = new Date(Date.UTC(a, m - 1 - decalage, 1));
    return d.toISOString().slice(0, 10);
  };
  const dansN = ventes.filter((v) => v.date >= debut(11) && v.date <= dernier.slice(0, 8) + '31');
  const dansN1 = ventes.filter((v) => v.date >= debut(23) && v.date < debut(11));
  const somme = (l: Vente[], f: (v: Vente) => number) => l.reduce((t, v) => t + f(v), 0);
  const caN = somme(dansN, (v) => v.montantHT),
    caN1 = somme(dansN1, (v) => v.montantHT),
    coutN = somme(dansN, (v) => v.coutHT);
  const categories = [...new Set(ventes.map((v) => v.categorie))].map((c) => {
    const n = somme(
        dansN.filter((v) => v.categorie === c),
        (v) => v.montantHT,
      ),
      n1 = somme(
        dansN1.filter((v) => v.categorie === c),
        (v) => v.montantHT,
      );
    return { c, n, n1, evolution: (n - n1) / n1 };
  });
  const parClient = new Map<string, number>();
  for (const v of dansN) parClient.set(v.client, (parClient.get(v.client) ?? 0) + v.montantHT);
  const tries = [...parClient.values()].sort((x, y) => y - x);
  let cumul = 0,
    nombreA = 0,
    partA = 0;
  for (const x of tries) {
    if (cumul < seuilA - 1e-12) {
      nombreA++;
      partA += x / caN;
    }
    cumul += x / caN;
  }
  return {
    caN,
    caN1,
    evolution: (caN - caN1) / caN1,
    categories,
    clients: parClient.size,
    panier: caN / dansN.length,
    marque: (caN - coutN) / caN,
    marge: (caN - coutN) / coutN,
    nombreA,
    partA,
    premier: tries[0] / caN,
    troisPremiers: (tries[0] + tries[1] + tries[2]) / caN,
  };
}

async function ouvrir(page: Page, recharger = false) {
  if (recharger) await page.reload();
  else await page.goto('/chapitres/analyser-le-portefeuille/');
  await page.locator('#simulateur-portefeuille').scrollIntoViewIfNeeded();
  await attendreIlots(page, ILOT);
  await expect(page.locator(PRET)).toBeVisible();
}

async function verifierChiffres(page: Page, e: Awaited<ReturnType<typeof attendu>>) {
  expect(await lire(page, 'ca-n')).toBe(Math.round(e.caN));
  expect(await lire(page, 'evolution')).toBe(pct1(e.evolution));
  expect(await lire(page, 'clients')).toBe(e.clients);
  expect(await lire(page, 'panier-moyen')).toBe(Math.round(e.panier));
  expect(await lire(page, 'taux-de-marque')).toBe(pct1(e.marque));
  expect(await lire(page, 'taux-de-marge')).toBe(pct1(e.marge));
  for (const c of e.categories) {
    const ligne = page.locator(`${ILOT} [data-tableau="categories"] tr[data-categorie="${c.c}"]`);
    expect(lireNombre(await ligne.locator('[data-colonne="ca-n1"]').innerText())).toBe(
      Math.round(c.n1),
    );
    expect(lireNombre(await ligne.locator('[data-colonne="ca-n"]').innerText())).toBe(
      Math.round(c.n),
    );
    expect(lireNombre(await ligne.locator('[data-colonne="evolution"]').innerText())).toBe(
      pct1(c.evolution),
    );
  }
  expect(
    lireNombre(
      await page
        .locator(`${ILOT} [data-tableau="abc"] tr[data-classe="A"] [data-colonne="nombre"]`)
        .innerText(),
    ),
  ).toBe(e.nombreA);
  expect(
    lireNombre(
      await page
        .locator(`${ILOT} [data-tableau="abc"] tr[data-classe="A"] [data-colonne="part-ca"]`)
        .innerText(),
    ),
  ).toBe(pct1(e.partA));
  await expect(page.locator(`${ILOT} [data-phrase="dependance"]`)).toContainText(
    `3\u00a0clients font ${String(pct1(e.troisPremiers)).replace('.', ',')}\u202f% du CA`,
  );
  // The chart's table of values: rendered when its box is opened, one row per client, the cumulative share ending at 100 %.
  const boite = page.locator(`${ILOT} details.portefeuille-details`);
  if (!(await boite.evaluate((d) => (d as HTMLDetailsElement).open)))
    await boite.locator('summary').click();
  await expect(page.locator(`${ILOT} [data-tableau="clients"] tbody tr`)).toHaveCount(e.clients);
  await expect(
    page
      .locator(`${ILOT} [data-tableau="clients"] tbody tr`)
      .last()
      .locator('[data-colonne="cumul"]'),
  ).toHaveText('100\u202f%');
  expect(
    await page.locator(`${ILOT} [data-tableau="clients"] tbody tr[data-classe="A"]`).count(),
  ).toBe(e.nombreA);
}

test('les chiffres de l’entreprise par défaut correspondent à un calcul indépendant sur ses ventes', async ({
  page,
  request,
}) => {
  await ouvrir(page);
  const e = await attendu(request, 'emballages-casablanca');
  await verifierChiffres(page, e);
  await expect(page.locator(`${ILOT} [data-phrase="dependance"]`)).toContainText(
    'dépendance forte',
  );
  await expect(page.locator(`${ILOT} [data-resultat="ca-n"]`)).toContainText('DH');
});

test('changer d’entreprise dans le simulateur change toute l’analyse', async ({
  page,
  request,
}) => {
  await ouvrir(page);
  await page.locator(`${ILOT} #choix-entreprise`).selectOption('mobilier-lyon');
  await expect(page.locator(`${ILOT} [data-entreprise="mobilier-lyon"]`)).toBeVisible();
  const e = await attendu(request, 'mobilier-lyon');
  await verifierChiffres(page, e);
  await expect(page.locator(`${ILOT} [data-resultat="ca-n"]`)).toContainText('€');
  await expect(page.locator(`${ILOT} [data-phrase="dependance"]`)).toContainText(
    'dépendance marquée',
  );
  await page.locator(`${ILOT} #choix-entreprise`).selectOption('assurances-rabat');
  await expect(page.locator(`${ILOT} [data-entreprise="assurances-rabat"]`)).toBeVisible();
  await verifierChiffres(page, await attendu(request, 'assurances-rabat'));
  await expect(page.locator(`${ILOT} [data-phrase="dependance"]`)).toContainText(
    'dépendance faible',
  );
});

test('un seuil invalide affiche une erreur en français, garde le dernier classement, puis se corrige', async ({
  page,
  request,
}) => {
  await ouvrir(page);
  const nombreA = () =>
    page
      .locator(`${ILOT} [data-tableau="abc"] tr[data-classe="A"] [data-colonne="nombre"]`)
      .innerText()
      .then(lireNombre);
  const avant = await nombreA();
  const a = page.getByLabel('Classe A jusqu’à'),
    b = page.getByLabel('Classe B jusqu’à');
  await b.fill('75');
  await expect(b).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#portefeuille-seuil-b-erreur')).toContainText(
    'doit dépasser celui de la classe A (80\u202f%)',
  );
  await expect(page.locator(`${ILOT} .labo-avertissement`)).toContainText(
    'dernier résultat valide',
  );
  expect(await nombreA()).toBe(avant);
  await b.fill('120');
  await expect(page.locator('#portefeuille-seuil-b-erreur')).toContainText(
    'entre 0 (exclu) et 100\u202f%',
  );
  for (const [texte, message] of [
    ['0', /entre 0 et 100/],
    ['abc', /n’est pas un nombre/],
    ['', /est vide/],
  ] as const) {
    await a.fill(texte);
    await expect(a).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#portefeuille-seuil-a-erreur')).toContainText(message);
    expect(await nombreA()).toBe(avant);
  }
  await a.fill('70 %');
  await b.fill('92,5');
  await expect(a).not.toHaveAttribute('aria-invalid', 'true');
  await expect(b).not.toHaveAttribute('aria-invalid', 'true');
  const e = await attendu(request, 'emballages-casablanca', 0.7);
  await expect.poll(nombreA).toBe(e.nombreA);
  expect(
    lireNombre(
      await page
        .locator(`${ILOT} [data-tableau="abc"] tr[data-classe="A"] [data-colonne="part-ca"]`)
        .innerText(),
    ),
  ).toBe(pct1(e.partA));
});

test(
  'les seuils sont gardés par entreprise et survivent à un rechargement',
  { tag: '@essentiel' },
  async ({ page }) => {
    await ouvrir(page);
    await page.getByLabel('Classe A jusqu’à').fill('70');
    await page.getByLabel('Classe B jusqu’à').fill('90');
    await page.locator(`${ILOT} #choix-entreprise`).selectOption('mobilier-lyon');
    await expect(page.locator(`${ILOT} [data-entreprise="mobilier-lyon"]`)).toBeVisible();
    await expect(page.getByLabel('Classe A jusqu’à')).toHaveValue('80');
    await page.locator(`${ILOT} #choix-entreprise`).selectOption('emballages-casablanca');
    await expect(page.getByLabel('Classe A jusqu’à')).toHaveValue('70');
    await ouvrir(page, true);
    await expect(page.getByLabel('Classe A jusqu’à')).toHaveValue('70');
    await expect(page.getByLabel('Classe B jusqu’à')).toHaveValue('90');
    await page.getByRole('button', { name: 'Revenir à 80 / 95' }).click();
    await expect(page.getByLabel('Classe A jusqu’à')).toHaveValue('80');
  },
);

test('un stockage corrompu est signalé et remplacé par 80 / 95, sans page blanche', async ({
  page,
}) => {
  await page.addInitScript(() =>
    localStorage.setItem('atelier:v1:portefeuille', '{"emballages-casablanca": {"seuilA": 70'),
  );
  await ouvrir(page);
  await expect(page.getByLabel('Classe A jusqu’à')).toHaveValue('80');
  await expect(page.getByRole('alert').filter({ hasText: 'illisibles' })).toBeVisible();
});

test('un fichier importé sans ventes : l’analyse le dit clairement', async ({ page }) => {
  await page.goto('/donnees/');
  await page.locator('#import-fichier-labo').scrollIntoViewIfNeeded();
  await attendreIlots(page);
  await page.locator('#import-fichier').setInputFiles('tests/fixtures/utf8-bom-virgule.csv');
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(page.locator('#choix-entreprise')).toHaveValue('mon-fichier');
  await page.goto('/chapitres/analyser-le-portefeuille/');
  await page.locator('#simulateur-portefeuille').scrollIntoViewIfNeeded();
  await expect(page.locator(`${ILOT} [data-analyse="sans-ventes"]`)).toContainText(
    'besoin d’un fichier de ventes',
  );
  await page.locator(`${ILOT} #choix-entreprise`).selectOption('mobilier-lyon');
  await expect(page.locator(`${ILOT} [data-entreprise="mobilier-lyon"]`)).toBeVisible();
});

test('la courbe de Pareto se charge quand elle devient visible ; un seuil se recalcule sur place (durée relevée)', async ({
  page,
  request,
}) => {
  await ouvrir(page);
  const graphique = page.locator('[data-graphique="Courbe de Pareto des clients"] canvas');
  await graphique.scrollIntoViewIfNeeded();
  await expect
    .poll(() => graphique.evaluate((c) => (c as HTMLCanvasElement).width))
    .toBeGreaterThan(0);
  const e50 = await attendu(request, 'emballages-casablanca', 0.5),
    e80 = await attendu(request, 'emballages-casablanca', 0.8);
  const mesurer = (valeur: string, nombre: number) =>
    page.locator('#portefeuille-seuil-a').evaluate(
      async (el, [valeur, nombre]) => {
        const input = el as HTMLInputElement;
        const t0 = performance.now();
        input.value = valeur as string;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => setTimeout(r, 0));
        const sortie = document.querySelector(
          '[data-tableau="abc"] tr[data-classe="A"] [data-colonne="nombre"]',
        )!.textContent!;
        if (Number(sortie) !== nombre) throw new Error(`résultat inattendu : ${sortie}`);
        return performance.now() - t0;
      },
      [valeur, nombre] as const,
    );
  const durees = [
    await mesurer('50', e50.nombreA),
    await mesurer('80', e80.nombreA),
    await mesurer('50', e50.nombreA),
  ];
  await consignerMesure(test.info(), {
    nom: `Portefeuille : reclassement ABC (${e80.clients} clients), diagnostic et rendu`,
    ms: durees,
    cible: 16,
    banc: 'tests/bench/simulateurs.bench.ts',
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
    await page.getByLabel('Classe B jusqu’à').fill('150');
    await expect(page.locator('#portefeuille-seuil-b-erreur')).toBeVisible();
    await page.locator(`${ILOT} details summary`).click();
    await page.evaluate(() => scrollTo(0, 0));
    expect(await violationsAxe(page)).toEqual([]);
  });
}
