import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as esbuild from 'esbuild';
import { walkFiles } from '../lib/files.ts';

/** Pagefind files the site does not use (we have our own search page). */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;


/**
 * Packs Pagefind for file://, where module imports, workers and fetch are all refused:
 * Pagefind's own code is turned into a classic script, and every index file it would fetch
 * is embedded, served to it by a local `fetch` that never touches the network. Same engine,
 * same index, same results as online. Writes <pagefindDir>/offline.js; returns its size.
 */
export async function packPagefindForFile(pagefindDir: string): Promise<number> {
  for (const f of readdirSync(pagefindDir)) if (UNUSED.test(f)) rmSync(join(pagefindDir, f));
  const engine = await esbuild.transform(readFileSync(join(pagefindDir, 'pagefind.js'), 'utf8'), {
    format: 'iife',
    globalName: '__pagefind',
    minify: true,
    logLevel: 'silent',
  });
  const files: Record<string, string> = {};
  for (const file of walkFiles(pagefindDir)) {
    const name = relative(pagefindDir, file).split('\\').join('/');
    if (/^(pagefind(-worker)?\.js|offline\.js)$/.test(name)) continue;
    files[name] = readFileSync(file).toString('base64');
  }
  const script = `/* Pagefind packed for file:// by the Legislative Gap Atlas */
(function () {
  var FILES = ${JSON.stringify(files)};
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
`;
  writeFileSync(join(pagefindDir, 'offline.js'), script);
  return Buffer.byteLength(script);
}
