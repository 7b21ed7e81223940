import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { LOCALES } from '../i18n/index.ts';
import { contentDir } from '../lib/content/dir.ts';
import { loadAtlasOnce } from '../lib/content/load.ts';
import { searchRecords } from '../lib/search-records.ts';
import { searchShards } from '../lib/search-shards.ts';
import { pageUrl } from '../lib/urls.ts';
import { indexAtlas } from '../lib/views.ts';
import { packPagefindForFile } from './offline-search.ts';

const BATCH = 64;

/** Indexes every shard (src/lib/search-shards.ts) into `out`, each in a fresh Pagefind process. Returns the record count. */
async function buildIndex(root: string, base: string, out: string): Promise<number> {
  const url = pageUrl(base);
  const atlas = indexAtlas(loadAtlasOnce(contentDir(root)).data);
  let n = 0;
  try {
    for (const locale of LOCALES) {
      for (const shard of searchShards(atlas, locale)) {
        const { index, errors } = await pagefind.createIndex({ keepIndexUrl: false });
        if (!index) throw new Error(errors.join('\n'));
        const records = searchRecords(atlas, locale, url, shard);
        // Sent in batches: one round trip per record to Pagefind's service dominates on large corpora.
        for (let i = 0; i < records.length; i += BATCH) {
          const batch = records.slice(i, i + BATCH);
          const results = await Promise.all(batch.map((r) => ('html' in r ? index.addHTMLFile({ url: r.url, content: r.html }) : index.addCustomRecord(r))));
          results.forEach((res, j) => {
            if (res.errors.length) throw new Error(`${batch[j]!.url}: ${res.errors.join('; ')}`);
          });
        }
        n += records.length;
        const w = await index.writeFiles({ outputPath: join(out, shard.dir) });
        if (w.errors.length) throw new Error(w.errors.join('\n'));
        await pagefind.close(); // the next shard starts a fresh process: memory stays that of one shard
      }
    }
  } finally {
    await pagefind.close();
  }
  return n;
}

/**
 * Builds the Pagefind index from the typed content, not from the pages: so it starts when the build starts
 * and runs beside page rendering (Pagefind is its own process, on the other core), in a folder next to the
 * output; when the pages are done it moves into dist/pagefind/ and is packed for file://.
 */
export function pagefindIndex(): AstroIntegration {
  let root = '';
  let base = '/';
  let outDir = '';
  let work = '';
  let pending: Promise<number> | undefined;
  let started = 0;
  const fail = (logger: AstroIntegrationLogger, cause: unknown) => {
    logger.error(String(cause));
    return new Error('Pagefind indexing failed', { cause });
  };
  return {
    name: 'atlas-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        work = mkdtempSync(join(dirname(outDir), '.atlas-pagefind-'));
        process.once('exit', () => rmSync(work, { recursive: true, force: true }));
        started = performance.now();
        pending = buildIndex(root, base, work);
        pending.catch(() => {}); // awaited (and reported) in astro:build:done
      },
      'astro:build:done': async ({ dir, logger }) => {
        let n: number;
        try {
          n = await pending!;
        } catch (cause) {
          throw fail(logger, cause);
        }
        const seconds = (performance.now() - started) / 1000;
        const out = fileURLToPath(new URL('./pagefind/', dir));
        rmSync(out, { recursive: true, force: true });
        renameSync(work, out);
        const packed = await packPagefindForFile(out, LOCALES);
        logger.info(`indexed ${n} records into ${out} in ${seconds.toFixed(1)} s (beside page rendering); offline engine ${(packed / 1e6).toFixed(1)} MB`);
      },
    },
  };
}
