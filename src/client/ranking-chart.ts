/**
 * <ranking-chart>: draws one city's composite-index and rank charts from the model the build wrote into
 * the page (rankings/chart-model.ts). Chart.js is registered piece by piece: a line chart on linear scales
 * with tooltips is all the page uses. Without JavaScript the charts stay hidden and the table next to
 * them carries the same figures.
 */
import {
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type TooltipItem,
} from 'chart.js';
import { formatMonthTick, type CityChartModel } from '../lib/rankings/chart-model.ts';

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip);

interface Palette {
  index: string;
  rank: string;
  text: string;
  grid: string;
  surface: string;
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
    surface: read('--chart-surface'),
    font: style.fontFamily,
  };
}

type Series = 'index' | 'rank';

function configFor(model: CityChartModel, series: Series, colours: Palette): ChartConfiguration<'line'> {
  const isRank = series === 'rank';
  const colour = isRank ? colours.rank : colours.index;
  const tooltipLines = (item: TooltipItem<'line'>) => model.tooltips[String(item.parsed.x)] ?? [];
  // Smaller marks when years of months share the width.
  const dense = model.index.length > 48;
  return {
    type: 'line',
    data: {
      datasets: [
        {
          label: isRank ? '排名' : '综合指数',
          data: isRank ? model.rank : model.index,
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
      plugins: {
        tooltip: {
          backgroundColor: colours.surface,
          titleColor: colours.text,
          bodyColor: colours.text,
          borderColor: colour,
          borderWidth: 1,
          displayColors: false,
          bodyFont: { size: 13 },
          callbacks: {
            title: () => '',
            label: (item) => tooltipLines(item)[0] ?? '',
            afterLabel: (item) => tooltipLines(item).slice(1),
          },
        },
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
    this.charts = [
      new Chart(index, configFor(model, 'index', colours)),
      new Chart(rank, configFor(model, 'rank', colours)),
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
      chart.options = configFor(model, series, colours).options!;
      const dataset = chart.data.datasets[0]!;
      const fresh = configFor(model, series, colours).data.datasets[0]!;
      dataset.borderColor = fresh.borderColor;
      dataset.backgroundColor = fresh.backgroundColor;
      chart.update('none');
    }
  }
}

if (!customElements.get('ranking-chart')) customElements.define('ranking-chart', RankingChart);
