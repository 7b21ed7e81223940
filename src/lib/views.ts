// Pure joins over the content: no Astro, no I/O. Unit-tested in tests/unit/views.test.ts.
import { slug } from 'github-slugger';
import type { AtlasData } from './content/crosscheck.ts';
import type { Entry } from './content/read.ts';
import { RATINGS, THEMES, type Rating, type Theme } from '../schemas/common.ts';
import type { Assessment, Country, Law, Ratification, Requirement } from '../schemas/index.ts';

export type { AtlasData, Entry };

/** The anchor of an article on its law page: "431-8" → "art-431-8", "87 bis" → "art-87-bis". */
export function articleAnchor(article: string): string {
  return `art-${slug(article)}`;
}

/** Key of the assessment of `cc` against `requirement`. */
export const assessmentKey = (cc: string, requirement: string) => `${cc}/${requirement}`;

export function byId<T>(list: Entry<T>[]): Map<string, Entry<T>> {
  return new Map(list.map((e) => [e.id, e]));
}

export function groupBy<T, K>(list: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const x of list) {
    const k = key(x);
    const arr = m.get(k);
    if (arr) arr.push(x);
    else m.set(k, [x]);
  }
  return m;
}

/** The country code a country-owned entry belongs to (ids are "cc/…"). */
export const countryOf = (id: string) => id.split('/')[0] ?? '';

/** Requirements sharing the crosswalk group of `req`, other than itself. */
export function equivalents(req: Requirement, all: readonly Entry<Requirement>[]): Entry<Requirement>[] {
  if (req.crosswalk === undefined) return [];
  return all.filter((r) => r.data.crosswalk === req.crosswalk && r.data.id !== req.id);
}

/** For each law and article, the assessments that cite it: the reverse links shown on a law page. */
export function citationsIndex(assessments: readonly Entry<Assessment>[]): Map<string, Entry<Assessment>[]> {
  const m = new Map<string, Entry<Assessment>[]>();
  for (const a of assessments) {
    for (const c of a.data.provisions) {
      const k = `${c.law}#${c.article}`;
      const arr = m.get(k) ?? [];
      if (!arr.includes(a)) arr.push(a);
      m.set(k, arr);
    }
  }
  return m;
}

/** Ratings counted per theme, the basis of a country's preparedness profile. Missing assessments count as not assessed. */
export interface ThemeProfile {
  theme: Theme;
  total: number;
  counts: Record<Rating, number>;
  /** Share of rated requirements (excluding not applicable and not assessed) met at least partially, weighted 1 / 0.67 / 0.33 / 0; null when nothing is rated. */
  score: number | null;
}

const WEIGHT: Partial<Record<Rating, number>> = {
  compliant: 1,
  'largely-compliant': 2 / 3,
  'partially-compliant': 1 / 3,
  'non-compliant': 0,
};

export function emptyCounts(): Record<Rating, number> {
  return Object.fromEntries(RATINGS.map((r) => [r, 0])) as Record<Rating, number>;
}

/** Computes a country's preparedness profile by theme from its ratings (never typed by hand). */
export function themeProfile(cc: string, requirements: readonly Entry<Requirement>[], assessments: Map<string, Entry<Assessment>>): ThemeProfile[] {
  return THEMES.map((theme) => {
    const reqs = requirements.filter((r) => r.data.theme === theme);
    const counts = emptyCounts();
    let sum = 0;
    let rated = 0;
    for (const r of reqs) {
      const rating = assessments.get(assessmentKey(cc, r.data.id))?.data.rating ?? 'not-assessed';
      counts[rating] += 1;
      const w = WEIGHT[rating];
      if (w !== undefined) {
        sum += w;
        rated += 1;
      }
    }
    return { theme, total: reqs.length, counts, score: rated === 0 ? null : sum / rated };
  });
}

/** Coverage of one country: what is rated, what is not, and the oldest review date. */
export interface Coverage {
  country: string;
  laws: number;
  provisions: number;
  rated: number;
  notAssessed: number;
  notApplicable: number;
  missing: number;
  requirements: number;
  sources: number;
  oldestReview: string | null;
  missingTranslations: number;
}

export function coverage(cc: string, d: AtlasData): Coverage {
  const laws = d.laws.filter((l) => l.data.country === cc);
  const mine = d.assessments.filter((a) => countryOf(a.id) === cc);
  const country = d.countries.find((c) => c.id === cc);
  const sources = new Set<string>();
  const dates: string[] = [];
  let missingTranslations = 0;
  const countText = (t: { en?: string | undefined; fr?: string | undefined } | undefined) => {
    if (t && (t.en === undefined || t.fr === undefined)) missingTranslations += 1;
  };
  if (country) {
    country.data.sources.forEach((s) => sources.add(s));
    dates.push(country.data.reviewed);
    countText(country.data.summary);
  }
  for (const l of laws) {
    sources.add(l.data.source);
    l.data.sources.forEach((s) => sources.add(s));
    for (const p of l.data.provisions) {
      p.excerpts.forEach((e) => sources.add(e.source));
      countText(p.summary);
    }
  }
  for (const a of mine) {
    a.data.sources.forEach((s) => sources.add(s));
    dates.push(a.data.reviewed);
    countText(a.data.rationale);
    countText(a.data.recommendation);
  }
  const byRating = groupBy(mine, (a) => a.data.rating);
  const n = (r: Rating) => byRating.get(r)?.length ?? 0;
  const known = new Set(d.requirements.map((r) => r.data.id));
  const assessedKnown = mine.filter((a) => known.has(a.data.requirement)).length;
  return {
    country: cc,
    laws: laws.length,
    provisions: laws.reduce((s, l) => s + l.data.provisions.length, 0),
    rated: mine.length - n('not-assessed') - n('not-applicable'),
    notAssessed: n('not-assessed'),
    notApplicable: n('not-applicable'),
    missing: d.requirements.length - assessedKnown,
    requirements: d.requirements.length,
    sources: sources.size,
    oldestReview: dates.length ? dates.sort()[0]! : null,
    missingTranslations,
  };
}

/** Whether an instrument binds a country, from its ratification entry and the instrument's nature. */
export function isBinding(binding: string, ratification: Ratification | undefined): boolean | null {
  if (binding === 'non-binding') return false;
  if (binding === 'un-member-states') return true;
  if (!ratification || ratification.status === 'unknown') return null;
  return ratification.status === 'party' || ratification.status === 'member';
}

/** Laws of a country, codes and main texts first, then by number. */
export function sortLaws(laws: Entry<Law>[]): Entry<Law>[] {
  return [...laws].sort((a, b) => (a.data.adopted ?? a.data.published ?? '9999').localeCompare(b.data.adopted ?? b.data.published ?? '9999') || a.id.localeCompare(b.id));
}

const FRENCH = new Intl.Collator('fr');
const NUMERIC = new Intl.Collator('en', { numeric: true });

/** Countries in the order of their French names. */
export function sortCountries(list: Entry<Country>[]): Entry<Country>[] {
  return [...list].sort((a, b) => FRENCH.compare(a.data.names.fr, b.data.names.fr));
}

/** Every lookup the pages need, built once from the content. */
export function indexAtlas(input: AtlasData) {
  const order = new Map(input.instruments.map((i) => [i.id, i.data.order]));
  // Requirements in reading order: instrument order, then article number read as a number (Art. 2 before Art. 10).
  const requirements = [...input.requirements].sort(
    (a, b) => (order.get(a.data.instrument) ?? 999) - (order.get(b.data.instrument) ?? 999) || NUMERIC.compare(a.data.number, b.data.number),
  );
  const d: AtlasData = { ...input, requirements };
  const assessments = byId(d.assessments);
  return {
    data: d,
    countries: sortCountries(d.countries),
    country: byId(d.countries),
    law: byId(d.laws),
    instrument: byId(d.instruments),
    instruments: [...d.instruments].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
    requirement: byId(d.requirements),
    crosswalk: byId(d.crosswalk),
    assessments,
    ratification: byId(d.ratifications),
    lawsByCountry: groupBy(d.laws, (l) => l.data.country),
    requirementsByInstrument: groupBy(d.requirements, (r) => r.data.instrument),
    citations: citationsIndex(d.assessments),
  };
}
export type Atlas = ReturnType<typeof indexAtlas>;

/** A country's assessments of the crosswalk equivalents of a requirement: one provision assessed once shows against all. */
export function viaEquivalents(atlas: Atlas, cc: string, req: Requirement): { requirement: Entry<Requirement>; assessment: Entry<Assessment> }[] {
  return equivalents(req, atlas.data.requirements).flatMap((r) => {
    const a = atlas.assessments.get(assessmentKey(cc, r.data.id));
    return a && a.data.rating !== 'not-assessed' ? [{ requirement: r, assessment: a }] : [];
  });
}

/** One row of the matrix: a requirement and each country's rating (undefined: not yet researched). */
export function matrixRows(atlas: Atlas, requirements: readonly Entry<Requirement>[]) {
  return requirements.map((r) => ({
    requirement: r,
    cells: atlas.countries.map((c) => ({ country: c.id, assessment: atlas.assessments.get(assessmentKey(c.id, r.data.id)) })),
  }));
}
