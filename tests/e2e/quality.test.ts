// Quality gates over the built site: accessibility (axe, WCAG 2.2 A/AA), valid HTML, links and anchors, both locales.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/linkcheck.ts';
import { servedSite } from '../helpers/browser.ts';
import { walkFiles } from '../../src/lib/files.ts';

const DIST = join(import.meta.dirname, '../../dist');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const html = walkFiles(DIST).filter((f) => f.endsWith('.html')).map((f) => relative(DIST, f).split('\\').join('/'));

/** One page of each type. */
const PAGE_TYPES = ['', 'countries/', 'countries/sn/', 'laws/sn/loi-2008-11/', 'requirements/budapest-art-16/', 'instruments/', 'instruments/budapest/', 'themes/', 'themes/procedural-evidence/', 'matrix/instrument/budapest/', 'compare/', 'search/?q=2008-11', 'download/', 'data/', 'whats-new/', 'pins/'];

// axe is injected as an inline script, which the site's CSP rightly refuses: bypass it for the audit only.
const site = servedSite(DIST, { bypassCSP: true });

describe('accessibility', () => {
  it.each(PAGE_TYPES.flatMap((p) => [`fr/${p}`, `en/${p}`]))('axe finds no WCAG 2.2 A/AA violation on /%s', async (path) => {
    const page = await site.context.newPage();
    await page.goto(`${site.base}/${path}`);
    if (path.includes('search/?q=')) await page.waitForSelector('#search-results li');
    await page.addScriptTag({ path: AXE });
    const result = await page.evaluate(() =>
      (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      }),
    );
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });

  it('lets a keyboard user skip to the content and reach the search box with a visible focus', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.base}/fr/countries/sn/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#main$/);
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id === 'header-q');
    }
    await page.goto(`${site.base}/fr/countries/sn/`);
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id === 'header-q');
    }
    expect(reached).toBe(true);
    await page.keyboard.type('2008-11');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/fr/search/?q=2008-11');
    await page.close();
  });

  it('lets a keyboard user pick countries and an instrument on the compare page', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.base}/en/compare/`);
    await page.focus('input[name="c"][value="dz"]');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.focus('select[name="instrument"]');
    await page.keyboard.press('ArrowDown');
    await page.focus('#compare-form button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?c=dz&c=\w\w&instrument=/);
    expect(await page.locator('thead th[data-c]:visible').count()).toBe(2);
    await page.close();
  });

  it('lets a keyboard user reach every matrix cell link in order', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.base}/fr/matrix/theme/jurisdiction/`);
    const first = page.locator('table.matrix tbody a').first();
    await first.focus();
    expect(await first.evaluate((el) => el === document.activeElement && getComputedStyle(el).outlineStyle !== 'none')).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('table.matrix') !== null)).toBe(true);
    await page.close();
  });
});

describe('every page type, both languages, with and without JavaScript', () => {
  it.each(PAGE_TYPES.flatMap((p) => ['fr', 'en'].flatMap((l) => [[`${l}/${p}`, true], [`${l}/${p}`, false]] as const)))('renders /%s (JavaScript %s) with its heading, no error and no third-party request', async (path, js) => {
    const ctx = await site.browser.newContext({ javaScriptEnabled: js });
    const page = await ctx.newPage();
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('request', (r) => { if (!r.url().startsWith(site.base) && !r.url().startsWith('data:')) foreign.push(r.url()); });
    const res = await page.goto(`${site.base}/${path}`);
    expect(res?.status()).toBe(200);
    expect((await page.locator('h1').first().textContent())?.trim()).not.toBe('');
    expect(await page.getAttribute('html', 'lang')).toBe(path.slice(0, 2));
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await ctx.close();
  });
});

describe('valid HTML', () => {
  it('html-validate (recommended preset) reports no error on any page', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-trailing-whitespace': 'off', 'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }] } });
    const errors: string[] = [];
    for (const f of html) {
      const report = await validator.validateString(readFileSync(join(DIST, f), 'utf8'), f);
      for (const r of report.results) for (const m of r.messages) if (m.severity === 2) errors.push(`${f}:${m.line} ${m.ruleId} ${m.message}`);
    }
    expect(errors.slice(0, 30)).toEqual([]);
  }, 300_000);
});

describe('links', () => {
  it('has no broken internal link and no missing anchor in the built site; external sources are listed, not fetched', () => {
    const r = checkLinks(DIST, 'site');
    expect(r.pages).toBeGreaterThan(100);
    expect(r.broken).toEqual([]);
    expect(r.missingAnchors).toEqual([]);
    expect(r.external.size).toBeGreaterThan(0);
  });
});

describe('both locales', () => {
  it('generates every page in French and in English', () => {
    const fr = html.filter((f) => f.startsWith('fr/')).map((f) => f.slice(3)).sort();
    const en = html.filter((f) => f.startsWith('en/')).map((f) => f.slice(3)).sort();
    expect(fr.length).toBeGreaterThan(100);
    expect(en).toEqual(fr);
  });

  it('declares hreflang alternates on every page', () => {
    for (const f of html.filter((x) => x.startsWith('fr/')).slice(0, 50)) {
      const text = readFileSync(join(DIST, f), 'utf8');
      expect(text, f).toContain(`hreflang="en" href="/en/${f.slice(3).replace(/index\.html$/, '')}"`);
    }
  });
});
