// @ts-check
import { createHash } from 'node:crypto';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { clientScripts } from './src/integrations/client-scripts.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { offlineBundle } from './src/integrations/offline-bundle.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';

// Astro caches content by entry id; a build from another content folder (tests' fixture sites) gets its own cache.
const content = process.env.ATLAS_CONTENT;
const cacheDir = process.env.ATLAS_CACHE_DIR ?? (content ? `./node_modules/.astro-${createHash('sha256').update(content).digest('hex').slice(0, 12)}` : './node_modules/.astro');

export default defineConfig({
  cacheDir,
  ...(process.env.ATLAS_SITE ? { site: process.env.ATLAS_SITE } : {}),
  output: 'static',
  trailingSlash: 'always',
  // Stylesheets as files, never inlined: the Content-Security-Policy allows no inline style.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
  // Order matters at build:done: the search index moves into dist/ before the zip, the service worker lists the files last.
  integrations: [contentCheck(), clientScripts(), pagefindIndex(), offlineBundle(), serviceWorker()],
  devToolbar: { enabled: false },
});
