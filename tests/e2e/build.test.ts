// The build itself: it stops on bad content, and two clean builds of the same content give the same bytes.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDir } from '../../src/lib/content/dir.ts';
import { walkFiles } from '../../src/lib/files.ts';

const ROOT = join(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'atlas-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function build(content: string, out: string, cache: string) {
  return spawnSync('npx', ['astro', 'build', '--outDir', out], {
    cwd: ROOT,
    env: { ...process.env, ATLAS_CONTENT: content, ATLAS_CACHE_DIR: cache },
    encoding: 'utf8',
  });
}

function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(walkFiles(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

describe('the build', () => {
  it('stops on bad content and names the file, entry and field', () => {
    const content = join(tmp, 'bad');
    cpSync(join(ROOT, 'tests/fixtures/valid'), content, { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/bad/unknown-article'), content, { recursive: true, filter: (s) => !s.endsWith('expected.txt') });
    const r = build(content, join(tmp, 'bad-out'), join(tmp, 'bad-cache'));
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('content/countries/xx/assessments.yaml › xx/conv-art-1 › provisions[0].article: article "431-8" is not among the provisions of law xx/loi-2020-01');
  }, 120_000);

  it('gives byte-identical output, offline zip included, for two clean builds of the same content', () => {
    const content = contentDir(ROOT);
    const a = build(content, join(tmp, 'a'), join(tmp, 'cache-a'));
    expect(a.status, a.stderr).toBe(0);
    const b = build(content, join(tmp, 'b'), join(tmp, 'cache-b'));
    expect(b.status, b.stderr).toBe(0);
    const ha = hashes(join(tmp, 'a'));
    const hb = hashes(join(tmp, 'b'));
    expect(Object.keys(ha).some((f) => f.startsWith('download/') && f.endsWith('.zip'))).toBe(true);
    const differing = Object.keys({ ...ha, ...hb }).filter((f) => ha[f] !== hb[f]);
    expect(differing).toEqual([]);
  }, 300_000);
});

describe('the build hook', () => {
  const bad = readdirSync(join(ROOT, 'tests/fixtures/bad')).sort();
  it.each(bad)('stops the build on bad content "%s" with the validator\'s message', async (name) => {
    const { contentCheck } = await import('../../src/integrations/content-check.ts');
    const content = join(tmp, `hook-${name}`);
    cpSync(join(ROOT, 'tests/fixtures/valid'), content, { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/bad', name), content, { recursive: true, filter: (s) => !s.endsWith('expected.txt') });
    const expected = readFileSync(join(ROOT, 'tests/fixtures/bad', name, 'expected.txt'), 'utf8').trim().split('\n');
    const hook = contentCheck().hooks['astro:config:setup'] as (o: unknown) => void;
    const saved = process.env.ATLAS_CONTENT;
    process.env.ATLAS_CONTENT = content;
    try {
      expect(() => hook({ config: { root: pathToFileURL(`${ROOT}/`) }, command: 'build', logger: { error: () => {} } })).toThrow(expected[0]!);
    } finally {
      if (saved === undefined) delete process.env.ATLAS_CONTENT;
      else process.env.ATLAS_CONTENT = saved;
    }
  });
});
