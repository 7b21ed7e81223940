// A search index in several shards (more text than SHARD_CHARS): a small synthetic corpus of 30 countries
// is built, and search must merge the shards, online and from file://, with the same results.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, serve } from '../helpers/browser.ts';
import { unzipBundle } from '../helpers/bundle.ts';
import { results } from '../helpers/search.ts';

const ROOT = join(import.meta.dirname, '../..');
const N = 30;
const tmp = mkdtempSync(join(tmpdir(), 'atlas-shards-'));
const out = join(tmp, 'dist');
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let bundle: ReturnType<typeof unzipBundle> | undefined;

const run = (args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/node'), args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
};

beforeAll(async () => {
  run(['scripts/synth.ts', '--countries', String(N), '--laws', '1', '--provisions', '2', '--out', join(tmp, 'content')]);
  run([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], { ATLAS_CONTENT: join(tmp, 'content'), ATLAS_CACHE_DIR: join(tmp, 'cache') });
  bundle = unzipBundle(join(out, 'download'));
  server = await serve(out);
  browser = await launch();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  bundle?.remove();
  rmSync(tmp, { recursive: true, force: true });
});

const countryPaths = (paths: string[]) => paths.filter((p) => /^\/fr\/countries\/[a-z]{2}\/$/.test(p)).sort();

describe(`a search index in shards (${N} synthetic countries)`, () => {
  it('writes several shards per language and one packed engine per language', () => {
    const files = readdirSync(join(out, 'pagefind'));
    for (const locale of ['fr', 'en']) {
      const shards = files.filter((f) => new RegExp(`^${locale}-\\d+$`).test(f));
      expect(shards.length).toBeGreaterThanOrEqual(2);
      for (const s of shards) expect(existsSync(join(out, 'pagefind', s, 'pagefind-entry.json'))).toBe(true);
    }
    expect(files.filter((f) => f.endsWith('.js')).sort()).toEqual(['offline-en.js', 'offline-fr.js']);
  });

  it('finds the countries of every shard, online, with their filter counts merged', async () => {
    const context = await browser.newContext();
    const p = await openPage(context, server.base);
    await p.page.goto(`${server.base}/fr/search/?q=Synthlande&kind=country`);
    const r = await results(p.page, (href) => { const u = new URL(href); return `${u.pathname}${u.hash}`; });
    expect(countryPaths(r.paths)).toHaveLength(N);
    expect(r.status).toMatch(new RegExp(`^${N} résultats$`));
    expect(await p.page.$$eval('#search-filters input[name="country"]', (xs) => xs.length)).toBe(N);
    expect(p.errors).toEqual([]);
    await context.close();
  });

  it('gives the same results from the unzipped bundle through file://', async () => {
    const context = await browser.newContext();
    const online = await openPage(context, server.base);
    await online.page.goto(`${server.base}/fr/search/?q=Synthlande`);
    const a = await results(online.page, (href) => { const u = new URL(href); return `${u.pathname}${u.hash}`; });
    const off = await openPage(context);
    await off.page.goto(`${bundle!.rootUrl}/fr/search/index.html?q=Synthlande`);
    const b = await results(off.page, bundle!.sitePath);
    expect(a.paths.length).toBeGreaterThan(0);
    expect(b.paths).toEqual(a.paths);
    expect(b.status).toBe(a.status);
    expect(off.foreign).toEqual([]);
    expect(off.errors).toEqual([]);
    await context.close();
  });
});
