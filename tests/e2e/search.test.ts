// Search in a real browser against the built site: the right article in the top three.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage, servedSite } from '../helpers/browser.ts';
import { EXPECTED, results } from '../helpers/search.ts';

const DIST = join(import.meta.dirname, '../../dist');
const site = servedSite(DIST);

const sitePath = (href: string) => {
  const u = new URL(href);
  return `${u.pathname}${u.hash}`;
};

async function search(q: string, locale = 'fr', extra = '') {
  const p = await openPage(site.context, site.base);
  await p.page.goto(`${site.base}/${locale}/search/?q=${encodeURIComponent(q)}${extra}`);
  const r = await results(p.page, sitePath);
  await p.page.close();
  return { ...r, errors: p.errors, foreign: p.foreign };
}

describe('search', () => {
  it('has at least 15 test queries', () => expect(EXPECTED.length).toBeGreaterThanOrEqual(15));

  it.each(EXPECTED)('finds $top3 in the top three for "$q" ($locale)', async ({ q, locale, top3 }) => {
    const r = await search(q, locale ?? 'fr');
    expect(r.paths.slice(0, 3).some((p) => top3.test(p)), `${q}: ${r.paths.slice(0, 3).join(', ')}`).toBe(true);
    expect(r.errors).toEqual([]);
    expect(r.foreign).toEqual([]);
  });

  it('gives the same results with and without accents', async () => {
    const a = await search('cybercriminalité');
    const b = await search('cybercriminalite');
    expect(a.paths.length).toBeGreaterThan(0);
    expect(b.paths).toEqual(a.paths);
  });

  it.each([
    ['empty', ''],
    ['very long', 'qqqqzzzz '.repeat(250).slice(0, 2000)],
    ['punctuation only', '!!! ??? ;;; ... ---'],
  ])('shows a clean no-results state for a %s query, with no console error', async (_name, q) => {
    const p = await openPage(site.context, site.base);
    await p.page.goto(`${site.base}/fr/search/?q=${encodeURIComponent(q)}`);
    if (q === '') {
      await p.page.waitForSelector('#search-app:not([hidden])');
      expect(await p.page.textContent('#search-status')).toBe('');
    } else {
      const r = await results(p.page, sitePath);
      expect(r.paths).toEqual([]);
      expect(r.status).toMatch(/Aucun résultat/);
    }
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it('keeps query and filters in the URL, announces the count, and filters by country', async () => {
    const p = await openPage(site.context, site.base);
    await p.page.goto(`${site.base}/fr/search/`);
    await p.page.fill('#search-q', 'cybercriminalité');
    await p.page.press('#search-q', 'Enter');
    const all = await results(p.page, sitePath);
    expect(p.page.url()).toContain('?q=cybercriminalit%C3%A9');
    expect(await p.page.getAttribute('#search-status', 'aria-live')).toBe('polite');
    expect(all.status).toMatch(/^\d+ résultats$/);
    await p.page.check('#search-filters input[name="country"][value="sn"]');
    await p.page.waitForURL(/country=sn/);
    const sn = await results(p.page, sitePath);
    expect(sn.paths.length).toBeGreaterThan(0);
    const count = (status: string) => Number(/^(\d+)/.exec(status)?.[1] ?? 0);
    expect(count(sn.status)).toBeLessThan(count(all.status));
    expect(sn.paths.every((x) => /\/sn\//.test(x))).toBe(true);
    // Reloading the shared URL restores the same search.
    await p.page.reload();
    const again = await results(p.page, sitePath);
    expect(again.paths).toEqual(sn.paths);
    expect(await p.page.isChecked('#search-filters input[name="country"][value="sn"]')).toBe(true);
    await p.page.close();
  });

  it('links each matching assessment of a group as a sub-result to its own anchor', async () => {
    // Words found only in Senegal's not-assessed entry for Budapest art. 16 (what was searched, and where).
    const p = await openPage(site.context, site.base);
    await p.page.goto(`${site.base}/fr/search/?q=ictpolicyafrica&country=sn&kind=assessment`);
    const r = await results(p.page, sitePath);
    expect(r.paths[0]).toBe('/fr/countries/sn/#req-budapest-art-16');
    const subs = await p.page.$$eval('#search-results li.result:first-child .sub-results a', (as) => as.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash));
    expect(subs).toContain('/fr/countries/sn/#req-budapest-art-16');
    expect(await p.page.textContent('#search-results li.result:first-child .sub-results')).toMatch(/Budapest.*16/);
    await p.page.close();
  });

  it('finds the assessments that cite an article by its number', async () => {
    // Senegal's assessments of Budapest art. 2 and art. 11 both rest on art. 431-8 of Law 2008-11.
    const p = await openPage(site.context, site.base);
    await p.page.goto(`${site.base}/fr/search/?q=${encodeURIComponent('2008-11 art. 431-8')}&kind=assessment&country=sn`);
    await results(p.page, sitePath);
    const subs = await p.page.$$eval('#search-results .sub-results a', (as) => as.map((a) => (a as HTMLAnchorElement).hash));
    expect(subs).toEqual(expect.arrayContaining(['#req-budapest-art-2', '#req-budapest-art-11']));
    await p.page.close();
  });

  it('fetches nothing of the index before the reader searches', async () => {
    const p = await openPage(site.context, site.base);
    const fetched: string[] = [];
    p.page.on('request', (r) => fetched.push(r.url()));
    await p.page.goto(`${site.base}/fr/search/`);
    await p.page.waitForLoadState('networkidle');
    expect(fetched.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await p.page.fill('#search-q', '2008-11');
    await results(p.page, sitePath);
    expect(fetched.filter((u) => u.includes('/pagefind/')).length).toBeGreaterThan(0);
    await p.page.close();
  });
});
