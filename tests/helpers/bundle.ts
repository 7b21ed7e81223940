// The built offline bundle, unzipped into a temporary folder as a reader would.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';

export const DOWNLOAD = join(import.meta.dirname, '../../dist/download');

/** Unzips the bundle in `download` (the project's dist/download by default) into a temporary folder. */
export function unzipBundle(download = DOWNLOAD) {
  const latest = JSON.parse(readFileSync(join(download, 'latest.json'), 'utf8')) as { name: string; sha256: string; bytes: number };
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-offline-'));
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join(download, latest.name))))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(tmp, name)), { recursive: true });
    writeFileSync(join(tmp, name), bytes);
  }
  const root = join(tmp, latest.name.replace(/\.zip$/, ''));
  const rootUrl = pathToFileURL(root).href;
  return {
    latest,
    root,
    rootUrl,
    /** A file:// URL inside the bundle as the site path it stands for: ".../fr/laws/x/index.html#a" → "/fr/laws/x/#a". */
    sitePath: (href: string) => {
      const u = new URL(href);
      return `${decodeURI(u.pathname).slice(decodeURI(new URL(rootUrl).pathname).length).replace(/index\.html$/, '')}${u.hash}`;
    },
    remove: () => rmSync(tmp, { recursive: true, force: true }),
  };
}
