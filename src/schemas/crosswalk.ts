import { z } from 'astro/zod';
import { Localized } from './common.ts';

/** One entry of content/crosswalk.yaml — a group of requirements that ask the same thing. */
export const CrosswalkSchema = z.strictObject({
  /** Group id, used by requirements' `crosswalk` field. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** What the group asks, in a few words. */
  label: Localized,
});
export type Crosswalk = z.output<typeof CrosswalkSchema>;
