/**
 * « Ma campagne » (issue 14), for each sample company: the thread's figures against an independent
 * computation from the built dataset (dist/donnees/<id>.json), in the company's currency; the
 * states « à faire » → « fait » → « à revoir » once an earlier step changes; switching company from
 * the page; the home page's short version; axe in light, dark and projection; no overflow at 390
 * and 320 px.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, attendreIlots, violationsAxe, preparerAffichage } from './outils.ts';

test.setTimeout(120_000);
const ENTREPRISES = ['mobilier-lyon', 'emballages-casablanca', 'assurances-rabat'];
const ETAPES = ['fichier', 'selection', 'methode', 'capacite', 'budget', 'entonnoir', 'tableau'];
const TAUX = [0.6, 0.2, 0.625, 0.25];
const TAUX_TEXTE = ['60', '20', '62,5', '25'];

/** The built dataset, read as the site serves it. */
function jeu(id: string) {
  const j = JSON.parse(readFileSync(`dist/donnees/${id}.json`, 'utf8'));
  const champ = (nom: string) => j.prospects.champs.indexOf(nom);
  const lignes = j.prospects.lignes as unknown[][];
  const libres = lignes
    .filter((l) => l[champ('opposition')] !== true)
    .map((l) => l[champ('id')] as string);
  return { j, lignes, libres, devise: j.fiche.devise as 'EUR' | 'MAD' };
}
/** Amounts as the course writes them, rebuilt here with Intl (not the site's formatter). */
const montant = (n: number, devise: 'EUR' | 'MAD') =>
  devise === 'EUR'
    ? new Intl.NumberFormat('fr-FR', {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
        minimumFractionDigits: 0,
      }).format(n)
    : `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(n)}\u00a0DH`;
const entier = (n: number) =>
  new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(n);
/** Compares figures whatever the space (thin, no-break) and minus sign Intl uses. */
const sansEspaces = (s: string) => s.replace(/[\s\u202f\u00a0]/g, '').replace(/\u2212/g, '-');
const enPersonnes = (contacts: number, taux: readonly number[]) =>
  taux.reduce((e, t) => Math.round(e * t), contacts);

const etape = (page: Page, id: string) =>
  page.locator(`[data-island="ma-campagne"] [data-etape="${id}"]`);
const chiffre = async (page: Page, id: string) =>
  sansEspaces(await etape(page, id).locator('[data-resultat="chiffre"]').innerText());
async function etats(page: Page) {
  return Promise.all(ETAPES.map((id) => etape(page, id).getAttribute('data-etat')));
}

async function ouvrir(page: Page, chemin = '/campagne/') {
  await page.goto(chemin);
  await attendreIlots(page, '[data-island="ma-campagne"]');
  await expect(page.locator('[data-island="ma-campagne"] [data-etape="fichier"]')).toHaveAttribute(
    'data-etat',
    /.+/,
  );
  // The file is fetched: wait until its count is on screen (« N fiches »), not for « Chargement »
  // to be absent, which holds before the step is drawn.
  await expect(etape(page, 'fichier')).toContainText(/\d\s?fiches?\b/);
}

/** Stored work of one company: the file cleaned once, K prospects selected, the telephone chosen, capacity, budget, funnel and dashboard. */
function travail(id: string, k: number) {
  const { j, libres, devise } = jeu(id);
  const supprime = libres[0],
    selection = libres.slice(1, 1 + k);
  const lignes = j.campagne.lignesDeCout as { id: string; action: string; montant: number }[];
  const tdm = Math.round(j.fiche.offre.tauxDeMarque * 10_000) / 100;
  const etapes = j.campagne.etapes as Record<string, number>;
  const realise = {
    contacts: String(etapes.fichier),
    joints: String(etapes.contactsJoints),
    rdv: String(etapes.rdv),
    propositions: String(etapes.propositions),
    commandes: String(etapes.commandes),
    chiffreAffaires: String(j.campagne.chiffreAffairesGenere),
    cout: String(lignes.reduce((s, l) => s + l.montant, 0)),
  };
  return {
    supprime,
    selection,
    tdm,
    realise,
    stockage: {
      'atelier:v1:travail': {
        [id]: {
          journal: [{ type: 'supprimer', ids: [supprime] }],
          grille: null,
          selection,
          methode: 'telephone',
          entonnoir: null,
        },
      },
      'atelier:v1:capacite': {
        semaines: '46',
        joursParSemaine: '2',
        heuresParJour: '8',
        tempsAdministratif: '60',
        dureeVisite: '60',
        dureeTrajet: '40',
        prospects: String(k),
        tauxSecondeVisite: '40',
      },
      'atelier:v1:budgets': {
        [id]: {
          lignes: lignes.map((l) => ({ id: l.id, action: l.action, montant: String(l.montant) })),
          typeTaux: 'marque',
          taux: String(tdm).replace('.', ','),
          devise,
        },
      },
      'atelier:v1:entonnoirs': {
        [id]: {
          mode: 'avant',
          contacts: String(k),
          objectif: '24',
          taux: TAUX_TEXTE,
          ecart: '5',
          graine: '1',
          origine: 'selection',
        },
      },
      'atelier:v1:tableaux-de-bord': {
        [id]: {
          objectif: realise,
          realise,
          tauxDeMarque: String(tdm).replace('.', ','),
          devise,
          tauxPrevus: TAUX,
        },
      },
    } as Record<string, unknown>,
  };
}

async function stocker(page: Page, valeurs: Record<string, unknown>) {
  await page.evaluate((v) => {
    for (const [cle, valeur] of Object.entries(v))
      localStorage.setItem(cle, JSON.stringify(valeur));
  }, valeurs);
}

for (const [rang, id] of ENTREPRISES.entries()) {
  test(
    `le fil de la campagne de ${id} : chiffres, devise, états et changement d’entreprise`,
    // One company in the everyday subset (euros); the campaign thread's is in dirhams.
    { tag: rang === 0 ? ['@essentiel'] : [] },
    async ({ page }) => {
      const { j, lignes, devise } = jeu(id);
      const symbole = devise === 'MAD' ? 'DH' : '€',
        autre = devise === 'MAD' ? '€' : 'DH';
      // Start on another company, then switch from the page itself.
      const autreId = ENTREPRISES[(rang + 1) % ENTREPRISES.length];
      const telechargements: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/donnees/')) telechargements.push(r.url());
      });
      await page.addInitScript((a) => {
        if (!sessionStorage.getItem('init')) {
          localStorage.setItem('atelier:v1:entreprise', JSON.stringify(a));
          sessionStorage.setItem('init', '1');
        }
      }, autreId);
      await ouvrir(page);
      await expect(page.locator('[data-island="ma-campagne"]')).toHaveAttribute(
        'data-entreprise',
        autreId,
      );
      await page.locator('#fil-choix-entreprise').selectOption(id);
      await expect(page.locator('[data-island="ma-campagne"]')).toHaveAttribute(
        'data-entreprise',
        id,
      );
      await expect(page.locator('[data-island="ma-campagne"]')).toHaveAttribute(
        'data-devise',
        devise,
      );
      await expect(page.locator('[data-entreprise-nom]')).toHaveText(j.fiche.nom);
      await expect(etape(page, 'fichier')).toContainText(/\d\s?fiches?\b/);

      // Nothing done: every step to do; the figures are the company's own (file, past campaign's budget).
      expect(await etats(page)).toEqual(Array(7).fill('a-faire'));
      expect(await chiffre(page, 'fichier')).toContain(
        sansEspaces(`${entier(lignes.length)} fiches`),
      );
      const budgetDepart = (j.campagne.lignesDeCout as { montant: number }[]).reduce(
        (s, l) => s + l.montant,
        0,
      );
      expect(await chiffre(page, 'budget')).toContain(sansEspaces(montant(budgetDepart, devise)));
      expect(await chiffre(page, 'budget')).toContain(
        sansEspaces(montant(budgetDepart / j.fiche.offre.tauxDeMarque, devise)),
      );
      const island = page.locator('[data-island="ma-campagne"]');
      await expect(island.locator('[data-montant]').first()).toContainText(symbole);
      for (const t of await island.locator('[data-montant]').allInnerTexts())
        expect(t).not.toContain(autre);
      // Nothing done needs the rows: the file's count comes from the build, no dataset is fetched.
      expect(telechargements).toEqual([]);

      // The work stored: every step done, each figure passed on from the step before.
      const k = 25 + rang * 7;
      const w = travail(id, k);
      await stocker(page, w.stockage);
      await ouvrir(page);
      expect(await etats(page)).toEqual(Array(7).fill('fait'));
      await expect(etape(page, 'fichier').locator('[data-resultat="etat"]')).toHaveText('fait');
      expect(await chiffre(page, 'fichier')).toContain(
        sansEspaces(`${entier(lignes.length - 1)} fiches après 1 opération`),
      );
      expect(await chiffre(page, 'selection')).toContain(
        sansEspaces(`${k} prospects retenus sur ${entier(lignes.length - 1)} fiches`),
      );
      expect(await chiffre(page, 'methode')).toContain('Prospectiontéléphonique');
      const visites = k + Math.ceil(k * 0.4),
        possibles = 46 * 2 * Math.floor((8 * 60 - 60) / (60 + 40));
      expect(await chiffre(page, 'capacite')).toContain(
        sansEspaces(`${entier(visites)} visites à faire, ${entier(possibles)} possibles`),
      );
      const commandes = enPersonnes(k, TAUX);
      expect(await chiffre(page, 'entonnoir')).toContain(
        sansEspaces(`${k} contacts → ${commandes} commande${commandes >= 2 ? 's' : ''}`),
      );
      if (commandes > 0)
        expect(await chiffre(page, 'entonnoir')).toContain(
          sansEspaces(montant(commandes * j.fiche.offre.prixMoyenHT, devise)),
        );
      // The funnel's table gives every stage, from the contacts down.
      const effectifs = [k];
      for (const t of TAUX) effectifs.push(Math.round(effectifs[effectifs.length - 1] * t));
      expect(
        (
          await etape(page, 'entonnoir').locator('[data-tableau="entonnoir"] td').allInnerTexts()
        ).map(Number),
      ).toEqual(effectifs);
      const resultat = Number(w.realise.chiffreAffaires) * (w.tdm / 100) - Number(w.realise.cout);
      expect(await chiffre(page, 'tableau')).toContain(sansEspaces(montant(resultat, devise)));
      for (const t of await island.locator('[data-montant]').allInnerTexts()) {
        expect(t).toContain(symbole);
        expect(t).not.toContain(autre);
      }
      // Each step links to its chapter's simulator.
      await expect(
        etape(page, 'entonnoir').getByRole('link', { name: /chapitre\s10/ }),
      ).toHaveAttribute('href', '/chapitres/mesurer-l-efficacite/#simulateur-entonnoir');
      // French typography: no ordinary space before « : ; ! ? », none inside « ».
      const texte = await island.innerText();
      expect(texte).not.toMatch(/ [:;!?»]|« /);

      // The home page's short version says the same.
      await ouvrir(page, '/');
      expect(await etats(page)).toEqual(Array(7).fill('fait'));

      // The file is cleaned again after the selection and the funnel: a selected prospect is deleted.
      const travaux = w.stockage['atelier:v1:travail'] as Record<string, { journal: unknown[] }>;
      travaux[id].journal.push({ type: 'supprimer', ids: [w.selection[0]] });
      // And the funnel's rates change after the dashboard took the plan.
      const entonnoirs = w.stockage['atelier:v1:entonnoirs'] as Record<string, { taux: string[] }>;
      entonnoirs[id].taux = ['60', '20', '50', '25'];
      await stocker(page, { 'atelier:v1:travail': travaux, 'atelier:v1:entonnoirs': entonnoirs });
      await ouvrir(page);
      expect(await etats(page)).toEqual([
        'fait',
        'a-revoir',
        'fait',
        'fait',
        'fait',
        'a-revoir',
        'a-revoir',
      ]);
      await expect(etape(page, 'selection').locator('[data-resultat="etat"]')).toHaveText(
        'à revoir',
      );
      await expect(etape(page, 'selection').locator('[data-resultat="raison"]')).toContainText(
        '1\u00a0prospect sélectionné a quitté',
      );
      await expect(etape(page, 'entonnoir').locator('[data-resultat="raison"]')).toContainText(
        `${k}\u00a0contacts, mais la sélection compte maintenant ${k - 1}\u00a0prospects`,
      );
      expect(await chiffre(page, 'selection')).toContain(
        sansEspaces(`${k - 1} prospects retenus sur ${entier(lignes.length - 2)} fiches`),
      );

      // No horizontal overflow on a phone.
      for (const largeur of [390, 320]) {
        await page.setViewportSize({ width: largeur, height: 800 });
        await expect
          .poll(() => page.evaluate(() => document.documentElement.scrollWidth), {
            message: `${largeur} px`,
          })
          .toBeLessThanOrEqual(largeur);
      }
      await ouvrir(page, '/');
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth), {
          message: 'accueil à 320 px',
        })
        .toBeLessThanOrEqual(320);
    },
  );
}

const MODES = [
  { nom: 'clair', affichage: { theme: 'clair' as const } },
  { nom: 'sombre', affichage: { theme: 'sombre' as const } },
  { nom: 'projection', affichage: { theme: 'clair' as const, projection: true } },
];
for (const mode of MODES) {
  test(`Ma campagne, en mode ${mode.nom} : sans violation axe-core, avec des étapes faites, à faire et à revoir`, async ({
    page,
  }) => {
    await preparerAffichage(page, mode.affichage);
    const id = 'emballages-casablanca',
      w = travail(id, 30);
    await page.goto('/campagne/');
    const travaux = w.stockage['atelier:v1:travail'] as Record<
      string,
      { journal: unknown[]; methode: string | null }
    >;
    travaux[id].journal.push({ type: 'supprimer', ids: [w.selection[0]] });
    travaux[id].methode = null;
    await stocker(page, {
      ...w.stockage,
      'atelier:v1:entreprise': id,
      'atelier:v1:travail': travaux,
    });
    await ouvrir(page);
    expect(new Set(await etats(page))).toEqual(new Set(['fait', 'a-faire', 'a-revoir']));
    expect(await violationsAxe(page)).toEqual([]);
    await ouvrir(page, '/');
    expect(await violationsAxe(page)).toEqual([]);
  });
}

test('accueil, première visite : les étapes et leurs liens, sans charger le fil (rien n’est commencé)', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('FilVivant')) scripts.push(r.url());
  });
  await page.goto('/');
  await attendreIlots(page);
  await expect(page.locator('[data-resultat="fil-accueil"]')).toContainText(
    'Rien n’est encore commencé',
  );
  await expect(
    page.getByRole('region', { name: 'Ma campagne' }).getByRole('link', { name: /Chapitre\s5/ }),
  ).toHaveAttribute('href', /exploiter-le-fichier/);
  expect(scripts).toEqual([]);
  // Work stored: the short version computes the thread.
  await page.evaluate(() => localStorage.setItem('atelier:v1:travail', JSON.stringify({})));
  await page.reload();
  await expect(page.locator('[data-island="ma-campagne"]')).toBeVisible();
});
