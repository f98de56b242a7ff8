import { readFileSync } from 'node:fs';
import {
  test,
  expect,
  attendreIlots,
  preparerAffichage,
  violationsAxe,
  lireNombre as nombre,
} from './outils.ts';
import type { Page } from '@playwright/test';

const ilot = '[data-island="tableau-de-bord"]';
type Ligne =
  'contacts' | 'joints' | 'rdv' | 'propositions' | 'commandes' | 'chiffreAffaires' | 'cout';
const LIGNES: Ligne[] = [
  'contacts',
  'joints',
  'rdv',
  'propositions',
  'commandes',
  'chiffreAffaires',
  'cout',
];

/** A displayed value rounded to `decimales` is within half a unit of the last digit of the exact value. */
function proche(affiche: number, exact: number, decimales: number) {
  expect(Math.abs(affiche - exact)).toBeLessThanOrEqual(0.5 * 10 ** -decimales + 1e-9);
}
const lire = async (page: Page, quoi: string) =>
  nombre(await page.locator(`${ilot} [data-resultat="${quoi}"]`).innerText());
const champ = (page: Page, l: Ligne, cote: 'objectif' | 'realise') =>
  page.locator(`#tdb-${cote}-${l}`);

/** The dashboard, computed here by hand from the typed figures. */
function attendu(o: Record<Ligne, number>, r: Record<Ligne, number>, marque: number) {
  // A margin is counted in whole money (the sample data's rule too), so a row's gap is the
  // difference of the two figures shown.
  const margeO = Math.round(o.chiffreAffaires * marque),
    margeR = Math.round(r.chiffreAffaires * marque);
  const lignes = LIGNES.map((l) => ({ l, o: o[l], r: r[l] }));
  lignes.splice(6, 0, { l: 'marge' as Ligne, o: margeO, r: margeR });
  return {
    lignes,
    resultat: margeR - r.cout,
    resultatObjectif: margeO - o.cout,
    roi: (margeR - r.cout) / r.cout,
    parContact: r.cout / r.contacts,
    parRdv: r.cout / r.rdv,
    parClient: r.cout / r.commandes,
    margeParClient: margeR / r.commandes,
    caMin: r.cout / marque,
    clients: Math.ceil(r.cout / (margeR / r.commandes) - 1e-9),
  };
}

async function ouvrir(page: Page, exemple = true) {
  // The lesson's example is in euros: its tests run on Vénimob (€) unless a test chose a company.
  if (exemple)
    await page.addInitScript(() => {
      if (!localStorage.getItem('atelier:v1:entreprise'))
        localStorage.setItem('atelier:v1:entreprise', JSON.stringify('mobilier-lyon'));
    });
  await page.goto('/chapitres/mesurer-la-rentabilite/');
  await page.locator('#simulateur-tableau-de-bord').scrollIntoViewIfNeeded();
  await attendreIlots(page, ilot);
  await expect(page.locator(ilot)).toBeVisible();
  // A sample company starts from its own past campaign (issue 14): most tests work on the lesson's example.
  if (exemple) await page.locator(ilot).getByRole('button', { name: 'Exemple du cours' }).click();
  // The conclusion loads as it nears the screen, like a chart.
  await page.locator(`${ilot} [data-vue="conclusion"]`).scrollIntoViewIfNeeded();
  await expect(page.locator(`${ilot} [data-resultat="conclusion"]`)).toBeVisible();
}

/** Checks the table and the indicators against the independent computation, rounded as displayed. */
async function verifier(
  page: Page,
  o: Record<Ligne, number>,
  r: Record<Ligne, number>,
  marque: number,
) {
  const e = attendu(o, r, marque);
  await expect.poll(() => lire(page, 'resultat')).toBe(Math.round(e.resultat));
  const lignes = page.locator('[data-tableau="tableau-de-bord"] tbody tr');
  await expect(lignes).toHaveCount(8);
  for (const [i, x] of e.lignes.entries()) {
    const cellules = lignes.nth(i).locator('td');
    proche(nombre(await cellules.nth(0).innerText()), x.o, 0);
    proche(nombre(await cellules.nth(1).innerText()), x.r, 0);
    proche(nombre(await cellules.nth(2).innerText()), x.r - x.o, 0);
    proche(nombre(await cellules.nth(3).innerText()), (x.r / x.o) * 100, 1);
  }
  proche(await lire(page, 'resultat-objectif'), e.resultatObjectif, 0);
  proche(await lire(page, 'roi'), e.roi * 100, 1);
  proche(await lire(page, 'cout-par-contact'), e.parContact, 2);
  proche(await lire(page, 'cout-par-rdv'), e.parRdv, 2);
  proche(await lire(page, 'cout-par-client'), e.parClient, 2);
  proche(await lire(page, 'marge-par-client'), e.margeParClient, 2);
  proche(await lire(page, 'ca-minimum'), e.caMin, 0);
  expect(await lire(page, 'clients-pour-rentabiliser')).toBe(e.clients);
  const verdict = page.locator(`${ilot} [data-resultat="ca-minimum-verdict"]`);
  if (e.caMin > r.chiffreAffaires)
    proche(await lire(page, 'manque-ca'), e.caMin - r.chiffreAffaires, 0);
  else await expect(verdict).toHaveText('atteint');
}

const LECON_O = {
  contacts: 800,
  joints: 480,
  rdv: 120,
  propositions: 72,
  commandes: 18,
  chiffreAffaires: 72000,
  cout: 17200,
};
const LECON_R = {
  contacts: 800,
  joints: 480,
  rdv: 96,
  propositions: 60,
  commandes: 15,
  chiffreAffaires: 63000,
  cout: 16400,
};

test('le tableau de bord de la leçon : −650 €, ROI −4,0 %, CA minimum 65 600 € manqué de 2 600 €', async ({
  page,
}) => {
  await ouvrir(page);
  await verifier(page, LECON_O, LECON_R, 0.25);
  const texte = (q: string) => page.locator(`${ilot} [data-resultat="${q}"]`);
  // The lesson's figures, in euros (Vénimob).
  await expect(texte('resultat')).toHaveText(/^\u2212650\u00a0(€|DH)$/);
  await expect(texte('resultat-objectif')).toHaveText(/^\+800\u00a0(€|DH)$/);
  await expect(texte('roi')).toHaveText('\u22124,0\u202f%');
  await expect(texte('cout-par-client')).toHaveText(/^1\u202f093,33\u00a0(€|DH)$/);
  await expect(texte('ca-minimum')).toHaveText(/^65\u202f600\u00a0(€|DH)$/);
  await expect(texte('ca-minimum-verdict')).toHaveText(
    /^non atteint, il manque 2\u202f600\u00a0(€|DH)$/,
  );
  await expect(texte('clients-pour-rentabiliser')).toHaveText('16');
  const rdv = page.locator('[data-tableau="tableau-de-bord"] tr[data-ligne="rdv"] td');
  await expect(rdv).toHaveText(['120', '96', '\u221224', '80,0\u202f%']);
  const conclusion = texte('conclusion');
  await expect(conclusion).toContainText('L’opération perd 650\u00a0');
  await expect(conclusion).toContainText('16\u00a0clients au lieu de 15');
  await expect(conclusion).toContainText('L’étape la plus faible est la prise de RDV');
});

test('« Exemple du cours » chez Sadaf (DH) : les montants de la leçon convertis à 10 DH pour 1 €, et dit', async ({
  page,
}) => {
  await page.addInitScript(() =>
    localStorage.setItem('atelier:v1:entreprise', JSON.stringify('emballages-casablanca')),
  );
  await ouvrir(page);
  const dix = (v: Record<string, number>) => ({
    ...v,
    chiffreAffaires: v.chiffreAffaires * 10,
    cout: v.cout * 10,
  });
  await verifier(page, dix(LECON_O) as typeof LECON_O, dix(LECON_R) as typeof LECON_R, 0.25);
  const texte = (q: string) => page.locator(`${ilot} [data-resultat="${q}"]`);
  await expect(texte('resultat')).toHaveText('\u22126\u202f500\u00a0DH');
  await expect(texte('roi')).toHaveText('\u22124,0\u202f%');
  await expect(page.locator(`${ilot} [data-origine="exemple"]`)).toContainText(
    'convertis à 10\u00a0DH pour 1\u00a0€',
  );
  await page.getByRole('button', { name: 'Revenir aux chiffres de l’entreprise' }).click();
  await expect(page.locator(`${ilot} [data-origine="exemple"]`)).toHaveCount(0);
});

test('des chiffres tapés à la française donnent les valeurs d’un calcul indépendant', async ({
  page,
}) => {
  await ouvrir(page);
  const o = {
    contacts: 1000,
    joints: 600,
    rdv: 150,
    propositions: 90,
    commandes: 30,
    chiffreAffaires: 120000,
    cout: 20000,
  };
  const r = {
    contacts: 950,
    joints: 610,
    rdv: 160,
    propositions: 88,
    commandes: 33,
    chiffreAffaires: 131500.5,
    cout: 19250.75,
  };
  const tape: Record<Ligne, [string, string]> = {
    contacts: ['1 000', '950'],
    joints: ['600', '610'],
    rdv: ['150', '160'],
    propositions: ['90', '88'],
    commandes: ['30', '33'],
    chiffreAffaires: ['120 000 €', '131 500,50'],
    cout: ['20\u202f000', '19 250,75 €'],
  };
  for (const l of LIGNES) {
    await champ(page, l, 'objectif').fill(tape[l][0]);
    await champ(page, l, 'realise').fill(tape[l][1]);
  }
  await page.getByLabel('Taux de marque').fill('30,5 %');
  await verifier(page, o, r, 0.305);
  await expect(page.locator(`${ilot} [data-resultat="conclusion"]`)).toContainText(
    'L’opération est rentable',
  );
});

test('une saisie invalide affiche une erreur en français, garde le dernier résultat, puis se corrige', async ({
  page,
}) => {
  await ouvrir(page);
  const rdv = page.getByLabel('Rendez-vous, réalisé');
  await rdv.fill('96,5,2');
  await expect(rdv).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#tdb-realise-rdv-erreur')).toContainText('plusieurs virgules');
  expect(await lire(page, 'resultat')).toBe(-650);
  await expect(page.locator(`${ilot} .labo-avertissement`)).toContainText(
    'dernier résultat valide',
  );
  await page.getByLabel('Commandes (nouveaux clients), objectif').fill('0');
  await expect(page.locator('#tdb-objectif-commandes-erreur')).toHaveText(
    'Le nombre de commandes visé doit être supérieur à 0 pour calculer un taux de réalisation.',
  );
  await page.getByLabel('Taux de marque').fill('0');
  await expect(page.locator('#tdb-taux-de-marque-erreur')).toContainText('taux de marque');
  expect(await lire(page, 'roi')).toBe(-4);
  await rdv.fill('110');
  await page.getByLabel('Commandes (nouveaux clients), objectif').fill('18');
  await page.getByLabel('Taux de marque').fill('27');
  await expect(page.locator(`${ilot} .champ-erreur`)).toHaveCount(0);
  await expect(rdv).not.toHaveAttribute('aria-invalid', 'true');
  await verifier(page, LECON_O, { ...LECON_R, rdv: 110 }, 0.27);
});

test(
  'les saisies survivent à un rechargement, et « Revenir à l’exemple » les remet',
  { tag: '@essentiel' },
  async ({ page }) => {
    await ouvrir(page);
    await page.getByLabel('Chiffre d’affaires HT, réalisé').fill('70 000');
    await page.getByLabel('Taux de marque').fill('24,5');
    await expect.poll(() => lire(page, 'resultat')).toBe(Math.round(70000 * 0.245 - 16400));
    await page.reload();
    await ouvrir(page, false);
    await expect(page.getByLabel('Chiffre d’affaires HT, réalisé')).toHaveValue('70 000');
    await expect(page.getByLabel('Taux de marque')).toHaveValue('24,5');
    await verifier(page, LECON_O, { ...LECON_R, chiffreAffaires: 70000 }, 0.245);
    await page.getByRole('button', { name: 'Exemple du cours' }).click();
    await expect(page.getByLabel('Taux de marque')).toHaveValue('25');
    await expect.poll(() => lire(page, 'resultat')).toBe(-650);
  },
);

test('un stockage corrompu est signalé et remplacé par l’exemple, sans page blanche', async ({
  page,
}) => {
  await page.addInitScript(() =>
    localStorage.setItem('atelier:v1:tableaux-de-bord', '{"objectif": 12'),
  );
  await ouvrir(page);
  await expect(page.getByRole('alert').filter({ hasText: 'illisibles' })).toBeVisible();
  expect(await lire(page, 'resultat')).toBe(-650);
  expect(
    await page.evaluate(() => localStorage.getItem('atelier:v1:tableaux-de-bord:corrompu')),
  ).toBe('{"objectif": 12');
});

for (const [id, unite] of [
  ['mobilier-lyon', '€'],
  ['emballages-casablanca', 'DH'],
] as const) {
  test(`« Charger la campagne de l’entreprise » reprend la campagne passée de ${id} (${unite})`, async ({
    page,
  }) => {
    await page.addInitScript((id) => {
      if (!sessionStorage.getItem('init')) {
        localStorage.setItem('atelier:v1:entreprise', JSON.stringify(id));
        sessionStorage.setItem('init', '1');
      }
    }, id);
    const c = JSON.parse(readFileSync(`content/datasets/${id}/campagne.json`, 'utf8'));
    await ouvrir(page);
    await page.getByRole('button', { name: 'Charger la campagne de l’entreprise' }).click();
    await expect(page.locator(`${ilot} [data-resultat="chargement"]`)).toContainText('est chargée');
    const cout = c.lignesDeCout.reduce((s: number, l: { montant: number }) => s + l.montant, 0);
    const o = {
      contacts: c.objectifs.fichier,
      joints: c.objectifs.contactsJoints,
      rdv: c.objectifs.rdv,
      propositions: c.objectifs.propositions,
      commandes: c.objectifs.commandes,
      chiffreAffaires: c.objectifs.chiffreAffaires,
      cout,
    };
    const r = {
      contacts: c.etapes.fichier,
      joints: c.etapes.contactsJoints,
      rdv: c.etapes.rdv,
      propositions: c.etapes.propositions,
      commandes: c.etapes.commandes,
      chiffreAffaires: c.chiffreAffairesGenere,
      cout,
    };
    // The taux de marque is typed with two decimals: the marge on screen stays within a few units of the file's.
    const marque = nombre(await page.getByLabel('Taux de marque').inputValue()) / 100;
    expect(Math.abs(c.chiffreAffairesGenere * marque - c.margeGeneree)).toBeLessThanOrEqual(
      c.chiffreAffairesGenere * 0.00005,
    );
    await verifier(page, o, r, marque);
    await expect(
      page.locator('[data-tableau="tableau-de-bord"] tr[data-ligne="cout"] th'),
    ).toHaveText(`Coût de l’opération (${unite})`);
    await expect(page.locator(`${ilot} [data-resultat="resultat"]`)).toContainText(unite);
    await page.reload();
    await ouvrir(page, false);
    await expect(champ(page, 'rdv', 'realise')).toHaveValue(String(c.etapes.rdv));
  });
}

test('sur un téléphone, le tableau de bord tient dans la largeur ou défile dans une zone focalisable', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await ouvrir(page);
  for (const sel of ['[data-tableau="tableau-de-bord"]', '.tdb-saisie']) {
    const zone = page.locator(`${ilot} .tableau-defilant:has(${sel})`);
    await expect(zone).toHaveAttribute('tabindex', '0');
    const {
      tableau,
      zoneLargeur,
      page: largeurPage,
    } = await zone.evaluate((z) => ({
      tableau: z.scrollWidth,
      zoneLargeur: z.clientWidth,
      page: document.documentElement.scrollWidth,
    }));
    expect(largeurPage).toBeLessThanOrEqual(390);
    console.log(`${sel} : ${tableau} px dans ${zoneLargeur} px`);
  }
  const zone = page.locator(`${ilot} .tableau-defilant:has([data-tableau="tableau-de-bord"])`);
  expect(await zone.evaluate((z) => z.scrollWidth <= z.clientWidth)).toBe(true);
});

for (const [nom, affichage] of [
  ['clair', { theme: 'clair' }],
  ['sombre', { theme: 'sombre' }],
  ['projection', { theme: 'clair', projection: true }],
] as const) {
  test(`aucune violation axe-core en mode ${nom}, tableau et erreur affichés`, async ({ page }) => {
    await preparerAffichage(page, affichage);
    await ouvrir(page);
    // An error state too, so that the error colours are audited.
    await page.getByLabel('Rendez-vous, réalisé').fill('abc');
    await expect(page.locator('#tdb-realise-rdv-erreur')).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await violationsAxe(page)).toEqual([]);
  });
}
