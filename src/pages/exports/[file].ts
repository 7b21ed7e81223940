// Static export files under /exports/, built with the site (and carried into the offline bundle).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../lib/atlas.ts';
import { exportFiles } from '../../lib/exports.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const files = exportFiles(await getAtlas());
  return Object.entries(files).map(([file, body]) => ({ params: { file }, props: { body } }));
};

export const GET: APIRoute = ({ props }) => new Response(props.body as string);
