import { z } from 'astro/zod';
import { Excerpt, IsoDate, Lang, Localized, SourceUrl } from './common.ts';

export const LAW_TYPES = [
  'constitution',
  'counter-terrorism',
  'cybercrime',
  'penal-code',
  'criminal-procedure',
  'data-protection',
  'electronic-communications',
  'aml-cft',
  'institutional',
  'other',
] as const;

export const Provision = z.strictObject({
  /** Article number as written in the text ("431-8", "87 bis"); the anchor is derived from it. */
  article: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z .\-]*$/, { error: 'expected an article number such as "431-8" or "87 bis"' }),
  /** Official heading, if the text has one. */
  heading: z.string().min(1).optional(),
  /** Short quotations in the original language(s); Arabic and French versions side by side where both are published. */
  excerpts: z.array(Excerpt).default([]),
  /** What the provision does, in our words. */
  summary: Localized,
});
export type Provision = z.output<typeof Provision>;

/** content/countries/<cc>/laws/<slug>.mdx — one domestic text. */
export const LawSchema = z.strictObject({
  /** Country code, lower case (folder name). */
  country: z.string().regex(/^[a-z]{2}$/),
  /** Official title in the original language. */
  title: z.strictObject({ text: z.string().min(1), lang: Lang }),
  /** Working titles in English and French. */
  workingTitle: Localized,
  /** Official number ("2008-11", "09-04"), if any. */
  number: z.string().min(1).optional(),
  /** Kind of text. */
  type: z.enum(LAW_TYPES),
  /** Dates, where read. */
  adopted: IsoDate.optional(),
  promulgated: IsoDate.optional(),
  published: IsoDate.optional(),
  /** Official-journal reference ("JORS n° 6406 du 3 mai 2008"). */
  journal: z.string().min(1).optional(),
  /** Status as the sources show it. */
  status: z.enum(['in-force', 'amended', 'repealed', 'draft']),
  /** Laws (ids "cc/slug") that amended this one. */
  amendedBy: z.array(z.string()).default([]),
  /** Law (id) that repealed it. */
  repealedBy: z.string().optional(),
  /** Laws (ids) that this one amends. */
  amends: z.array(z.string()).default([]),
  /** Authority that adopted it (useful where institutions changed, e.g. Libya). */
  authority: z.string().optional(),
  /** Amendments are recorded up to this date. */
  amendmentsRecordedTo: IsoDate,
  /** Where the text (or its official-journal copy) was read. */
  source: SourceUrl,
  /** Other sources read. */
  sources: z.array(SourceUrl).default([]),
  /** Language of the Markdown notes below the frontmatter (default English). */
  notesLang: Lang.default('en'),
  /** Provisions cited by assessments or useful to prosecutors. */
  provisions: z.array(Provision).default([]),
});
export type Law = z.output<typeof LawSchema>;
