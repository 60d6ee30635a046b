import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { loadCmsConfig } from '../../data/cms.ts';

/** Decap CMS reads its configuration from config.yml beside the /admin/ page; it is generated, never edited. */
export const GET: APIRoute = () =>
  new Response(`# 由 src/lib/authoring/cms-config.ts 生成，请勿手改\n${stringify(loadCmsConfig(), { lineWidth: 0 })}`, {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
