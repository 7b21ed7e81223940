/** The site root as seen from this page: "/" online, a relative "../../" in the offline bundle (set on <html data-root>). */
export function siteRoot(): string {
  return document.documentElement.dataset.root ?? '/';
}

/** True when the page is opened from the unzipped offline bundle. */
export const offline = () => location.protocol === 'file:';

/**
 * Turns a site path from the index ("/fr/laws/sn/loi-2008-11/#art-431-8") into a link that works here:
 * unchanged online; relative with an explicit index.html from file://.
 */
export function hrefFor(sitePath: string): string {
  if (!offline()) return sitePath;
  const [path = '', hash] = sitePath.split('#');
  const rel = path.replace(/^\//, '');
  const file = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
  return `${siteRoot()}${file}${hash ? `#${hash}` : ''}`;
}
