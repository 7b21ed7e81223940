// The Atom feed of what's new, one per interface language.
import { labelled, pick, t, type Locale } from '../i18n/index.ts';
import type { TimelineEvent } from './timeline.ts';
import type { Atlas } from './views.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function entry(locale: Locale, atlas: Atlas, e: TimelineEvent, link: (...parts: string[]) => string) {
  if (e.kind === 'change') {
    const text = pick(locale, e.change.summary)?.text ?? '';
    const href = e.change.countries[0] ? link('countries', e.change.countries[0]) : link('whats-new');
    return { id: `change/${e.change.id}`, title: text, summary: text, href };
  }
  if (e.kind === 're-rating') {
    const r = atlas.requirement.get(e.requirement);
    const title = `${atlas.country.get(e.country)?.data.names[locale]} · ${pick(locale, atlas.instrument.get(r?.data.instrument ?? '')?.data.shortName)?.text} ${r?.data.number}: ${t(locale, `rating.${e.from}`)} → ${t(locale, `rating.${e.to}`)}`;
    return { id: `re-rating/${e.country}/${e.requirement}/${e.date}`, title, summary: pick(locale, e.reason)?.text ?? '', href: `${link('countries', e.country)}#req-${e.requirement}` };
  }
  const title = atlas.law.get(e.law)?.data.title.text ?? e.law;
  return { id: `law/${e.law}/${e.what}`, title, summary: title, href: link('laws', e.law) };
}

/** A well-formed Atom 1.0 document; `link` builds the URL of a page in this locale. */
export function atomFeed(locale: Locale, atlas: Atlas, events: TimelineEvent[], link: (...parts: string[]) => string): string {
  const updated = events[0]?.date ?? '2000-01-01';
  const entries = events.map((e) => {
    const x = entry(locale, atlas, e, link);
    return `  <entry>
    <id>tag:legislative-gap-atlas,2026:${esc(x.id)}</id>
    <title>${esc(x.title)}</title>
    <updated>${e.date}T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="${esc(x.href)}"/>
    <summary>${esc(x.summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <id>tag:legislative-gap-atlas,2026:feed/${locale}</id>
  <title>${esc(labelled(locale, t(locale, 'site.title'), t(locale, 'whatsnew.title')))}</title>
  <updated>${updated}T00:00:00Z</updated>
  <author><name>${esc(t(locale, 'site.title'))}</name></author>
  <link rel="alternate" type="text/html" href="${esc(link('whats-new'))}"/>
${entries.join('\n')}
</feed>
`;
}
