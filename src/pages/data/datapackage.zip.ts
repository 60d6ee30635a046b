import type { APIRoute } from 'astro';
import { loadDataPackage } from '../../data/data-package.ts';
import { dataPackageZip } from '../../lib/site/data-package.ts';

/** /data/datapackage.zip: the descriptor and every CSV of the data package in one download. */
export const GET: APIRoute = async () => {
  const { files } = await loadDataPackage();
  return new Response(Buffer.from(dataPackageZip(files)), { headers: { 'Content-Type': 'application/zip' } });
};
