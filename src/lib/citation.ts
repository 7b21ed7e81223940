import type { Country, Law } from '../schemas/index.ts';
import { formatDate } from '../i18n/index.ts';

/**
 * A French-style legal citation of one article:
 * "Sénégal, Loi n° 2008-11 du 25 janvier 2008 portant sur la Cybercriminalité, art. 431-8".
 * The official title already carries number and date when the text has them; otherwise they are added.
 */
export function citeArticle(country: Country, law: Law, article: string): string {
  const title = law.title.lang === 'fr' ? law.title.text : (law.workingTitle.fr ?? law.title.text);
  const parts = [country.names.fr, title];
  if (law.number && !title.includes(law.number)) parts.push(`n° ${law.number}`);
  const date = law.adopted ?? law.promulgated;
  if (date && !/\d{4}/.test(title)) parts.push(`du ${formatDate('fr', date)}`);
  parts.push(`art. ${article}`);
  return parts.join(', ');
}

/** The full citation with permalink and review date, as copied by the "copy citation" action. */
export function fullCitation(country: Country, law: Law, article: string, permalink: string): string {
  return `${citeArticle(country, law, article)}. ${permalink} (contenu revu le ${formatDate('fr', law.amendmentsRecordedTo)})`;
}
