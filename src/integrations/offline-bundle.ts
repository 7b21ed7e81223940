import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { zipSync, type Zippable } from 'fflate';
import { contentDir } from '../lib/content/dir.ts';
import { loadAtlasOnce } from '../lib/content/load.ts';
import { bundleName, contentDate, fillBundlePlaceholders, offlineDownloadPage, readmeText } from '../lib/bundle.ts';
import { relativizeHtml } from '../lib/relative-links.ts';
import { walkFiles } from '../lib/files.ts';

/** Files of the online site that the offline copy does not need: Pagefind's online engine and index (offline.js carries both). */
const ONLINE_ONLY = /^(download\/|_headers$|pagefind\/(?!offline\.js$))/;
/** A fixed time for every zip entry, so the same content gives the same bytes. */
const MTIME = new Date('2000-01-01T00:00:00Z');


/** After the build: the whole site, made for file://, zipped with its checksum into dist/download/. */
export function offlineBundle(): AstroIntegration {
  let root = '';
  return {
    name: 'atlas-offline-bundle',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const distDir = fileURLToPath(dir);
        const { data } = loadAtlasOnce(contentDir(root));
        const date = contentDate(data);
        const name = bundleName(date);
        const folder = name.replace(/\.zip$/, '');
        const files: Zippable = {};
        for (const file of walkFiles(distDir)) {
          const rel = relative(distDir, file).split('\\').join('/');
          if (ONLINE_ONLY.test(rel)) continue;
          const bytes = readFileSync(file);
          const page = (html: string) => relativizeHtml(/\/download\/index\.html$/.test(rel) ? offlineDownloadPage(html) : html, rel);
          files[`${folder}/${rel}`] = [rel.endsWith('.html') ? Buffer.from(page(bytes.toString('utf8'))) : bytes, { mtime: MTIME }];
        }
        files[`${folder}/LISEZMOI.txt`] = [Buffer.from(readmeText('fr', date)), { mtime: MTIME }];
        files[`${folder}/README.txt`] = [Buffer.from(readmeText('en', date)), { mtime: MTIME }];
        const zip = zipSync(files, { level: 9, mtime: MTIME });
        const sha = createHash('sha256').update(zip).digest('hex');
        const out = join(distDir, 'download');
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, name), zip);
        writeFileSync(join(out, `${name}.sha256`), `${sha}  ${name}\n`);
        for (const locale of ['fr', 'en']) {
          const page = join(distDir, locale, 'download', 'index.html');
          const size = new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(zip.length / 1e6);
          writeFileSync(page, fillBundlePlaceholders(readFileSync(page, 'utf8'), { size, sha256: sha }));
        }
        writeFileSync(join(out, 'latest.json'), `${JSON.stringify({ name, date, bytes: zip.length, sha256: sha })}\n`);
        logger.info(`offline bundle ${name}: ${(zip.length / 1e6).toFixed(2)} MB, sha256 ${sha}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
