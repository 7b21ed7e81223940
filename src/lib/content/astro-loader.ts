import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { CollectionName } from '../../schemas/index.ts';
import { contentDir } from './dir.ts';
import { loadAtlas, loadAtlasOnce } from './load.ts';

/**
 * An Astro loader for collections kept as YAML lists (many entries per file). It takes the entries
 * from the same reading as `npm run check` and the build's other steps, so the files are parsed once.
 * Invalid entries never get here: the build stops before (src/integrations/content-check.ts).
 */
export function yamlListLoader(collection: Exclude<CollectionName, 'countries' | 'laws' | 'instruments'>): Loader {
  return {
    name: `atlas-${collection}`,
    load: async ({ store, parseData, config, watcher }) => {
      const dir = contentDir(fileURLToPath(config.root));
      const fill = async (data: ReturnType<typeof loadAtlas>['data']) => {
        store.clear();
        for (const e of data[collection]) {
          const parsed = await parseData({ id: e.id, data: e.data as Record<string, unknown>, filePath: e.file });
          store.set({ id: e.id, data: parsed, filePath: e.file });
        }
      };
      // A build shares one reading of the content; the dev server (it has a watcher) reads afresh on every YAML change.
      if (!watcher) return fill(loadAtlasOnce(dir).data);
      await fill(loadAtlas(dir).data);
      watcher.add(dir);
      watcher.on('change', (path) => {
        if (path.startsWith(dir) && /\.ya?ml$/.test(path)) void fill(loadAtlas(dir).data);
      });
    },
  };
}
