import { describe, expect, it } from 'vitest';
import { arabicKey, arabicIndexTerms, normalizeArabicQuery } from '../../src/lib/arabic.ts';
import { relativeLink, relativizeHtml } from '../../src/lib/relative-links.ts';

describe('links for file://', () => {
  it('makes site paths relative to the page and names index.html', () => {
    expect(relativeLink('fr/laws/sn/x/index.html', '/fr/countries/sn/')).toBe('../../../countries/sn/index.html');
    expect(relativeLink('fr/laws/sn/x/index.html', '/fr/laws/sn/x/#art-431-8')).toBe('index.html#art-431-8');
    expect(relativeLink('index.html', '/fr/')).toBe('fr/index.html');
    expect(relativeLink('fr/search/index.html', '/fr/search/?q=a')).toBe('index.html?q=a');
    expect(relativeLink('fr/index.html', '/_astro/a.css')).toBe('../_astro/a.css');
  });

  it('rewrites href, src, action, data-root and the refresh target, and leaves external links alone', () => {
    const html = '<html data-root="/"><meta http-equiv="refresh" content="0; url=/fr/"><a href="/en/">x</a><a href="https://example.org/">y</a><script src="/_client/site.js"></script><form action="/fr/search/"></form></html>';
    expect(relativizeHtml(html, 'fr/countries/index.html')).toBe(
      '<html data-root="../../"><meta http-equiv="refresh" content="0; url=../index.html"><a href="../../en/index.html">x</a><a href="https://example.org/">y</a><script src="../../_client/site.js"></script><form action="../search/index.html"></form></html>',
    );
    expect(relativizeHtml('<html data-root="/">', 'index.html')).toBe('<html data-root="./">');
  });
});

describe('Arabic matching', () => {
  it('finds a word with or without its definite article and whatever alef it is written with', () => {
    expect(arabicKey('الإرهاب')).toBe('ارهاب');
    expect(arabicKey('إرهاب')).toBe('ارهاب');
    expect(arabicKey('والإرهاب')).toBe('ارهاب');
    expect(normalizeArabicQuery('قانون الإرهاب 2014')).toBe('قانون ارهاب 2014');
    expect(arabicIndexTerms('مكافحة الإرهاب والإرهاب')).toBe('مكافحة ارهاب');
  });

  it('leaves Latin text unchanged', () => {
    expect(normalizeArabicQuery('art. 431-8')).toBe('art. 431-8');
  });
});
