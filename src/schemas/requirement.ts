import { z } from 'astro/zod';
import { Localized, SourceUrl, Theme } from './common.ts';

/** One entry of content/requirements/<instrument>.yaml — a provision states are expected to implement. */
export const RequirementSchema = z.strictObject({
  /** Stable readable id, e.g. "budapest-art-16". */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected a lower-case id with hyphens, e.g. "budapest-art-16"' }),
  /** Instrument id (file in content/instruments/). */
  instrument: z.string().min(1),
  /** Article or paragraph number as the instrument writes it ("Art. 16", "OP 2(e)"). */
  number: z.string().min(1),
  /** Official heading, or a short description where the provision has none. */
  heading: Localized,
  /** What the provision asks, in our own words. */
  paraphrase: Localized,
  /** Main theme. */
  theme: Theme,
  /** Further themes it touches. */
  secondaryThemes: z.array(Theme).default([]),
  /** Crosswalk group: requirements asking the same thing in different instruments share it. */
  crosswalk: z.string().min(1).optional(),
  /** Where the provision was read. */
  source: SourceUrl,
  /** verified: number and substance read; partial: substance read, number or heading inferred. */
  verification: z.enum(['verified', 'partial']),
  /** What remains to be checked. */
  note: z.string().optional(),
});
export type Requirement = z.output<typeof RequirementSchema>;
