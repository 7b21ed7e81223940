// The offline bundle in Firefox (Debian's firefox-esr): unzipped, opened through file://, browsed and searched
// with no network; the results must be the ones the online site gives (Chromium over http) for the same queries.
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servedSite } from '../helpers/browser.ts';
import { unzipBundle } from '../helpers/bundle.ts';
import { firefoxResults, launchFirefox, openFirefoxPage } from '../helpers/firefox.ts';
import { EXPECTED, results } from '../helpers/search.ts';

const { rootUrl, sitePath, remove } = unzipBundle();
const online = servedSite(join(import.meta.dirname, '../../dist'));
let firefox: Browser;

beforeAll(async () => {
  firefox = await launchFirefox();
});
afterAll(async () => {
  await firefox?.close();
  remove();
});

describe('offline bundle from file:// in Firefox', () => {
  it('notices a request to an http address (the check below can fail)', async () => {
    const p = await openFirefoxPage(firefox);
    // On a blank page: the site's own CSP would stop this request before it is made.
    await p.page.goto('about:blank');
    const probe = `${online.base}/probe`;
    await p.page.evaluate((u) => fetch(u).catch(() => undefined), probe);
    expect(p.foreign).toContain(probe);
    await p.page.close();
  });

  it('opens the entry page, follows links to a country, a law and a provision anchor, and switches language', async () => {
    const { page, errors, foreign } = await openFirefoxPage(firefox);
    await page.goto(`${rootUrl}/index.html`);
    await page.waitForFunction(() => location.pathname.endsWith('/fr/index.html'), { timeout: 10_000 });
    await Promise.all([page.waitForNavigation(), page.click('main a[href$="countries/sn/index.html"]')]);
    expect(sitePath(page.url())).toBe('/fr/countries/sn/');
    expect(await page.$eval('h1', (h) => h.textContent)).toContain('Sénégal');
    await Promise.all([page.waitForNavigation(), page.click('#laws a[href$="laws/sn/loi-2008-11/index.html"]')]);
    expect(sitePath(page.url())).toBe('/fr/laws/sn/loi-2008-11/');
    await page.click('a.anchor[href="#art-431-8"]');
    await page.waitForFunction(() => location.hash === '#art-431-8');
    // Scrolled to the provision, and the stylesheet applied (the provision card has its border).
    expect(await page.$eval('#art-431-8', (el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; })).toBe(true);
    expect(await page.$eval('#art-431-8', (el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
    await Promise.all([page.waitForNavigation(), page.click('[data-lang-switch]')]);
    expect(sitePath(page.url())).toBe('/en/laws/sn/loi-2008-11/#art-431-8');
    expect(await page.$eval('html', (h) => h.lang)).toBe('en');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it.each(EXPECTED.filter((_, i) => i % 3 === 1 || i === 0 || i === 14))(
    'gives for "$q" the same results as the online site, $top3 in the top three, with no http(s) request',
    async ({ q, locale = 'fr', top3 }) => {
      const p = await openFirefoxPage(firefox);
      await p.page.goto(`${rootUrl}/${locale}/search/index.html?q=${encodeURIComponent(q)}`);
      const offline = (await firefoxResults(p.page)).map(sitePath);
      expect(offline.slice(0, 3).some((x) => top3.test(x)), `${q}: ${offline.slice(0, 3).join(', ')}`).toBe(true);
      expect(p.errors).toEqual([]);
      expect(p.foreign).toEqual([]);
      await p.page.close();

      const page = await online.context.newPage();
      await page.goto(`${online.base}/${locale}/search/?q=${encodeURIComponent(q)}`);
      const served = (await results(page, (href) => { const u = new URL(href); return `${decodeURI(u.pathname)}${u.hash}`; })).paths;
      await page.close();
      expect(offline).toEqual(served);
    },
  );
});
