// The search page: query and filters live in the URL (?q=…&country=sn), results are announced to screen readers.
import { getEngine, type PagefindResult } from './_engine.ts';
import { hrefFor } from './_root.ts';
import { normalizeArabicQuery } from '../lib/arabic.ts';

interface Labels {
  filters: Record<string, string>;
  values: Record<string, Record<string, string>>;
  results: string;
  oneResult: string;
  noResults: string;
  loading: string;
}

const app = document.querySelector<HTMLElement>('#search-app');
const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const labelsEl = document.querySelector('#search-labels');

if (app && form && input && labelsEl) {
  const L = JSON.parse(labelsEl.textContent ?? '{}') as Labels;
  const FILTER_KEYS = Object.keys(L.filters);
  const status = app.querySelector<HTMLElement>('#search-status')!;
  const list = app.querySelector<HTMLOListElement>('#search-results')!;
  const facets = app.querySelector<HTMLElement>('#search-filters')!;
  app.hidden = false;
  let run = 0;

  const state = () => {
    const p = new URLSearchParams(location.search);
    const filters: Record<string, string[]> = {};
    for (const k of FILTER_KEYS) {
      const v = p.getAll(k);
      if (v.length) filters[k] = v;
    }
    return { q: (p.get('q') ?? '').slice(0, 2000), filters };
  };

  const writeUrl = (q: string, filters: Record<string, string[]>) => {
    const p = new URLSearchParams();
    if (q) p.set('q', q);
    for (const [k, vs] of Object.entries(filters)) for (const v of vs) p.append(k, v);
    const qs = p.toString();
    history.replaceState(null, '', `${location.pathname}${qs ? `?${qs}` : ''}${location.hash}`);
  };

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...kids: (Node | string)[]): HTMLElementTagNameMap[K] => {
    const e = Object.assign(document.createElement(tag), props);
    e.append(...kids);
    return e;
  };

  /** Pagefind's excerpt is escaped text with <mark> around hits; keep only those marks. */
  const excerptNode = (html: string) => {
    const p = el('p', { className: 'excerpt-text' });
    for (const [i, part] of html.split(/<\/?mark>/).entries()) {
      const t = document.createElement('textarea');
      t.innerHTML = part;
      p.append(i % 2 ? el('mark', {}, t.value) : t.value);
    }
    return p;
  };

  const renderFacets = (counts: Record<string, Record<string, number>>, chosen: Record<string, string[]>) => {
    facets.replaceChildren();
    for (const key of FILTER_KEYS) {
      const values = Object.entries(counts[key] ?? {}).filter(([v, n]) => n > 0 || chosen[key]?.includes(v));
      if (values.length === 0) continue;
      const fs = el('fieldset', {}, el('legend', {}, L.filters[key] ?? key));
      values.sort((a, b) => (L.values[key]?.[a[0]] ?? a[0]).localeCompare(L.values[key]?.[b[0]] ?? b[0]));
      for (const [value, n] of values) {
        const box = el('input', { type: 'checkbox', name: key, value, checked: chosen[key]?.includes(value) ?? false });
        fs.append(el('label', {}, box, ` ${L.values[key]?.[value] ?? value} (${n})`));
      }
      facets.append(fs);
    }
  };

  const search = async () => {
    const mine = ++run;
    const { q, filters } = state();
    input.value = q;
    const hasFilters = Object.keys(filters).length > 0;
    if (!q.trim() && !hasFilters) {
      list.replaceChildren();
      facets.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = L.loading;
    const pf = await getEngine(app.dataset.locale ?? document.documentElement.lang, Number(app.dataset.shards ?? '1'));
    const pfFilters = Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, { any: v }]));
    const res = await pf.search(normalizeArabicQuery(q.trim()) || null, { filters: pfFilters });
    if (mine !== run) return;
    const hits = res ? await Promise.all(res.results.slice(0, 30).map((r) => r.data())) : [];
    if (mine !== run) return;
    renderFacets(res?.filters ?? {}, filters);
    list.replaceChildren(...hits.map((h: PagefindResult) => {
      // A group of assessments: each matching assessment is a sub-result with its own link (most hits first).
      const subs = h.sub_results.filter((s) => s.url.includes('#req-') && s.locations.length > 0).sort((a, b) => b.locations.length - a.locations.length).slice(0, 3);
      return el('li', { className: 'result' },
        el('h2', {}, el('a', { href: hrefFor(subs[0]?.url ?? h.url) }, h.meta.title ?? h.url)),
        el('p', { className: 'result-meta' }, [h.meta.kind, h.meta.country].filter(Boolean).join(' · ')),
        ...(subs.length > 0
          ? [el('ul', { className: 'sub-results' }, ...subs.map((s) => el('li', {}, el('a', { href: hrefFor(s.url) }, s.title), excerptNode(s.excerpt))))]
          : [excerptNode(h.excerpt)]),
      );
    }));
    const n = res?.results.length ?? 0;
    status.textContent = n === 0 ? L.noResults : n === 1 ? L.oneResult : L.results.replace('{n}', String(n));
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    writeUrl(input.value.slice(0, 2000), state().filters);
    void search();
  });
  let timer: number | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      writeUrl(input.value.slice(0, 2000), state().filters);
      void search();
    }, 150);
  });
  facets.addEventListener('change', () => {
    const chosen: Record<string, string[]> = {};
    for (const box of facets.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) (chosen[box.name] ??= []).push(box.value);
    writeUrl(state().q, chosen);
    void search();
  });
  void search();
}
