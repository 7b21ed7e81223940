// Real-browser helpers: Debian's Chromium driven by playwright-core, and a static server on loopback.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/** Serves `dir` on 127.0.0.1 at a free port; returns the base URL and a close function. */
export async function serve(dir: string): Promise<{ base: string; close: () => Promise<void> }> {
  const handler = sirv(dir, { dev: true, extensions: ['html'] });
  const server: Server = createServer((req, res) => handler(req, res, () => { res.statusCode = 404; res.end('not found'); }));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

/** A page that records console errors and every request that leaves `allowedOrigin` (file:// when undefined). */
export async function openPage(context: BrowserContext, allowedOrigin?: string) {
  const page: Page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const u = r.url();
    const ok = allowedOrigin ? u.startsWith(allowedOrigin) : u.startsWith('file://');
    if (!ok && !u.startsWith('data:') && !u.startsWith('about:')) foreign.push(u);
  });
  return { page, errors, foreign };
}

/**
 * A built site served on loopback with one Chromium and one browser context for the whole test file.
 * Call at the top of a test file; the fields are set once `beforeAll` has run.
 */
export function servedSite(dir: string, options: Parameters<Browser['newContext']>[0] = {}) {
  const site = {} as { base: string; browser: Browser; context: BrowserContext };
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const server = await serve(dir);
    close = server.close;
    site.base = server.base;
    site.browser = await launch();
    site.context = await site.browser.newContext(options);
  });
  afterAll(async () => {
    await site.browser?.close();
    await close?.();
  });
  return site;
}
