/**
 * Issue 15, « nothing the learner typed is lost », on the built site: a shared scenario with a
 * bad part, a full storage, a browser that refuses site data. Each test reproduced the loss
 * before the fix (persistance.ts, stockage-sur.ts, scenario.ts).
 */
import { test, expect, attendreIlots } from './outils.ts';
import type { Page } from '@playwright/test';

const lien = (o: unknown) => `1.${Buffer.from(JSON.stringify(o)).toString('base64url')}`;
const travail = (selection: string[]) => ({
  journal: [],
  grille: null,
  selection,
  methode: null,
  budget: null,
  entonnoir: null,
  plan: null,
});
const VISITEUR = {
  'atelier:v1:entreprise': JSON.stringify('assurances-rabat'),
  'atelier:v1:travail': JSON.stringify({
    'mobilier-lyon': travail(['L1']),
    'assurances-rabat': travail(['R1', 'R2']),
  }),
  'atelier:v1:portefeuille': JSON.stringify({ 'assurances-rabat': { seuilA: '70', seuilB: '90' } }),
};

/** The visitor's storage, set once (not again on the reload that follows « Garder »). */
async function visiteur(page: Page, cles: Record<string, string>) {
  await page.addInitScript((c) => {
    if (sessionStorage.getItem('init')) return;
    for (const [k, v] of Object.entries(c)) localStorage.setItem(k, v);
    sessionStorage.setItem('init', '1');
  }, cles);
}
const stockage = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));

test('« Garder » un lien dont le travail a une forme fausse : rien n’est perdu, la partie refusée est nommée (cas 1)', async ({
  page,
}) => {
  await visiteur(page, VISITEUR);
  await page.goto(
    `/chapitres/analyser-le-portefeuille/?scenario=${lien({ e: 'mobilier-lyon', d: { travail: { 'mobilier-lyon': { selection: 'x' } }, portefeuille: { 'mobilier-lyon': { seuilA: '75', seuilB: '92' } } } })}`,
  );
  const bandeau = page.locator('[data-bandeau-scenario]');
  await expect(bandeau).toContainText('scénario partagé');
  // The header names the scenario's company, not the visitor's (Rabat).
  await expect(page.locator('[data-entreprise-nom]')).toHaveText('Vénimob');
  await page.locator('[data-island="portefeuille"]').scrollIntoViewIfNeeded();
  await attendreIlots(page, '[data-island="portefeuille"]');
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: /lien de scénario \(«\s?travail\s?»\) était illisible/ }),
  ).not.toHaveCount(0);
  await bandeau.getByRole('button', { name: 'Garder ce scénario' }).click();
  await expect(bandeau.locator('[data-confirmation]')).toContainText('deviendra l’entreprise');
  await bandeau.getByRole('button', { name: 'Garder ce scénario' }).click();
  await expect(bandeau).toContainText(/illisibles et n’ont pas été gardées.*travail/);
  const apres = await stockage(page);
  expect(JSON.parse(apres['atelier:v1:travail'])).toEqual(
    JSON.parse(VISITEUR['atelier:v1:travail']),
  );
  // Cas 2, on a per-company key of today: the scenario's company is added, the visitor's other company stays.
  expect(JSON.parse(apres['atelier:v1:portefeuille'])).toEqual({
    'assurances-rabat': { seuilA: '70', seuilB: '90' },
    'mobilier-lyon': { seuilA: '75', seuilB: '92' },
  });
  expect(JSON.parse(apres['atelier:v1:entreprise'])).toBe('mobilier-lyon');
  expect(Object.keys(apres).filter((k) => k.includes('corrompu'))).toEqual([]);
  await bandeau.getByRole('button', { name: 'Voir mes saisies' }).click();
  await expect(page).not.toHaveURL(/scenario=/);
  await expect(page.locator('[data-bandeau-scenario]')).toHaveCount(0);
});

test('un travail stocké dont une entreprise est illisible : seule elle est mise de côté, Mon bilan la rend (cas 1)', async ({
  page,
}) => {
  await visiteur(page, {
    ...VISITEUR,
    'atelier:v1:travail': JSON.stringify({
      'mobilier-lyon': { selection: 'x' },
      'assurances-rabat': travail(['R1', 'R2']),
    }),
  });
  await page.goto('/chapitres/selectionner-les-prospects/');
  await page.locator('[data-island="scoring"]').scrollIntoViewIfNeeded();
  await attendreIlots(page, '[data-island="scoring"]');
  await expect(
    page.getByRole('alert').filter({ hasText: 'pour l’entreprise mobilier-lyon' }),
  ).not.toHaveCount(0);
  const apres = await stockage(page);
  expect(Object.keys(JSON.parse(apres['atelier:v1:travail']))).toEqual(['assurances-rabat']);
  expect(JSON.parse(apres['atelier:v1:travail'])['assurances-rabat'].selection).toEqual([
    'R1',
    'R2',
  ]);
  expect(JSON.parse(apres['atelier:v1:travail:corrompu'])).toEqual({
    'mobilier-lyon': { selection: 'x' },
  });

  await page.goto('/bilan/');
  const section = page.locator('[data-island="sauvegarde-travail"]');
  const ligne = section.locator('[data-mise-de-cote="travail"]');
  await expect(ligne).toBeVisible();
  const telechargement = page.waitForEvent('download');
  await ligne.getByRole('button', { name: 'Télécharger' }).click();
  expect((await telechargement).suggestedFilename()).toBe('travail-mis-de-cote.json');
  await ligne.getByRole('button', { name: 'Restaurer' }).click();
  await expect(section.getByRole('status')).toContainText('« travail » est restauré');
  await expect(section.locator('[data-mise-de-cote]')).toHaveCount(0);
  const restaure = await stockage(page);
  expect(JSON.parse(restaure['atelier:v1:travail'])).toMatchObject({
    'mobilier-lyon': { selection: 'x' },
    'assurances-rabat': { selection: ['R1', 'R2'] },
  });
});

test('stockage plein : aucune exception, la saisie reste à l’écran, un avis en français propose l’export (cas 8)', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const ecrire = Storage.prototype.setItem;
    Storage.prototype.setItem = function (cle: string, valeur: string) {
      if (cle === 'atelier:v1:usures')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return ecrire.call(this, cle, valeur);
    };
  });
  await page.goto('/chapitres/pourquoi-prospecter/');
  await page.locator('[data-island="usure"]').scrollIntoViewIfNeeded();
  await attendreIlots(page, '[data-island="usure"]');
  await page.getByLabel('Clients en portefeuille').fill('321');
  const avis = page.locator('[data-avis-stockage]');
  await expect(avis).toHaveAttribute('data-etat', 'plein');
  await expect(avis).toContainText('n’a plus de place');
  await expect(avis.getByRole('link', { name: /Exporter mon travail/ })).toHaveAttribute(
    'href',
    '/bilan/#sauvegarde',
  );
  await expect(page.getByLabel('Clients en portefeuille')).toHaveValue('321');
});

test('données du site bloquées : chaque îlot s’hydrate, un avis dit que rien ne sera gardé (cas 13)', async ({
  page,
}) => {
  await page.addInitScript(() => {
    for (const nom of ['localStorage', 'sessionStorage', 'indexedDB']) {
      Object.defineProperty(window, nom, {
        configurable: true,
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    }
  });
  for (const url of [
    '/chapitres/pourquoi-prospecter/',
    '/chapitres/selectionner-les-prospects/',
    '/chapitres/exploiter-le-fichier/',
    '/donnees/',
    '/bilan/',
  ]) {
    await page.goto(url);
    for (const ilot of await page.locator('astro-island').all())
      await ilot.scrollIntoViewIfNeeded();
    await attendreIlots(page);
    await expect(page.locator('[data-avis-stockage]'), url).toContainText(
      'rien de ce que vous saisissez ne sera gardé',
    );
  }
  await page.goto('/chapitres/pourquoi-prospecter/');
  await page.locator('[data-island="usure"]').scrollIntoViewIfNeeded();
  await attendreIlots(page, '[data-island="usure"]');
  await page.getByLabel('Clients en portefeuille').fill('400');
  await expect(
    page.locator('[data-island="usure"] [data-resultat="clients-perdus"]'),
  ).not.toBeEmpty();
});

test('un scénario trop long pour un lien n’est pas proposé en lien : il part en fichier, que Mon bilan importe (cas 10)', async ({
  page,
  browser,
  baseURL,
}) => {
  const journal = Array.from({ length: 400 }, (_, i) => ({
    type: 'modifier',
    id: `L${i + 1}`,
    champ: 'ville',
    valeur: `Ville corrigée numéro ${i + 1}`,
  }));
  await visiteur(page, {
    'atelier:v1:entreprise': JSON.stringify('mobilier-lyon'),
    'atelier:v1:travail': JSON.stringify({ 'mobilier-lyon': { ...travail([]), journal } }),
  });
  await page.goto('/chapitres/exploiter-le-fichier/');
  await page.locator('#simulateur-fichier').scrollIntoViewIfNeeded();
  await page.locator('#simulateur-fichier [data-labo-action="partager"]').click();
  const dialogue = page.getByRole('dialog', { name: 'Partager ce scénario' });
  await expect(dialogue.locator('[data-partage-trop-long]')).toContainText(
    /trop long pour un lien.*le journal de nettoyage \(chapitre 5\)/,
  );
  await expect(dialogue.getByRole('textbox')).toHaveCount(0);
  const telechargement = page.waitForEvent('download');
  await dialogue.getByRole('button', { name: 'Télécharger le scénario' }).click();
  const fichier = await (await telechargement).path();

  const autre = await (
    await browser.newContext({ baseURL, locale: 'fr-FR', serviceWorkers: 'block' })
  ).newPage();
  await visiteur(autre, {
    'atelier:v1:travail': JSON.stringify({ 'assurances-rabat': travail(['R1']) }),
  });
  await autre.goto('/bilan/');
  await attendreIlots(autre, '[data-island="sauvegarde-travail"]');
  autre.once('dialog', (d) => {
    expect(d.message()).toContain('travail (mobilier-lyon)');
    void d.accept();
  });
  await autre.locator('[data-import-travail]').setInputFiles(fichier);
  await expect(autre.locator('[data-island="sauvegarde-travail"] [role="status"]')).toContainText(
    'Travail importé',
  );
  const importe = JSON.parse((await stockage(autre))['atelier:v1:travail']);
  expect(importe['mobilier-lyon'].journal).toHaveLength(400);
  expect(importe['assurances-rabat'].selection).toEqual(['R1']);
  await autre.context().close();
});

test('« Garder » un lien qui remplacerait des saisies du visiteur : le bandeau les nomme, « Annuler » ne touche à rien', async ({
  page,
}) => {
  const propres = {
    'atelier:v1:entreprise': JSON.stringify('mobilier-lyon'),
    'atelier:v1:portefeuille': JSON.stringify({ 'mobilier-lyon': { seuilA: '70', seuilB: '90' } }),
  };
  await visiteur(page, propres);
  await page.goto(
    `/chapitres/analyser-le-portefeuille/?scenario=${lien({ e: 'mobilier-lyon', d: { portefeuille: { 'mobilier-lyon': { seuilA: '75', seuilB: '92' } } } })}`,
  );
  const bandeau = page.locator('[data-bandeau-scenario]');
  await bandeau.getByRole('button', { name: 'Garder ce scénario' }).click();
  await expect(bandeau.locator('[data-confirmation]')).toContainText(
    'remplacera vos propres saisies pour Vénimob : celles de l’analyse du portefeuille (chapitre 2). Elles seront perdues.',
  );
  await bandeau.getByRole('button', { name: 'Annuler' }).click();
  await expect(bandeau).toContainText('scénario partagé');
  expect(JSON.parse((await stockage(page))['atelier:v1:portefeuille'])).toEqual({
    'mobilier-lyon': { seuilA: '70', seuilB: '90' },
  });
  await bandeau.getByRole('button', { name: 'Garder ce scénario' }).click();
  await bandeau.getByRole('button', { name: 'Remplacer mes saisies' }).click();
  await expect(page).not.toHaveURL(/scenario=/);
  expect(JSON.parse((await stockage(page))['atelier:v1:portefeuille'])).toEqual({
    'mobilier-lyon': { seuilA: '75', seuilB: '92' },
  });
});
