/**
 * The single Chart.js module of the site, loaded only when a chart scrolls into view.
 * Registers only what the course's charts use (never `chart.js/auto`), once.
 */
import {
  Chart,
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
  LineController,
  LineElement,
  PointElement,
  type CartesianScaleOptions,
  type FontSpec,
  type Plugin,
  type Scale,
} from 'chart.js';
import { toFont } from 'chart.js/helpers';
import { compacterChiffre, raccourcirEtiquette } from './etiquettes.ts';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
  LineController,
  LineElement,
  PointElement,
);

/**
 * A series to draw; `id` matches datasets across updates so charts update in place. A bar chart
 * may carry a `line` series on a second axis (`axe: 'secondaire'`), as a Pareto chart does.
 */
export interface Serie {
  id: string;
  libelle: string;
  valeurs: number[];
  type?: 'bar' | 'line';
  axe?: 'secondaire';
}

/** What a course chart shows. */
export interface DonneesGraphique {
  type: 'bar' | 'line';
  libelles: string[];
  series: Serie[];
  /** Formats a value for axes and tooltips (French number formatting from src/lib). */
  format: (v: number) => string;
  horizontal?: boolean;
  /** Stacks the bar series (a bar per category, each series one colour: the ABC classes of a Pareto chart). */
  empile?: boolean;
  /** Formats the values of the second axis (a cumulative share: 0 to 1), when a series uses it. */
  formatSecondaire?: (v: number) => string;
}

/** The Chart.js dataset of a series (its type and axis when it differs from the chart's). */
const jeu = (s: Serie) =>
  ({
    label: s.libelle,
    data: s.valeurs,
    id: s.id,
    ...(s.type
      ? {
          type: s.type,
          order: s.type === 'line' ? 0 : 1,
          pointRadius: s.type === 'line' ? 0 : undefined,
          pointHitRadius: 4,
        }
      : {}),
    ...(s.axe ? { yAxisID: 'y2' } : {}),
  }) as never;

const couleur = (nom: string) =>
  getComputedStyle(document.documentElement).getPropertyValue(nom).trim() || '#0a57a8';
const palette = () =>
  ['--serie-1', '--serie-2', '--serie-3', '--serie-4', '--serie-5'].map(couleur);

function appliquerTheme(chart: Chart): void {
  const texte = couleur('--texte'),
    grille = couleur('--bordure');
  // Projection mode asks for larger chart type through --taille-graphique (in px).
  const taille = Number(couleur('--taille-graphique')) || 12;
  Chart.defaults.color = texte;
  Chart.defaults.font.size = taille;
  for (const axe of Object.values(chart.options.scales ?? {})) {
    if (!axe) continue;
    axe.ticks = { ...axe.ticks, color: texte };
    axe.grid = { ...axe.grid, color: grille };
  }
  const couleurs = palette();
  chart.data.datasets.forEach((d, i) => {
    d.backgroundColor = couleurs[i % couleurs.length];
    d.borderColor = couleurs[i % couleurs.length];
  });
}

/** Whether two neighbouring figures of a level axis touch (less than 6 px apart), in its tick font. */
function chevauchement(axe: Scale): boolean {
  const ctx = axe.ctx;
  ctx.save();
  ctx.font = toFont((axe.options as CartesianScaleOptions).ticks.font as Partial<FontSpec>).string;
  const bords = axe.ticks.map((t, i) => {
    const demi = ctx.measureText(String(t.label)).width / 2;
    return [axe.getPixelForTick(i) - demi, axe.getPixelForTick(i) + demi];
  });
  ctx.restore();
  return bords.some((b, i) => i > 0 && b[0] < bords[i - 1][1] + 6);
}

/**
 * Chart.js decides how many figures a lying chart's value axis shows before the side axis and the
 * last figure's half width have taken their room, so at 320 px ch 9's figures ran into each other
 * (« 20 000 DH40 000 DH »). Once the chart is laid out, while two figures touch, it is drawn again
 * with one tick fewer; each update (new data, resize) starts again from Chart.js's own count.
 */
const chiffresEspaces: Plugin & { reprise?: boolean } = {
  id: 'chiffresEspaces',
  beforeUpdate(chart) {
    const ticks = chart.options.scales?.x?.ticks as { maxTicksLimit?: number } | undefined;
    if (!chiffresEspaces.reprise && ticks) delete ticks.maxTicksLimit;
  },
  afterUpdate(chart) {
    const axe = chart.scales.x;
    if (chart.options.indexAxis !== 'y' || !axe || axe.ticks.length <= 2 || !chevauchement(axe))
      return;
    (chart.options.scales!.x!.ticks as { maxTicksLimit?: number }).maxTicksLimit =
      axe.ticks.length - 1;
    chiffresEspaces.reprise = true;
    chart.update('none');
    chiffresEspaces.reprise = false;
  },
};

/**
 * The room Chart.js gives a side axis's labels: at most `maxWidth` (half the chart's width, shared
 * between the axes on that side), less the tick mark and the padding each side.
 */
function placeDesEtiquettes(axe: Scale): number {
  const { grid, ticks } = axe.options as CartesianScaleOptions;
  return (
    axe.maxWidth -
    (grid?.drawTicks === false ? 0 : (grid?.tickLength ?? 8)) -
    2 * (ticks.padding ?? 3)
  );
}

/** Whether every text fits in `largeur`, measured in the axis's tick font. */
function tiennent(axe: Scale, textes: string[], largeur: number): boolean {
  const ctx = axe.ctx;
  ctx.save();
  ctx.font = toFont((axe.options as CartesianScaleOptions).ticks.font as Partial<FontSpec>).string;
  const oui = textes.every((t) => ctx.measureText(t).width <= largeur);
  ctx.restore();
  return oui;
}

const etiquettesCalculees = new WeakMap<object, string[]>();

/**
 * The labels of a standing value axis: in full when they all fit its room, otherwise all compact
 * (« 14 M DH »): Chart.js would clip them from the left, and a phone read 4 million for 14.
 */
function etiquettesDeValeurs(
  axe: Scale,
  formater: (v: number) => string,
  ticks: { value: number }[],
): string[] {
  // Chart.js asks tick by tick with the same array: measure the axis once per update.
  const deja = etiquettesCalculees.get(ticks);
  if (deja) return deja;
  const textes = ticks.map((t) => formater(t.value));
  const r =
    axe.isHorizontal() || tiennent(axe, textes, placeDesEtiquettes(axe))
      ? textes
      : textes.map(compacterChiffre);
  etiquettesCalculees.set(ticks, r);
  return r;
}

/** Draws a chart in `canvas`; returns an `actualiser` that updates it in place. */
export function creerGraphique(canvas: HTMLCanvasElement, donnees: DonneesGraphique) {
  let format = donnees.format;
  let formatSecondaire = donnees.formatSecondaire ?? format;
  const secondaire = donnees.series.some((s) => s.axe);
  const chart = new Chart(canvas, {
    type: donnees.type,
    data: { labels: donnees.libelles, datasets: donnees.series.map(jeu) },
    plugins: [chiffresEspaces],
    options: {
      indexAxis: donnees.horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { display: donnees.series.length > 1 },
        tooltip: {
          callbacks: {
            label: (c) =>
              `${c.dataset.label} : ${((c.dataset as { yAxisID?: string }).yAxisID === 'y2' ? formatSecondaire : format)(Number(c.raw))}`,
          },
        },
      },
      scales: {
        [donnees.horizontal ? 'x' : 'y']: {
          beginAtZero: true,
          stacked: donnees.empile,
          // Figures read level: Chart.js measures the room for a turn against the whole chart's
          // width, wrong beside a side axis (ch 9's figures turned at 320 px with room to spare).
          ticks: {
            callback(_v, i, ticks) {
              return etiquettesDeValeurs(this, format, ticks)[i];
            },
            ...(donnees.horizontal ? { maxRotation: 0 } : {}),
          },
        },
        // Long category names are shortened on the axis; the full names are in the data table.
        [donnees.horizontal ? 'y' : 'x']: {
          stacked: donnees.empile,
          ticks: {
            callback(v) {
              const texte = this.getLabelForValue(Number(v));
              if (!donnees.horizontal)
                return raccourcirEtiquette({
                  texte,
                  largeur: Infinity,
                  mesurer: () => 0,
                  maxLettres: 24,
                });
              // Chart.js gives a side axis at most half the chart's width (this.maxWidth) and
              // clips a longer name from the left: the name gets that room, less the tick mark and
              // the padding each side, measured in the ticks' own font.
              const largeur = placeDesEtiquettes(this);
              const ctx = this.ctx;
              ctx.save();
              ctx.font = toFont(
                (this.options as CartesianScaleOptions).ticks.font as Partial<FontSpec>,
              ).string;
              const r = raccourcirEtiquette({
                texte,
                largeur,
                mesurer: (t) => ctx.measureText(t).width,
              });
              ctx.restore();
              return r;
            },
          },
        },
        ...(secondaire
          ? {
              y2: {
                position: 'right' as const,
                min: 0,
                max: 1,
                grid: { drawOnChartArea: false },
                ticks: {
                  callback(
                    this: Scale,
                    _v: string | number,
                    i: number,
                    ticks: { value: number }[],
                  ) {
                    return etiquettesDeValeurs(this, formatSecondaire, ticks)[i];
                  },
                },
              },
            }
          : {}),
      },
    },
  });
  // Tests read what was drawn (tick labels and positions) from the instance: pixels cannot tell
  // two labels apart. Chart.getChart(canvas) needs Chart, which this module keeps to itself.
  Object.assign(canvas, { graphique: chart });
  appliquerTheme(chart);
  chart.update();
  const surTheme = () => {
    appliquerTheme(chart);
    chart.update();
  };
  addEventListener('atelier:affichage', surTheme);
  return {
    actualiser(d: DonneesGraphique) {
      format = d.format;
      formatSecondaire = d.formatSecondaire ?? d.format;
      chart.data.labels = d.libelles;
      for (const s of d.series) {
        const existant = chart.data.datasets.find((x) => (x as { id?: string }).id === s.id);
        if (existant) {
          existant.data = s.valeurs;
          existant.label = s.libelle;
        } else chart.data.datasets.push(jeu(s));
      }
      chart.data.datasets = chart.data.datasets.filter((x) =>
        d.series.some((s) => s.id === (x as { id?: string }).id),
      );
      appliquerTheme(chart);
      chart.update('none');
    },
    detruire() {
      removeEventListener('atelier:affichage', surTheme);
      chart.destroy();
    },
  };
}
