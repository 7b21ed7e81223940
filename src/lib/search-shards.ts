// The search index comes in shards: per interface language, groups of at most COUNTRIES_PER_SHARD countries,
// the first shard also holding what belongs to no country (requirements, instruments). Each shard is built by
// its own Pagefind process, one after the other, so the build's memory does not grow with the number of
// countries; the browser merges the shards of its language (Pagefind's mergeIndex). Ten countries: one shard.
import type { Locale } from '../i18n/index.ts';

export const COUNTRIES_PER_SHARD = 25;

export interface Shard {
  /** Folder under pagefind/, e.g. "fr-0". */
  dir: string;
  countries: ReadonlySet<string>;
  general: boolean;
}

export function searchShards(countryIds: readonly string[], locale: Locale): Shard[] {
  const ids = [...countryIds].sort();
  const n = Math.max(1, Math.ceil(ids.length / COUNTRIES_PER_SHARD));
  const size = Math.ceil(ids.length / n);
  return Array.from({ length: n }, (_, i) => ({ dir: `${locale}-${i}`, countries: new Set(ids.slice(i * size, (i + 1) * size)), general: i === 0 }));
}
