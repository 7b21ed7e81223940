import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { CollectionName } from '../../schemas/index.ts';
import { contentDir } from './dir.ts';
import { loadAtlasOnce } from './load.ts';

/**
 * An Astro loader for collections kept as YAML lists (many entries per file). It takes the entries
 * from the same reading as `npm run check` and the build's other steps, so the files are parsed once.
 * Invalid entries never get here: the build stops before (src/integrations/content-check.ts).
 */
export function yamlListLoader(collection: Exclude<CollectionName, 'countries' | 'laws' | 'instruments'>): Loader {
  return {
    name: `atlas-${collection}`,
    load: async ({ store, parseData, config }) => {
      const { data } = loadAtlasOnce(contentDir(fileURLToPath(config.root)));
      store.clear();
      for (const e of data[collection]) {
        const parsed = await parseData({ id: e.id, data: e.data as Record<string, unknown>, filePath: e.file });
        store.set({ id: e.id, data: parsed, filePath: e.file });
      }
    },
  };
}
