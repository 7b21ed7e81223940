import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { LOCALES } from '../i18n/index.ts';
import { contentDir } from '../lib/content/dir.ts';
import { loadAtlasOnce } from '../lib/content/load.ts';
import { searchRecords } from '../lib/search-records.ts';
import { pageUrl } from '../lib/urls.ts';
import { indexAtlas } from '../lib/views.ts';
import { packPagefindForFile } from './offline-search.ts';

const BATCH = 64;

/** Builds the Pagefind index from the typed content (one record per provision, law, requirement, …) after the site is built. */
export function pagefindIndex(): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'atlas-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const url = pageUrl(base);
        const atlas = indexAtlas(loadAtlasOnce(contentDir(root)).data);
        const { index, errors } = await pagefind.createIndex({ keepIndexUrl: false });
        try {
          if (!index) throw new Error(errors.join('\n'));
          let n = 0;
          for (const locale of LOCALES) {
            const records = searchRecords(atlas, locale, url);
            // Sent in batches: one round trip per record to Pagefind's service dominates on large corpora.
            for (let i = 0; i < records.length; i += BATCH) {
              const batch = records.slice(i, i + BATCH);
              const results = await Promise.all(batch.map((r) => index.addCustomRecord(r)));
              results.forEach((res, j) => {
                if (res.errors.length) throw new Error(`${batch[j]!.url}: ${res.errors.join('; ')}`);
              });
              n += batch.length;
            }
          }
          const out = fileURLToPath(new URL('./pagefind/', dir));
          const w = await index.writeFiles({ outputPath: out });
          if (w.errors.length) throw new Error(w.errors.join('\n'));
          const packed = await packPagefindForFile(out);
          logger.info(`indexed ${n} records into ${out}; offline engine ${(packed / 1e6).toFixed(1)} MB`);
        } catch (cause) {
          throw new Error('Pagefind indexing failed', { cause });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
