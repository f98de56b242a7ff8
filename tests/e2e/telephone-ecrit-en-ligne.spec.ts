import { test, expect, attendreIlots, preparerAffichage, violationsAxe } from './outils.ts';
import type { Page } from '@playwright/test';

const CHAPITRE = '/chapitres/telephone-ecrit-en-ligne/';
const JDR = '[data-island="jeu-de-role"]';
const ECRITURE = '[data-island="ecriture"]';

async function ouvrirJeu(page: Page) {
  await page.goto(CHAPITRE);
  await page.locator('#simulateur-jeu-de-role').scrollIntoViewIfNeeded();
  await attendreIlots(page, JDR);
}

test(
  'jeu de rôle : un appel joué entièrement au clavier, jusqu’au bilan par phase',
  { tag: '@essentiel' },
  async ({ page }) => {
    await ouvrirJeu(page);
    const premier = page.locator(`${JDR} [data-choix="0"]`);
    await premier.focus();
    for (let tour = 0; tour < 12; tour++) {
      if (await page.locator(`${JDR} [data-fin]`).count()) break;
      await expect(page.locator(`${JDR} :focus`)).toHaveAttribute('data-choix', '0');
      await page.keyboard.press('Enter');
      await expect(page.locator(`${JDR} [data-tour="${tour}"]`)).toBeVisible();
    }
    await expect(page.locator(`${JDR} [data-fin]`)).toBeFocused();
    await expect(page.locator(`${JDR} [data-resultat="issue"]`)).toHaveText(
      /Rendez-vous obtenu|rappel|Pas de rendez-vous/,
    );
    await expect(page.locator(`${JDR} [data-resultat="score"]`)).toHaveText(/^\d+\s\/\s\d+$/);
    await expect(page.locator(`${JDR} .jdr-phases > li`)).toHaveCount(6);
    // Each verdict cites a course rule.
    await expect(page.locator(`${JDR} .jdr-phases [data-verdict] em`).first()).toBeVisible();
    // The game survives a reload.
    const tours = await page.locator(`${JDR} [data-tour]`).count();
    await page.reload();
    await page.locator('#simulateur-jeu-de-role').scrollIntoViewIfNeeded();
    await expect(page.locator(`${JDR} [data-tour]`)).toHaveCount(tours);
  },
);

test('jeu de rôle : « Masquer les résultats » cache la réaction jusqu’à « Révéler la réaction »', async ({
  page,
}) => {
  await ouvrirJeu(page);
  const masquer = page.locator('#simulateur-jeu-de-role [data-labo-action="masquer"]');
  await masquer.click();
  // The simulator's tools load on first use (labo-outils.ts): the reply waits until the button
  // says the results are hidden, as the trainer sees it.
  await expect(masquer).toHaveAttribute('aria-pressed', 'true');
  await page.locator(`${JDR} [data-choix="1"]`).click();
  const reveler = page.getByRole('button', { name: 'Révéler la réaction' });
  await expect(reveler).toBeFocused();
  await expect(page.locator(`${JDR} [data-reaction="0"]`)).toHaveCount(0);
  await reveler.click();
  await expect(page.locator(`${JDR} [data-reaction="0"]`)).toBeVisible();
});

test('jeu de rôle : un autre persona, puis le même scénario retrouvé par son code', async ({
  page,
}) => {
  await ouvrirJeu(page);
  const racine = page.locator(JDR);
  const avant = await racine.getAttribute('data-scenario');
  const codeAvant = await racine.getAttribute('data-code');
  await page.getByRole('button', { name: 'Rejouer avec un autre persona' }).click();
  await expect(racine).not.toHaveAttribute('data-scenario', avant!);
  await page.getByLabel('Code de version').fill(codeAvant!.toLowerCase());
  await page.getByRole('button', { name: 'Charger' }).click();
  await expect(racine).toHaveAttribute('data-scenario', avant!);
  await page.getByLabel('Code de version').fill('K0Q');
  await page.getByRole('button', { name: 'Charger' }).click();
  await expect(page.getByRole('alert')).toContainText('4');
});

test('jeu de rôle : chaque entreprise joue ses propres scénarios', async ({ page }) => {
  const prefixes: Record<string, string> = {
    'emballages-casablanca': 'sadaf-',
    'assurances-rabat': 'hilal-',
    'mobilier-lyon': 'venimob-',
  };
  await page.goto('/');
  for (const [id, prefixe] of Object.entries(prefixes)) {
    await page.evaluate(
      (e) => localStorage.setItem('atelier:v1:entreprise', JSON.stringify(e)),
      id,
    );
    await ouvrirJeu(page);
    await expect(page.locator(JDR)).toHaveAttribute('data-scenario', new RegExp(`^${prefixe}`));
  }
});

test('atelier d’écriture : les critères se mettent à jour à la frappe, et le pays de l’entreprise compte', async ({
  page,
}) => {
  await page.goto(CHAPITRE);
  await page.locator('#simulateur-ecriture').scrollIntoViewIfNeeded();
  await attendreIlots(page, ECRITURE);
  const critere = (id: string) => page.locator(`${ECRITURE} [data-critere="${id}"]`);
  await expect(critere('objet')).toHaveAttribute('data-ok', 'non');
  const ilot = page.locator(ECRITURE);
  await ilot
    .getByLabel('Objet', { exact: true })
    .fill('Vos étuis d’huile d’argan pour l’export, Madame Amrani');
  await expect(critere('objet')).toHaveAttribute('data-ok', 'oui');
  const texte = ilot.getByLabel('Texte du message');
  await texte.fill(
    'Madame Amrani,\n\nVotre coopérative exporte vers l’Europe : nos étuis vous permettent de soigner votre image. Trois coopératives du Souss nous confient déjà leurs étuis. Répondez à ce message pour fixer un rendez-vous.',
  );
  await expect(critere('action')).toHaveAttribute('data-ok', 'oui');
  await expect(critere('promesses')).toHaveAttribute('data-ok', 'oui');
  await texte.press('End');
  await texte.pressSequentially(' Prix garanti.');
  await expect(critere('promesses')).toHaveAttribute('data-ok', 'non');
  await expect(critere('promesses')).toContainText('garanti');
  // Sadaf Emballages is Moroccan: even a professional must have agreed (loi 09-08).
  await expect(page.locator(ECRITURE)).toHaveAttribute('data-pays', 'MA');
  await expect(critere('consentement')).toHaveAttribute('data-ok', 'non');
  await ilot.getByLabel('Le destinataire a accepté de recevoir nos e-mails').check();
  await expect(critere('consentement')).toHaveAttribute('data-ok', 'oui');
});

test('production évaluée : la grille remplie se retrouve dans « Mon bilan », à part des exercices', async ({
  page,
}) => {
  await page.goto(CHAPITRE);
  const tache = page.locator('[data-grille="script-telephonique"]');
  await tache.scrollIntoViewIfNeeded();
  const champ = tache.getByLabel('Votre guide d’entretien');
  // Typed and ticked at once, maybe before the task's script has arrived: nothing may be lost.
  await champ.fill('Contact : Bonjour Madame Bennani…');
  await tache.locator('[data-critere="plan"]').getByText('Satisfaisant').click();
  await expect(tache.locator('tache-production[data-pret]')).toBeAttached();
  await expect(tache.locator('[data-resultat="total-grille"]')).toHaveText(/^2\s\/\s12$/);
  await tache.locator('[data-critere="rdv"]').getByText('Très bien').click();
  await expect(tache.locator('[data-resultat="total-grille"]')).toHaveText(/^5\s\/\s12$/);
  await page.reload();
  await tache.scrollIntoViewIfNeeded();
  await expect(tache.getByLabel('Votre guide d’entretien')).toHaveValue(
    'Contact : Bonjour Madame Bennani…',
  );
  await expect(tache.locator('[data-resultat="total-grille"]')).toHaveText(/^5\s\/\s12$/);
  await page.goto('/bilan/');
  await attendreIlots(page);
  const ligne = page.locator('[data-production="script-telephonique"]');
  await expect(ligne.locator('[data-resultat="auto-evaluation"]')).toHaveText(/^5\s\/\s12$/);
  await expect(ligne).toContainText('Évaluation partielle');
  await expect(
    page.locator('[data-production="persona"] [data-resultat="auto-evaluation"]'),
  ).toHaveText('—');
});

for (const affichage of [
  { theme: 'clair' as const },
  { theme: 'sombre' as const },
  { theme: 'clair' as const, projection: true },
]) {
  test(`chapitre 13 sans violation d’accessibilité (${affichage.theme}${affichage.projection ? ', projection' : ''})`, async ({
    page,
  }) => {
    await preparerAffichage(page, affichage);
    await ouvrirJeu(page);
    await page.locator(`${JDR} [data-choix="0"]`).click();
    await page.locator('#simulateur-ecriture').scrollIntoViewIfNeeded();
    await attendreIlots(page, ECRITURE);
    await page.locator('[data-grille="email-prospection"]').scrollIntoViewIfNeeded();
    expect(await violationsAxe(page)).toEqual([]);
  });
}

test('avant que ses scripts ne tournent, la page nomme la même entreprise dans l’en-tête et dans l’atelier d’écriture', async ({
  request,
}) => {
  // The HTML as served: what a reader sees before the islands run (or with scripts off).
  const html = await (await request.get(CHAPITRE)).text();
  const entete = /data-entreprise-nom[^>]*>([^<]+)</.exec(html)?.[1];
  const ecriture = /Vous écrivez pour <strong>([^<]+)</.exec(html)?.[1];
  expect(entete).toBeTruthy();
  expect(ecriture).toBe(entete);
  // The role play's server render is one company's scenario: kept invisible until hydration, so a
  // learner of another company never reads it (tester A1, Hilal shown Sadaf's salesman).
  expect(html).toMatch(/class="labo-corps jdr jdr-attente"[^>]*data-island="jeu-de-role"/);
});

// On a slow connection the tools' code (src/elements/projection.ts) arrives seconds after the
// click: « Masquer » must still take effect at once, so a reply chosen meanwhile keeps its reaction
// hidden, and a second press while it loads must not undo the first.
test('jeu de rôle : « Masquer » cliqué avant que les outils soient chargés prend effet', async ({
  page,
}) => {
  let liberer: () => void = () => {};
  const charge = new Promise<void>((r) => (liberer = r));
  await page.route(/\/_astro\/projection\.[^/]*\.js$/, async (r) => {
    await charge;
    await r.continue();
  });
  await ouvrirJeu(page);
  const masquer = page.locator('#simulateur-jeu-de-role [data-labo-action="masquer"]');
  await masquer.click();
  await masquer.click();
  await page.locator(`${JDR} [data-choix="1"]`).click();
  await expect(page.locator(`${JDR} [data-tour="0"]`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Révéler la réaction' })).toBeVisible();
  await expect(page.locator(`${JDR} [data-reaction="0"]`)).toHaveCount(0);
  liberer();
  await expect(masquer).toHaveAttribute('aria-pressed', 'true');
  await expect(masquer).toHaveText(/Révéler la suite|Masquer/);
  await expect(page.locator(`${JDR} [data-reaction="0"]`)).toHaveCount(0);
  await page.getByRole('button', { name: 'Révéler la réaction' }).click();
  await expect(page.locator(`${JDR} [data-reaction="0"]`)).toBeVisible();
});
