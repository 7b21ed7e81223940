// Wires each collection to its loader and schema. Schemas live in src/schemas/; the loader (src/lib/content/astro-loader.ts)
// serves the entries of the one validated reading of content/.
import { defineCollection } from 'astro:content';
import { COLLECTIONS, type CollectionName } from './schemas/index.ts';
import { atlasLoader } from './lib/content/astro-loader.ts';

function collection<N extends CollectionName>(name: N) {
  const schema: (typeof COLLECTIONS)[N]['schema'] = COLLECTIONS[name].schema;
  return defineCollection({ loader: atlasLoader(name), schema });
}

export const collections = {
  countries: collection('countries'),
  laws: collection('laws'),
  instruments: collection('instruments'),
  requirements: collection('requirements'),
  crosswalk: collection('crosswalk'),
  ratifications: collection('ratifications'),
  assessments: collection('assessments'),
  changes: collection('changes'),
};
