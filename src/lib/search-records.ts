// The search index is built from the typed content, one record per thing a reader looks for:
// provision, law, requirement, assessment, country, instrument. Pure: tested without Astro.
import { colon, pick, t, type Locale } from '../i18n/index.ts';
import { arabicIndexTerms } from './arabic.ts';
import { articleAnchor, countryOf, type Atlas } from './views.ts';

export const FILTERS = ['kind', 'country', 'instrument', 'theme', 'rating', 'lang'] as const;
export type FilterKey = (typeof FILTERS)[number];
export const KINDS = ['provision', 'law', 'requirement', 'assessment', 'country', 'instrument'] as const;

export interface SearchRecord {
  url: string;
  content: string;
  language: Locale;
  meta: { title: string; kind: string; country?: string };
  filters: Partial<Record<FilterKey, string[]>>;
}

/** Ways a reader writes an article reference: "art. 431-8", "article 431-8", "431-8", "art 87 bis". */
export function articleForms(article: string): string {
  const compact = article.replace(/\s+/g, '');
  return [`art. ${article}`, `article ${article}`, `art ${article}`, `article ${compact}`, compact].join(' · ');
}

/** Pagefind ranks by term frequency: the identifying words of a record's own subject are repeated. */
const boost = (s: string) => [s, s, s].join(' · ');
const text = (locale: Locale, x: { en?: string | undefined; fr?: string | undefined } | undefined) => pick(locale, x)?.text ?? '';
const both = (x: { en?: string | undefined; fr?: string | undefined } | undefined) => [x?.fr, x?.en].filter(Boolean).join(' · ');

export function searchRecords(a: Atlas, locale: Locale, url: (locale: Locale, ...parts: string[]) => string): SearchRecord[] {
  const records: SearchRecord[] = [];
  const push = (r: SearchRecord) => records.push({ ...r, content: `${r.content}\n${arabicIndexTerms(r.content)}` });
  const instName = (id: string) => {
    const i = a.instrument.get(id);
    return i ? (pick(locale, i.data.shortName)?.text ?? id) : id;
  };

  for (const c of a.countries) {
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
    push({
      url: url(locale, 'requirements', r.id),
      language: locale,
      meta: { title: `${instName(R.instrument)} ${R.number}${colon(locale)}${text(locale, R.heading)}`, kind: t(locale, 'search.kind.requirement') },
      filters: { kind: ['requirement'], instrument: [R.instrument], theme: [R.theme], lang: [locale] },
      content: [R.number, articleForms(R.number.replace(/^Art\.\s*/, '')), both(R.heading), both(R.paraphrase), instName(R.instrument)].join('\n'),
    });
  }

  for (const x of a.data.assessments) {
    const R = a.requirement.get(x.data.requirement)?.data;
    const cc = countryOf(x.id);
    const cname = a.country.get(cc)?.data.names[locale] ?? cc;
    if (!R) continue;
    push({
      url: `${url(locale, 'countries', cc)}#req-${R.id}`,
      language: locale,
      meta: { title: `${cname} · ${instName(R.instrument)} ${R.number}${colon(locale)}${t(locale, `rating.${x.data.rating}`)}`, kind: t(locale, 'search.kind.assessment'), country: cname },
      filters: { kind: ['assessment'], country: [cc], instrument: [R.instrument], theme: [R.theme], rating: [x.data.rating], lang: [locale] },
      content: [text(locale, R.heading), text(locale, x.data.rationale), text(locale, x.data.recommendation), ...x.data.provisions.map((c) => `${c.law} ${articleForms(c.article)}`)].join('\n'),
    });
  }

  for (const i of a.instruments) {
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
