import type { Locale } from '../i18n/index.ts';

/** The URL scheme of pages under a base path; used by pages (below) and by build steps outside Vite (search index). */
export function pageUrl(base: string) {
  const root = base.replace(/\/?$/, '/');
  return (locale: Locale, ...parts: string[]): string => {
    const rest = parts.filter(Boolean).join('/');
    return `${root}${locale}/${rest ? `${rest}/` : ''}`;
  };
}

const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** Site path of a page: url('fr', 'countries', 'sn') → "/fr/countries/sn/". */
export const url = pageUrl(BASE);

/** The same page in another locale: swaps the locale segment of a path. */
export function switchLocale(path: string, to: Locale): string {
  const rel = path.startsWith(BASE) ? path.slice(BASE.length) : path.replace(/^\//, '');
  // A page outside the locale folders (the 404 page) switches to the other language's home.
  if (!/^(fr|en)(\/|$)/.test(rel)) return `${BASE}${to}/`;
  return `${BASE}${rel.replace(/^(fr|en)(\/|$)/, `${to}/`)}`;
}

/** Site path of a static file: asset('_client/site.js') → "/_client/site.js". */
export function asset(path: string): string {
  return `${BASE}${path}`;
}

/** The site root, written on <html data-root> so client scripts can build links (made relative in the offline bundle). */
export const SITE_ROOT = BASE;
