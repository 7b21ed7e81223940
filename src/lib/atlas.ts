// The single place that reads the content collections. Pages call getAtlas(); components receive props.
import { getCollection, getEntry, render } from 'astro:content';
import type { AtlasData } from './content/crosscheck.ts';
import { indexAtlas, type Atlas } from './views.ts';

let cached: Promise<Atlas> | undefined;

async function entries<C extends 'countries' | 'laws' | 'instruments' | 'requirements' | 'crosswalk' | 'ratifications' | 'assessments' | 'changes'>(c: C) {
  const list = await getCollection(c);
  return list.map((e) => ({ id: e.id, file: e.filePath ?? '', data: e.data }));
}

async function load(): Promise<Atlas> {
  const data: AtlasData = {
    countries: await entries('countries'),
    laws: await entries('laws'),
    instruments: await entries('instruments'),
    requirements: await entries('requirements'),
    crosswalk: await entries('crosswalk'),
    ratifications: await entries('ratifications'),
    assessments: await entries('assessments'),
    changes: await entries('changes'),
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
