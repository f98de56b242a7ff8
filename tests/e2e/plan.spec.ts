/**
 * The campaign's thread from chapter to chapter: the selection of chapter 6 feeds the funnel of
 * chapter 10, each company keeps its own funnel, and the dashboard of chapter 11 takes the plan
 * (funnel of chapter 10, budget of chapter 9) as its objectives. Figures are recomputed here from
 * the inputs, independently of the site's code.
 */
import { readFileSync } from 'node:fs';
import { test, expect, attendreIlots, remplir, lireNombre as nombre } from './outils.ts';
import type { Page } from '@playwright/test';

const DIST = process.env.DIST_DIR ?? 'dist';
const idsDe = (entreprise: string): string[] => {
  const j = JSON.parse(readFileSync(`${DIST}/donnees/${entreprise}.json`, 'utf8'));
  const i = j.prospects.champs.indexOf('id');
  return j.prospects.lignes.map((l: unknown[]) => l[i] as string);
};
/** The ids of the prospects who objected: an opposition excludes them from every selection (issue 16). */
const opposesDe = (entreprise: string): Set<string> => {
  const j = JSON.parse(readFileSync(`${DIST}/donnees/${entreprise}.json`, 'utf8'));
  const i = j.prospects.champs.indexOf('id'),
    o = j.prospects.champs.indexOf('opposition');
  return new Set(
    j.prospects.lignes
      .filter((l: unknown[]) => l[o] === true)
      .map((l: unknown[]) => l[i] as string),
  );
};
/** A company's past campaign's stage rates, to 0,01 point as the funnel's fields hold them. */
const tauxPasses = (entreprise: string): number[] => {
  const e = JSON.parse(readFileSync(`content/datasets/${entreprise}/campagne.json`, 'utf8')).etapes;
  const n = [e.fichier, e.contactsJoints, e.rdv, e.propositions, e.commandes];
  return n.slice(1).map((x: number, i: number) => Math.floor((x / n[i]) * 10_000 + 1e-6) / 10_000);
};
/** Whole people, rounded stage after stage as the course teaches (src/lib/campagne/plan.ts). */
const enPersonnes = (contacts: number, taux: readonly number[]) =>
  taux.reduce((e, t) => Math.round(e * t), contacts);
const VIDE = {
  journal: [],
  grille: null,
  selection: [] as string[],
  methode: null,
  budget: null,
  entonnoir: null,
};

/** Opens the site once with this company and these stored works, then lets the page keep its own storage. */
async function demarrer(page: Page, entreprise: string, travaux: Record<string, unknown>) {
  await page.addInitScript(
    ({ entreprise, travaux }) => {
      if (sessionStorage.getItem('init')) return;
      localStorage.setItem('atelier:v1:entreprise', JSON.stringify(entreprise));
      localStorage.setItem('atelier:v1:travail', JSON.stringify(travaux));
      sessionStorage.setItem('init', '1');
    },
    { entreprise, travaux },
  );
}

/** Chooses the company studied on /donnees/, as a learner does. */
async function choisir(page: Page, entreprise: string) {
  await page.goto('/donnees/');
  await page.locator('#entreprise-etudiee').scrollIntoViewIfNeeded();
  await attendreIlots(page, '#entreprise-etudiee');
  await page.locator('#choix-entreprise').selectOption(entreprise);
  // The header follows once the choice is stored: only then may the test move to another page.
  const nom = JSON.parse(readFileSync(`${DIST}/donnees/${entreprise}.json`, 'utf8')).fiche.nom;
  await expect(page.locator('[data-entreprise-nom]')).toHaveText(nom);
}

async function ouvrirEntonnoir(page: Page) {
  await page.goto('/chapitres/mesurer-l-efficacite/');
  await page.locator('#simulateur-entonnoir').scrollIntoViewIfNeeded();
  await attendreIlots(page, '[data-island="entonnoir"]');
}

test('la sélection du chapitre 6 devient les contacts de l’entonnoir ; chaque entreprise garde son entonnoir', async ({
  page,
}) => {
  const selection = idsDe('emballages-casablanca').filter((_, i) => i % 3 === 0);
  await demarrer(page, 'emballages-casablanca', {
    'emballages-casablanca': { ...VIDE, selection },
  });
  await ouvrirEntonnoir(page);
  const opposes = opposesDe('emballages-casablanca'),
    retenus = selection.filter((id) => !opposes.has(id)).length;
  expect(opposes.size).toBeGreaterThan(0);
  const ligne = page.locator('[data-island="entonnoir"] [data-selection]');
  await expect(ligne).toHaveAttribute('data-selection', String(retenus));
  await page.getByRole('button', { name: 'Partir de ma sélection' }).click();
  await expect(page.getByLabel('Nombre de contacts appelés')).toHaveValue(String(retenus));
  // No method chosen: the rates of the company's past campaign (to 0,01 point), said so (D3).
  await expect(page.locator('[data-island="entonnoir"] [data-resultat="origine-taux"]')).toHaveText(
    /^Taux de la campagne passée de l’entreprise/,
  );
  const commandes = enPersonnes(retenus, tauxPasses('emballages-casablanca'));
  await expect
    .poll(async () =>
      nombre(
        await page.locator('[data-island="entonnoir"] [data-resultat="commandes"]').innerText(),
      ),
    )
    .toBe(commandes);

  // Another company: its own funnel (the lesson's example) and no selection yet.
  await choisir(page, 'mobilier-lyon');
  await ouvrirEntonnoir(page);
  await expect(page.locator('[data-island="entonnoir"] [data-selection]')).toHaveAttribute(
    'data-selection',
    '0',
  );
  await expect(page.getByLabel('Nombre de contacts appelés')).toHaveValue('800');

  // Back to Casablanca: its funnel is still there.
  await choisir(page, 'emballages-casablanca');
  await ouvrirEntonnoir(page);
  await expect(page.getByLabel('Nombre de contacts appelés')).toHaveValue(String(retenus));
});

// Session 11, item 6: the button said it takes the contacts, and it also replaced the rates the
// learner had typed with the past campaign's, with no way back to hers.
test('« Partir de ma sélection » prend les contacts de la sélection et garde les taux saisis par l’apprenant', async ({
  page,
}) => {
  const selection = idsDe('emballages-casablanca').filter((_, i) => i % 3 === 0);
  await demarrer(page, 'emballages-casablanca', {
    'emballages-casablanca': { ...VIDE, selection },
  });
  await ouvrirEntonnoir(page);
  const opposes = opposesDe('emballages-casablanca'),
    retenus = selection.filter((id) => !opposes.has(id)).length;
  const saisis = ['12,5', '20', '62,5', '30'];
  for (const [i, t] of saisis.entries()) await remplir(page.locator(`#entonnoir-taux-${i}`), t);
  const origine = page.locator('[data-island="entonnoir"] [data-resultat="origine-taux"]');
  await expect(origine).toHaveAttribute('data-origine-taux', 'saisis');
  await page.getByRole('button', { name: 'Partir de ma sélection' }).click();
  await expect(page.getByLabel('Nombre de contacts appelés')).toHaveValue(String(retenus));
  for (const [i, t] of saisis.entries())
    await expect(page.locator(`#entonnoir-taux-${i}`)).toHaveValue(t);
  await expect(origine).toHaveAttribute('data-origine-taux', 'saisis');
  const commandes = enPersonnes(retenus, [0.125, 0.2, 0.625, 0.3]);
  await expect
    .poll(async () =>
      nombre(
        await page.locator('[data-island="entonnoir"] [data-resultat="commandes"]').innerText(),
      ),
    )
    .toBe(commandes);
  // The past campaign's rates stay one tap away, never forced.
  await origine.getByRole('button', { name: 'Prendre les taux de la campagne passée' }).click();
  await expect(origine).toHaveAttribute('data-origine-taux', 'campagne-passee');
  await expect(page.getByLabel('Nombre de contacts appelés')).toHaveValue(String(retenus));
});

test('« Reprendre mon plan » : les objectifs du tableau de bord viennent de l’entonnoir ramené à la taille de la campagne passée et du budget (fixe), le réalisé de cette campagne', async ({
  page,
}) => {
  const entreprise = 'mobilier-lyon';
  await demarrer(page, entreprise, {});
  await ouvrirEntonnoir(page);
  await page.getByLabel('Nombre de contacts appelés').fill('1 000');
  await expect
    .poll(async () =>
      nombre(
        await page.locator('[data-island="entonnoir"] [data-resultat="commandes"]').innerText(),
      ),
    )
    .toBe(enPersonnes(1000, [0.6, 0.2, 0.625, 0.25]));

  await page.goto('/chapitres/budgetiser/');
  await page.locator('#simulateur-budget').scrollIntoViewIfNeeded();
  await attendreIlots(page, '[data-island="budget"]');
  await remplir(page.locator('#budget-taux'), '30');
  await expect
    .poll(async () =>
      nombre(await page.locator('[data-island="budget"] [data-resultat="total"]').innerText()),
    )
    .toBeGreaterThan(0);
  const total = nombre(
    await page.locator('[data-island="budget"] [data-resultat="total"]').innerText(),
  );

  await page.goto('/chapitres/mesurer-la-rentabilite/');
  await page.locator('#simulateur-tableau-de-bord').scrollIntoViewIfNeeded();
  await attendreIlots(page, '[data-island="tableau-de-bord"]');
  await page.getByRole('button', { name: /Reprendre mon plan/ }).click();
  await expect(
    page.locator('[data-island="tableau-de-bord"] [data-resultat="chargement"]'),
  ).toContainText('Objectifs repris');

  const c = JSON.parse(readFileSync(`content/datasets/${entreprise}/campagne.json`, 'utf8'));
  const offre = JSON.parse(readFileSync(`${DIST}/donnees/${entreprise}.json`, 'utf8')).fiche.offre;
  // The plan (1 000 contacts) is brought to the past campaign's size: same rates, whole people
  // stage by stage; the budget, with no method line, is all fixed and stays; the message says it.
  const contacts = c.etapes.fichier;
  expect(contacts).not.toBe(1000);
  const effectifs = [contacts];
  for (const t of [0.6, 0.2, 0.625, 0.25])
    effectifs.push(Math.round(effectifs[effectifs.length - 1] * t));
  await expect(
    page.locator('[data-island="tableau-de-bord"] [data-resultat="chargement"]'),
  ).toContainText(`ramené à ${contacts}\u00a0contacts`);
  const ids = ['contacts', 'joints', 'rdv', 'propositions', 'commandes'];
  for (const [i, id] of ids.entries())
    expect(nombre(await page.locator(`#tdb-objectif-${id}`).inputValue())).toBe(effectifs[i]);
  expect(nombre(await page.locator('#tdb-objectif-chiffreAffaires').inputValue())).toBe(
    effectifs[4] * offre.prixMoyenHT,
  );
  expect(nombre(await page.locator('#tdb-objectif-cout').inputValue())).toBe(Math.round(total));
  expect(nombre(await page.getByLabel('Taux de marque').inputValue())).toBe(30);
  expect(nombre(await page.locator('#tdb-realise-commandes').inputValue())).toBe(
    c.etapes.commandes,
  );
  // The result on screen follows: realised margin at 30 % minus the realised cost.
  const cout = c.lignesDeCout.reduce((s: number, l: { montant: number }) => s + l.montant, 0);
  expect(
    nombre(
      await page.locator('[data-island="tableau-de-bord"] [data-resultat="resultat"]').innerText(),
    ),
  ).toBe(Math.round(c.chiffreAffairesGenere * 0.3 - cout));
});

test('la méthode choisie au chapitre 7 ajoute son coût au budget du chapitre 9', async ({
  page,
}) => {
  await demarrer(page, 'mobilier-lyon', { 'mobilier-lyon': { ...VIDE, methode: 'telephone' } });
  // The method's cost is derived from the stored choice: the budget shows it without chapter 7 being opened first.
  await page.goto('/chapitres/budgetiser/');
  await page.locator('#simulateur-budget').scrollIntoViewIfNeeded();
  await attendreIlots(page, '[data-island="budget"]');
  await page
    .locator('[data-island="budget"] [data-vue="methode-choisie"]')
    .scrollIntoViewIfNeeded();
  const ligne = page.locator('[data-island="budget"] [data-methode="telephone"]');
  // The course's default figures for phone prospecting: 1 000 contacts at 4 € each, no fixed cost.
  await expect(ligne).toContainText('Prospection téléphonique');
  expect(nombre(await ligne.locator('[data-resultat="cout-methode"]').innerText())).toBe(1000 * 4);
  const total = nombre(
    await page.locator('[data-island="budget"] [data-resultat="total"]').innerText(),
  );
  await ligne.getByRole('button', { name: 'Ajouter au budget' }).click();
  await expect
    .poll(async () =>
      nombre(await page.locator('[data-island="budget"] [data-resultat="total"]').innerText()),
    )
    .toBe(total + 4000);
  // A second click changes nothing: the method has one line in the budget.
  await ligne
    .getByRole('button', { name: /budget/ })
    .first()
    .click();
  await expect
    .poll(async () =>
      nombre(await page.locator('[data-island="budget"] [data-resultat="total"]').innerText()),
    )
    .toBe(total + 4000);
});

test('la capacité de visite part de la sélection du chapitre 6', async ({ page }) => {
  const selection = idsDe('assurances-rabat').slice(0, 57);
  await demarrer(page, 'assurances-rabat', { 'assurances-rabat': { ...VIDE, selection } });
  await page.goto('/chapitres/planifier/');
  await page.locator('#simulateur-capacite').scrollIntoViewIfNeeded();
  await attendreIlots(page, '[data-island="capacite"]');
  const ligne = page.locator('[data-island="capacite"] [data-selection]');
  await expect(ligne).toHaveAttribute('data-selection', '57');
  await ligne.getByRole('button', { name: 'Partir de ma sélection' }).click();
  // No method chosen: the 57 prospects go through the past campaign's rates (D4); the visits are
  // the rendez-vous obtained, then the proposals seen a second time.
  const t = tauxPasses('assurances-rabat');
  const joints = Math.round(57 * t[0]),
    rdv = Math.round(joints * t[1]),
    propositions = Math.round(rdv * t[2]);
  await expect(page.locator('#capacite-prospects')).toHaveValue(String(rdv));
  await expect(
    page.locator('[data-island="capacite"] [data-resultat="origine-visites"]'),
  ).toHaveText(/campagne passée.*une par rendez-vous obtenu/);
  await expect
    .poll(async () =>
      nombre(
        await page
          .locator('[data-island="capacite"] [data-resultat="visites-necessaires"]')
          .innerText(),
      ),
    )
    .toBe(rdv + propositions);
});
