import { describe, expect, it } from 'vitest';
import { COUNTRIES_PER_SHARD, searchShards } from '../../src/lib/search-shards.ts';

describe('search shards', () => {
  it('keeps ten countries in one shard per language, with the general records', () => {
    const s = searchShards(['sn', 'dz', 'ma', 'ml', 'ne', 'td', 'tn', 'ly', 'mr', 'bf'], 'fr');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ dir: 'fr-0', general: true });
    expect(s[0]!.countries.size).toBe(10);
  });

  it('splits 200 countries into balanced shards of at most COUNTRIES_PER_SHARD, each country in exactly one', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `c${String(i).padStart(3, '0')}`);
    const s = searchShards(ids, 'en');
    expect(s.map((x) => x.dir)).toEqual(Array.from({ length: 8 }, (_, i) => `en-${i}`));
    expect(s.every((x) => x.countries.size <= COUNTRIES_PER_SHARD)).toBe(true);
    expect(s.filter((x) => x.general)).toHaveLength(1);
    expect(s.flatMap((x) => [...x.countries]).sort()).toEqual(ids);
  });

  it('gives 26 countries two shards of 13', () => {
    const s = searchShards(Array.from({ length: 26 }, (_, i) => `k${String(i).padStart(2, '0')}`), 'fr');
    expect(s.map((x) => x.countries.size)).toEqual([13, 13]);
  });
});
