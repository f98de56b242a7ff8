/**
 * Issue 15, the last cases of « nothing the learner typed is ever lost »: a new prospect file
 * asks before it replaces the work on the previous one (case 5), an empty dossier file asks
 * before it empties the dossier (case 6), a second tab on chapter 5 follows a new import
 * (case 9), and no inline script is refused by the Content-Security-Policy.
 */
import type { Page } from '@playwright/test';
import { test, expect, attendreIlots } from './outils.ts';

const FIXTURES = 'tests/fixtures';
const importeur = (page: Page) => page.locator('[data-island="import-fichier"]');

async function ouvrirDonnees(page: Page) {
  await page.goto('/donnees/');
  await page.locator('#entreprise-etudiee').scrollIntoViewIfNeeded();
  await page.locator('#import-fichier-labo').scrollIntoViewIfNeeded();
  await attendreIlots(page);
}

/** Chooses a CSV and clicks « Importer » with the guessed mapping. */
async function choisirEtImporter(
  page: Page,
  fichier: string | { name: string; mimeType: string; buffer: Buffer },
) {
  await importeur(page).locator('#import-fichier').setInputFiles(fichier);
  await importeur(page).getByRole('button', { name: 'Importer', exact: true }).click();
}
const enregistre = (page: Page) =>
  expect(importeur(page).locator('[data-resultat="enregistrement"]')).toContainText(/enregistré/i);

test('cas 5 : un nouveau fichier demande avant d’effacer le travail sur le précédent, et propose de l’exporter', async ({
  page,
}) => {
  await ouvrirDonnees(page);
  await choisirEtImporter(page, `${FIXTURES}/utf8-bom-virgule.csv`);
  await enregistre(page);
  const ids = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const o = indexedDB.open('atelier');
        o.onsuccess = () => {
          const r = o.result
            .transaction(o.result.objectStoreNames[0])
            .objectStore(o.result.objectStoreNames[0])
            .get('import');
          r.onsuccess = () => resolve((r.result.prospects as { id: string }[]).map((p) => p.id));
        };
      }),
  );
  // Work on the first file: one deletion, two selected prospects, a method.
  const travail = {
    journal: [{ type: 'supprimer', ids: [ids[0]] }],
    grille: null,
    selection: ids,
    methode: 'telephone',
    entonnoir: null,
  };
  await page.evaluate(
    (t) => localStorage.setItem('atelier:v1:travail', JSON.stringify({ 'mon-fichier': t })),
    travail,
  );
  await ouvrirDonnees(page);

  await choisirEtImporter(page, `${FIXTURES}/excel-fr-windows-1252.csv`);
  const confirmation = importeur(page).locator('[data-confirmation="remplacer-import"]');
  await expect(confirmation).toBeVisible();
  await expect(confirmation).toContainText('utf8-bom-virgule.csv');
  await expect(confirmation).toContainText('1\u00a0opération de nettoyage');
  await expect(confirmation).toContainText('2\u00a0prospects sélectionnés');
  // The question takes the keyboard focus, on its safest answer.
  await expect(confirmation.getByRole('button', { name: 'Télécharger mon travail' })).toBeFocused();
  await expect(confirmation).toContainText('la méthode choisie');
  // « Télécharger mon travail » saves everything first, then the choice stays open.
  const [telechargement] = await Promise.all([
    page.waitForEvent('download'),
    confirmation.getByRole('button', { name: /Télécharger mon travail/ }).click(),
  ]);
  expect(telechargement.suggestedFilename()).toMatch(/^atelier-prospection-travail-.*\.json$/);
  await confirmation.getByRole('button', { name: 'Annuler' }).click();
  await expect(confirmation).toHaveCount(0);
  await expect(importeur(page).locator('[data-resultat="import-actuel"]')).toContainText(
    'utf8-bom-virgule.csv',
  );
  expect(
    await page.evaluate(
      () => JSON.parse(localStorage.getItem('atelier:v1:travail') ?? '{}')['mon-fichier'],
    ),
  ).toEqual(travail);

  await choisirEtImporter(page, `${FIXTURES}/excel-fr-windows-1252.csv`);
  await confirmation.getByRole('button', { name: /Remplacer/ }).click();
  await enregistre(page);
  await expect(importeur(page).locator('[data-resultat="import-actuel"]')).toContainText(
    'excel-fr-windows-1252.csv',
  );
});

test('cas 6 : importer un dossier vide demande avant de vider les champs remplis', async ({
  page,
}) => {
  await page.goto('/mon-dossier/');
  await attendreIlots(page);
  await expect(page.locator('[data-island="dossier"]')).toHaveAttribute('data-pret', 'oui');
  await page.getByLabel('Nom de l’entreprise').fill('Mon entreprise');
  const messages: string[] = [];
  page.once('dialog', (d) => {
    messages.push(d.message());
    void d.dismiss();
  });
  await page.locator('input[type="file"][accept^=".json"]').setInputFiles({
    name: 'vide.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'atelier-prospection/dossier', version: 1 })),
  });
  await expect.poll(() => messages.length).toBe(1);
  expect(messages[0]).toContain('1\u00a0champ rempli sera vidé');
  await expect(page.getByLabel('Nom de l’entreprise')).toHaveValue('Mon entreprise');
  await expect(page.getByRole('status')).toContainText('n’a pas changé');
});

test('cas 9 : un second onglet du chapitre 5 suit un nouvel import et agit sur la bonne personne', async ({
  context,
}) => {
  const csv = (lignes: string[]) => ({
    name: 'base.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(['Nom;Prénom;Ville;Opposition', ...lignes].join('\n')),
  });
  const a = await context.newPage();
  await ouvrirDonnees(a);
  await choisirEtImporter(a, csv(['Martin;Paul;Lyon;non', 'Durand;Anne;Lyon;oui']));
  await enregistre(a);

  const b = await context.newPage();
  await b.goto('/chapitres/exploiter-le-fichier/');
  await b.locator('#simulateur-fichier').scrollIntoViewIfNeeded();
  await attendreIlots(b, '[data-island="fichier"]');
  const fichier = b.locator('[data-island="fichier"]');
  const opposition = fichier.locator('[data-probleme="opposition"]');
  await opposition.locator('summary').click();
  await expect(opposition).toContainText('Durand');

  // Tab A replaces the file: the second row is now another person.
  await choisirEtImporter(a, csv(['Martin;Paul;Lyon;non', 'Roux;Léa;Lyon;oui']));
  const rapport = a.locator('[data-resultat="enregistrement"]');
  const remplacer = a
    .locator('[data-confirmation="remplacer-import"]')
    .getByRole('button', { name: /Remplacer/ });
  await expect(remplacer.or(rapport)).toBeVisible();
  if (await remplacer.isVisible()) await remplacer.click();
  await enregistre(a);

  // Tab B now shows the new file: its opposed person is Roux, not Durand.
  await expect(async () => {
    if (!(await opposition.evaluate((d) => (d as HTMLDetailsElement).open)))
      await opposition.locator('summary').click();
    await expect(opposition).toContainText('Roux', { timeout: 1000 });
  }).toPass();
  await expect(opposition).not.toContainText('Durand');
  const bouton = opposition.getByRole('button', { name: /^Supprimer la fiche/ });
  const id = (await bouton.getAttribute('aria-label'))!.replace('Supprimer la fiche ', '');
  await bouton.click();
  await expect(opposition).toHaveCount(0);
  await expect(fichier.locator('[data-resultat="lignes"]')).toContainText('1');
  // The deletion names Roux's id, which no other person of either file has.
  const journal = await b.evaluate(
    () => JSON.parse(localStorage.getItem('atelier:v1:travail') ?? '{}')['mon-fichier']?.journal,
  );
  expect(journal).toEqual([{ type: 'supprimer', ids: [id] }]);
});

test('aucun script en ligne n’est refusé par la politique de sécurité, qui n’autorise plus « unsafe-inline »', async ({
  page,
}) => {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { violations: string[] }).violations.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sample}`,
      ),
    );
  });
  for (const chemin of [
    '/',
    '/chapitres/exploiter-le-fichier/',
    '/donnees/',
    '/mon-dossier/',
    '/bilan/',
    '/formules/',
  ]) {
    await page.goto(chemin);
    // Bring the first islands into view, so that those hydrated on sight run their inline scripts too.
    const ilots = page.locator('astro-island');
    for (let k = 0; k < Math.min(3, await ilots.count()); k++) {
      await ilots.nth(k).scrollIntoViewIfNeeded();
      await expect(ilots.nth(k)).not.toHaveAttribute('ssr', '');
    }
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp, chemin).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(
      await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
      chemin,
    ).toEqual([]);
  }
});

test('sans IndexedDB, « Mon dossier » ne promet pas un enregistrement à chaque saisie et garde une copie de secours', async ({
  page,
}) => {
  await page.addInitScript(() =>
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }),
  );
  await page.goto('/mon-dossier/');
  await attendreIlots(page);
  await expect(page.locator('[data-island="dossier"]')).toHaveAttribute('data-pret', 'oui');
  const bandeau = page.locator('[data-island="dossier"]').getByRole('note');
  await expect(bandeau).toContainText('copie de secours');
  await expect(bandeau).not.toContainText('à chaque saisie');
  await page.getByLabel('Nom de l’entreprise').fill('Sans IndexedDB');
  await page.reload();
  await attendreIlots(page);
  await expect(page.getByLabel('Nom de l’entreprise')).toHaveValue('Sans IndexedDB');
});

test('l’étape de correspondance d’un fichier large ne dessine que 20 colonnes, les autres à la demande', async ({
  page,
}) => {
  await ouvrirDonnees(page);
  const entetes = ['Nom', 'Ville', ...Array.from({ length: 148 }, (_, i) => `Extra ${i + 1}`)];
  const ligne = ['Martin', 'Lyon', ...Array.from({ length: 148 }, () => 'x')];
  await importeur(page)
    .locator('#import-fichier')
    .setInputFiles({
      name: 'large.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([entetes.join(';'), ligne.join(';')].join('\n')),
    });
  const correspondance = importeur(page).locator('[data-correspondance]');
  await expect(correspondance.locator('select[id^="colonne-"]')).toHaveCount(20);
  await expect(correspondance.locator('[data-resultat="colonnes-restantes"]')).toContainText(
    '130\u00a0autres colonnes gardent',
  );
  await correspondance.getByRole('button', { name: 'Afficher 20\u00a0colonnes de plus' }).click();
  await expect(correspondance.locator('select[id^="colonne-"]')).toHaveCount(40);
  await importeur(page).getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(importeur(page).locator('[data-resultat="importes"]')).toContainText('1');
});
