import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { CollectionName } from '../../schemas/index.ts';
import { contentDir } from './dir.ts';
import { loadAtlas, loadAtlasOnce } from './load.ts';

/**
 * The Astro loader of every collection. It takes the entries from the same reading as `npm run check`
 * and the build's other steps, so each file is parsed and validated once, with the collection's schema.
 * Invalid entries never get here: the build stops before (src/integrations/content-check.ts).
 *
 * The Markdown body of an MDX file (country, law, instrument notes) is rendered here, once, by Astro's
 * Markdown pipeline (remark-gfm and the project's plugins, astro.config.mjs). The validator allows only
 * Markdown in those bodies (no JSX, no import/export, no HTML), so nothing needs the MDX compiler, which
 * would make one JavaScript module per file for the bundler: at 1,800 files, a minute and gigabytes.
 */
export function atlasLoader(collection: CollectionName): Loader {
  return {
    name: `atlas-${collection}`,
    load: async ({ store, config, watcher, renderMarkdown }) => {
      const dir = contentDir(fileURLToPath(config.root));
      const fill = async (data: ReturnType<typeof loadAtlas>['data']) => {
        store.clear();
        for (const e of data[collection]) {
          const rendered = e.body?.trim() ? await renderMarkdown(e.body) : undefined;
          // Already parsed by the collection's schema in loadAtlas (defaults applied): stored as it is.
          store.set({ id: e.id, data: e.data as Record<string, unknown>, filePath: e.file, ...(e.body ? { body: e.body } : {}), ...(rendered ? { rendered } : {}) });
        }
      };
      // A build shares one reading of the content; the dev server (it has a watcher) reads afresh on every change.
      if (!watcher) return fill(loadAtlasOnce(dir).data);
      await fill(loadAtlas(dir).data);
      watcher.add(dir);
      watcher.on('change', (path) => {
        if (path.startsWith(dir) && /\.(ya?ml|mdx)$/.test(path)) void fill(loadAtlas(dir).data);
      });
    },
  };
}
