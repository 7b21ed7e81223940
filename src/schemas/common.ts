import { z } from 'astro/zod';

/** Rating scale, defined once. Order runs from best to worst, then the two non-ratings. */
export const RATINGS = [
  'compliant',
  'largely-compliant',
  'partially-compliant',
  'non-compliant',
  'not-applicable',
  'not-assessed',
] as const;
export const Rating = z.enum(RATINGS);
export type Rating = z.output<typeof Rating>;

/** One taxonomy of themes used by requirements, assessments, filters and profiles. */
export const THEMES = [
  'substantive-terrorism',
  'substantive-cyber',
  'procedural-evidence',
  'jurisdiction',
  'international-cooperation',
  'private-sector',
  'institutional',
  'safeguards',
] as const;
export const Theme = z.enum(THEMES);
export type Theme = z.output<typeof Theme>;

/** Kinds of terrorist use of the Internet that a theme addresses. */
export const INTERNET_USES = ['propaganda', 'financing', 'training', 'planning', 'execution', 'cyberattacks'] as const;
export const InternetUse = z.enum(INTERNET_USES);

/** Languages a text or excerpt may be written in (ISO 639-1). */
export const LANGS = ['fr', 'en', 'ar'] as const;
export const Lang = z.enum(LANGS, { error: 'expected a language code: fr, en or ar' });
export type Lang = z.output<typeof Lang>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `s` (YYYY-MM-DD) names a day that exists in the calendar. */
export function isRealDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** A calendar date written YYYY-MM-DD that exists and does not lie in the future. YAML dates are accepted too. */
export const IsoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: (iss) => `expected a date written YYYY-MM-DD, found ${describe(iss.input)}` })
    .refine(isRealDate, { error: (iss) => `expected a real date written YYYY-MM-DD, found "${iss.input}"` })
    .refine((s) => s <= today(), { error: (iss) => `date "${iss.input}" lies in the future` }),
);

/** Today as YYYY-MM-DD; tests may pin it with ATLAS_TODAY. */
export function today(): string {
  return process.env.ATLAS_TODAY ?? new Date().toISOString().slice(0, 10);
}

/** A source address: an http(s) URL, nothing else. */
export const SourceUrl = z
  .string({ error: (iss) => `expected an http(s) URL, found ${describe(iss.input)}` })
  .refine((s) => /^https?:\/\/[^\s/]+\.[^\s]+$/.test(s) && URL.canParse(s), {
    error: (iss) => `expected an http(s) URL, found "${iss.input}"`,
  });

/** Text we wrote ourselves, in English and/or French; at least one of the two. */
export const Localized = z
  .strictObject({
    /** English text. */
    en: z.string().min(1).optional(),
    /** French text. */
    fr: z.string().min(1).optional(),
  })
  .refine((t) => t.en !== undefined || t.fr !== undefined, { error: 'expected an "en" or "fr" text (or both)' });
export type Localized = z.output<typeof Localized>;

/** A short quotation of a legal text in its original language. */
export const Excerpt = z.strictObject({
  /** The words quoted, verbatim and short. */
  text: z.string().min(1),
  /** Language of the quotation (required: Arabic is shown right to left). */
  lang: Lang,
  /** Where the quotation was read. */
  source: SourceUrl,
});
export type Excerpt = z.output<typeof Excerpt>;

/** How an assessment or fact was checked. */
export const Verification = z.enum(['primary-text', 'secondary-source', 'unverified']);

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  return typeof v === 'string' ? `"${v}"` : typeof v;
}
