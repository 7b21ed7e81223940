// Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi (Playwright's Firefox driver needs its own patched build).
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function launchFirefox(): Promise<Browser> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: apt-get install -y firefox-esr (or set FIREFOX_PATH)`);
  return puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
}

/** A page that records script errors and every request to anything but file:// (and data:/about:). */
export async function openFirefoxPage(browser: Browser) {
  const page: Page = await browser.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', (r) => {
    const u = r.url();
    if (!/^(file|data|about):/.test(u)) foreign.push(u);
  });
  return { page, errors, foreign };
}

/** Waits for the search page to settle; returns the result links (absolute URLs) in order. */
export async function firefoxResults(page: Page): Promise<string[]> {
  await page.waitForFunction(() => {
    const s = document.querySelector('#search-status')?.textContent ?? '';
    return s !== '' && !s.endsWith('…');
  }, { timeout: 20_000 });
  return page.$$eval('#search-results li h2 a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
}
