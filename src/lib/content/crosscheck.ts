import type { Assessment, Change, Country, Crosswalk, Instrument, Law, Ratification, Requirement } from '../../schemas/index.ts';
import type { Entry } from './read.ts';
import type { Problem } from './problems.ts';

/** All collections, validated, each entry with its file. */
export interface AtlasData {
  countries: Entry<Country>[];
  laws: Entry<Law>[];
  instruments: Entry<Instrument>[];
  requirements: Entry<Requirement>[];
  crosswalk: Entry<Crosswalk>[];
  ratifications: Entry<Ratification>[];
  assessments: Entry<Assessment>[];
  changes: Entry<Change>[];
}

const RATED_NEEDS_PROVISION = new Set(['compliant', 'largely-compliant', 'partially-compliant']);

/**
 * MDX bodies hold Markdown only: no raw HTML (which could carry scripts or styles) and no
 * import/export (which could pull in components). Structured data belongs in the frontmatter.
 */
function mdxBodyProblem(body: string | undefined): string | undefined {
  if (!body) return undefined;
  const code = body.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  if (/^\s*(import|export)\s/m.test(code)) return 'MDX import/export is not allowed in content: write Markdown only';
  const tag = /<\/?([a-zA-Z][\w-]*)[^>]*>|\{[^}]*\}/.exec(code);
  if (tag) return `raw HTML or JSX (${tag[0].slice(0, 40)}) is not allowed in content: write Markdown only`;
  return undefined;
}

/** The folder a country-owned entry lives in: content/countries/<cc>/… */
function folderOf(file: string): string {
  return file.split('/')[2] ?? '';
}

/**
 * Checks the references between collections and the rules of evidence that a
 * single schema cannot see. Returns every problem found; never throws.
 */
export function crossCheck(d: AtlasData, invalid: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const add = (e: { file: string; id: string }, field: string, message: string) =>
    problems.push({ file: e.file, entry: e.id, field, message });

  for (const list of Object.values(d) as Entry<unknown>[][]) {
    const seen = new Map<string, Entry<unknown>>();
    for (const e of list) {
      const first = seen.get(e.id);
      if (first) add(e, 'id', `duplicate id "${e.id}" (already defined in ${first.file})`);
      else seen.set(e.id, e);
    }
  }

  const countries = new Set(d.countries.map((c) => c.id));
  const instruments = new Set(d.instruments.map((i) => i.id));
  const requirements = new Set(d.requirements.map((r) => r.id));
  const groups = new Set(d.crosswalk.map((g) => g.id));
  const laws = new Map(d.laws.map((l) => [l.id, l]));

  const checkCitation = (e: Entry<unknown>, field: string, c: { law: string; article: string }) => {
    if (invalid.has(c.law)) return; // already reported where it is defined
    const law = laws.get(c.law);
    const [cc, slug] = c.law.split('/');
    if (!law) {
      add(e, `${field}.law`, `unknown law "${c.law}": content/countries/${cc}/laws/${slug}.mdx does not exist`);
    } else if (!law.data.provisions.some((p) => p.article === c.article)) {
      add(e, `${field}.article`, `article "${c.article}" is not among the provisions of law ${c.law} (${law.file})`);
    }
  };
  const checkCountry = (e: Entry<unknown>, field: string) => {
    const cc = folderOf(e.file);
    if (!countries.has(cc) && !invalid.has(cc)) add(e, field, `unknown country "${cc}": content/countries/${cc}/index.mdx does not exist`);
  };

  for (const e of [...d.countries, ...d.laws, ...d.instruments] as Entry<unknown>[]) {
    const bad = mdxBodyProblem(e.body);
    if (bad) add(e, '(body)', bad);
  }

  for (const c of d.countries) {
    if (c.data.code.toLowerCase() !== c.id) add(c, 'code', `code "${c.data.code}" does not match the folder "${c.id}"`);
    c.data.playbook.forEach((p, i) => {
      p.basis.forEach((b, j) => checkCitation(c, `playbook[${i}].basis[${j}]`, b));
      if (p.basis.length > 0 && p.sources.length === 0) add(c, `playbook[${i}].sources`, 'a playbook entry with a legal basis needs a source');
    });
  }

  for (const l of d.laws) {
    if (l.data.country !== folderOf(l.file)) add(l, 'country', `country "${l.data.country}" does not match the folder "${folderOf(l.file)}"`);
    checkCountry(l, 'country');
    l.data.amendedBy.forEach((id, i) => {
      if (!laws.has(id) && !invalid.has(id)) add(l, `amendedBy[${i}]`, `amended by "${id}", a law that does not exist`);
    });
    if (l.data.repealedBy !== undefined && !laws.has(l.data.repealedBy) && !invalid.has(l.data.repealedBy)) add(l, 'repealedBy', `repealed by "${l.data.repealedBy}", a law that does not exist`);
    if (l.data.status === 'repealed' && l.data.repealedBy === undefined) add(l, 'repealedBy', 'status is repealed but the repealing text is not named');
    l.data.amends.forEach((id, i) => {
      if (!laws.has(id) && !invalid.has(id)) add(l, `amends[${i}]`, `amends "${id}", a law that does not exist`);
    });
    const articles = new Set<string>();
    l.data.provisions.forEach((p, i) => {
      if (articles.has(p.article)) add(l, `provisions[${i}].article`, `article "${p.article}" is listed twice`);
      articles.add(p.article);
    });
  }

  for (const r of d.requirements) {
    if (!instruments.has(r.data.instrument)) add(r, 'instrument', `unknown instrument "${r.data.instrument}"`);
    if (r.data.crosswalk !== undefined && !groups.has(r.data.crosswalk)) add(r, 'crosswalk', `unknown crosswalk group "${r.data.crosswalk}" (see content/crosswalk.yaml)`);
  }

  for (const r of d.ratifications) {
    checkCountry(r, 'country');
    if (!instruments.has(r.data.instrument)) add(r, 'instrument', `unknown instrument "${r.data.instrument}"`);
    if (r.data.status === 'unknown' && r.data.note === undefined) add(r, 'note', 'status unknown needs a note saying what was searched');
    if (r.data.status !== 'unknown' && r.data.sources.length === 0) add(r, 'sources', `status "${r.data.status}" needs a source`);
  }

  for (const a of d.assessments) {
    const x = a.data;
    checkCountry(a, 'country');
    if (!requirements.has(x.requirement)) add(a, 'requirement', `unknown requirement "${x.requirement}"`);
    x.provisions.forEach((c, i) => {
      checkCitation(a, `provisions[${i}]`, c);
      if (laws.has(c.law) && !c.law.startsWith(`${folderOf(a.file)}/`)) add(a, `provisions[${i}].law`, `law "${c.law}" belongs to another country`);
    });
    if (RATED_NEEDS_PROVISION.has(x.rating) && x.provisions.length === 0) add(a, 'provisions', `a rating of ${x.rating} must cite at least one provision`);
    if (x.rating === 'non-compliant' && x.rationale === undefined) add(a, 'rationale', 'a non-compliant rating must say what is missing');
    if (x.rating === 'not-assessed' && x.rationale === undefined) add(a, 'rationale', 'not-assessed must say what was searched and why it could not be settled');
    if (x.rating !== 'not-assessed' && x.sources.length === 0) add(a, 'sources', `a rating of ${x.rating} needs at least one source`);
    for (const [i, h] of x.history.entries()) {
      if (h.date > x.reviewed) add(a, `history[${i}].date`, `earlier rating dated ${h.date}, after the review date ${x.reviewed}`);
    }
  }
  for (const ch of d.changes) {
    ch.data.countries.forEach((cc, i) => {
      if (!countries.has(cc) && !invalid.has(cc)) add(ch, `countries[${i}]`, `unknown country "${cc}"`);
    });
    ch.data.laws.forEach((id, i) => {
      if (!laws.has(id)) add(ch, `laws[${i}]`, `unknown law "${id}"`);
    });
    ch.data.requirements.forEach((id, i) => {
      if (!requirements.has(id)) add(ch, `requirements[${i}]`, `unknown requirement "${id}"`);
    });
  }
  return problems;
}
