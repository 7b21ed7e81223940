import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as esbuild from 'esbuild';

/** One TypeScript entry compiled to a minified classic script (IIFE); `define` sets compile-time constants. */
export async function compileClassicScript(entry: string, define: Record<string, string> = {}): Promise<string> {
  const r = await esbuild.build({ entryPoints: [entry], bundle: true, format: 'iife', minify: true, target: 'es2022', write: false, legalComments: 'none', define });
  return r.outputFiles[0]!.text;
}

/**
 * Client behaviour is written in TypeScript under src/client/ and shipped as classic scripts
 * (IIFE) under /_client/: module scripts are refused on file://, classic ones are not,
 * so the same files serve the online site and the offline bundle.
 */
export function clientScripts(): AstroIntegration {
  let srcDir = '';
  const compile = (name: string) => compileClassicScript(join(srcDir, `${name}.ts`));
  const entries = () => readdirSync(srcDir).filter((f) => f.endsWith('.ts') && !f.startsWith('_')).map((f) => f.slice(0, -3));
  return {
    name: 'atlas-client-scripts',
    hooks: {
      'astro:config:done': ({ config }) => {
        srcDir = fileURLToPath(new URL('./src/client/', config.root));
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          const m = /\/_client\/([\w-]+)\.js$/.exec(req.url ?? '');
          if (!m) return next();
          res.setHeader('Content-Type', 'text/javascript');
          res.end(await compile(m[1]!));
        });
      },
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(new URL('./_client/', dir));
        mkdirSync(out, { recursive: true });
        for (const name of entries()) writeFileSync(join(out, `${name}.js`), await compile(name));
      },
    },
  };
}
