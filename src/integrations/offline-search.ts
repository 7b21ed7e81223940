import { closeSync, openSync, readFileSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { siteFiles } from '../lib/files.ts';

/** The packed engines for file://, one per language, as site paths. */
export const OFFLINE_ENGINE = /^pagefind\/offline-[a-z]+\.js$/;

/** Pagefind files the site does not use (we have our own search page). */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

/**
 * Packs Pagefind for file://, where module imports, workers and fetch are all refused: for each interface
 * language, offline-<locale>.js holds Pagefind's own code turned into a classic script and every index file
 * of that language's shards (pagefind/<locale>-<n>/), served to it by a local `fetch` that never touches the
 * network. Same engine, same index, same results as online. Returns the total size written.
 */
export async function packPagefindForFile(pagefindDir: string, locales: readonly string[]): Promise<number> {
  const shards = readdirSync(pagefindDir).sort();
  for (const shard of shards) for (const f of readdirSync(join(pagefindDir, shard))) if (UNUSED.test(f)) rmSync(join(pagefindDir, shard, f));
  let total = 0;
  for (const locale of locales) {
    const mine = shards.filter((s) => s.startsWith(`${locale}-`));
    const engine = await esbuild.transform(readFileSync(join(pagefindDir, `${locale}-0`, 'pagefind.js'), 'utf8'), {
      format: 'iife',
      globalName: '__pagefind',
      minify: true,
      logLevel: 'silent',
    });
    // Written piece by piece: at hundreds of countries the index is hundreds of megabytes.
    const fd = openSync(join(pagefindDir, `offline-${locale}.js`), 'w');
    const write = (text: string) => {
      writeSync(fd, text);
      total += Buffer.byteLength(text);
    };
    try {
      write('/* Pagefind packed for file:// by the Legislative Gap Atlas */\n(function () {\n  var FILES = {');
      let first = true;
      for (const { file, path } of siteFiles(pagefindDir)) {
        if (!mine.includes(path.split('/')[0]!) || /\/pagefind(-worker)?\.js$/.test(path)) continue;
        write(`${first ? '' : ','}${JSON.stringify(path)}:"${readFileSync(file).toString('base64')}"`);
        first = false;
      }
      write(`};
  var Worker = undefined;
  var fetch = function (input) {
    var u = String(input && input.url ? input.url : input).split('?')[0];
    var i = u.lastIndexOf('/pagefind/');
    var name = i >= 0 ? u.slice(i + 10) : u;
    var data = FILES[name];
    if (data === undefined) return Promise.resolve(new Response('', { status: 404 }));
    var bin = atob(data), bytes = new Uint8Array(bin.length);
    for (var k = 0; k < bin.length; k++) bytes[k] = bin.charCodeAt(k);
    return Promise.resolve(new Response(bytes));
  };
  ${engine.code}
  window.atlasPagefind = __pagefind;
})();
`);
    } finally {
      closeSync(fd);
    }
  }
  return total;
}
