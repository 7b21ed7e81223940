// npm run coverage: per country, what the content covers and what it does not.
import { contentDir } from '../src/lib/content/dir.ts';
import { loadAtlas } from '../src/lib/content/load.ts';
import { coverage, sortCountries } from '../src/lib/views.ts';

const { data, problems } = loadAtlas(contentDir());
if (problems.length > 0) console.warn(`(${problems.length} content problems: run npm run check)`);
const cols = ['country', 'laws', 'provisions', 'rated', 'not assessed', 'not applicable', 'not researched', 'requirements', 'sources', 'oldest review', 'missing translations'];
const rows = sortCountries(data.countries).map((c) => {
  const x = coverage(c.id, data);
  return [c.id, x.laws, x.provisions, x.rated, x.notAssessed, x.notApplicable, x.missing, x.requirements, x.sources, x.oldestReview ?? '—', x.missingTranslations].map(String);
});
const width = cols.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => `| ${r.map((v, i) => v.padEnd(width[i]!)).join(' | ')} |`;
console.log(line(cols));
console.log(`|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));

console.log('\nTexts that could not be found or read (from each country profile):');
for (const c of sortCountries(data.countries)) {
  for (const g of c.data.textsNotFound) console.log(`  ${c.id}: ${g.en ?? g.fr}`);
}
