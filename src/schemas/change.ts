import { z } from 'astro/zod';
import { IsoDate, Localized } from './common.ts';

/** One entry of content/changelog.yaml — a change to the site that readers should hear about. */
export const ChangeSchema = z.strictObject({
  /** Stable id, e.g. "2026-11-29-sn-published". */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Date the change was published. */
  date: IsoDate,
  /** What kind of change. */
  kind: z.enum(['new-country', 'new-law', 'amendment', 're-rating', 'correction', 'site']),
  /** Countries concerned (codes). */
  countries: z.array(z.string()).default([]),
  /** Laws concerned (ids "cc/slug"). */
  laws: z.array(z.string()).default([]),
  /** Requirements concerned. */
  requirements: z.array(z.string()).default([]),
  /** What changed, in our words. */
  summary: Localized,
});
export type Change = z.output<typeof ChangeSchema>;
