// The search index comes in shards: per interface language, runs of countries (in code order) whose search
// records hold at most SHARD_CHARS characters, the first shard also holding what belongs to no country
// (requirements, instruments). Each shard is built by its own Pagefind process, one after the other, and
// Pagefind's memory grows with the text it holds: so the build's memory stays that of one shard however many
// countries there are. The browser merges the shards of its language (Pagefind's mergeIndex). The ten
// countries of today fit in one shard per language.
import type { Locale } from '../i18n/index.ts';
import { searchRecords, type SearchRecord } from './search-records.ts';
import { pageUrl } from './urls.ts';
import type { Atlas } from './views.ts';

/** About 200 MB of Pagefind memory (measured: 6.7 million characters took 500 MB). */
export const SHARD_CHARS = 2_500_000;

export interface Shard {
  /** Folder under pagefind/, e.g. "fr-0". */
  dir: string;
  countries: ReadonlySet<string>;
  general: boolean;
}

/** Packs countries, in code order, into shards of at most `max` characters (a country larger than `max` gets a shard of its own). */
export function packShards(locale: Locale, ids: readonly string[], chars: (cc: string) => number, generalChars: number, max = SHARD_CHARS): Shard[] {
  const runs: string[][] = [[]];
  let size = generalChars;
  for (const cc of [...ids].sort()) {
    const w = chars(cc);
    if (runs.at(-1)!.length > 0 && size + w > max) {
      runs.push([]);
      size = 0;
    }
    runs.at(-1)!.push(cc);
    size += w;
  }
  return runs.map((countries, i) => ({ dir: `${locale}-${i}`, countries: new Set(countries), general: i === 0 }));
}

const textSize = (records: SearchRecord[]) => records.reduce((s, r) => s + ('html' in r ? r.html.length : r.content.length), 0);

/** The shards of one language, sized by the records the index will really hold. */
export function searchShards(atlas: Atlas, locale: Locale): Shard[] {
  const url = pageUrl('/');
  const size = (countries: string[], general: boolean) => textSize(searchRecords(atlas, locale, url, { countries: new Set(countries), general }));
  return packShards(locale, atlas.countries.map((c) => c.id), (cc) => size([cc], false), size([], true));
}
