import type { Locale } from '../i18n/index.ts';
import type { Citation } from '../schemas/assessment.ts';
import { url } from './urls.ts';
import { articleAnchor, type Atlas } from './views.ts';

/** Link to an article on its law page. */
export function provisionHref(locale: Locale, lawId: string, article: string): string {
  return `${url(locale, 'laws', lawId)}#${articleAnchor(article)}`;
}

/** Cited provisions resolved to a label ("Loi n° 2008-11 …, art. 431-8"), a link and the original excerpts. */
export function resolveCitations(atlas: Atlas, locale: Locale, cites: readonly Citation[]) {
  return cites.map((c) => {
    const law = atlas.law.get(c.law);
    const provision = law?.data.provisions.find((p) => p.article === c.article);
    const short = law ? (law.data.number ? `${law.data.workingTitle[locale] ?? law.data.title.text} (${law.data.number})` : (law.data.workingTitle[locale] ?? law.data.title.text)) : c.law;
    return { label: `${short}, art. ${c.article}`, href: provisionHref(locale, c.law, c.article), excerpts: provision?.excerpts ?? [] };
  });
}
