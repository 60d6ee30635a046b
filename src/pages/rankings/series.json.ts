import type { APIRoute } from 'astro';
import { loadRankingArchive } from '../../data/rankings.ts';
import { seriesToJson } from '../../lib/rankings/export.ts';

/** /rankings/series.json: the merged series with sources and revisions, for programs. */
export const GET: APIRoute = async () => {
  const { series, issues } = await loadRankingArchive();
  return new Response(seriesToJson(series, issues), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
