import type { APIRoute } from 'astro';
import { loadRankingArchive } from '../../data/rankings.ts';
import { seriesToCsv } from '../../lib/rankings/export.ts';

/** /rankings/series.csv: the merged series for spreadsheets (UTF-8 with BOM). */
export const GET: APIRoute = async () => {
  const { series, issues } = await loadRankingArchive();
  return new Response(seriesToCsv(series, issues), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
