import { z } from 'astro/zod';
import { IsoDate, Lang, Localized, SourceUrl } from './common.ts';

/** Kinds of institution in the criminal-justice chain against terrorist use of the Internet. */
export const INSTITUTION_KINDS = [
  'ct-prosecution',
  'ct-court',
  'cybercrime-unit',
  'cert',
  'telecom-regulator',
  'data-protection',
  'fiu',
  'mla-authority',
  'contact-24-7',
  'other',
] as const;

export const MEMBERSHIPS = ['AU', 'ECOWAS', 'UEMOA', 'CEMAC', 'ECCAS', 'AES', 'LAS', 'AMU', 'OIC', 'G5-Sahel', 'CEN-SAD', 'GIABA', 'MENAFATF', 'GABAC', 'OIF'] as const;

export const Institution = z.strictObject({
  /** Name in the original language. */
  name: z.string().min(1),
  /** Language of the name. */
  lang: Lang,
  /** What the institution does in the chain. */
  kind: z.enum(INSTITUTION_KINDS),
  /** The text that created it, as cited by the source (free text, e.g. "Loi n° 2016-30, art. 677-24"). */
  basis: z.string().min(1).optional(),
  /** Where this was read. */
  source: SourceUrl,
});

/** Investigative powers a prosecutor may need against terrorist use of the Internet. */
export const POWERS = [
  'preservation',
  'production-order',
  'search-seizure',
  'realtime-traffic',
  'interception',
  'undercover-online',
] as const;

/** One line of the procedure playbook: how a power is used, on which legal basis. */
export const PlaybookEntry = z.strictObject({
  /** The investigative power. */
  power: z.enum(POWERS),
  /** Provisions that ground it (law id and article, as in assessments). */
  basis: z.array(z.strictObject({ law: z.string().min(1), article: z.string().min(1) })).default([]),
  /** Who authorises it (prosecutor, investigating judge, …), in our words. */
  authorisedBy: Localized.optional(),
  /** Time limits, in our words; omit if the text sets none or was not read. */
  timeLimits: Localized.optional(),
  /** What is missing or uncertain. */
  note: Localized.optional(),
  /** Where this was read. */
  sources: z.array(SourceUrl).default([]),
});

/** content/countries/<cc>/index.mdx */
export const CountrySchema = z.strictObject({
  /** ISO 3166-1 alpha-2 code, upper case; the folder name is the same code in lower case. */
  code: z.string().regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166-1 alpha-2 code such as "SN"' }),
  /** Names of the country in English, French and Arabic. */
  names: z.strictObject({ en: z.string().min(1), fr: z.string().min(1), ar: z.string().min(1) }),
  /** Sub-region, for grouping. */
  region: z.enum(['west-africa', 'north-africa', 'central-africa']),
  /** Legal tradition in our words. */
  legalTradition: Localized,
  /** Official and working languages (ISO 639-1 codes or names as the constitution gives them). */
  languages: z.strictObject({ official: z.array(z.string().min(2)).min(1), working: z.array(z.string().min(2)).default([]) }),
  /** Organisations the country belongs to. */
  memberships: z.array(z.enum(MEMBERSHIPS)).default([]),
  /** Institutions of the criminal-justice chain, each with its source. */
  institutions: z.array(Institution).default([]),
  /** Procedure playbook for prosecutors, one entry per power (a power left out is shown as not documented). */
  playbook: z.array(PlaybookEntry).default([]),
  /** Texts our research looked for and could not find or read: the known gaps of this country's entry. */
  textsNotFound: z.array(Localized).default([]),
  /** A short profile in our own words. */
  summary: Localized,
  /** Language of the Markdown notes below the frontmatter (default English). */
  notesLang: Lang.default('en'),
  /** Sources for the profile as a whole. */
  sources: z.array(SourceUrl).min(1),
  /** Date the profile was last reviewed. */
  reviewed: IsoDate,
});
export type Country = z.output<typeof CountrySchema>;
