// Wires each collection to its loader and schema. Schemas live in src/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, entryId, type CollectionName } from './schemas/index.ts';
import { yamlListLoader } from './lib/content/astro-loader.ts';
import { contentDir } from './lib/content/dir.ts';

function mdx<N extends CollectionName>(name: N) {
  const schema: (typeof COLLECTIONS)[N]['schema'] = COLLECTIONS[name].schema;
  return defineCollection({
    loader: glob({ base: contentDir(), pattern: COLLECTIONS[name].pattern, generateId: ({ entry, data }) => entryId(name, entry, data) }),
    schema,
  });
}

function list<N extends Exclude<CollectionName, 'countries' | 'laws' | 'instruments'>>(name: N) {
  const schema: (typeof COLLECTIONS)[N]['schema'] = COLLECTIONS[name].schema;
  return defineCollection({ loader: yamlListLoader(name), schema });
}

export const collections = {
  countries: mdx('countries'),
  laws: mdx('laws'),
  instruments: mdx('instruments'),
  requirements: list('requirements'),
  crosswalk: list('crosswalk'),
  ratifications: list('ratifications'),
  assessments: list('assessments'),
  changes: list('changes'),
};
