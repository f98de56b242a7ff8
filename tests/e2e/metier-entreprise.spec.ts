/**
 * Each sample company in its own words (verif14 items 5 and 8): Hilal Conseil Assurances earns
 * commissions on the premiums it places, so chapters 7, 9 and 11 speak of its commission, not of
 * a reseller's margin; Sadaf and Vénimob keep « marge » and « taux de marque ». Chapter 5's query
 * builder offers « inscrit sur Bloctel » only for a French file; Vénimob's starting budget names
 * no list its law does not have. The arithmetic is the same: only the words change.
 */
import type { Page } from '@playwright/test';
import { test, expect, attendreIlots } from './outils.ts';

const ENTREPRISES = ['emballages-casablanca', 'assurances-rabat', 'mobilier-lyon'] as const;

async function ouvrir(page: Page, chemin: string, id: string, simulateur: string, ilot: string) {
  await page.addInitScript((e) => {
    if (sessionStorage.getItem('init')) return;
    localStorage.setItem('atelier:v1:entreprise', JSON.stringify(e));
    sessionStorage.setItem('init', '1');
  }, id);
  await page.goto(chemin);
  await page.locator(simulateur).scrollIntoViewIfNeeded();
  await attendreIlots(page, ilot);
}

for (const id of ENTREPRISES) {
  const agence = id === 'assurances-rabat';

  test(`chapitre 7, ${id} : ce que rapporte une vente, dans les mots de son métier`, async ({
    page,
  }) => {
    await ouvrir(
      page,
      '/chapitres/methodes-et-moyens/',
      id,
      '#simulateur-methodes',
      '[data-island="methodes"]',
    );
    const aide = page.locator('#methodes-marge-aide');
    if (agence) {
      await expect(aide).toHaveText(
        /^Par défaut, la commission moyenne par contrat de Hilal Conseil Assurances\u202f: 4\u202f800\u00a0DH de prime − 4\u202f018\u00a0DH reversés à la compagnie = 782\u00a0DH \(16,3\u202f% de la prime\)\.$/,
      );
      await expect(page.getByLabel('Commission par client gagné')).toBeVisible();
    } else {
      await expect(aide).toHaveText(/^Par défaut, la marge moyenne par commande de .+ = .+\.$/);
      await expect(page.getByLabel('Marge par client gagné')).toBeVisible();
    }
    await expect(aide).not.toContainText('d’une commande moyenne');
  });

  test(`chapitre 9, ${id} : le taux de départ est un taux de ${agence ? 'commission' : 'marque'}`, async ({
    page,
  }) => {
    await ouvrir(
      page,
      '/chapitres/budgetiser/',
      id,
      '#simulateur-budget',
      '[data-island="budget"]',
    );
    const origine = page.locator('[data-island="budget"] [data-origine="budget"]');
    await expect(origine).toContainText(
      agence
        ? 'le taux de commission de l’offre de Hilal Conseil Assurances (16,3'
        : 'le taux de marque de l’offre de',
    );
    // Verif14 item 8: no starting line names a list the company's law does not have.
    await expect(page.locator('[data-island="budget"] [data-alerte="droit"]')).toHaveCount(0);
  });

  test(`chapitre 11, ${id} : la ligne de marge dit « ${agence ? 'Commissions' : 'Marge'} »`, async ({
    page,
  }) => {
    await ouvrir(
      page,
      '/chapitres/mesurer-la-rentabilite/',
      id,
      '#simulateur-tableau-de-bord',
      '[data-island="tableau-de-bord"]',
    );
    const ligne = page.locator('[data-tableau="tableau-de-bord"] tr[data-ligne="marge"] th');
    await expect(ligne).toHaveText(
      agence
        ? /^Commissions \(16,3\u202f% des primes, DH\)$/
        : /^Marge \(\d+(,\d+)?\u202f% du CA, (DH|€)\)$/,
    );
    await expect(
      page.getByLabel(agence ? 'Taux de commission' : 'Taux de marque', { exact: true }),
    ).toBeVisible();
  });

  test(`chapitre 5, ${id} : « inscrit sur Bloctel » n’est proposé que pour un fichier français`, async ({
    page,
  }) => {
    await ouvrir(
      page,
      '/chapitres/exploiter-le-fichier/',
      id,
      '#simulateur-fichier',
      '[data-island="fichier"]',
    );
    await expect(page.locator('[data-island="fichier"]')).toHaveAttribute('data-entreprise', id);
    const champs = page.getByLabel('Champ de la condition 1');
    await expect(champs.locator('option', { hasText: 'raison sociale' })).toHaveCount(1);
    await expect(champs.locator('option', { hasText: 'inscrit sur Bloctel' })).toHaveCount(
      id === 'mobilier-lyon' ? 1 : 0,
    );
  });
}
