import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `dir`, in a stable (sorted) order, so that what is built from them repeats byte for byte. */
export function walkFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walkFiles(join(dir, f)) : [join(dir, f)]));
}
