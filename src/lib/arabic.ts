// Arabic matching: the definite article and the forms of alef vary between texts and queries.

const WORD = /[\u0600-\u06FF]+/g;
const ARTICLE = /^(وال|بال|كال|فال|لل|ال)/;

/** Folds alef forms and drops short vowels: "الإرهاب" → "الارهاب". */
export function foldArabic(word: string): string {
  return word.replace(/[إأآ]/g, 'ا').replace(/[\u064B-\u0652]/g, '');
}

/** The bare, folded stem a word is indexed and searched under: "الإرهاب" and "إرهاب" both give "ارهاب". */
export function arabicKey(word: string): string {
  const f = foldArabic(word);
  const bare = f.replace(ARTICLE, '');
  return bare.length > 1 ? bare : f;
}

/** Extra index terms for a text: the key of each Arabic word. */
export function arabicIndexTerms(text: string): string {
  return [...new Set((text.match(WORD) ?? []).map(arabicKey))].join(' ');
}

/** A query with each Arabic word replaced by its key, so it matches whatever form the text uses. */
export function normalizeArabicQuery(q: string): string {
  return q.replace(WORD, arabicKey);
}
