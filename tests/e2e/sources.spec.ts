/**
 * Island « Sources » (chapter 4): every number on screen is compared with a computation done here,
 * independently of the site's code, from the company's rows as the build wrote them
 * (dist/donnees/<id>.json): per source, rows, share, rows reached by the campaign (temperature
 * other than « suspect »), clients among them, clients ÷ reached, mean age of the data in months.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  attendreIlots,
  preparerAffichage,
  violationsAxe,
  lireNombre as nombre,
} from './outils.ts';
import { consignerMesure } from './mesures.ts';

const DIST = process.env.DIST_DIR ?? 'dist';
const ILOT = '[data-island="sources"]';
const CHEMIN = '/chapitres/sources-de-prospection/';

interface Attendu {
  fiches: number;
  joints: number;
  clients: number;
  jours: number;
}
interface Jeu {
  parSource: Map<string, Attendu>;
  total: Attendu;
  lignesDeCout: { id: string; montant: number }[];
}

/** The expected figures, computed here from the built JSON (table-shaped rows). */
function jeu(id: string): Jeu {
  const j = JSON.parse(readFileSync(join(DIST, 'donnees', `${id}.json`), 'utf8'));
  const col = (n: string) => j.prospects.champs.indexOf(n);
  const ref = Date.parse(j.dateReference);
  const parSource = new Map<string, Attendu>();
  const total: Attendu = { fiches: 0, joints: 0, clients: 0, jours: 0 };
  for (const l of j.prospects.lignes) {
    const s = l[col('source')];
    const a = parSource.get(s) ?? { fiches: 0, joints: 0, clients: 0, jours: 0 };
    parSource.set(s, a);
    const joint = l[col('temperature')] !== 'suspect';
    for (const x of [a, total]) {
      x.fiches++;
      if (joint) x.joints++;
      if (joint && l[col('converti')] === true) x.clients++;
      x.jours += (ref - Date.parse(l[col('dateCollecte')])) / 86_400_000;
    }
  }
  return { parSource, total, lignesDeCout: j.campagne.lignesDeCout };
}

const mois = (jours: number) => jours / (365.25 / 12);

async function ouvrir(page: Page) {
  await page.goto(CHEMIN);
  await page.locator('#simulateur-sources').scrollIntoViewIfNeeded();
  await attendreIlots(page, ILOT);
  await expect(page.locator(`${ILOT}[data-etat="pret"]`)).toBeVisible();
}

async function changerEntreprise(page: Page, nom: string) {
  await page.goto('/donnees/');
  await page.locator('#entreprise-etudiee').scrollIntoViewIfNeeded();
  await attendreIlots(page, '#choix-entreprise');
  await page.locator('#choix-entreprise').selectOption({ label: nom });
  await expect(page.locator('[data-entreprise-nom]')).toHaveText(nom);
}

/** Checks the whole table and the indicators against the independent computation. */
async function verifierTableau(page: Page, id: string) {
  const { parSource, total } = jeu(id);
  const lignes = page.locator(`${ILOT} [data-tableau="sources"] tbody tr`);
  await expect(lignes).toHaveCount(parSource.size);
  const taux: number[] = [];
  for (let i = 0; i < parSource.size; i++) {
    const l = lignes.nth(i);
    const a = parSource.get((await l.getAttribute('data-source'))!)!;
    const lire = async (c: string) => nombre(await l.locator(`[data-col="${c}"]`).innerText());
    expect(await lire('prospects')).toBe(a.fiches);
    expect(Math.abs((await lire('part')) - (100 * a.fiches) / total.fiches)).toBeLessThanOrEqual(
      0.05 + 1e-9,
    );
    expect(await lire('joints')).toBe(a.joints);
    expect(await lire('clients')).toBe(a.clients);
    expect(Math.abs((await lire('taux')) - (100 * a.clients) / a.joints)).toBeLessThanOrEqual(
      0.05 + 1e-9,
    );
    expect(await lire('age')).toBe(Math.round(mois(a.jours / a.fiches)));
    taux.push(a.clients / a.joints);
  }
  // Sorted by conversion, best first, by default.
  for (let i = 1; i < taux.length; i++) expect(taux[i]).toBeLessThanOrEqual(taux[i - 1]);
  expect(nombre(await page.locator(`${ILOT} [data-resultat="prospects"]`).innerText())).toBe(
    total.fiches,
  );
  expect(
    Math.abs(
      nombre(await page.locator(`${ILOT} [data-resultat="taux-global"]`).innerText()) -
        (100 * total.clients) / total.joints,
    ),
  ).toBeLessThanOrEqual(0.05 + 1e-9);
  expect(nombre(await page.locator(`${ILOT} [data-resultat="age-moyen"]`).innerText())).toBe(
    Math.round(mois(total.jours / total.fiches)),
  );
  await expect(page.locator(`${ILOT} [data-resultat="convention"]`)).toContainText(
    `(${total.clients} ÷ ${total.joints} pour tout le fichier)`,
  );
  // The reading compares the best source with the bought file.
  const meilleure = [...parSource.values()].reduce((a, b) =>
    b.clients / b.joints > a.clients / a.joints ? b : a,
  );
  const fichier = parSource.get('fichier-achete')!;
  const rapport = meilleure.clients / meilleure.joints / (fichier.clients / fichier.joints);
  // A bought file that signed nobody gives no ratio: the reading then takes the weakest source.
  if (fichier.clients > 0)
    await expect(page.locator(`${ILOT} [data-resultat="lecture"]`)).toContainText(
      `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(rapport)} fois mieux que le fichier acheté`,
    );
  else
    await expect(page.locator(`${ILOT} [data-resultat="lecture"]`)).toContainText(
      'la source la plus faible',
    );
}

const ligneCout = (page: Page, source: string) =>
  page.locator(`${ILOT} [data-tableau="couts"] tbody tr[data-source="${source}"]`);
const coutParClient = async (page: Page, source: string) =>
  nombre(await ligneCout(page, source).locator('[data-col="cout-par-client"]').innerText());

test('le fichier de l’entreprise d’exemple, source par source, recalculé indépendamment', async ({
  page,
}) => {
  await ouvrir(page);
  await expect(page.locator(`${ILOT} h3`).first()).toHaveText('Le fichier de Sadaf Emballages');
  await verifierTableau(page, 'emballages-casablanca');
  // A sentence with its articles and the source's gender (tester A6: « Site web conclut… Mais elle »).
  await expect(page.locator(`${ILOT} [data-resultat="lecture"]`)).toHaveText(
    /^Le site web conclut 4 fois mieux que le fichier acheté\u202f: .* Mais il ne fournit que /,
  );
});

test('le tableau se trie en cliquant sur un titre de colonne, et le tri survit au rechargement', async ({
  page,
}) => {
  await ouvrir(page);
  const fiches = page.locator(`${ILOT} [data-tableau="sources"] tbody [data-col="prospects"]`);
  const lire = async () => (await fiches.allInnerTexts()).map(nombre);
  await page.locator(`${ILOT} [data-tri="prospects"]`).click();
  await expect(page.locator(`${ILOT} th:has([data-tri="prospects"])`)).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const desc = await lire();
  expect(desc).toEqual([...desc].sort((a, b) => b - a));
  await page.locator(`${ILOT} [data-tri="prospects"]`).click();
  await expect(page.locator(`${ILOT} th:has([data-tri="prospects"])`)).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  const asc = await lire();
  expect(asc).toEqual([...desc].sort((a, b) => a - b));
  await page.reload();
  await ouvrir(page);
  expect(await lire()).toEqual(asc);
});

test(
  'coût par source : coût par client juste, erreur en français sur une saisie invalide, saisie gardée au rechargement',
  { tag: '@essentiel' },
  async ({ page }) => {
    await ouvrir(page);
    const { parSource, lignesDeCout } = jeu('emballages-casablanca');
    // The campaign's own lines give the bought file and the stand their cost.
    const fichier = lignesDeCout.find((l) => l.id === 'fichier')!.montant,
      salon = lignesDeCout.find((l) => l.id === 'salon')!.montant;
    expect(await coutParClient(page, 'fichier-achete')).toBe(
      Math.round(fichier / parSource.get('fichier-achete')!.clients),
    );
    expect(await coutParClient(page, 'salon')).toBe(
      Math.round(salon / parSource.get('salon')!.clients),
    );

    const champ = page.locator('#cout-parrainage');
    await champ.fill('1 200');
    const parrainage = parSource.get('parrainage')!.clients;
    await expect.poll(() => coutParClient(page, 'parrainage')).toBe(Math.round(1200 / parrainage));
    const totalAttendu =
      (fichier + salon + 1200) /
      (parSource.get('fichier-achete')!.clients + parSource.get('salon')!.clients + parrainage);
    expect(
      nombre(await page.locator(`${ILOT} [data-col="cout-par-client-total"]`).innerText()),
    ).toBe(Math.round(totalAttendu));

    await champ.fill('12,5,3');
    await expect(champ).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#cout-parrainage-erreur')).toContainText(
      'coût de la source «\u00a0parrainage\u00a0»',
    );
    await expect(page.locator(`${ILOT} .labo-avertissement`)).toContainText(
      'le dernier résultat valide reste affiché',
    );
    expect(await coutParClient(page, 'parrainage')).toBe(Math.round(1200 / parrainage));
    await champ.fill('-300');
    await expect(page.locator('#cout-parrainage-erreur')).toHaveText(
      'Le coût de la source «\u00a0parrainage\u00a0» ne peut pas être négatif.',
    );
    await champ.fill('1 500');
    await expect(champ).not.toHaveAttribute('aria-invalid', 'true');
    await expect.poll(() => coutParClient(page, 'parrainage')).toBe(Math.round(1500 / parrainage));

    await page.reload();
    await ouvrir(page);
    await expect(page.locator('#cout-parrainage')).toHaveValue('1 500');
    expect(await coutParClient(page, 'parrainage')).toBe(Math.round(1500 / parrainage));
    await page.getByRole('button', { name: 'Revenir aux coûts de la campagne' }).click();
    await expect(page.locator('#cout-parrainage')).toHaveValue('');
  },
);

test('changer d’entreprise change le tableau, et chaque entreprise garde ses coûts', async ({
  page,
}) => {
  await ouvrir(page);
  await page.locator('#cout-parrainage').fill('1 200');
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('atelier:v1:sources-couts') ?? ''))
    .toContain('1 200');
  await changerEntreprise(page, 'Vénimob');
  await ouvrir(page);
  await expect(page.locator(`${ILOT} h3`).first()).toHaveText('Le fichier de Vénimob');
  await verifierTableau(page, 'mobilier-lyon');
  const { parSource, lignesDeCout } = jeu('mobilier-lyon');
  const parrainage = lignesDeCout.find((l) => l.id === 'parrainage')!.montant;
  await expect(page.locator('#cout-parrainage')).toHaveValue(
    new Intl.NumberFormat('fr-FR').format(parrainage),
  );
  expect(await coutParClient(page, 'parrainage')).toBe(
    Math.round(parrainage / parSource.get('parrainage')!.clients),
  );
  await expect(ligneCout(page, 'parrainage')).toContainText('€');
  await changerEntreprise(page, 'Sadaf Emballages');
  await ouvrir(page);
  await expect(page.locator('#cout-parrainage')).toHaveValue('1 200');
});

test('un fichier importé sans campagne passée : les effectifs, et une phrase qui dit pourquoi il n’y a pas de taux', async ({
  page,
}) => {
  await page.goto('/donnees/');
  await page.locator('#import-fichier-labo').scrollIntoViewIfNeeded();
  await attendreIlots(page);
  const importeur = page.locator('[data-island="import-fichier"]');
  await importeur.locator('#import-fichier').setInputFiles('tests/fixtures/utf8-bom-virgule.csv');
  await importeur.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(importeur.locator('[data-resultat="enregistrement"]')).toContainText(
    'Fichier enregistré',
  );
  await ouvrir(page);
  await expect(page.locator(`${ILOT} [data-resultat="sans-campagne"]`)).toContainText(
    'demandent une campagne déjà menée',
  );
  expect(nombre(await page.locator(`${ILOT} [data-resultat="prospects"]`).innerText())).toBe(2);
  const fiches = (
    await page.locator(`${ILOT} [data-tableau="sources"] [data-col="prospects"]`).allInnerTexts()
  ).map(nombre);
  expect(fiches.reduce((s, x) => s + x, 0)).toBe(2);
  await expect(page.locator(`${ILOT} [data-tri="tauxDeTransformation"]`)).toHaveCount(0);
  await expect(page.locator(`${ILOT} [data-resultat="taux-global"]`)).toHaveCount(0);
  await expect(page.locator(`${ILOT} [data-tableau="couts"]`)).toHaveCount(0);
});

test('le graphique se charge quand il devient visible, et une saisie se recalcule sur place (durée relevée)', async ({
  page,
}) => {
  await ouvrir(page);
  const graphique = page.locator(`${ILOT} [data-graphique] canvas`);
  await graphique.scrollIntoViewIfNeeded();
  await expect
    .poll(() => graphique.evaluate((c) => (c as HTMLCanvasElement).width))
    .toBeGreaterThan(0);
  const clients = jeu('emballages-casablanca').parSource.get('parrainage')!.clients;
  const mesurer = (valeur: string, attendu: string) =>
    page.locator('#cout-parrainage').evaluate(
      async (el, [valeur, attendu]) => {
        const input = el as HTMLInputElement;
        const t0 = performance.now();
        input.value = valeur;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => setTimeout(r, 0));
        const sortie = document.querySelector(
          '[data-source="parrainage"] [data-col="cout-par-client"]',
        )!.textContent!;
        if (sortie.replace(/\D/g, '') !== attendu)
          throw new Error(`résultat inattendu : ${sortie}`);
        return performance.now() - t0;
      },
      [valeur, attendu],
    );
  const durees = [];
  for (const v of [800, 1600, 2400])
    durees.push(await mesurer(String(v), String(Math.round(v / clients))));
  await consignerMesure(test.info(), {
    nom: 'Sources : recalcul et rendu',
    ms: durees,
    cible: 16,
    banc: 'tests/bench/simulateurs.bench.ts',
  });
});

test('l’exemple travaillé sur Sadaf Emballages le dit, et dit où sont les chiffres de l’entreprise étudiée', async ({
  page,
}) => {
  const exemple = page.locator('[data-exemple-entreprise="emballages-casablanca"]');
  await page.goto(CHEMIN);
  await expect(exemple.locator('.exemple-source')).toContainText(
    'Chiffres de Sadaf Emballages (Casablanca, DH), l’une des trois entreprises du cours.',
  );
  await expect(exemple.locator('[data-exemple-autre]')).toBeHidden();
  await changerEntreprise(page, 'Vénimob');
  await page.goto(CHEMIN);
  await expect(exemple.locator('[data-exemple-autre]')).toHaveText(
    /^\s*Vous étudiez Vénimob\u202f: ses propres chiffres sont dans le simulateur de ce chapitre\.$/,
  );
  await expect(exemple.locator('[data-exemple-autre]')).toBeVisible();
});

for (const [nom, affichage] of [
  ['clair', { theme: 'clair' }],
  ['sombre', { theme: 'sombre' }],
  ['projection', { projection: true }],
] as const) {
  test(`axe-core ne signale rien en affichage ${nom}, tableau trié et champ en erreur`, async ({
    page,
  }) => {
    await preparerAffichage(page, affichage);
    await ouvrir(page);
    await page.locator(`${ILOT} [data-tri="ageMoyenJours"]`).click();
    await expect(page.locator(`${ILOT} th:has([data-tri="ageMoyenJours"])`)).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await page.locator('#cout-salon').fill('beaucoup');
    await expect(page.locator('#cout-salon-erreur')).toBeVisible({ timeout: 10_000 });
    // Back to the top: a field scrolled under the sticky header would count as an obscured target.
    await page.evaluate(() => scrollTo(0, 0));
    expect(await violationsAxe(page)).toEqual([]);
  });
}
