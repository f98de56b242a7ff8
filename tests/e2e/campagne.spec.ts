/**
 * The whole campaign, played as a learner would (issue 7): pick a company, clean its file,
 * score and select, choose a method, plan, budget, build the funnel from the selection, and
 * read the dashboard. Its objectives must follow from those choices (issue 14): the funnel of
 * chapter 10 starts from the prospects selected in the cleaned file, in whole people (each stage
 * rounded to the nearest unit, stage after stage) at the rates of the method chosen in chapter 7;
 * « Reprendre mon plan » brings that plan to the past campaign's contacts (same rates, whole people
 * again; of the budget, only the method's per-contact line follows, the fixed lines stay), turnover
 * = orders x the company's average sale HT, margin rate = the budget's.
 * Recomputed here, not by the site.
 */
import { readFileSync } from 'node:fs';
import { test, expect, attendreIlots, remplir, lireNombre as nombre } from './outils.ts';
import type { Page } from '@playwright/test';

test.setTimeout(120_000);
const ENTREPRISE = 'mobilier-lyon';
const DIST = process.env.DIST_DIR ?? 'dist';
/** The first number of a sentence (« 380 fiches sur 380 … »). */
const premierNombre = (texte: string) =>
  Number(texte.replace(/[\s\u202f\u00a0]/g, '').replace(/\D.*$/, ''));
/**
 * The telephone's rates of chapter 7 (mean of each range; its « Commande » spans the proposal, which
 * takes the company's past rate, and the order, which takes the rest of the 25 %), to 0,01 point as
 * the funnel's fields hold them; and a funnel in whole people: each stage rounded to the nearest
 * unit from the one above.
 */
const passee = JSON.parse(readFileSync(`content/datasets/${ENTREPRISE}/campagne.json`, 'utf8'));
const proposition = passee.etapes.propositions / passee.etapes.rdv;
const TAUX = [0.4, 0.1, proposition, 0.25 / proposition].map(
  (x) => Math.floor(x * 10_000 + 1e-6) / 10_000,
);
const enPersonnes = (contacts: number) =>
  TAUX.reduce((e, x) => [...e, Math.round(e[e.length - 1] * x)], [contacts]);

async function ouvrir(page: Page, chemin: string, labo: string, ilot: string) {
  await page.goto(chemin);
  await page.locator(labo).scrollIntoViewIfNeeded();
  await attendreIlots(page, ilot);
}

test('une campagne complète : nettoyer, scorer, choisir, budgéter, prévoir, mesurer', async ({
  page,
}) => {
  const jeu = JSON.parse(readFileSync(`${DIST}/donnees/${ENTREPRISE}.json`, 'utf8'));
  const fiche = JSON.parse(readFileSync(`content/datasets/${ENTREPRISE}/entreprise.json`, 'utf8'));
  const campagne = JSON.parse(readFileSync(`content/datasets/${ENTREPRISE}/campagne.json`, 'utf8'));

  // 1. The company.
  await page.goto('/donnees/');
  await page.locator('#entreprise-etudiee').scrollIntoViewIfNeeded();
  await attendreIlots(page, '#entreprise-etudiee');
  await page.locator('#choix-entreprise').selectOption(ENTREPRISE);
  await expect(page.locator('[data-entreprise-nom]')).toHaveText(jeu.fiche.nom);

  // 2. Chapter 5: delete every dead contact.
  const fichier = page.locator('[data-island="fichier"]');
  await ouvrir(
    page,
    '/chapitres/exploiter-le-fichier/',
    '#simulateur-fichier',
    '[data-island="fichier"]',
  );
  await expect
    .poll(async () => premierNombre(await fichier.locator('[data-resultat="lignes"]').innerText()))
    .toBe(jeu.prospects.lignes.length);
  const perimes = fichier.locator('[data-probleme="contact-perime"]');
  const nPerimes = Number(await perimes.getAttribute('data-lignes'));
  expect(nPerimes).toBeGreaterThan(0);
  await perimes.locator('summary').click();
  await perimes.getByRole('button', { name: /^Supprimer les/ }).click();
  await expect
    .poll(async () => premierNombre(await fichier.locator('[data-resultat="lignes"]').innerText()))
    .toBe(jeu.prospects.lignes.length - nPerimes);
  const restants = jeu.prospects.lignes.length - nPerimes;

  // 3. Chapter 6: select the hot and warm prospects of the cleaned file.
  const scoring = page.locator('[data-island="scoring"]');
  await ouvrir(
    page,
    '/chapitres/selectionner-les-prospects/',
    '#simulateur-scoring',
    '[data-island="scoring"]',
  );
  await scoring
    .getByRole('button', { name: /chauds et (les )?tièdes/i })
    .first()
    .click();
  const lireSelection = async () =>
    Number(await scoring.locator('[data-resultat="selection"]').getAttribute('data-selection'));
  await expect.poll(lireSelection).toBeGreaterThan(0);
  const selection = await lireSelection();
  expect(selection).toBeLessThanOrEqual(restants);
  // The deleted rows are not in the selection.
  const stockee: string[] = await page.evaluate(
    (id) => JSON.parse(localStorage.getItem('atelier:v1:travail') ?? '{}')[id].selection,
    ENTREPRISE,
  );
  const journal = await page.evaluate(
    (id) => JSON.parse(localStorage.getItem('atelier:v1:travail') ?? '{}')[id].journal,
    ENTREPRISE,
  );
  const supprimes = new Set(
    journal.flatMap((o: { type: string; ids?: string[] }) => (o.type === 'supprimer' ? o.ids : [])),
  );
  expect(stockee.length).toBe(selection);
  expect(stockee.filter((x) => supprimes.has(x))).toEqual([]);

  // 4. Chapter 7: phone prospecting, for as many contacts as selected.
  const methodes = page.locator('[data-island="methodes"]');
  await ouvrir(
    page,
    '/chapitres/methodes-et-moyens/',
    '#simulateur-methodes',
    '[data-island="methodes"]',
  );
  await methodes.getByRole('button', { name: 'Téléphone' }).click();
  await page.locator('#methodes-contacts').fill(String(selection));
  await methodes.getByRole('button', { name: 'Choisir cette méthode' }).click();
  await expect(methodes.locator('[data-resultat="methode-choisie"]')).toContainText(
    'Prospection téléphonique',
  );

  // 5. Chapter 8: the yearly plan exists for this company and says how many working days it has.
  await ouvrir(page, '/chapitres/planifier/', '#simulateur-planning', '[data-island="planning"]');
  await expect(page.locator('[data-island="planning"]')).toBeVisible();

  // 6. Chapter 9: the budget with the method's campaign (4 € per call, no fixed cost), at a taux de marque of 30 %.
  const budget = page.locator('[data-island="budget"]');
  await ouvrir(page, '/chapitres/budgetiser/', '#simulateur-budget', '[data-island="budget"]');
  await remplir(page.locator('#budget-taux'), '30');
  const avant = nombre(await budget.locator('[data-resultat="total"]').innerText());
  await budget
    .locator('[data-methode="telephone"]')
    .getByRole('button', { name: 'Ajouter au budget' })
    .click();
  const coutBudget = avant + selection * 4;
  await expect
    .poll(async () => nombre(await budget.locator('[data-resultat="total"]').innerText()))
    .toBe(coutBudget);

  // 7. Chapter 10: the funnel from the selection, with the rates of the method chosen in chapter 7.
  const entonnoir = page.locator('[data-island="entonnoir"]');
  await ouvrir(
    page,
    '/chapitres/mesurer-l-efficacite/',
    '#simulateur-entonnoir',
    '[data-island="entonnoir"]',
  );
  await entonnoir.getByRole('button', { name: 'Partir de ma sélection' }).click();
  await expect(page.getByLabel('Nombre de contacts appelés')).toHaveValue(String(selection));
  await expect(entonnoir.locator('[data-resultat="origine-taux"]')).toHaveText(
    /méthode retenue au chapitre\u00a07\u202f: téléphone/,
  );
  const cellules = entonnoir.locator('[data-tableau="entonnoir"] [data-colonne="effectif"]');
  await expect
    .poll(async () => (await cellules.allInnerTexts()).map(nombre))
    .toEqual(enPersonnes(selection));

  // 8. Chapter 11: the plan brought to the past campaign's contacts, beside it.
  const tableau = page.locator('[data-island="tableau-de-bord"]');
  await ouvrir(
    page,
    '/chapitres/mesurer-la-rentabilite/',
    '#simulateur-tableau-de-bord',
    '[data-island="tableau-de-bord"]',
  );
  await tableau.getByRole('button', { name: /Reprendre mon plan/ }).click();
  const message = tableau.locator('[data-resultat="chargement"]');
  await expect(message).toContainText('Objectifs repris');
  const contactsReels: number = campagne.etapes.fichier;
  expect(selection).not.toBe(contactsReels);
  await expect(message).toContainText('le plan est ramené à');
  const objectifs = enPersonnes(contactsReels);
  const ids = ['contacts', 'joints', 'rdv', 'propositions', 'commandes'];
  for (const [i, id] of ids.entries())
    expect(nombre(await page.locator(`#tdb-objectif-${id}`).inputValue())).toBe(objectifs[i]);
  const commandes = objectifs[4];
  const caObjectif = commandes * fiche.offre.prixMoyenHT;
  expect(nombre(await page.locator('#tdb-objectif-chiffreAffaires').inputValue())).toBe(
    Math.round(caObjectif),
  );
  // Of the budget, only the method's calls (4 € each) follow the contacts; the other lines are fixed.
  const coutObjectif = Math.round(avant + 4 * contactsReels);
  expect(coutBudget).toBe(avant + 4 * selection);
  expect(nombre(await page.locator('#tdb-objectif-cout').inputValue())).toBe(coutObjectif);
  expect(nombre(await tableau.getByLabel('Taux de marque').inputValue())).toBe(30);
  // The dashboard's figures follow: objective result = planned CA x 30 % − scaled budget; realised from the campaign.
  expect(nombre(await tableau.locator('[data-resultat="resultat-objectif"]').innerText())).toBe(
    Math.round(caObjectif * 0.3 - coutObjectif),
  );
  const coutReel = campagne.lignesDeCout.reduce(
    (s: number, l: { montant: number }) => s + l.montant,
    0,
  );
  expect(nombre(await tableau.locator('[data-resultat="resultat"]').innerText())).toBe(
    Math.round(campagne.chiffreAffairesGenere * 0.3 - coutReel),
  );
});
