import type { APIRoute, GetStaticPaths } from 'astro';
import { localePaths, type Locale } from '../../i18n/index.ts';
import { getAtlas } from '../../lib/atlas.ts';
import { atomFeed } from '../../lib/feed.ts';
import { whatsNew } from '../../lib/timeline.ts';
import { url } from '../../lib/urls.ts';

export const getStaticPaths: GetStaticPaths = localePaths;

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale;
  const atlas = await getAtlas();
  // Links are absolute when the site's address is configured (ATLAS_SITE), else site-relative.
  const link = (...parts: string[]) => (site ? new URL(url(locale, ...parts), site).href : url(locale, ...parts));
  return new Response(atomFeed(locale, atlas, whatsNew(atlas), link), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
