import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDir } from '../../src/lib/content/dir.ts';
import { loadAtlas } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'atlas-bad-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The valid fixture with one case's files laid over it. */
function withCase(name: string): string {
  const dir = join(tmp, name);
  cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
  cpSync(join(FIXTURES, 'bad', name), dir, { recursive: true, filter: (src) => !src.endsWith('expected.txt') });
  return dir;
}

describe('content validator', () => {
  it('accepts the valid fixture with no problem', () => {
    const { problems, data } = loadAtlas(join(FIXTURES, 'valid'));
    expect(problems).toEqual([]);
    expect(data.assessments).toHaveLength(2);
  });

  it('accepts the real content in content/', () => {
    const { problems } = loadAtlas(contentDir());
    expect(problems.map(formatProblem)).toEqual([]);
  });

  const cases = readdirSync(join(FIXTURES, 'bad')).sort();
  it('has at least 15 kinds of bad content', () => expect(cases.length).toBeGreaterThanOrEqual(15));

  it.each(cases)('rejects bad content "%s" with the file, entry and field in the message', (name) => {
    const expected = readFileSync(join(FIXTURES, 'bad', name, 'expected.txt'), 'utf8').trim().split('\n');
    const { problems } = loadAtlas(withCase(name));
    expect(problems.map(formatProblem)).toEqual(expected);
  });
});
