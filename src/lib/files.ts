import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file below `dir`, in a stable (sorted) order, so that what is built from them repeats byte for byte. */
export function walkFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walkFiles(join(dir, f)) : [join(dir, f)]));
}

/** The same files as paths relative to `dir`, with forward slashes ("fr/laws/sn/x/index.html"), each with its full path. */
export function siteFiles(dir: string): { file: string; path: string }[] {
  return walkFiles(dir).map((file) => ({ file, path: relative(dir, file).split(sep).join('/') }));
}
