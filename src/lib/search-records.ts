// The search index is built from the typed content, one record per thing a reader looks for:
// provision, law, requirement, country, instrument; assessments come grouped by country, theme and rating,
// one small HTML document each whose headings are the assessments, so Pagefind returns each matching
// assessment as a sub-result with its own link. Pure: tested without Astro.
import { colon, pick, t, type Locale } from '../i18n/index.ts';
import { arabicIndexTerms } from './arabic.ts';
import type { Rating, Theme } from '../schemas/common.ts';
import { articleAnchor, type Atlas } from './views.ts';

export const FILTERS = ['kind', 'country', 'instrument', 'theme', 'rating', 'lang'] as const;
export type FilterKey = (typeof FILTERS)[number];
export const KINDS = ['provision', 'law', 'requirement', 'assessment', 'country', 'instrument'] as const;

/** A record given to Pagefind as data. */
export interface CustomRecord {
  url: string;
  content: string;
  language: Locale;
  meta: { title: string; kind: string; country?: string };
  filters: Partial<Record<FilterKey, string[]>>;
}
/** A record given to Pagefind as an HTML document: its headings with an id become sub-results (url#id). */
export interface HtmlRecord {
  url: string;
  html: string;
}
export type SearchRecord = CustomRecord | HtmlRecord;

/** Which records to make: those of some countries, and (general) those of no country. All by default. */
export interface RecordScope {
  countries?: ReadonlySet<string>;
  general?: boolean;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Ways a reader writes an article reference: "art. 431-8", "article 431-8", "431-8", "art 87 bis". */
export function articleForms(article: string): string {
  const compact = article.replace(/\s+/g, '');
  return [`art. ${article}`, `article ${article}`, `art ${article}`, `article ${compact}`, compact].join(' · ');
}

/** Pagefind ranks by term frequency: the identifying words of a record's own subject are repeated. */
const boost = (s: string) => [s, s, s].join(' · ');
const text = (locale: Locale, x: { en?: string | undefined; fr?: string | undefined } | undefined) => pick(locale, x)?.text ?? '';
const both = (x: { en?: string | undefined; fr?: string | undefined } | undefined) => [x?.fr, x?.en].filter(Boolean).join(' · ');

export function searchRecords(a: Atlas, locale: Locale, url: (locale: Locale, ...parts: string[]) => string, scope: RecordScope = {}): SearchRecord[] {
  const records: SearchRecord[] = [];
  const push = (r: CustomRecord) => records.push({ ...r, content: `${r.content}\n${arabicIndexTerms(r.content)}` });
  const mine = (cc: string) => scope.countries?.has(cc) ?? true;
  const general = scope.general ?? true;
  const instName = (id: string) => {
    const i = a.instrument.get(id);
    return i ? (pick(locale, i.data.shortName)?.text ?? id) : id;
  };

  for (const c of a.countries) {
    if (!mine(c.id)) continue;
    push({
      url: url(locale, 'countries', c.id),
      language: locale,
      meta: { title: c.data.names[locale], kind: t(locale, 'search.kind.country'), country: c.data.names[locale] },
      filters: { kind: ['country'], country: [c.id], lang: [locale] },
      // Names repeated: a country's own record should outrank the many records that mention it.
      content: [boost(`${c.data.names.en} ${c.data.names.fr} ${c.data.names.ar}`), text(locale, c.data.summary), ...c.data.institutions.map((i) => `${t(locale, `institution.${i.kind}`)}: ${i.name} ${i.basis ?? ''}`)].join('\n'),
    });
  }

  for (const l of a.data.laws) {
    const L = l.data;
    if (!mine(L.country)) continue;
    const cname = a.country.get(L.country)?.data.names[locale] ?? L.country;
    const lawUrl = url(locale, 'laws', l.id);
    push({
      url: lawUrl,
      language: locale,
      meta: { title: `${L.title.text}`, kind: t(locale, 'search.kind.law'), country: cname },
      filters: { kind: ['law'], country: [L.country], lang: [L.title.lang] },
      content: [L.title.text, both(L.workingTitle), L.number ? boost(`n° ${L.number}`) : '', L.journal ?? '', t(locale, `lawType.${L.type}`), cname].join('\n'),
    });
    for (const p of L.provisions) {
      const citing = a.citations.get(`${l.id}#${p.article}`) ?? [];
      const reqs = citing.map((x) => a.requirement.get(x.data.requirement)).filter((r) => r !== undefined);
      push({
        url: `${lawUrl}#${articleAnchor(p.article)}`,
        language: locale,
        meta: { title: `${t(locale, 'law.article', { n: p.article })} · ${L.number ? `${t(locale, 'search.lawNo')} ${L.number}` : (pick(locale, L.workingTitle)?.text ?? L.title.text)}`, kind: t(locale, 'search.kind.provision'), country: cname },
        filters: {
          kind: ['provision'],
          country: [L.country],
          lang: [...new Set(p.excerpts.map((e) => e.lang))],
          instrument: [...new Set(reqs.map((r) => r.data.instrument))],
          theme: [...new Set(reqs.map((r) => r.data.theme))],
        },
        content: [articleForms(p.article), p.heading ?? '', ...p.excerpts.map((e) => e.text), text(locale, p.summary), L.title.text, L.number ?? '', cname].join('\n'),
      });
    }
  }

  for (const r of a.data.requirements) {
    const R = r.data;
    if (!general) break;
    push({
      url: url(locale, 'requirements', r.id),
      language: locale,
      meta: { title: `${instName(R.instrument)} ${R.number}${colon(locale)}${text(locale, R.heading)}`, kind: t(locale, 'search.kind.requirement') },
      filters: { kind: ['requirement'], instrument: [R.instrument], theme: [R.theme], lang: [locale] },
      content: [R.number, articleForms(R.number.replace(/^Art\.\s*/, '')), both(R.heading), both(R.paraphrase), instName(R.instrument)].join('\n'),
    });
  }

  // Assessments: one document per country, theme and rating (so each filter stays exact), one heading per assessment.
  const groups = new Map<string, { cc: string; theme: Theme; rating: Rating; items: { x: Atlas['data']['assessments'][number]; R: NonNullable<ReturnType<Atlas['requirement']['get']>>['data'] }[] }>();
  const countries = a.countries.filter((c) => mine(c.id));
  for (const r of a.data.requirements) {
    for (const c of countries) {
      const x = a.assessments.get(`${c.id}/${r.id}`);
      if (!x) continue;
      const key = `${c.id}|${r.data.theme}|${x.data.rating}`;
      const g = groups.get(key) ?? { cc: c.id, theme: r.data.theme, rating: x.data.rating, items: [] };
      g.items.push({ x, R: r.data });
      groups.set(key, g);
    }
  }
  for (const g of [...groups.values()].sort((p, q) => p.cc.localeCompare(q.cc))) {
    const cname = a.country.get(g.cc)?.data.names[locale] ?? g.cc;
    const title = `${cname} · ${t(locale, `theme.${g.theme}`)} · ${t(locale, `rating.${g.rating}`)}`;
    const span = (attr: string, v: string) => `<span ${attr}="${escapeHtml(v)}"></span>`;
    const items = g.items.map(({ x, R }) => {
      const heading = `${instName(R.instrument)} ${R.number}${colon(locale)}${text(locale, R.heading)}`;
      // The provisions it rests on, as readers write them ("2008-11 art. 431-8"), so an article number finds the assessments citing it.
      const cites = x.data.provisions.map((c) => `${a.law.get(c.law)?.data.number ?? c.law} art. ${c.article}`);
      const body = [text(locale, x.data.rationale), text(locale, x.data.recommendation), ...cites].filter(Boolean).join(' ');
      // Plain weights (Pagefind weighs headings up to 7×): a group of assessments should not outrank the requirement or provision itself.
      return `<h2 id="req-${escapeHtml(R.id)}" data-pagefind-weight="1">${escapeHtml(heading)}</h2>${span('data-pagefind-filter', `instrument:${R.instrument}`)}<p data-pagefind-weight="0.3">${escapeHtml(body)} ${escapeHtml(arabicIndexTerms(body))}</p>`;
    });
    records.push({
      // Pagefind keeps one record per URL: the group's own link is its first assessment (sub-results drop this hash).
      url: `${url(locale, 'countries', g.cc)}#req-${g.items[0]!.R.id}`,
      html: `<html lang="${locale}"><body>${[
        span('data-pagefind-meta', `kind:${t(locale, 'search.kind.assessment')}`),
        span('data-pagefind-meta', `country:${cname}`),
        ...[['kind', 'assessment'], ['country', g.cc], ['theme', g.theme], ['rating', g.rating], ['lang', locale]].map(([k, v]) => span('data-pagefind-filter', `${k}:${v}`)),
        `<h1 data-pagefind-weight="1">${escapeHtml(title)}</h1>`,
        ...items,
      ].join('')}</body></html>`,
    });
  }

  for (const i of a.instruments) {
    if (!general) break;
    push({
      url: url(locale, 'instruments', i.id),
      language: locale,
      meta: { title: pick(locale, i.data.name)?.text ?? i.id, kind: t(locale, 'search.kind.instrument') },
      filters: { kind: ['instrument'], instrument: [i.id], lang: [locale] },
      content: [both(i.data.name), boost(both(i.data.shortName)), i.data.reference ?? '', i.data.body].join('\n'),
    });
  }
  return records;
}
