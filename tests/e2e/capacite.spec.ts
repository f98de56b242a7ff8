import {
  test,
  expect,
  attendreIlots,
  preparerAffichage,
  violationsAxe,
  lireNombre as nombre,
} from './outils.ts';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const ilot = '[data-island="capacite"]';

const lire = async (page: Page, quoi: string) =>
  nombre(await page.locator(`${ilot} [data-resultat="${quoi}"]`).innerText());

/** The same figures, computed here by hand: visits per day rounded down, second visits and salespeople rounded up. */
function attendu(
  semaines: number,
  jours: number,
  heures: number,
  admin: number,
  visite: number,
  trajet: number,
  prospects: number,
  taux: number,
) {
  const disponibles = heures * 60 - admin;
  const parJour = Math.floor(Number((disponibles / (visite + trajet)).toFixed(9)));
  const possibles = semaines * jours * parJour;
  const necessaires = prospects + Math.ceil(Number((prospects * taux).toFixed(9)));
  return {
    disponibles,
    parJour,
    possibles,
    necessaires,
    ecart: possibles - necessaires,
    commerciaux: Math.ceil(Number((necessaires / possibles).toFixed(9))),
  };
}

async function ouvrir(page: Page) {
  await page.goto('/chapitres/planifier/');
  await page.locator('#simulateur-capacite').scrollIntoViewIfNeeded();
  await attendreIlots(page, ilot);
  await expect(page.locator(ilot)).toBeVisible();
}

/** The lesson's example typed in: each company starts from its own figures (issue 14). */
async function saisirExemple(page: Page) {
  for (const [champ, valeur] of [
    ['semaines', '46'],
    ['jours', '2'],
    ['heures', '8'],
    ['admin', '60'],
    ['visite', '60'],
    ['trajet', '40'],
    ['prospects', '300'],
    ['revus', '40'],
  ] as const)
    await page.getByLabel(champs[champ]).fill(valeur);
}

/** Checks every figure and the table against the independent computation. */
async function verifier(page: Page, e: ReturnType<typeof attendu>) {
  await expect.poll(() => lire(page, 'visites-necessaires')).toBe(e.necessaires);
  await expect.poll(() => lire(page, 'visites-possibles')).toBe(e.possibles);
  expect(await lire(page, 'minutes-disponibles')).toBeCloseTo(e.disponibles, 6);
  expect(await lire(page, 'visites-par-jour')).toBe(e.parJour);
  expect(await lire(page, 'ecart')).toBe(e.ecart);
  expect(await lire(page, 'commerciaux')).toBe(e.commerciaux);
  const cellule = (ligne: string) =>
    page.locator(`[data-tableau="capacite"] tr[data-ligne="${ligne}"] td`).first();
  expect(nombre(await cellule('possibles').innerText())).toBe(e.possibles);
  expect(nombre(await cellule('necessaires').innerText())).toBe(e.necessaires);
  expect(nombre(await cellule('ecart').innerText())).toBe(e.ecart);
}

const champs = {
  semaines: 'Semaines travaillées par an',
  jours: 'Jours de prospection par semaine',
  heures: 'Durée de la journée',
  admin: 'Temps administratif par jour',
  visite: 'Durée d’une visite',
  trajet: 'Trajet par visite',
  prospects: 'Prospects à visiter',
  revus: 'Prospects revus une seconde fois',
};

test('l’exemple de la leçon : 420 min, 4 visites par jour, 368 possibles, 420 nécessaires, 2 commerciaux', async ({
  page,
}) => {
  await ouvrir(page);
  await saisirExemple(page);
  await verifier(page, attendu(46, 2, 8, 60, 60, 40, 300, 0.4));
  await expect(page.locator(`${ilot} [data-resultat="minutes-disponibles"]`)).toHaveText('420');
  await expect(page.locator(`${ilot} [data-resultat="visites-par-jour-exact"]`)).toHaveText('4,2');
  expect(await lire(page, 'visites-possibles')).toBe(368);
  expect(await lire(page, 'visites-necessaires')).toBe(420);
  expect(await lire(page, 'ecart')).toBe(-52);
  expect(await lire(page, 'commerciaux')).toBe(2);
  const phrase = page.locator(`${ilot} [data-resultat="interpretation"]`);
  await expect(phrase).toContainText('laisserait 52\u00a0visites non faites');
  // The lesson's tour: 20 min of travel → 5 a day, 460 a year, one salesperson.
  await page.getByLabel(champs.trajet).fill('20');
  await verifier(page, attendu(46, 2, 8, 60, 60, 20, 300, 0.4));
  expect(await lire(page, 'visites-possibles')).toBe(460);
  expect(await lire(page, 'commerciaux')).toBe(1);
  await expect(phrase).toContainText('Un seul commercial suffit');
});

test('des chiffres tapés à la française donnent les valeurs d’un calcul indépendant', async ({
  page,
}) => {
  await ouvrir(page);
  await page.getByLabel(champs.semaines).fill('45');
  await page.getByLabel(champs.jours).fill('2,5');
  await page.getByLabel(champs.heures).fill('7,5');
  await page.getByLabel(champs.admin).fill('45');
  await page.getByLabel(champs.visite).fill('50');
  await page.getByLabel(champs.trajet).fill('35');
  await page.getByLabel(champs.prospects).fill('1 250');
  await page.getByLabel(champs.revus).fill('35 %');
  await verifier(page, attendu(45, 2.5, 7.5, 45, 50, 35, 1250, 0.35));
  await page.getByLabel(champs.revus).fill('12,5');
  await verifier(page, attendu(45, 2.5, 7.5, 45, 50, 35, 1250, 0.125));
});

test('une saisie invalide affiche une erreur en français, garde le dernier résultat, puis se corrige', async ({
  page,
}) => {
  await ouvrir(page);
  await saisirExemple(page);
  await expect.poll(() => lire(page, 'commerciaux')).toBe(2);
  const trajet = page.getByLabel(champs.trajet);
  await trajet.fill('40,,5');
  await expect(trajet).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#capacite-trajet-erreur')).toContainText('plusieurs virgules');
  expect(await lire(page, 'commerciaux')).toBe(2);
  await expect(page.locator(`${ilot} .labo-avertissement`)).toContainText(
    'dernier résultat valide',
  );
  const semaines = page.getByLabel(champs.semaines);
  await semaines.fill('60');
  await expect(page.locator('#capacite-semaines-erreur')).toHaveText(
    'Le nombre de semaines doit être compris entre 0 et 53.',
  );
  expect(await lire(page, 'visites-possibles')).toBe(368);
  await semaines.fill('44');
  await trajet.fill('30');
  await expect(trajet).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(`${ilot} .champ-erreur`)).toHaveCount(0);
  await verifier(page, attendu(44, 2, 8, 60, 60, 30, 300, 0.4));
});

test(
  'les saisies survivent à un rechargement, et « Revenir aux chiffres de départ » les remet',
  { tag: '@essentiel' },
  async ({ page }) => {
    await ouvrir(page);
    await saisirExemple(page);
    await page.getByLabel(champs.heures).fill('7,5');
    await page.getByLabel(champs.prospects).fill('1 250');
    const e = attendu(46, 2, 7.5, 60, 60, 40, 1250, 0.4);
    await expect.poll(() => lire(page, 'visites-necessaires')).toBe(e.necessaires);
    await page.reload();
    await ouvrir(page);
    await expect(page.getByLabel(champs.heures)).toHaveValue('7,5');
    await expect(page.getByLabel(champs.prospects)).toHaveValue('1 250');
    await verifier(page, e);
    await page.getByRole('button', { name: 'Revenir aux chiffres de départ' }).click();
    await expect(page.getByLabel(champs.prospects)).toHaveValue(String(SADAF.rdv));
  },
);

/** A company's card and last campaign, as the site serves them. */
function donnees(id: string) {
  const j = JSON.parse(readFileSync(`dist/donnees/${id}.json`, 'utf8'));
  return { f: j.fiche.forceDeVente, o: j.campagne.objectifs };
}
const SADAF = donnees('emballages-casablanca').o;

test('chaque entreprise part de ses propres chiffres et garde ses saisies (issue 14)', async ({
  page,
}) => {
  const etudier = async (id: string) => {
    await page.evaluate(
      (x) => localStorage.setItem('atelier:v1:entreprise', JSON.stringify(x)),
      id,
    );
    await ouvrir(page);
  };
  await page.goto('/');
  for (const id of ['emballages-casablanca', 'assurances-rabat', 'mobilier-lyon']) {
    await etudier(id);
    const { f, o } = donnees(id);
    // Computed here from the card: prospecting days to the half day, admin minutes a day.
    const jours = Math.round(f.joursParSemaine * f.partTempsProspection * 2) / 2;
    const admin = Math.round((f.tempsAdministratifHeuresParSemaine * 60) / f.joursParSemaine);
    const taux = Math.round((o.propositions / o.rdv) * 20) / 20;
    await expect(page.getByLabel(champs.semaines)).toHaveValue(String(f.semainesParAn));
    await expect(page.getByLabel(champs.jours)).toHaveValue(String(jours).replace('.', ','));
    await expect(page.getByLabel(champs.prospects)).toHaveValue(String(o.rdv));
    await verifier(
      page,
      attendu(
        f.semainesParAn,
        jours,
        f.heuresParJour,
        admin,
        f.dureeVisiteMinutes,
        f.trajetMoyenMinutes,
        o.rdv,
        taux,
      ),
    );
  }
  await etudier('mobilier-lyon');
  await page.getByLabel(champs.prospects).fill('77');
  await expect.poll(() => lire(page, 'visites-necessaires')).toBeGreaterThan(77);
  await etudier('emballages-casablanca');
  await expect(page.getByLabel(champs.prospects)).toHaveValue(String(SADAF.rdv));
  await etudier('mobilier-lyon');
  await expect(page.getByLabel(champs.prospects)).toHaveValue('77');
});

test('une ancienne saisie unique (avant issue 14) se charge sans erreur pour l’entreprise étudiée', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (localStorage.getItem('atelier:v1:capacites')) return;
    localStorage.setItem('atelier:v1:entreprise', JSON.stringify('assurances-rabat'));
    localStorage.setItem(
      'atelier:v1:capacite',
      JSON.stringify({
        semaines: '46',
        joursParSemaine: '2',
        heuresParJour: '8',
        tempsAdministratif: '60',
        dureeVisite: '60',
        dureeTrajet: '40',
        prospects: '300',
        tauxSecondeVisite: '40',
      }),
    );
  });
  await ouvrir(page);
  await expect(page.getByLabel(champs.prospects)).toHaveValue('300');
  await verifier(page, attendu(46, 2, 8, 60, 60, 40, 300, 0.4));
  await expect(page.getByRole('alert').filter({ hasText: 'illisibles' })).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('atelier:v1:capacite'))).toBeNull();
});

test('un stockage corrompu est signalé et remplacé par l’exemple, sans page blanche', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('atelier:v1:capacites', '{"semaines": 46'));
  await ouvrir(page);
  await expect(page.getByRole('alert').filter({ hasText: 'illisibles' })).toBeVisible();
  await expect(page.getByLabel(champs.prospects)).toHaveValue(String(SADAF.rdv));
  expect(await page.evaluate(() => localStorage.getItem('atelier:v1:capacites:corrompu'))).toBe(
    '{"semaines": 46',
  );
});

test('le graphique se charge quand il devient visible et le tableau suit les saisies', async ({
  page,
}) => {
  await ouvrir(page);
  const graphique = page.locator('[data-graphique="Visites possibles et nécessaires"] canvas');
  await graphique.scrollIntoViewIfNeeded();
  await expect
    .poll(() => graphique.evaluate((c) => (c as HTMLCanvasElement).width))
    .toBeGreaterThan(0);
  await saisirExemple(page);
  await page.getByLabel(champs.jours).fill('3');
  await expect(
    page.locator('[data-tableau="capacite"] tr[data-ligne="possibles"] td').first(),
  ).toHaveText(String(46 * 3 * 4));
});

for (const [nom, affichage] of [
  ['clair', { theme: 'clair' }],
  ['sombre', { theme: 'sombre' }],
  ['projection', { theme: 'clair', projection: true }],
] as const) {
  test(`aucune violation axe-core en mode ${nom}, simulateur et graphique affichés`, async ({
    page,
  }) => {
    await preparerAffichage(page, affichage);
    await ouvrir(page);
    await page
      .locator('[data-graphique="Visites possibles et nécessaires"]')
      .scrollIntoViewIfNeeded();
    await expect
      .poll(() =>
        page
          .locator('[data-graphique] canvas')
          .first()
          .evaluate((c) => (c as HTMLCanvasElement).width),
      )
      .toBeGreaterThan(0);
    // An error state too, so that the error colours are audited.
    await page.getByLabel(champs.prospects).fill('abc');
    await expect(page.locator('#capacite-prospects-erreur')).toBeVisible();
    // Projection mode enlarges the sticky header: audit from the top so nothing sits under it.
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await violationsAxe(page)).toEqual([]);
  });
}
