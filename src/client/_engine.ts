// One search engine for both worlds: Pagefind's own module online, and the same Pagefind code
// and index packed into one classic script for file:// (see src/integrations/offline-search.ts).
import { offline, siteRoot } from './_root.ts';

export interface PagefindSubResult {
  url: string;
  title: string;
  excerpt: string;
  locations: number[];
}
export interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: PagefindSubResult[];
}
export interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResult> }[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, { any: string[] }> }): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

declare global {
  interface Window {
    atlasPagefind?: Pagefind;
  }
}

let engine: Promise<Pagefind> | undefined;

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(s);
  });
}

/**
 * Loads the engine on first use only: nothing of the index is fetched before the reader searches.
 * The index of a language comes in `shards` (src/lib/search-shards.ts): pagefind/<locale>-0/ is loaded,
 * the others are merged into it; Pagefind ranks the merged results together.
 */
export function getEngine(locale: string, shards: number): Promise<Pagefind> {
  engine ??= (async () => {
    const root = `${siteRoot()}pagefind/`;
    const base = `${root}${locale}-0/`;
    let pf: Pagefind;
    if (offline()) {
      await loadScript(`${root}offline-${locale}.js`);
      pf = window.atlasPagefind!;
    } else {
      pf = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as Pagefind;
    }
    // Short records should not outrank the record of the thing itself (a country, a law) just for being short.
    const options = { baseUrl: '/', excerptLength: 24, ranking: { pageLength: 0.1 } };
    await pf.options({ basePath: base, ...options });
    await pf.init();
    for (let i = 1; i < shards; i++) await pf.mergeIndex(`${root}${locale}-${i}/`, options);
    await pf.filters(); // loads the filter index; without it, results carry no filter counts
    return pf;
  })();
  return engine;
}
