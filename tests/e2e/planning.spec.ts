import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect, attendreIlots, violationsAxe, preparerAffichage } from './outils.ts';
import { consignerMesure } from './mesures.ts';
import type { Page } from '@playwright/test';

const ILOT = '[data-island="planning"]';

async function ouvrir(page: Page, entreprise = 'mobilier-lyon') {
  await page.addInitScript(
    (id) => localStorage.setItem('atelier:v1:entreprise', JSON.stringify(id)),
    entreprise,
  );
  await page.goto('/chapitres/planifier/');
  await page.locator('#simulateur-planning').scrollIntoViewIfNeeded();
  await expect(page.locator(ILOT)).toBeVisible();
  await attendreIlots(page, ILOT);
}

/** The company's salesperson, from its card (`dist/donnees/<id>.json`). */
const forceDeVente = (entreprise: string) =>
  JSON.parse(readFileSync(`${process.env.DIST_DIR ?? 'dist'}/donnees/${entreprise}.json`, 'utf8'))
    .fiche.forceDeVente;
/** Ch 8 starts from the card: days a week × share of prospecting time, to the half day. */
const joursDeProspection = (entreprise: string) => {
  const f = forceDeVente(entreprise);
  return Math.round(f.joursParSemaine * f.partTempsProspection * 2) / 2;
};

/** Reads a French number on screen (« 8,8 », « 1 104 ») back into a number. */
const nombre = (t: string) => Number(t.replace(/[\s\u202f\u00a0]/g, '').replace(',', '.'));
const lignes = (page: Page) => page.locator(`${ILOT} [data-tableau="planning"] tbody tr`);

/** Weekdays of a month minus the holidays given, counted here day by day without the site's code. */
function joursOuvres(annee: number, mois: number, feries: Set<string>): number {
  let n = 0;
  for (let j = 1; j <= new Date(Date.UTC(annee, mois, 0)).getUTCDate(); j++) {
    const d = new Date(Date.UTC(annee, mois - 1, j));
    const iso = d.toISOString().slice(0, 10);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6 && !feries.has(iso)) n++;
  }
  return n;
}

// French holidays 2027–2028, written out from the official calendar (Easter 2027: 28 March).
const FERIES_FR = new Set([
  '2027-01-01',
  '2027-03-29',
  '2027-05-01',
  '2027-05-06',
  '2027-05-08',
  '2027-05-17',
  '2027-07-14',
  '2027-08-15',
  '2027-11-01',
  '2027-11-11',
  '2027-12-25',
  '2028-01-01',
]);

/** Moroccan holidays: fixed dates, and the religious ones found with the browser-independent islamic-civil calendar of Node's Intl. */
function feriesMaroc(annees: number[]): Set<string> {
  const s = new Set<string>();
  const f = new Intl.DateTimeFormat('en-u-ca-islamic-civil', {
    month: 'numeric',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const religieux = new Set(['1/1', '3/12', '3/13', '10/1', '10/2', '12/10', '12/11']);
  for (const a of annees) {
    for (const md of [
      '01-01',
      '01-11',
      '01-14',
      '05-01',
      '07-30',
      '08-14',
      '08-20',
      '08-21',
      '11-06',
      '11-18',
    ])
      s.add(`${a}-${md}`);
    for (let t = Date.UTC(a, 0, 1); t < Date.UTC(a + 1, 0, 1); t += 86_400_000)
      if (religieux.has(f.format(new Date(t)))) s.add(new Date(t).toISOString().slice(0, 10));
  }
  return s;
}

async function verifierJours(
  page: Page,
  moisDebut: number,
  anneeDebut: number,
  feries: Set<string>,
  commerciaux: number,
  joursParSemaine: number,
) {
  await expect(lignes(page)).toHaveCount(12);
  for (let k = 0; k < 12; k++) {
    const annee = anneeDebut + Math.floor((moisDebut - 1 + k) / 12),
      mois = ((moisDebut - 1 + k) % 12) + 1;
    const attendu = joursOuvres(annee, mois, feries);
    const ligne = lignes(page).nth(k);
    expect(
      nombre(await ligne.locator('[data-resultat="jours-ouvres"]').innerText()),
      `${mois}/${annee}`,
    ).toBe(attendu);
    // The company's prospecting days a week (ch 8's Capacité) out of 5.
    expect(
      nombre(await ligne.locator('[data-resultat="jours-disponibles"]').innerText()),
    ).toBeCloseTo((attendu * commerciaux * joursParSemaine) / 5, 1);
  }
}

test('Vénimob (France) : la campagne part de février 2027 et chaque mois compte ses jours ouvrés, fériés français déduits', async ({
  page,
}) => {
  await ouvrir(page, 'mobilier-lyon');
  await expect(lignes(page).first().locator('th')).toContainText('février 2027');
  await verifierJours(page, 2, 2027, FERIES_FR, 2, joursDeProspection('mobilier-lyon'));
  await expect(lignes(page).nth(3).locator('th')).toContainText('Ascension');
  await expect(page.locator(`${ILOT} [data-resultat="alertes"]`)).toContainText('Aucune alerte');
});

test('changer d’entreprise change le planning : Hilal (Rabat) part d’octobre 2026 avec les fériés marocains', async ({
  page,
}) => {
  await ouvrir(page, 'mobilier-lyon');
  await page.evaluate(() => localStorage.setItem('atelier:v1:entreprise', '"assurances-rabat"'));
  await page.evaluate(() => dispatchEvent(new CustomEvent('atelier:entreprise')));
  await expect(lignes(page).first().locator('th')).toContainText('octobre 2026');
  await expect(page.locator(`${ILOT} [data-resultat="feries"]`)).toContainText('Maroc');
  await verifierJours(
    page,
    10,
    2026,
    feriesMaroc([2026, 2027]),
    2,
    joursDeProspection('assurances-rabat'),
  );
  await expect(page.locator(`${ILOT} caption`)).toContainText('Hilal Conseil Assurances');
});

test('au clavier : deux actions lourdes le même mois donnent une alerte, qui disparaît quand on les sépare', async ({
  page,
}) => {
  await ouvrir(page);
  const alertes = page.locator(`${ILOT} [data-alerte="collision"]`);
  const avancer = page.getByRole('button', { name: /^Mois précédent «.Salon professionnel.»$/ });
  // Default plan from February: visits May–July, the salon in September (August skipped).
  await avancer.focus();
  await page.keyboard.press('Enter');
  await expect(alertes).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(alertes).toHaveCount(1);
  await expect(alertes).toHaveText(
    'En juillet 2027, 2 actions lourdes se chevauchent («\u00a0Visites de découverte\u00a0» et «\u00a0Salon professionnel\u00a0»)\u202f: décalez l’une d’elles.',
  );
  await expect(lignes(page).nth(5)).toHaveClass(/planning-alerte/);
  await page.getByRole('button', { name: /^Mois suivant «.Salon professionnel.»$/ }).press('Enter');
  await expect(alertes).toHaveCount(0);
  // Unticking « lourde » also removes the collision.
  await avancer.press('Enter');
  await expect(alertes).toHaveCount(1);
  await page.locator(`${ILOT} [data-action="salon"] input[type="checkbox"]`).press('Space');
  await expect(alertes).toHaveCount(0);
});

test('des visites au-delà de la capacité du simulateur Capacité déclenchent une alerte', async ({
  page,
}) => {
  await ouvrir(page);
  // Ch 8's Capacité starts from Vénimob's card (by hand: 45 weeks × 2 days × 3 visits = 270).
  const f = forceDeVente('mobilier-lyon');
  const jours = f.semainesParAn * joursDeProspection('mobilier-lyon');
  const admin = Math.round((f.tempsAdministratifHeuresParSemaine * 60) / f.joursParSemaine);
  const parJour = (trajet: number) =>
    Math.floor((f.heuresParJour * 60 - admin) / (f.dureeVisiteMinutes + trajet));
  const capacite = jours * parJour(f.trajetMoyenMinutes);
  const visites = page.locator(`${ILOT} [data-action="visites"] input[inputmode="decimal"]`);
  await visites.fill('800');
  const alerte = page.locator(`${ILOT} [data-alerte="capacite"]`);
  await expect(alerte).toContainText(
    `Les 800\u00a0visites prévues dépassent la capacité de l’équipe\u202f: ${capacite * 2}\u00a0visites par an`,
  );
  expect(
    nombre(await page.locator(`${ILOT} [data-resultat="visites-possibles"]`).innerText()),
  ).toBe(capacite * 2);
  // A month overloaded too: 800 visits over May–July at 4 a day is far beyond 2 × 2/5 of the working days.
  await expect(page.locator(`${ILOT} [data-alerte="surcharge"]`).first()).toContainText('mai 2027');
  await page.locator('#planning-commerciaux').fill('3');
  await expect(alerte).toHaveCount(0);
  // The Capacité island changes, the plan follows: 100 min of travel, fewer visits a day.
  await page.locator('#capacite-trajet').scrollIntoViewIfNeeded();
  await attendreIlots(page, '[data-island="capacite"]');
  await page.locator('#capacite-trajet').fill('100');
  await expect(alerte).toContainText(`${jours * parJour(100) * 3}\u00a0visites par an`);
});

test('une saisie invalide : erreur en français à côté du champ, le dernier planning reste affiché', async ({
  page,
}) => {
  await ouvrir(page);
  const avant = await lignes(page).nth(3).locator('[data-resultat="charge"]').innerText();
  const champ = page.locator(`${ILOT} [data-action="visites"] input[inputmode="decimal"]`);
  await champ.fill('beaucoup');
  await expect(champ).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(`${ILOT} [data-action="visites"] .champ-erreur`)).toContainText(
    /charge de «\u00a0Visites de découverte\u00a0»/,
  );
  await expect(lignes(page).nth(3).locator('[data-resultat="charge"]')).toHaveText(avant);
  await champ.fill('90');
  await expect(champ).not.toHaveAttribute('aria-invalid', 'true');
});

test(
  'ajouter, modifier et supprimer une action au clavier ; le plan survit à un rechargement',
  { tag: '@essentiel' },
  async ({ page }) => {
    await ouvrir(page);
    const type = page.getByLabel('Nouvelle action');
    await type.focus();
    await page.keyboard.press('Home'); // « Préparation du fichier »
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // « Salon »
    await expect(type).toHaveValue('salon');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // Focus goes to the new action's name.
    const nouvelle = page.locator(`${ILOT} .planning-actions > li`).last();
    await expect(nouvelle.locator('input[type="text"]').first()).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Salon régional');
    await nouvelle.getByLabel('Premier mois').focus();
    await page.keyboard.press('ArrowDown'); // mars 2027
    await nouvelle.getByLabel('Charge').fill('3');
    await expect(lignes(page).nth(1)).toContainText('Salon régional');
    await page.reload();
    await attendreIlots(page, ILOT);
    await expect(lignes(page).nth(1)).toContainText('Salon régional');
    await expect(
      page.locator(`${ILOT} .planning-actions > li`).last().getByLabel('Charge'),
    ).toHaveValue('3');
    await page.getByRole('button', { name: /^Supprimer «.Salon régional.»$/ }).press('Enter');
    await expect(lignes(page).nth(1)).not.toContainText('Salon régional');
    await expect(page.getByLabel('Nouvelle action')).toBeFocused();
    await page.getByRole('button', { name: 'Revenir au plan par défaut' }).click();
    await expect(page.locator(`${ILOT} .planning-actions > li`)).toHaveCount(8);
  },
);

test('« Imprimer le planning » : le tableau seul, sans commandes, sur une page A4', async ({
  page,
}) => {
  await ouvrir(page);
  await page.evaluate(() => {
    window.print = () => {};
  });
  await page.getByRole('button', { name: 'Imprimer le planning' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator(`${ILOT} [data-tableau="planning"]`)).toBeVisible();
  await expect(page.locator(`${ILOT} .planning-editeur`).first()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Imprimer le planning' })).toBeHidden();
  await expect(page.locator('h1')).toBeHidden();
  // Kept in this test's output folder (test-results/…), to be looked at.
  await page.screenshot({
    path: test.info().outputPath('planning-impression.png'),
    fullPage: true,
  });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  writeFileSync(test.info().outputPath('planning-impression.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(1);
});

test('une saisie se recalcule sur place (durée relevée)', async ({ page }) => {
  await ouvrir(page);
  const mesurer = (valeur: string) =>
    page
      .locator(`${ILOT} [data-action="visites"] input[inputmode="decimal"]`)
      .evaluate(async (el, valeur) => {
        const input = el as HTMLInputElement;
        const t0 = performance.now();
        input.value = valeur;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => setTimeout(r, 0));
        return performance.now() - t0;
      }, valeur);
  const premiere = await mesurer('120');
  const suivantes = [await mesurer('150'), await mesurer('90'), await mesurer('100')];
  await consignerMesure(test.info(), {
    nom: 'Planning : recalcul et rendu, première saisie',
    ms: [premiere],
    cible: 16,
    banc: 'tests/bench/simulateurs.bench.ts',
  });
  await consignerMesure(test.info(), {
    nom: 'Planning : recalcul et rendu, saisies suivantes',
    ms: suivantes,
    cible: 16,
    banc: 'tests/bench/simulateurs.bench.ts',
  });
});

for (const [nom, affichage] of [
  ['clair', { theme: 'clair' }],
  ['sombre', { theme: 'sombre' }],
  ['projection', { projection: true }],
] as const) {
  test(`axe-core ne signale rien sur le planning en affichage ${nom}`, async ({ page }) => {
    await preparerAffichage(page, affichage);
    await ouvrir(page);
    await page
      .locator(`${ILOT} [data-action="salon"]`)
      .getByRole('button', { name: /Mois précédent/ })
      .click();
    await page
      .locator(`${ILOT} [data-action="salon"]`)
      .getByRole('button', { name: /Mois précédent/ })
      .click();
    // With a collision warning on screen; back to the top so that no field sits under the sticky header.
    await expect(page.locator(`${ILOT} [data-alerte="collision"]`)).toHaveCount(1);
    await page.evaluate(() => scrollTo(0, 0));
    expect(await violationsAxe(page)).toEqual([]);
  });
}
