import { z } from 'astro/zod';
import { IsoDate, Localized, SourceUrl } from './common.ts';

/** content/instruments/<id>.mdx — an international instrument. */
export const InstrumentSchema = z.strictObject({
  /** Official name (English and French where the French title was read). */
  name: Localized,
  /** Short name used in tables. */
  shortName: Localized,
  /** Body that adopted it. */
  body: z.string().min(1),
  /** Treaty, resolution, directive, recommendation, guidance or declaration. */
  kind: z.enum(['treaty', 'protocol', 'resolution', 'directive', 'recommendation', 'guidance', 'declaration', 'publication']),
  /** Whether it can bind a state (treaties it joined, Chapter VII decisions, directives of its community). */
  binding: z.enum(['treaty', 'membership', 'un-member-states', 'non-binding']),
  /** Date of adoption, if read. */
  adopted: IsoDate.optional(),
  /** Date of entry into force, if in force and read. */
  entryIntoForce: IsoDate.optional(),
  /** Official reference (ETS No. 185, S/RES/1373 (2001), …). */
  reference: z.string().min(1).optional(),
  /** Link to the official text. */
  officialText: SourceUrl.optional(),
  /** What could not be verified about the instrument. */
  verificationNotes: z.string().optional(),
  /** Sources read. */
  sources: z.array(SourceUrl).min(1),
  /** Display order on lists. */
  order: z.number().int().default(100),
});
export type Instrument = z.output<typeof InstrumentSchema>;
