// The online site kept in the browser on request (service worker): saved from the download page, then read
// and searched with the network cut, and removed again.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage, servedSite } from '../helpers/browser.ts';
import { results } from '../helpers/search.ts';

const site = servedSite(join(import.meta.dirname, '../../dist'));
const sitePath = (href: string) => {
  const u = new URL(href);
  return `${u.pathname}${u.hash}`;
};

describe('available offline in the browser', () => {
  it('registers nothing until the reader asks', async () => {
    const p = await openPage(site.context, site.base);
    await p.page.goto(`${site.base}/fr/download/`);
    await p.page.waitForSelector('#offline-app:not([hidden])');
    await expect.poll(() => p.page.textContent('#offline-status')).toBe('Non enregistré dans ce navigateur.');
    expect(await p.page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it('saves the site on request, then opens pages and searches with the network cut', async () => {
    const p = await openPage(site.context, site.base);
    await p.page.goto(`${site.base}/fr/download/`);
    await p.page.click('#offline-save');
    await expect.poll(() => p.page.textContent('#offline-status'), { timeout: 90_000 }).toMatch(/^Disponible hors ligne dans ce navigateur\s:\s\d+ fichiers, contenu du /);
    expect(await p.page.isVisible('#offline-remove')).toBe(true);

    await site.context.setOffline(true);
    try {
      await p.page.goto(`${site.base}/fr/countries/sn/`);
      expect(await p.page.textContent('h1')).toContain('Sénégal');
      await p.page.goto(`${site.base}/en/laws/sn/loi-2008-11/`);
      expect(await p.page.locator('#art-431-8').isVisible()).toBe(true);
      await p.page.goto(`${site.base}/fr/search/?q=2008-11`);
      const r = await results(p.page, sitePath);
      expect(r.paths[0]).toBe('/fr/laws/sn/loi-2008-11/');
      // The download page still tells the state of the copy with no connection.
      await p.page.goto(`${site.base}/fr/download/`);
      await expect.poll(() => p.page.textContent('#offline-status')).toMatch(/^Disponible hors ligne/);
    } finally {
      await site.context.setOffline(false);
    }

    await p.page.goto(`${site.base}/fr/download/`);
    await expect.poll(() => p.page.textContent('#offline-status')).toMatch(/^Disponible hors ligne/);
    await p.page.click('#offline-remove');
    await expect.poll(() => p.page.textContent('#offline-status')).toBe('Non enregistré dans ce navigateur.');
    expect(await p.page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('atlas-')))).toEqual([]);
    expect(p.errors).toEqual([]);
    expect(p.foreign).toEqual([]);
    await p.page.close();
  }, 150_000);
});
