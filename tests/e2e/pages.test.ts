// Smoke test of the built site (dist/, built by `npm test` before vitest) in headless Chromium.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDir } from '../../src/lib/content/dir.ts';
import { loadAtlas } from '../../src/lib/content/load.ts';
import { articleAnchor } from '../../src/lib/views.ts';
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

async function visit(path: string, opts: { js?: boolean } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: opts.js ?? true });
  const p = await openPage(context, server.base);
  const res = await p.page.goto(server.base + path);
  return { ...p, status: res?.status(), close: () => context.close() };
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
    for (const law of data.laws) {
      const v = await visit(`/fr/laws/${law.id}/`, { js: false });
      expect(v.status, law.id).toBe(200);
      await expect(v.page.locator('h1').textContent()).resolves.toBe(law.data.title.text);
      for (const p of law.data.provisions) {
        expect(await v.page.locator(`#${articleAnchor(p.article)}`).count(), `${law.id} ${p.article}`).toBe(1);
      }
      await v.close();
    }
  });

  it('renders Arabic excerpts right to left with lang="ar"', async () => {
    const law = data.laws.find((l) => l.data.provisions.some((p) => p.excerpts.some((e) => e.lang === 'ar')));
    if (!law) return expect.soft(law, 'no Arabic excerpt in the content yet').toBeUndefined();
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
