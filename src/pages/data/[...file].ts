import type { APIRoute } from 'astro';
import { loadDataPackage } from '../../data/data-package.ts';

/** /data/datapackage.json and the package's CSV files (tables/2020-03/departments.csv, …). */
export async function getStaticPaths() {
  const { files } = await loadDataPackage();
  return files.map((file) => ({ params: { file: file.path }, props: { text: file.text } }));
}

export const GET: APIRoute<{ text: string }> = ({ props, params }) =>
  new Response(props.text, {
    headers: {
      'Content-Type': params.file?.endsWith('.json') ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
    },
  });
