/**
 * The law of the company's country at the campaign's date (issue 16), seen as a learner sees it:
 * on each Moroccan company, the campaign check of chapter 5, the rules of chapter 7 and the
 * dossier cite loi 09-08 and the CNDP and never a French text; on the Lyon company, after
 * 11 August 2026, a consumer without a recorded consent is left out of a phone campaign and a
 * consumer with one is kept (read back from the exported CSV).
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, attendreIlots } from './outils.ts';

const FRANCAIS = /Bloctel|CNIL|décret/;

async function choisir(page: Page, entreprise: string, chemin: string, ilot: string) {
  await page.addInitScript((id) => {
    if (!sessionStorage.getItem('init')) {
      localStorage.setItem('atelier:v1:entreprise', JSON.stringify(id));
      sessionStorage.setItem('init', '1');
    }
  }, entreprise);
  await page.goto(chemin);
  await page.locator(`[data-island="${ilot}"]`).scrollIntoViewIfNeeded();
  await attendreIlots(page, `[data-island="${ilot}"]`);
}

for (const entreprise of ['emballages-casablanca', 'assurances-rabat']) {
  test(`${entreprise} : le contrôle du chapitre 5 applique la loi 09-08`, async ({ page }) => {
    await choisir(page, entreprise, '/chapitres/exploiter-le-fichier/', 'fichier');
    const ilot = page.locator('[data-island="fichier"]');
    await expect(ilot).toHaveAttribute('data-entreprise', entreprise);
    await ilot.locator('[data-resultat="lignes"]').waitFor();
    await ilot.getByText('Vérifier une campagne sur cette sélection').click();
    const controle = ilot.locator('[data-rgpd]');
    await expect(controle).toHaveAttribute('data-pays', 'MA');
    for (const canal of ['email', 'telephone', 'courrier']) {
      await controle.getByLabel('Canal de la campagne').selectOption(canal);
      await expect(controle.locator('[data-prealable="ma-declaration"]')).toContainText('CNDP');
      await expect(controle).toContainText('09-08');
      await expect(controle).not.toContainText(FRANCAIS);
    }
    // Where Moroccan law is silent, the check says so rather than borrowing French rules.
    await controle.getByLabel('Canal de la campagne').selectOption('telephone');
    await expect(controle.locator('[data-silence="ma-telephone"]')).toContainText('ni horaires');
  });

  test(`${entreprise} : les règles du chapitre 7 sont celles du Maroc`, async ({ page }) => {
    await choisir(page, entreprise, '/chapitres/methodes-et-moyens/', 'methodes');
    const ilot = page.locator('[data-island="methodes"]');
    await expect(ilot).toHaveAttribute('data-entreprise', entreprise);
    const regles = ilot.locator('[data-regles]');
    await expect(regles.locator('[data-droit="MA"]')).toContainText('Maroc');
    await expect(regles).toContainText('09-08');
    await expect(regles).toContainText('CNDP');
    await expect(regles).not.toContainText(FRANCAIS);
  });

  test(`${entreprise} : le dossier cite la loi 09-08 et la CNDP, jamais un texte français`, async ({
    page,
  }) => {
    await page.goto('/mon-dossier/');
    await attendreIlots(page);
    const dossier = page.locator('[data-island="dossier"]');
    await expect(dossier).toHaveAttribute('data-pret', 'oui');
    await page.getByLabel('Exemple', { exact: true }).selectOption(entreprise);
    await page.getByRole('button', { name: 'Remplir avec l’exemple' }).click();
    await expect(page.getByRole('status')).toContainText('rempli avec l’exemple');
    await page
      .getByRole('navigation', { name: 'Étapes du dossier' })
      .getByRole('button', { name: /Préparation/ })
      .click();
    const droit = dossier.locator('[data-droit-dossier="MA"]').first();
    await expect(droit).toContainText('État du droit au 1er\u00a0septembre 2026 — Maroc');
    await expect(droit).toContainText('09-08');
    await expect(droit).toContainText('CNDP');
    // Nowhere in the dossier, on screen or in the printable document.
    await expect(dossier).not.toContainText(FRANCAIS);
  });
}

test('Lyon après le 11 août 2026 : un particulier sans consentement est exclu de l’appel, un particulier consentant est gardé', async ({
  page,
  request,
}) => {
  const j = await (await request.get('/donnees/mobilier-lyon.json')).json();
  const lignes = (j.prospects.lignes as unknown[][]).map((l) =>
    Object.fromEntries((j.prospects.champs as string[]).map((c, i) => [c, l[i]])),
  );
  const frais = (p: Record<string, unknown>) =>
    String(p.dateDernierContact || p.dateCollecte) >= '2023-09-01' && p.opposition !== true;
  const consentant = lignes.find(
    (p) =>
      p.nature === 'consommateur' &&
      p.consentementTelephone === true &&
      p.dateConsentementTelephone &&
      frais(p),
  )!;
  const sansAccord = lignes.find(
    (p) => p.nature === 'consommateur' && p.consentementTelephone !== true && frais(p),
  )!;
  const independant = lignes.find(
    (p) => p.type === 'B2C' && p.nature === 'professionnel' && frais(p),
  )!;
  expect([consentant, sansAccord, independant].every(Boolean)).toBe(true);

  await choisir(page, 'mobilier-lyon', '/chapitres/exploiter-le-fichier/', 'fichier');
  const ilot = page.locator('[data-island="fichier"]');
  await expect(ilot).toHaveAttribute('data-entreprise', 'mobilier-lyon');
  // The whole file: no condition.
  const retirer = ilot.getByRole('button', { name: /^Retirer la condition/ });
  for (const reste of [1, 0]) {
    await retirer.first().click();
    await expect(retirer).toHaveCount(reste);
  }
  await ilot.getByText('Vérifier une campagne sur cette sélection').click();
  const controle = ilot.locator('[data-rgpd]');
  await controle.getByLabel('Canal de la campagne').selectOption('telephone');
  await controle.getByLabel('Date de la campagne').fill('2026-08-12');
  await expect(controle.locator('[data-resultat="droit-applique"]')).toContainText(
    '12\u00a0août 2026 — France',
  );
  await expect(controle.locator('[data-regle="fr-telephone-consentement"]')).toContainText(
    'Loi n°\u00a02025-594',
  );
  const [telechargement] = await Promise.all([
    page.waitForEvent('download'),
    controle.getByRole('button', { name: 'Exporter la sélection sans ces fiches (CSV)' }).click(),
  ]);
  const ids = readFileSync(await telechargement.path(), 'utf8')
    .slice(1)
    .split('\r\n')
    .slice(1)
    .map((l) => l.split(';')[0]);
  expect(ids).toContain(consentant.id);
  expect(ids).not.toContain(sansAccord.id);
  // A self-employed professional buying for their practice is not a consumer: kept without consent.
  expect(ids).toContain(independant.id);
});
