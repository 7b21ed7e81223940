import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/lib/content/load.ts';
import { citeArticle } from '../../src/lib/citation.ts';
import { articleAnchor, coverage, equivalents, indexAtlas, isBinding, themeProfile } from '../../src/lib/views.ts';

const { data } = loadAtlas(join(import.meta.dirname, '../fixtures/valid'));
const atlas = indexAtlas(data);

describe('views over the content', () => {
  it('makes stable anchors from article numbers', () => {
    expect(articleAnchor('431-8')).toBe('art-431-8');
    expect(articleAnchor('87 bis')).toBe('art-87-bis');
    expect(articleAnchor('677-35')).toBe('art-677-35');
  });

  it('computes the preparedness profile by theme from the ratings', () => {
    const p = themeProfile('xx', data.requirements, atlas.assessments);
    const cyber = p.find((x) => x.theme === 'substantive-cyber')!;
    expect(cyber.counts['largely-compliant']).toBe(1);
    expect(cyber.score).toBeCloseTo(2 / 3);
    const proc = p.find((x) => x.theme === 'procedural-evidence')!;
    expect(proc.counts['not-assessed']).toBe(1);
    expect(proc.score).toBeNull();
    expect(p.find((x) => x.theme === 'jurisdiction')!.total).toBe(0);
  });

  it('reports coverage per country', () => {
    expect(coverage('xx', data)).toMatchObject({ laws: 1, provisions: 2, rated: 1, notAssessed: 1, missing: 0, requirements: 2, oldestReview: '2026-01-15' });
  });

  it('links an article back to the requirements it answers', () => {
    expect(atlas.citations.get('xx/loi-2020-01#4')?.map((a) => a.id)).toEqual(['xx/conv-art-1']);
    expect(atlas.citations.get('xx/loi-2020-01#12')).toBeUndefined();
  });

  it('finds crosswalk equivalents, excluding the requirement itself', () => {
    const req = atlas.requirement.get('conv-art-1')!.data;
    expect(equivalents(req, [...data.requirements, { id: 'other-1', file: '', data: { ...req, id: 'other-1', instrument: 'other' } }]).map((r) => r.id)).toEqual(['other-1']);
    expect(equivalents(atlas.requirement.get('conv-art-2')!.data, data.requirements)).toEqual([]);
  });

  it('says whether an instrument binds a country', () => {
    const rat = atlas.ratification.get('xx/conv')!.data;
    expect(isBinding('treaty', rat)).toBe(true);
    expect(isBinding('treaty', { ...rat, status: 'signatory' })).toBe(false);
    expect(isBinding('treaty', undefined)).toBeNull();
    expect(isBinding('non-binding', rat)).toBe(false);
    expect(isBinding('un-member-states', undefined)).toBe(true);
  });

  it('cites an article in French legal style', () => {
    const country = atlas.country.get('xx')!.data;
    const law = atlas.law.get('xx/loi-2020-01')!.data;
    expect(citeArticle(country, law, '4')).toBe('Testlande, Loi n° 2020-01 du 2 janvier 2020 sur la cybercriminalité, art. 4');
  });
});
