import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/lib/content/load.ts';
import { atomFeed } from '../../src/lib/feed.ts';
import { countryTimeline, whatsNew } from '../../src/lib/timeline.ts';
import { indexAtlas } from '../../src/lib/views.ts';

const atlas = indexAtlas(loadAtlas(join(import.meta.dirname, '../fixtures/valid')).data);

describe('change over time', () => {
  it('puts a country\'s laws and re-ratings on one timeline, newest first', () => {
    expect(countryTimeline(atlas, 'xx')).toEqual([
      { kind: 're-rating', date: '2026-01-15', country: 'xx', requirement: 'conv-art-1', from: 'partially-compliant', to: 'largely-compliant', reason: { en: 'The 2020 law had not been read yet.', fr: "La loi de 2020 n'avait pas encore été lue." } },
      { kind: 'law', date: '2020-01-02', country: 'xx', law: 'xx/loi-2020-01', what: 'adopted', amends: [] },
    ]);
  });

  it('lists what is new across the site, published changes and re-ratings', () => {
    expect(whatsNew(atlas).map((e) => e.kind)).toEqual(['change', 're-rating']);
  });

  it('writes an Atom feed with one entry per change, escaping text', () => {
    const xml = atomFeed('fr', atlas, whatsNew(atlas), (...p) => `/fr/${p.join('/')}/`);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">')).toBe(true);
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain('<title>Testlande · Convention d&apos;essai Art. 1: Partiellement conforme → Largement conforme</title>'.replace('&apos;', "'"));
    expect(xml).toContain("<summary>La loi de 2020 n'avait pas encore été lue.</summary>");
    expect(xml).toContain('<link rel="alternate" type="text/html" href="/fr/countries/xx/#req-conv-art-1"/>');
  });
});
