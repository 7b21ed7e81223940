import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { CORE_SCHEMA, YAMLException, load } from 'js-yaml';
import { COLLECTIONS, entryId, type CollectionName } from '../../schemas/index.ts';
import { fieldPath, type Problem } from './problems.ts';

/** One entry as read from disk, before validation. `file` is relative to the project root. */
export interface RawEntry {
  id: string;
  file: string;
  data: Record<string, unknown>;
  body?: string | undefined;
}

/** YAML 1.2 core schema: dates stay strings, `yes`/`no` stay words (js-yaml: about ten times faster than `yaml` on large content). */
const parseYaml = (text: string): unknown => load(text, { schema: CORE_SCHEMA });

/** A parse error as one line: "what went wrong at line L, column C". */
function syntaxMessage(e: unknown): string {
  if (e instanceof YAMLException) return e.mark ? `${e.reason} at line ${e.mark.line + 1}, column ${e.mark.column + 1}` : e.reason;
  return e instanceof Error ? e.message.split('\n')[0]!.replace(/:$/, '') : String(e);
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Reads every file of one collection; files that cannot be parsed become problems. */
export function readRaw(contentDir: string, collection: CollectionName, problems: Problem[]): RawEntry[] {
  const spec = COLLECTIONS[collection];
  const files = globSync(spec.pattern, { cwd: contentDir }).sort();
  const out: RawEntry[] = [];
  for (const rel of files) {
    const file = `content/${rel}`;
    const text = readFileSync(join(contentDir, rel), 'utf8');
    try {
      if (spec.shape === 'entry') {
        const m = FRONTMATTER.exec(text);
        if (!m) throw new Error('expected YAML frontmatter between two "---" lines at the top of the file');
        const data = parseYaml(m[1] ?? '') ?? {};
        if (typeof data !== 'object' || Array.isArray(data)) throw new Error('frontmatter must be a set of fields');
        const fields = data as Record<string, unknown>;
        out.push({ id: entryId(collection, rel, fields), file, data: fields, body: m[2] ?? '' });
      } else {
        const list = parseYaml(text) ?? [];
        if (!Array.isArray(list)) throw new Error('expected a YAML list of entries (lines starting with "- ")');
        list.forEach((data: unknown, i: number) => {
          if (typeof data !== 'object' || data === null || Array.isArray(data)) {
            problems.push({ file, entry: `item ${i + 1}`, field: '(entry)', message: 'expected a set of fields' });
            return;
          }
          out.push({ id: entryId(collection, rel, data as Record<string, unknown>), file, data: data as Record<string, unknown> });
        });
      }
    } catch (e) {
      problems.push({ file, entry: '(file)', field: '(syntax)', message: syntaxMessage(e) });
    }
  }
  return out;
}

/** Validates raw entries against the collection's schema; each zod issue becomes a problem naming the field. */
export function validate<T>(collection: CollectionName, raw: RawEntry[], problems: Problem[], invalid?: Set<string>): Entry<T>[] {
  const schema = COLLECTIONS[collection].schema;
  const out: Entry<T>[] = [];
  for (const r of raw) {
    const res = schema.safeParse(r.data);
    if (res.success) {
      out.push({ id: r.id, file: r.file, data: res.data as T, body: r.body });
      continue;
    }
    invalid?.add(r.id);
    for (const issue of res.error.issues) {
      problems.push({ file: r.file, entry: r.id, field: issueField(issue), message: issueMessage(issue, valueAt(r.data, issue.path)) });
    }
  }
  return out;
}

export interface Entry<T> {
  id: string;
  file: string;
  data: T;
  body?: string | undefined;
}

type Issue = { path: readonly PropertyKey[]; message: string; code: string; keys?: readonly string[]; values?: readonly unknown[] };

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

function issueField(issue: Issue): string {
  const base = fieldPath(issue.path);
  if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
    return issue.keys.map((k) => (base === '(entry)' ? k : `${base}.${k}`)).join(', ');
  }
  return base;
}

function issueMessage(issue: Issue, found: unknown): string {
  if (issue.code === 'unrecognized_keys') return 'unknown field (check its spelling against src/schemas/)';
  if (found === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return 'required field is missing';
  if (issue.code === 'invalid_value' && issue.values) return `expected one of ${issue.values.join(', ')}, found ${JSON.stringify(found)}`;
  return issue.message;
}
