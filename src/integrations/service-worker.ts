import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as esbuild from 'esbuild';
import { walkFiles } from '../lib/files.ts';

/** What the browser copy leaves out: the zip and its files, host headers, and the engines packed for file://. */
const NOT_SAVED = /^(download\/|_headers$|sw\.js$|sw-manifest\.json$|pagefind\/offline-[a-z]+\.js$)/;

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
        for (const file of walkFiles(dist)) {
          const rel = relative(dist, file).split('\\').join('/');
          if (NOT_SAVED.test(rel)) continue;
          hash.update(`${rel}\0`).update(readFileSync(file));
          // URLs relative to the site root (the worker resolves them against its scope).
          files.push(rel === 'index.html' ? './' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
        }
        const version = hash.digest('hex').slice(0, 16);
        writeFileSync(new URL('./sw-manifest.json', dir), `${JSON.stringify({ version, files })}\n`);
        const r = await esbuild.build({
          entryPoints: [`${root}src/worker/service-worker.ts`],
          bundle: true,
          format: 'iife',
          minify: true,
          target: 'es2022',
          write: false,
          legalComments: 'none',
          define: { VERSION: JSON.stringify(version) },
        });
        writeFileSync(new URL('./sw.js', dir), r.outputFiles[0]!.text);
      },
    },
  };
}
