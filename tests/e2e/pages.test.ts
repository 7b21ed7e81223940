// Smoke test of the built site (dist/, built by `npm test` before vitest) in headless Chromium.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDir } from '../../src/lib/content/dir.ts';
import { loadAtlas } from '../../src/lib/content/load.ts';
import { articleAnchor, indexAtlas, viaEquivalents } from '../../src/lib/views.ts';
import { launch, openPage, serve } from '../helpers/browser.ts';

const DIST = join(import.meta.dirname, '../../dist');
const { data } = loadAtlas(contentDir());
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'fr/index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  server = await serve(DIST);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const contexts = new Map<boolean, Promise<BrowserContext>>();
async function visit(path: string, opts: { js?: boolean } = {}) {
  const js = opts.js ?? true;
  if (!contexts.has(js)) contexts.set(js, browser.newContext({ javaScriptEnabled: js }));
  const p = await openPage(await contexts.get(js)!, server.base);
  const res = await p.page.goto(server.base + path);
  return { ...p, status: res?.status(), close: () => p.page.close() };
}

describe('built pages in Chromium', () => {
  it('serves the home page in both languages with lang and a link to every country', async () => {
    for (const locale of ['fr', 'en'] as const) {
      const v = await visit(`/${locale}/`);
      expect(v.status).toBe(200);
      expect(await v.page.getAttribute('html', 'lang')).toBe(locale);
      for (const c of data.countries) expect(await v.page.locator(`main a[href="/${locale}/countries/${c.id}/"]`).count()).toBe(1);
      expect(v.errors).toEqual([]);
      expect(v.foreign).toEqual([]);
      await v.close();
    }
  });

  it('shows every law of a country on its page, and each law page shows its provisions at their anchors', async () => {
    const v = await visit('/fr/', { js: false });
    for (const law of data.laws) {
      const res = await v.page.goto(`${server.base}/fr/laws/${law.id}/`, { waitUntil: 'domcontentloaded' });
      expect(res?.status(), law.id).toBe(200);
      expect(await v.page.locator('h1').textContent()).toBe(law.data.title.text);
      const ids = await v.page.$$eval('article.provision', (els) => els.map((e) => e.id));
      expect(ids, law.id).toEqual(law.data.provisions.map((p) => articleAnchor(p.article)));
    }
    for (const c of data.countries) {
      await v.page.goto(`${server.base}/fr/countries/${c.id}/`, { waitUntil: 'domcontentloaded' });
      const links = await v.page.$$eval('#laws a', (as) => as.map((a) => a.getAttribute('href')));
      expect(links.sort()).toEqual(data.laws.filter((l) => l.data.country === c.id).map((l) => `/fr/laws/${l.id}/`).sort());
    }
    await v.close();
  });

  it('renders Arabic excerpts right to left with lang="ar"', async () => {
    const law = data.laws.find((l) => l.data.provisions.some((p) => p.excerpts.some((e) => e.lang === 'ar')));
    expect(law, 'the content has no Arabic excerpt').toBeDefined();
    if (!law) return;
    const v = await visit(`/fr/laws/${law.id}/`);
    const q = v.page.locator('blockquote[lang="ar"]').first();
    expect(await q.getAttribute('dir')).toBe('rtl');
    expect(await q.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await v.close();
  });

  it('lists every country on a requirement page, with the rating of each', async () => {
    const assessed = data.assessments.find((a) => a.data.rating !== 'not-assessed' && a.data.provisions.length > 0)!;
    const v = await visit(`/en/requirements/${assessed.data.requirement}/`, { js: false });
    expect(v.status).toBe(200);
    expect(await v.page.locator('article.card[id^="country-"]').count()).toBe(data.countries.length);
    const card = v.page.locator(`#country-${assessed.id.split('/')[0]}`);
    await expect(card.locator('.rating').first().textContent()).resolves.toContain({ compliant: 'Compliant', 'largely-compliant': 'Largely compliant', 'partially-compliant': 'Partially compliant', 'non-compliant': 'Non-compliant' }[assessed.data.rating as 'compliant']!);
    const href = await card.locator('ul.cited a').first().getAttribute('href');
    expect(href).toMatch(/^\/en\/laws\/.+#art-/);
    await v.close();
  });

  it('keeps the reader on the same page when switching language', async () => {
    const c = data.countries[0]!;
    const v = await visit(`/fr/countries/${c.id}/`);
    await v.page.click('[data-lang-switch]');
    await v.page.waitForURL(`**/en/countries/${c.id}/`);
    expect(await v.page.getAttribute('html', 'lang')).toBe('en');
    await v.close();
  });
});

describe('browse and compare views', () => {
  it('renders the matrix as a real table with a header per country and a rating label in text, filterable by instrument without JavaScript', async () => {
    const v = await visit('/fr/matrix/instrument/budapest/', { js: false });
    expect(v.status).toBe(200);
    expect(await v.page.locator('table.matrix thead th[scope="col"]').count()).toBe(data.countries.length + 1);
    const rows = await v.page.locator('table.matrix tbody tr:not(.group)').count();
    expect(rows).toBe(data.requirements.filter((r) => r.data.instrument === 'budapest').length);
    const rated = data.assessments.find((a) => a.data.requirement.startsWith('budapest-') && a.data.rating === 'compliant')!;
    const cell = v.page.locator(`table.matrix a[href="/fr/countries/${rated.id.split('/')[0]}/#req-${rated.data.requirement}"]`);
    await expect(cell.textContent()).resolves.toContain('Conforme');
    await v.close();
  });

  it('keeps the compare selection in the URL and shows only the chosen countries and instrument', async () => {
    const v = await visit('/en/compare/');
    await v.page.check('input[name="c"][value="sn"]');
    await v.page.check('input[name="c"][value="dz"]');
    await v.page.selectOption('select[name="instrument"]', 'budapest');
    await v.page.click('#compare-form button[type="submit"]');
    await v.page.waitForURL(/\?c=dz&c=sn&instrument=budapest$/);
    const shared = v.page.url();
    const check = async () => {
      expect(await v.page.locator('thead th[data-c]:visible').count()).toBe(2);
      expect(await v.page.locator('thead th[data-c="sn"]').isVisible()).toBe(true);
      const visibleRows = await v.page.locator('#compare-table tbody tr:visible').count();
      expect(visibleRows).toBe(data.requirements.filter((r) => r.data.instrument === 'budapest').length);
    };
    await check();
    // A shared link restores the same selection.
    await v.page.goto('about:blank');
    await v.page.goto(shared);
    await check();
    expect(await v.page.isChecked('input[name="c"][value="dz"]')).toBe(true);
    expect(v.errors).toEqual([]);
    await v.close();
  });

  it('prints the country brief without navigation, with every assessment visible', async () => {
    const v = await visit('/fr/countries/sn/');
    await v.page.emulateMedia({ media: 'print' });
    expect(await v.page.locator('.site-header').isVisible()).toBe(false);
    expect(await v.page.locator('#assessments').isVisible()).toBe(true);
    const pdf = await v.page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await v.close();
  });

  it('shows on a requirement page the rating of an equivalent provision where the country was not assessed against this one', async () => {
    const atlas = indexAtlas(data);
    const hit = data.requirements.flatMap((r) => atlas.countries.map((c) => ({ r, c, via: viaEquivalents(atlas, c.id, r.data) })))
      .find((x) => x.via.length > 0 && !atlas.assessments.has(`${x.c.id}/${x.r.id}`));
    expect(hit, 'the content has no such case any more: pick another example').toBeDefined();
    if (!hit) return;
    const v = await visit(`/en/requirements/${hit.r.id}/`, { js: false });
    const via = v.page.locator(`#country-${hit.c.id} .via a`).first();
    expect(await via.getAttribute('href')).toBe(`/en/requirements/${hit.via[0]!.requirement.id}/#country-${hit.c.id}`);
    await v.close();
  });
});

describe('change over time, feeds and pins', () => {
  it('serves a well-formed Atom feed per language with an entry per published change', async () => {
    for (const locale of ['fr', 'en']) {
      const v = await visit(`/${locale}/whats-new/`);
      const feedHref = await v.page.getAttribute('link[type="application/atom+xml"]', 'href');
      expect(feedHref).toBe(`/${locale}/feed.xml`);
      const xml = await (await fetch(`${server.base}${feedHref}`)).text();
      const parsed = await v.page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        return {
          error: doc.getElementsByTagName('parsererror').length,
          ns: doc.documentElement.namespaceURI,
          entries: [...doc.getElementsByTagName('entry')].map((e) => e.getElementsByTagName('id')[0]?.textContent),
        };
      }, xml);
      expect(parsed.error).toBe(0);
      expect(parsed.ns).toBe('http://www.w3.org/2005/Atom');
      for (const c of data.changes) expect(parsed.entries).toContain(`tag:legislative-gap-atlas,2026:change/${c.id}`);
      expect(await v.page.locator('ol.timeline > li').count()).toBe(parsed.entries.length);
      await v.close();
    }
  });

  it('keeps pinned provisions across a reload and lists them on the pins page, exportable as CSV', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${server.base}/fr/laws/sn/loi-2008-11/`);
    const pin = page.locator('#art-431-8 atlas-pin button');
    await expect(pin.getAttribute('aria-pressed')).resolves.toBe('false');
    await pin.click();
    await expect(pin.getAttribute('aria-pressed')).resolves.toBe('true');
    await page.reload();
    await expect(page.locator('#art-431-8 atlas-pin button').getAttribute('aria-pressed')).resolves.toBe('true');
    await page.goto(`${server.base}/fr/pins/`);
    const item = page.locator('#pins-list li a');
    await expect(item.count()).resolves.toBe(1);
    await expect(item.getAttribute('href')).resolves.toBe('/fr/laws/sn/loi-2008-11/#art-431-8');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#pins-csv')]);
    const csv = await (await download.createReadStream()).toArray();
    const text = Buffer.concat(csv).toString('utf8');
    expect(text.startsWith('\uFEFF"kind","title","citation","link"')).toBe(true);
    expect(text).toContain('art. 431-8');
    await context.close();
  });
});

describe('cross-references', () => {
  it('turns a summary\'s reference to another article of the same law into a link to its anchor', async () => {
    const hit = data.laws.flatMap((l) => l.data.provisions.map((p) => ({ l, p }))).find(({ l, p }) =>
      l.data.provisions.some((q) => q.article !== p.article && new RegExp(`\\barticles? ${q.article.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(p.summary.en ?? '')),
    );
    expect(hit, 'the content has no such case any more: pick another example').toBeDefined();
    if (!hit) return;
    const target = hit.l.data.provisions.find((q) => q.article !== hit.p.article && new RegExp(`\\barticles? ${q.article.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(hit.p.summary.en ?? ''))!;
    const v = await visit(`/en/laws/${hit.l.id}/`, { js: false });
    const links = await v.page.$$eval(`#${articleAnchor(hit.p.article)} p a`, (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain(`#${articleAnchor(target.article)}`);
    await v.close();
  });
});
