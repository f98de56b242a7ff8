import { test, expect, attendreIlots, violationsAxe } from './outils.ts';
import { consignerMesure } from './mesures.ts';
import type { APIRequestContext, Page } from '@playwright/test';

const ILOT = '[data-island="temperature"]';
const LIBELLES: Record<string, string> = {
  suspect: 'suspect',
  froid: 'prospect froid',
  tiede: 'prospect tiède',
  chaud: 'prospect chaud',
  client: 'client',
};
const BOUTONS: Record<string, string> = {
  suspect: 'Suspect',
  froid: 'Froid',
  tiede: 'Tiède',
  chaud: 'Chaud',
  client: 'Client',
};
const ORDRE = ['suspect', 'froid', 'tiede', 'chaud', 'client'];

type Ligne = Record<string, string | number | boolean | null>;
interface Jeu {
  dateReference: string;
  lignes: Map<string, Ligne>;
}

/** The company's rows as the build published them, read without the site's code. */
async function lireJeu(request: APIRequestContext, id: string): Promise<Jeu> {
  const j = await (await request.get(`/donnees/${id}.json`)).json();
  const lignes = new Map<string, Ligne>();
  for (const l of j.prospects.lignes as unknown[][])
    lignes.set(
      l[0] as string,
      Object.fromEntries(j.prospects.champs.map((c: string, i: number) => [c, l[i]])),
    );
  return { dateReference: j.dateReference, lignes };
}

/** An independent reading of the lesson's rule (chapter 3, « Classer un fichier avec une règle »). */
function regle(p: Ligne, dateReference: string): string {
  const jour = (iso: string) =>
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
    86_400_000;
  const ref = jour(dateReference);
  if (p.converti === true) return 'client';
  if (p.opposition === true) return 'hors du fichier'; // no temperature: never drawn into the sample
  const dernier = typeof p.dateDernierContact === 'string' ? p.dateDernierContact : '';
  const joint = dernier !== '' && (!p.dateCollecte || dernier > String(p.dateCollecte)); // ISO dates sort as text
  const clics = Number(p.clics),
    visites = Number(p.visitesSite),
    ouvertures = Number(p.ouvertures);
  let niveau =
    p.demandeDevis === true
      ? 3
      : clics > 0 || visites >= 2
        ? 2
        : ouvertures > 0 || visites === 1 || joint
          ? 1
          : 0;
  if (niveau === 0) return 'suspect';
  const refus = typeof p.dateRefus === 'string' ? ref - jour(p.dateRefus) : Infinity;
  if (refus >= 0 && refus <= 180) niveau = 1;
  if (niveau > 1 && joint && ref - jour(dernier) > 180) niveau -= 1;
  return ['', 'froid', 'tiede', 'chaud'][niveau];
}

async function ouvrir(page: Page) {
  await page.goto('/chapitres/connaitre-sa-cible/');
  await page.locator('#simulateur-temperature').scrollIntoViewIfNeeded();
  await attendreIlots(page, ILOT);
  await expect(page.locator(`${ILOT}[data-etat="pret"]`)).toBeVisible();
}
const cartes = (page: Page) => page.locator(`${ILOT} .carte-contact`);
const idsAffiches = async (page: Page) =>
  cartes(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-contact') ?? ''));
const entrepriseAffichee = (page: Page) => page.locator(ILOT).getAttribute('data-entreprise');
const lire = async (page: Page, quoi: string) =>
  (await page.locator(`${ILOT} [data-resultat="${quoi}"]`).innerText()).trim();

async function changerEntreprise(page: Page, index: number) {
  await page.goto('/donnees/');
  const choix = page.locator('#choix-entreprise');
  await attendreIlots(page, '#choix-entreprise');
  const valeurs = await choix
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  await choix.selectOption(valeurs[index]);
  await expect(page.locator('[data-entreprise-nom]')).toHaveText(
    await choix.locator(`option[value="${valeurs[index]}"]`).innerText(),
  );
  return valeurs[index];
}

/** Checks every card on screen against the published row and the independent rule; returns the stages seen. */
async function verifierCartes(page: Page, jeu: Jeu): Promise<Set<string>> {
  const ids = await idsAffiches(page);
  expect(ids).toHaveLength(12);
  expect(new Set(ids).size).toBe(12);
  await page.getByRole('button', { name: 'Comparer avec la règle' }).click();
  const vus = new Set<string>();
  for (let i = 0; i < ids.length; i++) {
    const carte = cartes(page).nth(i),
      p = jeu.lignes.get(ids[i])!;
    expect(p, ids[i]).toBeDefined();
    for (const champ of ['ouvertures', 'clics', 'visitesSite'])
      expect(await carte.locator(`[data-signal="${champ}"]`).innerText()).toBe(String(p[champ]));
    await expect(carte.locator('[data-signal="demandeDevis"]')).toHaveText(
      p.demandeDevis ? 'oui' : 'non',
    );
    await expect(carte.locator('[data-signal="converti"]')).toHaveText(
      p.converti ? 'a signé une commande' : 'n’a pas signé',
    );
    const attendu = regle(p, jeu.dateReference);
    vus.add(attendu);
    await expect(carte.locator('[data-regle]')).toHaveAttribute('data-regle', attendu);
    await expect(carte.locator('[data-resultat="verdict"]')).toHaveText(
      `Pas de réponse. La règle\u202f: ${LIBELLES[attendu]}`,
    );
    await expect(carte.locator('[data-resultat="raison"]')).toContainText(`→ ${LIBELLES[attendu]}`);
  }
  return vus;
}

for (const index of [0, 1, 2]) {
  test(`entreprise n° ${index + 1} : chaque contact montre ses signaux du fichier, et la règle affichée est celle du cours (calcul indépendant, deux tirages)`, async ({
    page,
    request,
  }) => {
    if (index > 0) await changerEntreprise(page, index);
    await ouvrir(page);
    const jeu = await lireJeu(request, (await entrepriseAffichee(page))!);
    const vus = await verifierCartes(page, jeu);
    // The draw takes the stages in turn: a sample company's dozen holds at least four of them.
    expect(vus.size).toBeGreaterThanOrEqual(4);
    await page.getByRole('button', { name: 'Autres contacts' }).click();
    await expect(page.locator(`${ILOT} [data-resultat="tirage"]`)).toHaveText('2');
    await verifierCartes(page, jeu);
  });
}

test('le score compte les réponses conformes à la règle, sur les douze contacts', async ({
  page,
  request,
}) => {
  await ouvrir(page);
  const jeu = await lireJeu(request, (await entrepriseAffichee(page))!);
  const ids = await idsAffiches(page);
  // Seven answers as the rule, four one step off, one left blank.
  const reponses = ids.map((id, i) => {
    const r = regle(jeu.lignes.get(id)!, jeu.dateReference);
    if (i === 11) return undefined;
    return i < 7 ? r : ORDRE[(ORDRE.indexOf(r) + 1) % ORDRE.length];
  });
  for (let i = 0; i < 12; i++)
    if (reponses[i])
      await cartes(page).nth(i).getByLabel(BOUTONS[reponses[i]!], { exact: true }).check();
  await expect(page.locator(`${ILOT} .labo-resultats`)).toContainText('11 contacts classés sur 12');
  await page.getByRole('button', { name: 'Comparer avec la règle' }).click();
  expect(await lire(page, 'accords')).toBe('7');
  expect(await lire(page, 'total')).toBe('12');
  expect(await lire(page, 'repondus')).toBe('11');
  expect(await lire(page, 'score')).toBe(`${Math.round((7 / 12) * 100)}\u202f%`);
  await expect(page.locator(`${ILOT} [data-verdict="accord"]`)).toHaveCount(7);
  await expect(page.locator(`${ILOT} [data-verdict="desaccord"]`)).toHaveCount(4);
  await expect(cartes(page).nth(8).locator('[data-resultat="verdict"]')).toContainText(
    `✗ Vous\u202f: ${LIBELLES[reponses[8]!]}`,
  );
  // Changing an answer after comparing updates the score at once.
  await cartes(page)
    .nth(11)
    .getByLabel(BOUTONS[regle(jeu.lignes.get(ids[11])!, jeu.dateReference)], { exact: true })
    .check();
  await expect.poll(() => lire(page, 'accords')).toBe('8');
  expect(await lire(page, 'score')).toBe(`${Math.round((8 / 12) * 100)}\u202f%`);
});

test(
  'les réponses survivent au rechargement ; « Autres contacts » tire une autre série',
  { tag: '@essentiel' },
  async ({ page }) => {
    await ouvrir(page);
    const ids = await idsAffiches(page);
    await cartes(page).nth(0).getByLabel('Tiède', { exact: true }).check();
    await cartes(page).nth(5).getByLabel('Client', { exact: true }).check();
    await page.getByRole('button', { name: 'Comparer avec la règle' }).click();
    await page.reload();
    await ouvrir(page);
    expect(await idsAffiches(page)).toEqual(ids);
    await expect(cartes(page).nth(0).getByLabel('Tiède', { exact: true })).toBeChecked();
    await expect(cartes(page).nth(5).getByLabel('Client', { exact: true })).toBeChecked();
    expect(await lire(page, 'repondus')).toBe('2');
    await page.getByRole('button', { name: 'Autres contacts' }).click();
    await expect(page.locator(`${ILOT} [data-resultat="tirage"]`)).toHaveText('2');
    const autres = await idsAffiches(page);
    expect(autres).toHaveLength(12);
    expect(autres).not.toEqual(ids);
    await expect(page.locator(`${ILOT} input[type="radio"]:checked`)).toHaveCount(0);
    await expect(page.locator(`${ILOT} [data-resultat="accords"]`)).toHaveCount(0);
  },
);

test('changer d’entreprise change les contacts ; les réponses de chaque entreprise sont gardées', async ({
  page,
  request,
}) => {
  await ouvrir(page);
  const premiere = (await entrepriseAffichee(page))!;
  const ids = await idsAffiches(page);
  await cartes(page).nth(2).getByLabel('Froid', { exact: true }).check();
  const seconde = await changerEntreprise(page, 1);
  expect(seconde).not.toBe(premiere);
  await ouvrir(page);
  expect(await entrepriseAffichee(page)).toBe(seconde);
  const autres = await idsAffiches(page);
  const jeu = await lireJeu(request, seconde);
  for (const id of autres) expect(jeu.lignes.has(id)).toBe(true);
  // Ids restart at P0001 in every file: the rows must differ, not only the ids.
  expect(
    autres.map((id) => jeu.lignes.get(id)!.raisonSociale ?? jeu.lignes.get(id)!.nom),
  ).not.toEqual(ids);
  await expect(page.locator(`${ILOT} input[type="radio"]:checked`)).toHaveCount(0);
  await changerEntreprise(page, 0);
  await ouvrir(page);
  expect(await idsAffiches(page)).toEqual(ids);
  await expect(cartes(page).nth(2).getByLabel('Froid', { exact: true })).toBeChecked();
});

test('au clavier : Tab atteint un groupe, les flèches changent le stade', async ({ page }) => {
  await ouvrir(page);
  const premier = cartes(page).nth(0).getByLabel('Suspect', { exact: true });
  await premier.focus();
  await page.keyboard.press('Space');
  await expect(premier).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(cartes(page).nth(0).getByLabel('Froid', { exact: true })).toBeChecked();
  await expect(cartes(page).nth(0).getByLabel('Froid', { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  // Tab leaves the group: focus moves to the next card's group, not to the next choice of this one.
  expect(
    await page.evaluate(() =>
      document.activeElement?.closest('.carte-contact')?.getAttribute('data-contact'),
    ),
  ).toBe((await idsAffiches(page))[1]);
});

test('un stockage corrompu est signalé et remplacé, sans page blanche', async ({ page }) => {
  await page.addInitScript(() =>
    localStorage.setItem('atelier:v1:temperature', '{"emballages-casablanca": {"tirage": "x"'),
  );
  await ouvrir(page);
  await expect(cartes(page)).toHaveCount(12);
  await expect(page.getByRole('alert').filter({ hasText: 'illisibles' })).toBeVisible();
});

test('un choix se recalcule sur place (durée relevée), et axe-core ne signale rien après comparaison', async ({
  page,
}) => {
  await ouvrir(page);
  await page.getByRole('button', { name: 'Comparer avec la règle' }).click();
  const duree = await cartes(page)
    .nth(3)
    .locator('input[value="chaud"]')
    .evaluate(async (el) => {
      const t0 = performance.now();
      (el as HTMLInputElement).click();
      await new Promise((r) => setTimeout(r, 0));
      if (!document.querySelector('[data-resultat="repondus"]')?.textContent?.includes('1'))
        throw new Error('score non mis à jour');
      return performance.now() - t0;
    });
  await consignerMesure(test.info(), {
    nom: 'Température : réponse enregistrée, comparée et rendue',
    ms: [duree],
    cible: 16,
    banc: 'tests/bench/simulateurs.bench.ts',
  });
  await page.evaluate(() => scrollTo(0, 0));
  expect(await violationsAxe(page)).toEqual([]);
});
