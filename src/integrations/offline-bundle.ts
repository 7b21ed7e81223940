import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Zip, ZipDeflate } from 'fflate';
import { contentDir } from '../lib/content/dir.ts';
import { loadAtlasOnce } from '../lib/content/load.ts';
import { bundleName, contentDate, fillBundlePlaceholders, offlineDownloadPage, readmeText } from '../lib/bundle.ts';
import { relativizeHtml } from '../lib/relative-links.ts';
import { siteFiles } from '../lib/files.ts';
import { OFFLINE_ENGINE } from './offline-search.ts';

/** Files of the online site that the offline copy does not need: Pagefind's online engine and index (the packed engines carry both). */
const onlineOnly = (path: string) => /^(download\/|_headers$|pagefind\/)/.test(path) && !OFFLINE_ENGINE.test(path);
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
        const out = join(distDir, 'download');
        mkdirSync(out, { recursive: true });
        // Streamed: one file read and compressed at a time, the zip written as it grows and hashed on the way,
        // so memory stays flat however large the site (level 6: most of level 9's gain at a fraction of its time).
        const fd = openSync(join(out, name), 'w');
        const hash = createHash('sha256');
        let bytes = 0;
        const zip = new Zip((err, chunk) => {
          if (err) throw err;
          writeSync(fd, chunk);
          hash.update(chunk);
          bytes += chunk.length;
        });
        const add = (path: string, data: Uint8Array) => {
          const entry = new ZipDeflate(`${folder}/${path}`, { level: 6 });
          entry.mtime = MTIME;
          zip.add(entry);
          entry.push(data, true);
        };
        try {
          for (const { file, path } of siteFiles(distDir)) {
            if (onlineOnly(path)) continue;
            const data = readFileSync(file);
            const page = (html: string) => relativizeHtml(/\/download\/index\.html$/.test(path) ? offlineDownloadPage(html) : html, path);
            add(path, path.endsWith('.html') ? Buffer.from(page(data.toString('utf8'))) : data);
          }
          add('LISEZMOI.txt', Buffer.from(readmeText('fr', date)));
          add('README.txt', Buffer.from(readmeText('en', date)));
          zip.end();
        } finally {
          closeSync(fd);
        }
        const sha = hash.digest('hex');
        writeFileSync(join(out, `${name}.sha256`), `${sha}  ${name}\n`);
        for (const locale of ['fr', 'en']) {
          const page = join(distDir, locale, 'download', 'index.html');
          const size = new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1e6);
          writeFileSync(page, fillBundlePlaceholders(readFileSync(page, 'utf8'), { size, sha256: sha }));
        }
        writeFileSync(join(out, 'latest.json'), `${JSON.stringify({ name, date, bytes, sha256: sha })}\n`);
        logger.info(`offline bundle ${name}: ${(bytes / 1e6).toFixed(2)} MB, sha256 ${sha}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
