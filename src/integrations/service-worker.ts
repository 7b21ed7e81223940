import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { siteFiles } from '../lib/files.ts';
import { compileClassicScript } from './client-scripts.ts';
import { OFFLINE_ENGINE } from './offline-search.ts';

/** What the browser copy leaves out: the zip and its files, host headers, the worker itself, and the engines packed for file://. */
const notSaved = (path: string) => /^(download\/|_headers$|sw\.js$|sw-manifest\.json$)/.test(path) || OFFLINE_ENGINE.test(path);

/**
 * After the build (and after the search index and the zip): sw-manifest.json lists every file of the site
 * as the URL it is fetched by (pages by their folder URL), and sw.js is the service worker, its version
 * the hash of those files. Written last, so the offline zip (file://, no service worker) holds neither.
 */
export function serviceWorker(): AstroIntegration {
  let root = '';
  return {
    name: 'atlas-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir }) => {
        const dist = fileURLToPath(dir);
        const hash = createHash('sha256');
        const files: string[] = [];
        for (const { file, path } of siteFiles(dist)) {
          if (notSaved(path)) continue;
          hash.update(`${path}\0`).update(readFileSync(file));
          // URLs relative to the site root (the worker resolves them against its scope).
          files.push(path === 'index.html' ? './' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path);
        }
        const version = hash.digest('hex').slice(0, 16);
        writeFileSync(new URL('./sw-manifest.json', dir), `${JSON.stringify({ version, files })}\n`);
        writeFileSync(new URL('./sw.js', dir), await compileClassicScript(`${root}src/worker/service-worker.ts`, { VERSION: JSON.stringify(version) }));
      },
    },
  };
}
