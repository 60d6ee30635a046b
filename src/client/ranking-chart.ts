/**
 * <ranking-chart>: draws one city's composite-index and rank charts from the model the build wrote into
 * the page (rankings/chart-model.ts). Chart.js is registered piece by piece: a line chart on linear scales
 * is all the page uses. Chart.js's tooltip plugin is left out (about 5 KB gzip, a twelfth of the overview's
 * budget): the month under the pointer is told in a line of text under each chart instead, which also
 * stays readable after the pointer leaves. Without JavaScript the charts stay hidden and the table next to
 * them carries the same figures.
 */
import {
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  type ActiveElement,
  type ChartConfiguration,
} from 'chart.js';
import { formatMonthTick, readoutText, type CityChartModel } from '../lib/rankings/chart-model.ts';

Chart.register(LineController, LineElement, PointElement, LinearScale);

interface Palette {
  index: string;
  rank: string;
  text: string;
  grid: string;
  font: string;
}

function palette(element: Element): Palette {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return {
    index: read('--chart-index'),
    rank: read('--chart-rank'),
    text: read('--chart-text'),
    grid: read('--chart-grid'),
    font: style.fontFamily,
  };
}

type Series = 'index' | 'rank';

function configFor(
  model: CityChartModel,
  series: Series,
  colours: Palette,
  readout?: HTMLElement | null,
): ChartConfiguration<'line'> {
  const isRank = series === 'rank';
  const colour = isRank ? colours.rank : colours.index;
  const points = isRank ? model.rank : model.index;
  // Smaller marks when years of months share the width.
  const dense = model.index.length > 48;
  return {
    type: 'line',
    data: {
      datasets: [
        {
          label: isRank ? '排名' : '综合指数',
          data: points,
          borderColor: colour,
          backgroundColor: colour,
          borderWidth: 2,
          // Told apart by more than colour: the index is a solid line with dots, the rank a dashed line with diamonds.
          borderDash: isRank ? [6, 4] : [],
          pointStyle: isRank ? 'rectRot' : 'circle',
          pointRadius: dense ? 2 : isRank ? 4.5 : 3.5,
          pointHoverRadius: dense ? 4 : 6,
          // Months further apart than one are missing months: the line breaks there, nothing is interpolated.
          spanGaps: model.maxJoinedMonths,
          clip: false,
        },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      layout: { padding: { left: 4, right: 12, top: 8 } },
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      color: colours.text,
      scales: {
        x: {
          type: 'linear',
          min: model.x.min,
          max: model.x.max,
          grid: { color: colours.grid },
          border: { color: colours.grid },
          ticks: {
            stepSize: model.x.step,
            color: colours.text,
            maxRotation: 0,
            autoSkipPadding: 12,
            callback: (value) => formatMonthTick(Number(value)),
          },
        },
        y: {
          type: 'linear',
          reverse: isRank,
          ...(isRank ? { min: model.rankAxis.min, max: model.rankAxis.max } : { grace: '10%' }),
          grid: { color: colours.grid },
          border: { color: colours.grid },
          title: { display: true, text: isRank ? model.rankAxis.title : model.indexAxis.title, color: colours.text },
          // The rank axis's ends are rounded, not stepped: a tick at each would crowd its neighbour.
          ticks: { color: colours.text, precision: isRank ? 0 : 1, includeBounds: !isRank },
        },
      },
      // The nearest month to the pointer (the interaction above) is told under the chart.
      onHover: (_event, active: ActiveElement[]) => {
        if (readout && active[0]) readout.textContent = readoutText(model, points[active[0].index]?.x);
      },
    },
  };
}

export class RankingChart extends HTMLElement {
  /** The charts drawn, for tests and for redrawing when the colour scheme changes. */
  charts: Chart<'line'>[] = [];
  #scheme: MediaQueryList | undefined;
  #onSchemeChange = () => this.#recolour();

  connectedCallback(): void {
    if (this.charts.length) return;
    const data = this.querySelector('script[type="application/json"]')?.textContent;
    const index = this.querySelector<HTMLCanvasElement>('canvas[data-series="index"]');
    const rank = this.querySelector<HTMLCanvasElement>('canvas[data-series="rank"]');
    if (!data || !index || !rank) return;
    const model = JSON.parse(data) as CityChartModel;
    this.querySelector<HTMLElement>('[data-charts]')?.removeAttribute('hidden');
    const colours = palette(this);
    // The page's own CJK system fonts, so chart text matches the table beside it.
    Chart.defaults.font.family = colours.font;
    const readout = (canvas: HTMLCanvasElement) =>
      canvas.closest('figure')?.querySelector<HTMLElement>('[data-readout]');
    this.charts = [
      new Chart(index, configFor(model, 'index', colours, readout(index))),
      new Chart(rank, configFor(model, 'rank', colours, readout(rank))),
    ];
    this.#scheme = matchMedia('(prefers-color-scheme: dark)');
    this.#scheme.addEventListener('change', this.#onSchemeChange);
    this.dataset.drawn = 'true';
  }

  disconnectedCallback(): void {
    this.#scheme?.removeEventListener('change', this.#onSchemeChange);
    for (const chart of this.charts) chart.destroy();
    this.charts = [];
  }

  /** Follows the page into dark mode and back: the colours come from CSS custom properties. */
  #recolour(): void {
    const data = this.querySelector('script[type="application/json"]')?.textContent;
    if (!data) return;
    const model = JSON.parse(data) as CityChartModel;
    const colours = palette(this);
    for (const chart of this.charts) {
      const series = chart.canvas.dataset.series === 'rank' ? 'rank' : 'index';
      const readout = chart.canvas.closest('figure')?.querySelector<HTMLElement>('[data-readout]');
      chart.options = configFor(model, series, colours, readout).options!;
      const dataset = chart.data.datasets[0]!;
      const fresh = configFor(model, series, colours).data.datasets[0]!;
      dataset.borderColor = fresh.borderColor;
      dataset.backgroundColor = fresh.backgroundColor;
      chart.update('none');
    }
  }
}

if (!customElements.get('ranking-chart')) customElements.define('ranking-chart', RankingChart);
