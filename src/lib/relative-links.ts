// Rewrites a built page for file://: every site-absolute link becomes relative and names its index.html.
import { posix } from 'node:path';

const ATTR = /\b(href|src|action|data-root)="(\/[^"]*)"/g;
const REFRESH = /content="0; url=(\/[^"]*)"/g;

/** The link from page `fromFile` (e.g. "fr/laws/sn/x/index.html") to site path `target` ("/fr/countries/sn/#a"). */
export function relativeLink(fromFile: string, target: string): string {
  if (target.startsWith('//')) return target;
  const m = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(target)!;
  const path = m[1]!.replace(/^\//, '');
  const fromDir = posix.dirname(fromFile);
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  let rel = posix.relative(fromDir === '.' ? '' : fromDir, file);
  if (rel === '') rel = posix.basename(file);
  return `${rel}${m[2] ?? ''}${m[3] ?? ''}`;
}

/** The page's HTML with site-absolute href/src/action made relative; data-root becomes the relative root ("../../"). */
export function relativizeHtml(html: string, fromFile: string): string {
  // A page links to the same places many times (hundreds of country links at scale): each target is worked out once.
  const seen = new Map<string, string>();
  const link = (target: string) => {
    let r = seen.get(target);
    if (r === undefined) seen.set(target, (r = relativeLink(fromFile, target)));
    return r;
  };
  return html.replace(REFRESH, (_all, target: string) => `content="0; url=${link(target)}"`).replace(ATTR, (_all, attr: string, value: string) => {
    if (attr === 'data-root') {
      const depth = fromFile.split('/').length - 1;
      return `data-root="${'../'.repeat(depth) || './'}"`;
    }
    return `${attr}="${link(value)}"`;
  });
}
