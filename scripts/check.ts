// npm run check: validates every content file and cross-reference; lists all problems, exits 1 if any.
import { loadAtlas } from '../src/lib/content/load.ts';
import { contentDir } from '../src/lib/content/dir.ts';
import { formatProblems } from '../src/lib/content/problems.ts';

const dir = process.argv[2] ?? contentDir();
const { data, problems } = loadAtlas(dir);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const n = Object.entries(data).map(([k, v]) => `${v.length} ${k}`).join(', ');
console.log(`content OK: ${n}`);
