import { en, type UiKey } from './en.ts';
import { fr } from './fr.ts';

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

/** getStaticPaths for a page that exists once per interface language. */
export const localePaths = () => LOCALES.map((locale) => ({ params: { locale } }));
export const DICTIONARIES: Record<Locale, Record<UiKey, string>> = { en, fr };
export type { UiKey };

/** French typography: a narrow no-break space before : ; ? ! (and a no-break space inside guillemets). */
export function frenchSpacing(s: string): string {
  return s.replace(/ ([:;?!»])/g, '\u202f$1').replace(/« /g, '«\u202f');
}

/** The interface string `key` in `locale`, with {name} placeholders filled. */
export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  const raw = DICTIONARIES[locale][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
  return locale === 'fr' ? frenchSpacing(raw) : raw;
}

/** The colon as the locale writes it: " : " with a narrow no-break space in French, ": " in English. */
export const colon = (locale: Locale) => (locale === 'fr' ? '\u202f: ' : ': ');

/** "A: B" with the colon the locale's typography wants (narrow no-break space before it in French). */
export function labelled(locale: Locale, a: string, b: string): string {
  return `${a}${locale === 'fr' ? '\u202f' : ''}: ${b}`;
}

/** The other interface language. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'fr' ? 'en' : 'fr';
}

// One formatter per locale, made once: each new Intl object holds ICU memory outside the JS heap,
// which the garbage collector does not see (thousands of pages × hundreds of dates grew a build by gigabytes).
const DATES = { fr: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }), en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }) };
const PERCENT = { fr: new Intl.NumberFormat('fr', { style: 'percent' }), en: new Intl.NumberFormat('en', { style: 'percent' }) };

/** A date formatted for the locale, e.g. "25 janvier 2008" / "25 January 2008". */
export function formatDate(locale: Locale, iso: string): string {
  return DATES[locale].format(new Date(`${iso}T00:00:00Z`));
}

/** A share (0–1) as a percentage for the locale: "67 %" / "67%". */
export function formatPercent(locale: Locale, share: number): string {
  return PERCENT[locale].format(share);
}

/** Our own text (en/fr) in the reader's language, or the other one with a flag saying it is a fallback. */
export function pick(locale: Locale, text: { en?: string | undefined; fr?: string | undefined } | undefined): { text: string; lang: Locale; fallback: boolean } | undefined {
  if (!text) return undefined;
  const own = text[locale];
  if (own !== undefined) return { text: own, lang: locale, fallback: false };
  const other = otherLocale(locale);
  const alt = text[other];
  return alt === undefined ? undefined : { text: alt, lang: other, fallback: true };
}
