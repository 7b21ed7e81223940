// The offline bundle: unzip the built zip, open it through file:// in Chromium, and use it with no network at all.
// (Firefox: offline-firefox.test.ts.)
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/linkcheck.ts';
import { launch, openPage } from '../helpers/browser.ts';
import { DOWNLOAD, unzipBundle } from '../helpers/bundle.ts';
import { EXPECTED, results } from '../helpers/search.ts';

const { latest, root, rootUrl, sitePath, remove } = unzipBundle();
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
  remove();
});

describe('offline bundle from file://', () => {
  it('has no broken link and no missing anchor once unzipped, every link naming a file', () => {
    const r = checkLinks(root, 'file');
    expect(r.pages).toBeGreaterThan(100);
    expect(r.broken).toEqual([]);
    expect(r.missingAnchors).toEqual([]);
  });

  it('holds the data exports', () => {
    expect(readFileSync(join(root, 'exports/matrix.csv'), 'utf8').charCodeAt(0)).toBe(0xfeff);
  });

  it('matches its published checksum and holds the read-me files', () => {
    const zip = readFileSync(join(DOWNLOAD, latest.name));
    const sha = createHash('sha256').update(zip).digest('hex');
    expect(sha).toBe(latest.sha256);
    expect(readFileSync(join(DOWNLOAD, `${latest.name}.sha256`), 'utf8')).toBe(`${sha}  ${latest.name}\n`);
    expect(readFileSync(join(root, 'LISEZMOI.txt'), 'utf8')).toContain('index.html');
    expect(readFileSync(join(root, 'README.txt'), 'utf8')).toContain('index.html');
  });

  it('opens the entry page, follows links to a country, a law and a provision anchor, and switches language', async () => {
    const p = await openPage(context);
    await p.page.goto(`${rootUrl}/index.html`);
    await p.page.waitForURL('**/fr/index.html');
    await p.page.click('main a[href$="countries/sn/index.html"]');
    await p.page.waitForURL('**/fr/countries/sn/index.html');
    expect(await p.page.textContent('h1')).toContain('Sénégal');
    await p.page.click('#laws a[href$="laws/sn/loi-2008-11/index.html"]');
    await p.page.waitForURL('**/fr/laws/sn/loi-2008-11/index.html');
    await p.page.click('a.anchor[href="#art-431-8"]');
    expect(p.page.url()).toMatch(/loi-2008-11\/index\.html#art-431-8$/);
    expect(await p.page.locator('#art-431-8').isVisible()).toBe(true);
    // Stylesheet applied: the provision card has its border.
    expect(await p.page.locator('#art-431-8').evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
    await p.page.click('[data-lang-switch]');
    await p.page.waitForURL('**/en/laws/sn/loi-2008-11/index.html#art-431-8');
    expect(await p.page.getAttribute('html', 'lang')).toBe('en');
    expect(p.errors).toEqual([]);
    expect(p.foreign).toEqual([]);
    await p.page.close();
  });

  it.each(EXPECTED.filter((_, i) => i % 3 === 0))('finds $top3 in the top three for "$q" with no request to any http(s) address', async ({ q, locale, top3 }) => {
    const p = await openPage(context);
    await p.page.goto(`${rootUrl}/${locale ?? 'fr'}/search/index.html?q=${encodeURIComponent(q)}`);
    const r = await results(p.page, sitePath);
    expect(r.paths.slice(0, 3).some((x) => top3.test(x)), `${q}: ${r.paths.slice(0, 3).join(', ')}`).toBe(true);
    // The link itself resolves to a file of the bundle.
    const first = await p.page.locator('#search-results li h2 a').first().getAttribute('href');
    expect(first).toMatch(/^(\.\.\/)+(fr|en)\/.+index\.html(#.*)?$/);
    expect(p.errors).toEqual([]);
    expect(p.foreign).toEqual([]);
    await p.page.close();
  });

  it('searches from the header box on any page', async () => {
    const p = await openPage(context);
    await p.page.goto(`${rootUrl}/fr/countries/index.html`);
    await p.page.fill('#header-q', '2008-11');
    await p.page.press('#header-q', 'Enter');
    await p.page.waitForURL('**/fr/search/index.html?q=2008-11');
    const r = await results(p.page, sitePath);
    expect(r.paths[0]).toBe('/fr/laws/sn/loi-2008-11/');
    expect(p.foreign).toEqual([]);
    await p.page.close();
  });
});
