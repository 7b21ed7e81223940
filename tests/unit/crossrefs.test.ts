import { describe, expect, it } from 'vitest';
import { linkArticleRefs } from '../../src/lib/crossrefs.ts';

const targets = new Map([
  ['677-35', '#art-677-35'],
  ['87 bis', '/fr/laws/dz/code-penal/#art-87-bis'],
  ['87 bis 4', '/fr/laws/dz/code-penal/#art-87-bis-4'],
]);

describe('cross-references between articles', () => {
  it('links a reference to a known article and leaves the rest as text', () => {
    expect(linkArticleRefs('Article 677-39 points back to article 677-35.', targets)).toEqual([
      { text: 'Article 677-39 points back to article ' },
      { text: '677-35', href: '#art-677-35' },
      { text: '.' },
    ]);
  });

  it('prefers the longest known number and understands "art."', () => {
    expect(linkArticleRefs('voir art. 87 bis 4 et art. 87 bis', targets)).toEqual([
      { text: 'voir art. ' },
      { text: '87 bis 4', href: '/fr/laws/dz/code-penal/#art-87-bis-4' },
      { text: ' et art. ' },
      { text: '87 bis', href: '/fr/laws/dz/code-penal/#art-87-bis' },
    ]);
  });

  it('does not link an article it does not know', () => {
    expect(linkArticleRefs('article 12 of the code', targets)).toEqual([{ text: 'article 12 of the code' }]);
  });
});
