import { describe, expect, it } from 'vitest';
import { packShards } from '../../src/lib/search-shards.ts';

describe('search shards', () => {
  it('keeps small content in one shard per language, with the general records', () => {
    const s = packShards('fr', ['sn', 'dz', 'ma'], () => 1000, 500, 10_000);
    expect(s).toEqual([{ dir: 'fr-0', countries: new Set(['dz', 'ma', 'sn']), general: true }]);
  });

  it('cuts runs of countries, in code order, so that no shard goes over the limit', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `c${String(i).padStart(3, '0')}`);
    const s = packShards('en', ids, () => 300, 1000, 3000);
    // 1000 general + 6 × 300 = 2800 in the first; then 10 × 300 = 3000 in each of the others.
    expect(s[0]!.countries.size).toBe(6);
    expect(s.slice(1, -1).every((x) => x.countries.size === 10)).toBe(true);
    expect(s.filter((x) => x.general).map((x) => x.dir)).toEqual(['en-0']);
    expect(s.flatMap((x) => [...x.countries])).toEqual(ids);
    expect(s.map((x) => x.dir)).toEqual(s.map((_, i) => `en-${i}`));
  });

  it('gives a country larger than the limit a shard of its own', () => {
    const s = packShards('fr', ['aa', 'bb', 'cc'], (cc) => (cc === 'bb' ? 50 : 1), 0, 10);
    expect(s.map((x) => [...x.countries])).toEqual([['aa'], ['bb'], ['cc']]);
  });
});
