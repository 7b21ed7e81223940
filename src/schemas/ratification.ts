import { z } from 'astro/zod';
import { IsoDate, Localized, SourceUrl } from './common.ts';

/** One entry of content/countries/<cc>/ratifications.yaml — a country's position on one instrument. */
export const RatificationSchema = z.strictObject({
  /** Instrument id. */
  instrument: z.string().min(1),
  /** party, signatory only, not party, bound as a member of the body, or unknown (not verified). */
  status: z.enum(['party', 'signatory', 'not-party', 'member', 'unknown']),
  signed: IsoDate.optional(),
  /** Ratification, accession or approval: the date the instrument was deposited. */
  ratified: IsoDate.optional(),
  /** How it joined. */
  method: z.enum(['ratification', 'accession', 'approval', 'succession']).optional(),
  /** Reservations and declarations, in our words. */
  reservations: Localized.optional(),
  /** What was read, what is unclear. */
  note: Localized.optional(),
  /** Where this was read (required unless the status is unknown). */
  sources: z.array(SourceUrl).default([]),
});
export type Ratification = z.output<typeof RatificationSchema>;
