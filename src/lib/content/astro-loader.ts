import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { CollectionName } from '../../schemas/index.ts';
import { formatProblems, type Problem } from './problems.ts';
import { contentDir } from './dir.ts';
import { readRaw } from './read.ts';

/** An Astro loader for collections kept as YAML lists (many entries per file), read by the same code as `npm run check`. */
export function yamlListLoader(collection: CollectionName): Loader {
  return {
    name: `atlas-${collection}`,
    load: async ({ store, parseData, config }) => {
      const problems: Problem[] = [];
      const raw = readRaw(contentDir(fileURLToPath(config.root)), collection, problems);
      if (problems.length > 0) throw new Error(formatProblems(problems));
      store.clear();
      for (const r of raw) {
        const data = await parseData({ id: r.id, data: r.data, filePath: r.file });
        store.set({ id: r.id, data, filePath: r.file });
      }
    },
  };
}
