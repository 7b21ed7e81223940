import type { AtlasData } from './content/crosscheck.ts';

/** The content's date: the latest review or amendment-record date in the content (not the build date, so builds repeat). */
export function contentDate(d: AtlasData): string {
  const dates = [
    ...d.countries.map((c) => c.data.reviewed),
    ...d.assessments.map((a) => a.data.reviewed),
    ...d.laws.map((l) => l.data.amendmentsRecordedTo),
  ];
  return dates.sort().at(-1) ?? '2000-01-01';
}

export const bundleName = (date: string) => `legislative-gap-atlas-${date}.zip`;

/** The plain-text read-me at the top of the offline bundle. */
export function readmeText(lang: 'fr' | 'en', date: string): string {
  return lang === 'fr'
    ? `Atlas des lacunes législatives — copie hors ligne (contenu du ${date})

Ouvrez le fichier index.html de ce dossier dans votre navigateur (double-clic).
Tout fonctionne sans connexion : pages, liens, changement de langue et recherche.
Aucune requête n'est faite vers Internet.

Chaque fait indique la source où il a été lu. « Non évalué » signifie que
l'information n'a pas pu être vérifiée.
`
    : `Legislative Gap Atlas — offline copy (content of ${date})

Open the file index.html in this folder in your browser (double-click).
Everything works without a connection: pages, links, language switch and search.
No request is made to the Internet.

Every fact names the source it was read in. "Not assessed" means the
information could not be verified.
`;
}

/** Written into the download page at render time, filled in once the zip exists (it cannot hold its own checksum). */
export const BUNDLE_PLACEHOLDER = { size: '%%ATLAS_BUNDLE_SIZE%%', sha256: '%%ATLAS_BUNDLE_SHA256%%' } as const;

/** Fills the online download page with the zip's real size and checksum. */
export function fillBundlePlaceholders(html: string, values: { size: string; sha256: string }): string {
  return html.replaceAll(BUNDLE_PLACEHOLDER.size, values.size).replaceAll(BUNDLE_PLACEHOLDER.sha256, values.sha256);
}

/** The download page as it appears inside the bundle: no link to the zip (it is not in itself), a note instead. */
export function offlineDownloadPage(html: string): string {
  return html.replace(/<div[^>]*data-bundle-online[^>]*>[\s\S]*?<\/div>/, '').replace(/(<p[^>]*data-bundle-offline[^>]*?) hidden/, '$1');
}
