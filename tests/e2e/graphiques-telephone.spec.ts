/**
 * Every chart of the course on a 390 px phone, for the three sample companies: each label of a
 * standing axis is drawn whole inside the canvas. Chart.js gives a side axis at most a share of the
 * chart's width and clips a longer label from the left: ch 2's Pareto axis read « 4000 000 DH » for
 * 14 000 000 on a phone (session 11, item 4), so a student read the top of the axis as 4 million.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './outils.ts';

const ENTREPRISES = ['emballages-casablanca', 'assurances-rabat', 'mobilier-lyon'];
/** Each chapter with charts, and the charts it must draw for every sample company. */
const GRAPHIQUES: Record<string, string[]> = {
  '/chapitres/pourquoi-prospecter/': ['Portefeuille sur 5 ans'],
  '/chapitres/analyser-le-portefeuille/': ['Courbe de Pareto des clients'],
  '/chapitres/sources-de-prospection/': ['Taux de conclusion par source'],
  '/chapitres/selectionner-les-prospects/': ['Répartition des scores'],
  // Its histogram is not drawn in every state of the page: checked when it is.
  '/chapitres/methodes-et-moyens/': [],
  '/chapitres/planifier/': ['Visites possibles et nécessaires'],
  '/chapitres/budgetiser/': ['Dépenses par action'],
  '/chapitres/mesurer-l-efficacite/': ['Effectifs par étape'],
};

/** The labels of each standing axis of each drawn chart that stick out of the canvas. */
async function etiquettesCoupees(page: Page): Promise<string[]> {
  return page.locator('[data-graphique] canvas').evaluateAll((toiles) =>
    toiles.flatMap((c) => {
      type Echelle = {
        id: string;
        position: string;
        left: number;
        right: number;
        ticks: { label: string | string[] }[];
        isHorizontal(): boolean;
        _resolveTickFontOptions(i: number): { string: string };
        options: {
          display?: boolean;
          ticks: { padding?: number; display?: boolean };
          grid: { tickLength?: number; drawTicks?: boolean };
        };
        ctx: CanvasRenderingContext2D;
      };
      const chart = (
        c as unknown as { graphique?: { width: number; scales: Record<string, Echelle> } }
      ).graphique;
      if (!chart) return [];
      const titre = c.parentElement?.getAttribute('data-graphique');
      return Object.values(chart.scales)
        .filter((e) => !e.isHorizontal() && e.options.display !== false)
        .flatMap((e) => {
          const marque =
            (e.options.grid.drawTicks === false ? 0 : (e.options.grid.tickLength ?? 8)) +
            (e.options.ticks.padding ?? 3);
          e.ctx.save();
          e.ctx.font = e._resolveTickFontOptions(0).string;
          const coupees = e.ticks
            .map((t) => (Array.isArray(t.label) ? t.label.join(' ') : String(t.label)))
            .filter((texte) => {
              const l = e.ctx.measureText(texte).width;
              // Drawn against the tick mark: ending there on the left, starting there on the right.
              return e.position === 'left'
                ? e.right - marque - l < -0.5
                : e.left + marque + l > chart.width + 0.5;
            })
            .map((texte) => `${titre} (axe ${e.id}) : « ${texte} »`);
          e.ctx.restore();
          return coupees;
        });
    }),
  );
}

for (const entreprise of ENTREPRISES)
  test(`à 390 px (${entreprise}), les étiquettes des axes de chaque graphique sont entières`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.addInitScript(
      (x) => localStorage.setItem('atelier:v1:entreprise', JSON.stringify(x)),
      entreprise,
    );
    await page.setViewportSize({ width: 390, height: 844 });
    const coupees: string[] = [];
    for (const [chemin, titres] of Object.entries(GRAPHIQUES)) {
      await page.goto(chemin);
      // Through the page once, so that each simulator hydrates and shows its charts' boxes.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += innerHeight * 0.8) {
          scrollTo(0, y);
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        }
      });
      for (const titre of titres) {
        const g = page.locator(`[data-graphique="${titre}"]`);
        await g.scrollIntoViewIfNeeded();
        await expect
          .poll(() =>
            g.locator('canvas').evaluate((c) => Boolean((c as { graphique?: unknown }).graphique)),
          )
          .toBe(true);
      }
      coupees.push(...(await etiquettesCoupees(page)).map((e) => `${chemin} ${e}`));
    }
    expect(coupees).toEqual([]);
  });
