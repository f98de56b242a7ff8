/**
 * Session 11, « nothing a learner saved or imported is lost or misreported »: the backup of Mon
 * bilan carries the imported file and Mon dossier and puts them back; chapter 5 never reports
 * « aucun problème » for a file it has not analysed yet; an import in a browser that refuses site
 * data says so in French; Mon dossier keeps every key typed on a slow machine.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, attendreIlots } from './outils.ts';

const FICHIER = 'tests/fixtures/prospects-marrakech.csv'; // 60 Moroccan prospects, some duplicates
const importeur = (page: Page) => page.locator('[data-island="import-fichier"]');

async function importerFichier(page: Page) {
  await page.goto('/donnees/');
  await page.locator('#import-fichier-labo').scrollIntoViewIfNeeded();
  await attendreIlots(page);
  await importeur(page).locator('#import-fichier').setInputFiles(FICHIER);
  await importeur(page).getByRole('button', { name: 'Importer', exact: true }).click();
  return importeur(page).locator('[data-resultat="rapport-import"]');
}

async function ouvrirDossier(page: Page) {
  await page.goto('/mon-dossier/');
  await attendreIlots(page);
  await expect(page.locator('[data-island="dossier"]')).toHaveAttribute('data-pret', 'oui');
}

test('« Télécharger tout mon travail » garde le fichier importé et Mon dossier, et un autre navigateur les retrouve', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const rapport = await importerFichier(page);
  await expect(rapport.locator('[data-resultat="enregistrement"]')).toHaveAttribute(
    'data-etat',
    'ok',
  );
  await ouvrirDossier(page);
  await page.getByLabel('Nom de l’entreprise').fill('Menara Clim SARL');
  // Saved: what a clean browser will get from the backup.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<string>((fin) => {
            const r = indexedDB.open('atelier');
            r.onsuccess = () => {
              const l = r.result
                .transaction('fichiers')
                .objectStore('fichiers')
                .get('atelier:v1:dossier');
              l.onsuccess = () => fin(JSON.stringify(l.result ?? ''));
            };
          }),
      ),
    )
    .toContain('Menara Clim SARL');
  await page.goto('/bilan/');
  const section = page.locator('[data-island="sauvegarde-travail"]');
  await section.scrollIntoViewIfNeeded();
  await attendreIlots(page, '[data-island="sauvegarde-travail"]');
  await expect(section).toContainText('Mon dossier');
  const telechargement = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Télécharger tout mon travail' }).click();
  const chemin = await (await telechargement).path();
  const contenu = readFileSync(chemin, 'utf8');
  expect(contenu).toContain('Riad Dar Zitoune'); // a row of the imported file
  expect(contenu).toContain('Menara Clim SARL'); // the dossier

  // A clean browser: the backup is all there is.
  const autre = await browser.newContext();
  const q = await autre.newPage();
  q.on('dialog', (d) => void d.accept());
  await q.goto('/bilan/');
  const s2 = q.locator('[data-island="sauvegarde-travail"]');
  await s2.scrollIntoViewIfNeeded();
  await attendreIlots(q, '[data-island="sauvegarde-travail"]');
  await s2.locator('[data-import-travail]').setInputFiles(chemin);
  await expect(s2.getByRole('status')).toContainText('Travail importé');
  await expect(s2.getByRole('status')).toContainText('60 prospects');

  await q.goto('/donnees/');
  await q.locator('#import-fichier-labo').scrollIntoViewIfNeeded();
  await attendreIlots(q);
  await expect(q.getByRole('alert').filter({ hasText: 'illisibles' })).toHaveCount(0);
  await expect(q.locator('#choix-entreprise')).toHaveValue('mon-fichier');
  await expect(q.locator('[data-entreprise-nom]')).toHaveText('prospects-marrakech.csv');
  await expect(q.locator('[data-island="apercu-fichier"] [data-resultat="lignes"]')).toContainText(
    /^60 prospects/,
  );
  await ouvrirDossier(q);
  await expect(q.getByLabel('Nom de l’entreprise')).toHaveValue('Menara Clim SARL');
  await autre.close();
});

test('une sauvegarde d’avant, sans les lignes du fichier importé : rien d’« illisible », l’en-tête et la page disent la même entreprise', async ({
  page,
}) => {
  page.on('dialog', (d) => void d.accept());
  const ancienne = JSON.stringify({
    format: 'atelier-prospection-travail',
    version: 1,
    exporteLe: '2026-12-07T08:00:00.000Z',
    valeurs: {
      'atelier:v1:entreprise': '"mon-fichier"',
      'atelier:v1:import':
        '{"nom":"prospects-cp1252.csv","lignes":60,"importeLe":"2026-12-07T07:00:00.000Z","devise":"MAD"}',
    },
  });
  await page.goto('/bilan/');
  const section = page.locator('[data-island="sauvegarde-travail"]');
  await section.scrollIntoViewIfNeeded();
  await attendreIlots(page, '[data-island="sauvegarde-travail"]');
  await section.locator('[data-import-travail]').setInputFiles({
    name: 'ancienne.json',
    mimeType: 'application/json',
    buffer: Buffer.from(ancienne),
  });
  await expect(section.getByRole('status')).toContainText(
    /fichier importé absent de la sauvegarde.*importez à nouveau votre CSV/i,
  );
  await page.goto('/donnees/');
  await page.locator('#import-fichier-labo').scrollIntoViewIfNeeded();
  await attendreIlots(page);
  await expect(page.getByRole('alert').filter({ hasText: 'illisibles' })).toHaveCount(0);
  const nom = await page.locator('[data-entreprise-nom]').innerText();
  expect(nom).not.toContain('prospects-cp1252');
  await expect(page.locator('#choix-entreprise option:checked')).toHaveText(nom);
});

test('chapitre 5 avec le fichier de l’apprenant : jamais « aucun problème » avant que l’analyse soit faite', async ({
  page,
}) => {
  await importerFichier(page);
  await expect(importeur(page).locator('[data-resultat="enregistrement"]')).toHaveAttribute(
    'data-etat',
    'ok',
  );
  await page.addInitScript(() => {
    (window as unknown as { vus: string[] }).vus = [];
    new MutationObserver(() => {
      const t = document.querySelector('[data-island="fichier"]')?.textContent ?? '';
      if (/Aucun problème détecté|0 fiche sur 0/.test(t))
        (window as unknown as { vus: string[] }).vus.push(t.slice(0, 200));
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto('/chapitres/exploiter-le-fichier/');
  const ilot = page.locator('[data-island="fichier"]');
  await ilot.scrollIntoViewIfNeeded();
  await expect(ilot.locator('[data-resultat="concernees"]')).toContainText('sur 60');
  await expect(ilot.locator('.fichier-groupe').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { vus: string[] }).vus)).toEqual([]);
});

test('données du site bloquées pendant un import : un seul message en français, rien de « importé » ni de « fichier précédent »', async ({
  page,
}) => {
  await page.addInitScript(() => {
    for (const nom of ['localStorage', 'sessionStorage', 'indexedDB']) {
      Object.defineProperty(window, nom, {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    }
  });
  const rapport = await importerFichier(page);
  const etat = rapport.locator('[data-resultat="enregistrement"]');
  await expect(etat).toHaveAttribute('data-etat', 'echec');
  await expect(etat).toContainText('ne laisse pas le site enregistrer');
  await expect(importeur(page)).not.toContainText('Access is denied');
  await expect(importeur(page)).not.toContainText('fichier précédent');
  await expect(rapport.locator('[data-resultat="importes"]')).not.toContainText('importés');
});

test('Mon dossier, machine lente (CPU ÷ 6) : « 480 000 » tapé vite dans une catégorie reste 480 000', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await ouvrirDossier(page);
  await page.getByLabel('Exemple', { exact: true }).selectOption('mobilier-lyon');
  await page.getByRole('button', { name: 'Remplir avec l’exemple' }).click();
  await expect(page.getByRole('status')).toContainText('rempli avec l’exemple');
  await page
    .getByRole('navigation', { name: 'Étapes du dossier' })
    .getByRole('button', { name: /Demande et portefeuille/ })
    .click();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  for (const [id, delai] of [
    ['#d-cat-1-n1', 80],
    ['#d-cat-0-n', 20],
    ['#d-cat-2-n1', 5],
  ] as const) {
    const champ = page.locator(id);
    await champ.click();
    await champ.press('ControlOrMeta+a');
    await champ.pressSequentially('480 000', { delay: delai });
  }
  // A newly added category typed into at once.
  await page.getByRole('button', { name: '+ Ajouter une catégorie' }).click();
  const nouvelle = page.locator('[id^="d-cat-"][id$="-n1"]').last();
  await nouvelle.pressSequentially('455 000', { delay: 5 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expect(page.locator('#d-cat-1-n1')).toHaveValue('480 000');
  await expect(page.locator('#d-cat-0-n')).toHaveValue('480 000');
  await expect(page.locator('#d-cat-2-n1')).toHaveValue('480 000');
  await expect(nouvelle).toHaveValue('455 000');
  await page.reload();
  await expect(page.locator('[data-island="dossier"]')).toHaveAttribute('data-pret', 'oui');
  await expect(page.locator('#d-cat-1-n1')).toHaveValue(/^480\s000$/);
  await expect(page.locator('#d-cat-2-n1')).toHaveValue(/^480\s000$/);
  await expect(nouvelle).toHaveValue(/^455\s000$/);
});

test('Mon dossier en DH : « 3 000 € » est refusé en français, et les montants au centime s’additionnent à l’écran', async ({
  page,
}) => {
  await ouvrirDossier(page);
  await page.getByLabel('Devise').selectOption('MAD');
  const etape = (nom: RegExp) =>
    page
      .getByRole('navigation', { name: 'Étapes du dossier' })
      .getByRole('button', { name: nom })
      .click();
  await etape(/Méthode et coût/);
  for (const [i, montant] of ['25 000', '12 000,50', '3 000 €'].entries()) {
    await page.getByRole('button', { name: '+ Ajouter une ligne de coût' }).click();
    await page.getByLabel(`Action ${i + 1}`, { exact: true }).fill(`Action ${i + 1}`);
    await page.getByLabel(`Montant de l’action ${i + 1}`).fill(montant);
  }
  await expect(page.locator('#d-cout-2-montant-erreur')).toHaveText(
    'Ce dossier compte en DH\u202f: tapez le montant en dirhams, sans «\u00a0€\u00a0» (la devise se change à l’étape 1).',
  );
  await page.getByLabel('Montant de l’action 3').fill('3 000');
  await etape(/Résultats/);
  await page.getByLabel('Marge générée').fill('90 000');
  const rentabilite = page.locator('[data-analyse="rentabilite"]');
  // 25 000 + 12 000,50 + 3 000 = 40 000,50 ; 90 000 − 40 000,50 = 49 999,50 (shown « 40 001 » and « 50 000 » before).
  await expect(rentabilite.locator('[data-chiffre^="Coût de l’opération"] dd')).toHaveText(
    '40\u202f000,50\u00a0DH',
  );
  await expect(rentabilite.locator('[data-chiffre^="Résultat"] dd')).toHaveText(
    '49\u202f999,50\u00a0DH',
  );
  // The printed cover lists part 1 as well.
  await expect(page.locator('.couverture-sommaire li').first()).toHaveText('1. L’entreprise');
});

test('/donnees/ : un fichier plein de +212 et de villes marocaines propose le Maroc, dit pourquoi, et se change', async ({
  page,
}) => {
  await page.goto('/donnees/');
  await page.locator('#import-fichier-labo').scrollIntoViewIfNeeded();
  await attendreIlots(page);
  await importeur(page).locator('#import-fichier').setInputFiles(FICHIER);
  const pays = importeur(page).getByLabel('Pays des lignes qui ne le disent pas');
  await expect(pays).toHaveValue('MA');
  await expect(importeur(page).locator('[data-resultat="pays-devine"]')).toContainText(
    /numéros en \+212.*villes du Maroc/,
  );
  await pays.selectOption('FR');
  await expect(pays).toHaveValue('FR');
});

test('la description du fichier importé sans ses lignes (données du site en partie effacées) : ni « illisibles », ni un en-tête qui nomme un fichier absent', async ({
  page,
}) => {
  await page.addInitScript(() => {
    localStorage.setItem('atelier:v1:entreprise', '"mon-fichier"');
    localStorage.setItem(
      'atelier:v1:import',
      '{"nom":"prospects-cp1252.csv","lignes":60,"importeLe":"2026-12-07T07:00:00.000Z","devise":"MAD"}',
    );
  });
  await page.goto('/donnees/');
  await page.locator('#import-fichier-labo').scrollIntoViewIfNeeded();
  await attendreIlots(page);
  await expect(
    page.getByRole('alert').filter({ hasText: 'n’est plus dans ce navigateur' }),
  ).toContainText('importez à nouveau votre CSV');
  await expect(page.getByRole('alert').filter({ hasText: 'illisibles' })).toHaveCount(0);
  await expect(page.locator('[data-entreprise-nom]')).not.toHaveText('prospects-cp1252.csv');
  await expect(page.locator('[data-entreprise-nom]')).toHaveText(
    await page.locator('#choix-entreprise option:checked').innerText(),
  );
});
