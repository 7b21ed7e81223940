// Checks every internal link and anchor of a built site (online: site paths; offline: relative file links).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { Parser } from 'htmlparser2';
import { walkFiles } from './files.ts';

export interface LinkReport {
  pages: number;
  internal: number;
  broken: string[];
  missingAnchors: string[];
  external: Map<string, number>;
}


function scan(html: string) {
  const links: string[] = [];
  const ids = new Set<string>();
  const parser = new Parser({
    onopentag(name, attrs) {
      if (attrs.id) ids.add(attrs.id);
      if (name === 'a' && attrs.name) ids.add(attrs.name);
      for (const k of ['href', 'src', 'action']) {
        const v = attrs[k];
        if (v !== undefined) links.push(v);
      }
    },
  });
  parser.write(html);
  parser.end();
  return { links, ids };
}

/** Checks all HTML under `root`. `mode` says how links are written: "site" (/fr/…/) or "file" (relative, index.html explicit). */
export function checkLinks(root: string, mode: 'site' | 'file'): LinkReport {
  const files = walkFiles(root).filter((f) => f.endsWith('.html'));
  const pages = new Map(files.map((f) => [relative(root, f).split('\\').join('/'), scan(readFileSync(f, 'utf8'))]));
  const report: LinkReport = { pages: pages.size, internal: 0, broken: [], missingAnchors: [], external: new Map() };
  for (const [page, { links }] of pages) {
    for (const link of links) {
      if (/^(https?:)?\/\//.test(link)) {
        report.external.set(link, (report.external.get(link) ?? 0) + 1);
        continue;
      }
      if (/^(data|mailto|tel|javascript):/.test(link)) continue;
      report.internal += 1;
      const [pathAndQuery = '', hash] = link.split('#');
      const path = pathAndQuery.split('?')[0]!;
      let target: string;
      if (path === '') target = page;
      else if (mode === 'site' && path.startsWith('/')) target = path.slice(1) + (path.endsWith('/') ? 'index.html' : '');
      else target = posix.normalize(posix.join(posix.dirname(page), path));
      if (mode === 'file' && path.endsWith('/')) {
        report.broken.push(`${page} → ${link} (a folder: file:// needs index.html)`);
        continue;
      }
      if (!existsSync(join(root, target)) || statSync(join(root, target)).isDirectory()) {
        report.broken.push(`${page} → ${link}`);
        continue;
      }
      if (hash && target.endsWith('.html') && !pages.get(target)?.ids.has(decodeURIComponent(hash))) report.missingAnchors.push(`${page} → ${link}`);
    }
  }
  return report;
}
