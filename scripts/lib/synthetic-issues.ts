import { plainText } from '../../src/lib/articles/article.ts';
import type { ContentFile } from '../../src/lib/content/snapshot.ts';
import { ISSUE_YEARS } from '../../src/lib/issues/schema.ts';

/**
 * A synthetic archive of N issues shaped like the real one (key notes, 11 articles and short items,
 * a grouped district table, a 23-column department table with printed totals, three cities' rankings),
 * for benchmarks and tests only. It is generated into a temporary folder, never into content/.
 * Text is varied from a seed so a search index over it grows as a real archive's would.
 */
export interface SyntheticOptions {
  issues: number;
  /**
   * Issues per year (the bulletin prints a few a year): 4, or more when the archive would otherwise run
   * past the last year the schema accepts (1,000 issues: 10 a year from 2000).
   */
  perYear?: number;
  seed?: number;
  /**
   * Real sentences to write the articles from (see `corpusSentences`). With them the synthetic text has
   * the real bulletin's vocabulary and word frequencies, which is what a search index's size depends
   * on; without them, sentences are strung together from a fixed list of credit phrases.
   */
  corpus?: readonly string[];
}

/** The sentences of every article and short item in a content folder, to write synthetic issues from. */
export function corpusSentences(files: readonly ContentFile[]): string[] {
  return files
    .filter((file) => /^issues\/[^/]+\/articles\/[^/]+\.mdx$/.test(file.path))
    .flatMap((file) => plainText(file.text.replace(/^---\n[\s\S]*?\n---\n/, '')).split(/(?<=[。！？])/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => [...sentence].length >= 8);
}

/** A small deterministic PRNG (mulberry32) so the same options give the same archive. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PHRASES = [
  '社会信用体系建设',
  '信用修复',
  '失信联合惩戒',
  '守信联合激励',
  '信用承诺',
  '政务诚信',
  '营商环境',
  '行政许可',
  '行政处罚',
  '信用信息共享平台',
  '双公示',
  '信易贷',
  '诚信建设万里行',
  '信用评价',
  '公共信用信息',
  '红黑名单',
  '市场监管',
  '食品安全',
  '安全生产',
  '信用监管',
  '数据归集',
  '信用报告',
  '专项治理',
  '宣传月活动',
  '培训班',
  '海蜇节',
  '港口物流',
  '税务',
  '交通运输',
  '生态环保',
  '文化旅游',
  '医疗卫生',
  '教育',
  '金融',
  '住房建设',
];
const UNITS = [
  '市发改委',
  '市场监督管理局',
  '市行政审批局',
  '公安局',
  '中级法院',
  '市文旅局',
  '科技局',
  '审计局',
  '交通运输局',
  '民政局',
];
const SECTIONS: Array<[string, 'article' | 'brief']> = [
  ['国家政策', 'article'],
  ['辽宁动态', 'article'],
  ['工作推进', 'article'],
  ['工作推进', 'article'],
  ['工作推进', 'article'],
  ['省内消息', 'brief'],
  ['省内消息', 'brief'],
  ['我市简讯', 'brief'],
  ['我市简讯', 'brief'],
  ['我市简讯', 'brief'],
  ['我市简讯', 'brief'],
];
const SOURCES = ['市信用办', '辽宁日报', '营口日报', '信用辽宁官网', '辽宁省人民政府网站', '市审批局'];
const CITIES: Array<{ city: string; level: '地级' | '县级'; groupSize: number }> = [
  { city: '营口市', level: '地级', groupSize: 261 },
  { city: '盖州市', level: '县级', groupSize: 387 },
  { city: '大石桥市', level: '县级', groupSize: 387 },
];

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** Figures for one city and month are a function of both, so overlapping issues always agree. */
function observation(city: (typeof CITIES)[number], month: string) {
  const next = random(
    [...`${city.city}${month}`].reduce((h, c) => Math.imul(h ^ c.codePointAt(0)!, 16777619), 2166136261),
  );
  return {
    city: city.city,
    level: city.level,
    month,
    index: (70 + next() * 20).toFixed(2),
    rank: 1 + Math.floor(next() * city.groupSize),
    groupSize: city.groupSize,
  };
}

function monthsBefore(year: number, month: number, count: number): string[] {
  const months: string[] = [];
  for (let i = 0; i < count; i++) {
    const total = year * 12 + (month - 1) - i;
    months.push(`${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

/** The year of the first synthetic issue, when the archive fits from there. */
const FIRST_YEAR = 2018;
/** Issue months are spread over the year `12 / (perYear + 1)` apart, so at most 11 issues a year. */
const MAX_PER_YEAR = 11;

/** Issues a year and the first year, so that every issue's year is one the schema accepts. */
export function syntheticCalendar(issues: number, perYear?: number): { perYear: number; firstYear: number } {
  const span = ISSUE_YEARS.max - ISSUE_YEARS.min + 1;
  const perYearUsed = perYear ?? Math.max(4, Math.ceil(issues / span));
  const years = Math.ceil(issues / perYearUsed);
  if (perYearUsed > MAX_PER_YEAR || years > span)
    throw new Error(
      `合成数据最多 ${span * MAX_PER_YEAR} 期（${ISSUE_YEARS.min}—${ISSUE_YEARS.max} 年，每年至多 ${MAX_PER_YEAR} 期）/ at most ${span * MAX_PER_YEAR} synthetic issues`,
    );
  return { perYear: perYearUsed, firstYear: Math.min(FIRST_YEAR, ISSUE_YEARS.max - years + 1) };
}

export function syntheticArchive(options: SyntheticOptions): ContentFile[] {
  const { perYear, firstYear } = syntheticCalendar(options.issues, options.perYear);
  const next = random(options.seed ?? 2020);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const corpus = options.corpus?.length ? options.corpus : null;
  const sentence = corpus
    ? // A real sentence with its figures varied digit by digit, so issues differ but keep their shape.
      () => pick(corpus).replace(/\d/g, () => String(Math.floor(next() * 10)))
    : () => {
        const words = Array.from({ length: 4 + Math.floor(next() * 4) }, () => pick(PHRASES));
        return `${pick(UNITS)}围绕${words.join('、')}开展工作，累计完成${Math.floor(next() * 5000)}项，涉及${Math.floor(next() * 300)}家企业。`;
      };
  // With real sentences, paragraphs are as long as the real issue's: an article's four paragraphs of one
  // to three sentences (2020-3: 3.8 paragraphs of 2.2), a short item's one paragraph of two to four (2.8).
  const paragraph = (kind: 'article' | 'brief') => {
    const sentences = corpus ? (kind === 'article' ? 1 : 2) + Math.floor(next() * 3) : 3 + Math.floor(next() * 3);
    return Array.from({ length: sentences }, sentence).join('');
  };

  const files: ContentFile[] = [
    { path: 'sections.json', text: json({ sections: ['国家政策', '辽宁动态', '工作推进', '省内消息', '我市简讯'] }) },
  ];
  for (let i = 0; i < options.issues; i++) {
    const year = firstYear + Math.floor(i / perYear);
    const number = (i % perYear) + 1;
    const month = 1 + number * Math.floor(12 / (perYear + 1));
    const folder = `issues/${year}-${String(number).padStart(2, '0')}`;
    files.push({
      path: `${folder}/issue.json`,
      text: json({
        year,
        number,
        cumulativeNumber: i + 1,
        date: `${year}-${String(month).padStart(2, '0')}-10`,
        publisher: '营口市社会信用体系建设领导小组办公室',
        keyNotes: [sentence(), sentence()],
        footer: {
          sentTo: ['辽宁省信用办', '市委常委'],
          copiedTo: ['市社会信用体系建设领导成员单位'],
          editors: ['费文兵', '王 唱'],
          reviewer: '李洪广',
          email: 'ykfgwxyglk@163.com',
          telephone: '0417—2998573',
          website: { text: '更多内容可点击信用营口网', url: 'http://credit.yingkou.gov.cn/' },
          printRun: 80,
        },
      }),
    });
    SECTIONS.forEach(([section, kind], index) => {
      const order = String(index + 1).padStart(2, '0');
      const front =
        kind === 'article'
          ? `kind: article\ntitle: "${pick(UNITS)}推进${pick(PHRASES)}工作（第${i + 1}期第${index + 1}篇）"\n`
          : `kind: brief\nmarker: "◇"\n`;
      const body = Array.from({ length: kind === 'article' ? 4 : 1 }, () => paragraph(kind)).join('\n\n');
      files.push({
        path: `${folder}/articles/${order}-item-${index + 1}.mdx`,
        text: `---\n${front}section: ${section}\nsource: ${pick(SOURCES)}\n---\n\n${body}\n`,
      });
    });
    const count = () => (next() < 0.45 ? null : Math.floor(next() * 2000));
    files.push({
      path: `${folder}/tables/01-districts.json`,
      text: json({
        title: '各县（市）区、园区数据报送情况统计表',
        rowHeader: '地区',
        groups: ['县（市）区', '园区'],
        columns: Array.from({ length: 8 }, (_, c) => ({
          key: `indicator-${c + 1}`,
          label: `指标${c + 1}`,
          kind: 'count',
        })),
        rows: Array.from({ length: 11 }, (_, r) => ({
          unit: `地区${r + 1}`,
          group: r < 6 ? '县（市）区' : '园区',
          cells: Array.from({ length: 8 }, count),
        })),
      }),
    });
    const rows = Array.from({ length: 57 }, (_, r) => {
      const cells = Array.from({ length: 21 }, count);
      const values = cells.filter((v): v is number => v !== null);
      return { unit: `单位${r + 1}`, cells: [...cells, values.length ? values.reduce((a, b) => a + b, 0) : null] };
    });
    const columnTotal = (c: number) => {
      const values = rows.map((r) => r.cells[c]).filter((v): v is number => v !== null && v !== undefined);
      return values.length ? values.reduce((a, b) => a + b, 0) : null;
    };
    const printedTotals = Array.from({ length: 22 }, (_, c) => columnTotal(c));
    const misprinted = i % 4 === 0 && printedTotals[0] !== null;
    if (misprinted) printedTotals[0] = printedTotals[0]! + 10;
    files.push({
      path: `${folder}/tables/02-departments.json`,
      text: json({
        title: '全市信源单位信息上报数据汇总表',
        rowHeader: '部门名称',
        columns: [
          ...Array.from({ length: 21 }, (_, c) => ({
            key: `indicator-${c + 1}`,
            label: `指标${c + 1}`,
            kind: 'count',
          })),
          { key: 'total', label: '数据总量', kind: 'count' },
        ],
        rowTotalColumn: 'total',
        rows,
        printedTotals: { label: '合计', cells: printedTotals },
        // Like the real bulletin, some printed totals do not add up; the editor has acknowledged them.
        acknowledged: misprinted
          ? [{ kind: 'column-total', column: 'indicator-1', note: '合成数据：印刷合计与各行之和不符，照录。' }]
          : [],
      }),
    });
    const latestMonth = month === 1 ? 12 : month - 2;
    const latestYear = month === 1 ? year - 1 : year;
    files.push({
      path: `${folder}/rankings.json`,
      text: json({
        observations: CITIES.flatMap((city) =>
          monthsBefore(latestYear, Math.max(1, latestMonth), 6).map((m) => observation(city, m)),
        ),
      }),
    });
  }
  return files;
}
