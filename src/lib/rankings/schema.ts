import { z } from 'astro/zod';

export const CITY_LEVELS = ['地级', '县级'] as const;
export type CityLevel = (typeof CITY_LEVELS)[number];

/** The heading each level is printed under. */
export const LEVEL_HEADINGS: Record<CityLevel, string> = {
  地级: '全国地级城市信用排名',
  县级: '全国县级城市信用排名',
};

/**
 * Marks an observation as a revision: a later issue printed different figures for a city and month than
 * an earlier issue did. The revision then wins in the merged series and the earlier figures stay visible
 * as revised. The note says what changed and why, as the bulletin or the editors explain it.
 */
export const revisionSchema = z.strictObject({
  note: z
    .string({ error: '修订说明应为文字' })
    .trim()
    .min(1, { error: '修订说明不能为空：请写明这条数字为何与前几期不同' }),
});

/** One month of the national city credit monitoring for one city, as printed. */
export const observationSchema = z.strictObject({
  city: z.string().trim().min(1, { error: '城市名不能为空' }),
  level: z.enum(CITY_LEVELS, { error: 'level 应为“地级”或“县级”' }),
  /** YYYY-MM */
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '月份应为真实存在的月份，写作 YYYY-MM，例如 2020-07' }),
  /** 综合指数 as printed, two decimals kept as text so 77.40 stays 77.40. */
  index: z.string().regex(/^\d{1,3}\.\d{2}$/, { error: '综合指数应为带两位小数的文字，例如 "82.38"' }),
  rank: z.int({ error: '排名应为整数' }).positive({ error: '排名应不小于 1' }),
  /** How many cities were ranked: 261 prefecture-level, 387 county-level. */
  groupSize: z.int({ error: '参评城市数应为整数' }).positive({ error: '参评城市数应大于 0' }),
  /** Present when this issue revises what an earlier issue printed for the same city and month. */
  revision: revisionSchema.optional(),
});

/** `rankings.json` of an issue: the heading printed over each city's table, and the observations in printed order. */
export const rankingFileSchema = z.strictObject({
  /**
   * The line printed over each city's table, exactly as printed, by city: 营口市（75/261）, 盖州市 (192/387).
   * Optional; a city without one gets the heading derived from its latest month (rankings/heading.ts).
   */
  headings: z
    .record(
      z.string(),
      z
        .string({ error: '城市标题应为文字' })
        .trim()
        .min(1, { error: '城市标题不能为空：照印刷版写，如“营口市（75/261）”，或删去这一项' }),
    )
    .optional(),
  observations: z.array(observationSchema),
});

export type Observation = z.output<typeof observationSchema>;
export type RankingFile = z.output<typeof rankingFileSchema>;
