import type { Page } from 'playwright-core';

/** Queries the search test suite expects to find, each with the site path that must be among the top three results. */
export const EXPECTED: { q: string; locale?: 'fr' | 'en'; top3: RegExp }[] = [
  { q: '2008-11', top3: /^\/fr\/laws\/sn\/loi-2008-11\/$/ },
  { q: '09-04', top3: /^\/fr\/laws\/dz\/loi-09-04\/$/ },
  { q: 'art. 431-8', top3: /^\/fr\/laws\/sn\/loi-2008-11\/#art-431-8$/ },
  { q: 'article 87 bis', top3: /^\/fr\/laws\/dz\/[\w-]+\/#art-87-bis/ },
  { q: '2019-33', top3: /^\/fr\/laws\/ne\/loi-2019-33\/$/ },
  { q: '2016-007', top3: /^\/fr\/laws\/mr\/loi-2016-007\/$/ },
  { q: '2022-54', top3: /^\/fr\/laws\/tn\/decret-loi-2022-54\/$/ },
  { q: '2015-26', top3: /^\/fr\/laws\/tn\/loi-organique-2015-26\/$/ },
  { q: '3/2014', top3: /^\/fr\/laws\/ly\/law-3-2014\// },
  { q: 'cybercriminalité', top3: /^\/fr\/laws\/sn\/loi-2008-11\/$/ },
  { q: 'cybercriminalite', top3: /^\/fr\/laws\/sn\/loi-2008-11\/$/ },
  { q: 'expedited preservation', top3: /^\/fr\/requirements\/budapest-art-16\/$/ },
  { q: 'conservation rapide', top3: /^\/fr\/requirements\/budapest-art-16\/$/ },
  { q: 'injonction de produire', top3: /^\/fr\/requirements\/budapest-art-18\/$/ },
  { q: 'الإرهاب', top3: /^\/fr\/laws\/ly\/law-3-2014\// },
  { q: 'إرهاب', top3: /^\/fr\/laws\/ly\/law-3-2014\// },
  { q: 'الجرائم الإلكترونية', top3: /^\/fr\/laws\/ly\/law-5-2022\// },
  { q: 'Senegal', top3: /^\/fr\/countries\/sn\/$/ },
  { q: '24/7', top3: /^\/fr\/requirements\/budapest-art-35\/$/ },
  { q: 'expedited preservation', locale: 'en', top3: /^\/en\/requirements\/budapest-art-16\/$/ },
  { q: 'conservation rapide', locale: 'en', top3: /^\/en\/requirements\/budapest-art-16\/$/ },
];

/** Waits for the search page to settle and returns the status line and the result links as site paths. */
export async function results(page: Page, toSitePath: (href: string) => string) {
  await page.waitForFunction(() => {
    const s = document.querySelector('#search-status')?.textContent ?? '';
    return s !== '' && !s.endsWith('…');
  }, null, { timeout: 20_000 });
  const status = (await page.textContent('#search-status')) ?? '';
  const hrefs = await page.$$eval('#search-results li h2 a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
  return { status, paths: hrefs.map(toSitePath) };
}
