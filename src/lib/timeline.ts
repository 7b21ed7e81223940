// Change over time: a country's legislative timeline and re-ratings, and the site-wide list of changes.
import type { Rating } from '../schemas/common.ts';
import type { Localized } from '../schemas/common.ts';
import type { Change } from '../schemas/index.ts';
import { countryOf, type Atlas } from './views.ts';

export type TimelineEvent =
  | { kind: 'law'; date: string; country: string; law: string; what: 'adopted' | 'promulgated' | 'published'; amends: string[] }
  | { kind: 're-rating'; date: string; country: string; requirement: string; from: Rating; to: Rating; reason: Localized }
  | { kind: 'change'; date: string; change: Change };

/** Re-ratings of all assessments: each earlier rating gives way to the next one on the date of the next review. */
export function reRatings(atlas: Atlas, cc?: string): TimelineEvent[] {
  return atlas.data.assessments
    .filter((a) => cc === undefined || countryOf(a.id) === cc)
    .flatMap((a) =>
      a.data.history.map((h, i) => {
        const next = a.data.history[i + 1];
        return {
          kind: 're-rating' as const,
          date: next?.date ?? a.data.reviewed,
          country: countryOf(a.id),
          requirement: a.data.requirement,
          from: h.rating,
          to: next?.rating ?? a.data.rating,
          reason: h.reason,
        };
      }),
    );
}

const newestFirst = (a: TimelineEvent, b: TimelineEvent) => b.date.localeCompare(a.date);

/** A country's legislative changes (texts adopted, promulgated or published, and what they amend) and re-ratings, newest first. */
export function countryTimeline(atlas: Atlas, cc: string): TimelineEvent[] {
  const laws: TimelineEvent[] = (atlas.lawsByCountry.get(cc) ?? []).flatMap((l) => {
    const [what, date] = l.data.adopted ? (['adopted', l.data.adopted] as const) : l.data.promulgated ? (['promulgated', l.data.promulgated] as const) : l.data.published ? (['published', l.data.published] as const) : [];
    return what && date ? [{ kind: 'law' as const, date, country: cc, law: l.id, what, amends: l.data.amends }] : [];
  });
  return [...laws, ...reRatings(atlas, cc)].sort(newestFirst);
}

/** What's new across the site: published changes and re-ratings, newest first. */
export function whatsNew(atlas: Atlas): TimelineEvent[] {
  const changes: TimelineEvent[] = atlas.data.changes.map((c) => ({ kind: 'change' as const, date: c.data.date, change: c.data }));
  return [...changes, ...reRatings(atlas)].sort((a, b) => newestFirst(a, b) || (a.kind === 'change' && b.kind === 'change' ? a.change.id.localeCompare(b.change.id) : 0));
}
