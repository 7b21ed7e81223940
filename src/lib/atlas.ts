// The single place that reads the content collections. Pages call getAtlas(); components receive props.
import { getCollection, getEntry, render } from 'astro:content';
import type { AtlasData } from './content/crosscheck.ts';
import type { Entry } from './content/read.ts';
import type { Assessment, Change, Country, Crosswalk, Instrument, Law, Ratification, Requirement } from '../schemas/index.ts';
import { indexAtlas, type Atlas } from './views.ts';

let cached: Promise<Atlas> | undefined;

/**
 * Collection entries as the pure views expect them: id, source file, validated data. Astro has
 * already parsed `data` with the collection's schema; the type is restated from that same schema
 * because Astro's generated types do not carry it through the shared collection helpers.
 */
function entries<T>(list: { id: string; filePath?: string | undefined; data: unknown }[]): Entry<T>[] {
  return list.map((e) => ({ id: e.id, file: e.filePath ?? '', data: e.data as T }));
}

async function load(): Promise<Atlas> {
  const data: AtlasData = {
    countries: entries<Country>(await getCollection('countries')),
    laws: entries<Law>(await getCollection('laws')),
    instruments: entries<Instrument>(await getCollection('instruments')),
    requirements: entries<Requirement>(await getCollection('requirements')),
    crosswalk: entries<Crosswalk>(await getCollection('crosswalk')),
    ratifications: entries<Ratification>(await getCollection('ratifications')),
    assessments: entries<Assessment>(await getCollection('assessments')),
    changes: entries<Change>(await getCollection('changes')),
  };
  return indexAtlas(data);
}

export function getAtlas(): Promise<Atlas> {
  cached ??= load();
  return cached;
}

/** The rendered MDX body of a country or instrument (notes below the structured data). */
export async function renderBody(collection: 'countries' | 'instruments' | 'laws', id: string) {
  const entry = await getEntry(collection, id);
  if (!entry || !entry.body?.trim()) return undefined;
  return (await render(entry)).Content;
}
