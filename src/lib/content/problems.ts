/** A problem found in the content: which file, which entry, which field, and what is wrong. */
export interface Problem {
  file: string;
  entry: string;
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file} › ${p.entry} › ${p.field}: ${p.message}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  const n = problems.length;
  return [`${n} problem${n === 1 ? '' : 's'} in content/:`, ...problems.map((p) => `  - ${formatProblem(p)}`)].join('\n');
}

/** Turns a zod issue path into the dotted field name a person would look for: provisions[0].article. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : out ? `.${String(k)}` : String(k);
  return out || '(entry)';
}
