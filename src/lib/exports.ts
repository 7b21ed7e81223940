// Data out: the matrix (every country × every requirement) and the catalogue, as CSV and JSON.
// Pure functions over the content; the files are written by src/pages/exports/[file].ts at build time.
import { z } from 'astro/zod';
import { stringify } from 'csv-stringify/sync';
import { RATINGS, THEMES } from '../schemas/common.ts';
import { contentDate } from './bundle.ts';
import { assessmentKey, type Atlas } from './views.ts';

/** Bumped whenever a field is renamed, removed or changes meaning. */
export const SCHEMA_VERSION = 1;

/** One row of the matrix export. */
export const MatrixRow = z.strictObject({
  country: z.string().describe('ISO 3166-1 alpha-2 code, lower case'),
  countryName: z.string().describe('English name'),
  countryNameFr: z.string().describe('French name'),
  requirement: z.string().describe('Requirement id, e.g. budapest-art-16'),
  instrument: z.string().describe('Instrument id'),
  number: z.string().describe('Article or paragraph number in the instrument'),
  heading: z.string().describe('Heading of the requirement (English, else French)'),
  theme: z.enum(THEMES),
  researched: z.boolean().describe('false when no assessment exists yet: the rating is then not-assessed'),
  rating: z.enum(RATINGS),
  provisions: z.array(z.string()).describe('Cited provisions as "<law id> art. <article>"'),
  reviewed: z.string().nullable().describe('Date of the review, YYYY-MM-DD'),
  verification: z.string().nullable().describe('primary-text, secondary-source or unverified'),
  sources: z.array(z.string()).describe('URLs the assessment rests on'),
});
export type MatrixRow = z.output<typeof MatrixRow>;

export const MatrixExport = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  contentDate: z.string(),
  rows: z.array(MatrixRow),
});

/** The JSON Schema of the matrix export, published beside it. */
export function matrixJsonSchema(): unknown {
  return { ...z.toJSONSchema(MatrixExport), title: 'Legislative Gap Atlas matrix export', $id: `matrix.schema.v${SCHEMA_VERSION}.json` };
}

export function exportRows(a: Atlas, country?: string): MatrixRow[] {
  return a.countries
    .filter((c) => country === undefined || c.id === country)
    .flatMap((c) =>
      a.data.requirements.map((r) => {
        const x = a.assessments.get(assessmentKey(c.id, r.id))?.data;
        return {
          country: c.id,
          countryName: c.data.names.en,
          countryNameFr: c.data.names.fr,
          requirement: r.id,
          instrument: r.data.instrument,
          number: r.data.number,
          heading: r.data.heading.en ?? r.data.heading.fr ?? '',
          theme: r.data.theme,
          researched: x !== undefined,
          rating: x?.rating ?? 'not-assessed',
          provisions: (x?.provisions ?? []).map((p) => `${p.law} art. ${p.article}`),
          reviewed: x?.reviewed ?? null,
          verification: x?.verification ?? null,
          sources: x?.sources ?? [],
        };
      }),
    );
}

export const CSV_COLUMNS = ['country', 'countryName', 'countryNameFr', 'requirement', 'instrument', 'number', 'heading', 'theme', 'researched', 'rating', 'provisions', 'reviewed', 'verification', 'sources'] as const;

/** CSV with a UTF-8 byte-order mark so that Excel reads French and Arabic correctly; lists joined with " | ". */
export function matrixCsv(rows: MatrixRow[]): string {
  const records = rows.map((r) => CSV_COLUMNS.map((k) => {
    const v = r[k];
    return Array.isArray(v) ? v.join(' | ') : v === null ? '' : String(v);
  }));
  return `\uFEFF${stringify(records, { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'windows' })}`;
}

export function matrixJson(a: Atlas, country?: string): string {
  return `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, contentDate: contentDate(a.data), rows: exportRows(a, country) }, null, 1)}\n`;
}

/** The standards catalogue and its crosswalk. */
export function catalogueJson(a: Atlas): string {
  return `${JSON.stringify(
    {
      schemaVersion: SCHEMA_VERSION,
      contentDate: contentDate(a.data),
      instruments: a.instruments.map((i) => ({ id: i.id, ...i.data })),
      requirements: a.data.requirements.map((r) => r.data),
      crosswalk: a.data.crosswalk.map((g) => ({ ...g.data, members: a.data.requirements.filter((r) => r.data.crosswalk === g.id).map((r) => r.id) })),
    },
    null,
    1,
  )}\n`;
}

/** Every export file, by name. */
export function exportFiles(a: Atlas): Record<string, string> {
  const files: Record<string, string> = {
    'matrix.csv': matrixCsv(exportRows(a)),
    'matrix.json': matrixJson(a),
    [`matrix.schema.v${SCHEMA_VERSION}.json`]: `${JSON.stringify(matrixJsonSchema(), null, 1)}\n`,
    'catalogue.json': catalogueJson(a),
  };
  for (const c of a.countries) {
    files[`${c.id}.csv`] = matrixCsv(exportRows(a, c.id));
    files[`${c.id}.json`] = matrixJson(a, c.id);
  }
  return files;
}
