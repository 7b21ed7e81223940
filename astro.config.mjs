// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { contentCheck } from './src/integrations/content-check.ts';

export default defineConfig({
  ...(process.env.ATLAS_SITE ? { site: process.env.ATLAS_SITE } : {}),
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
  integrations: [contentCheck(), mdx()],
  devToolbar: { enabled: false },
});
