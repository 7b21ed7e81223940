// The exports built into dist/exports/ parse back and agree with the content they come from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/lib/content/dir.ts';
import { loadAtlas } from '../../src/lib/content/load.ts';
import { CSV_COLUMNS, MatrixExport, SCHEMA_VERSION } from '../../src/lib/exports.ts';

const EXPORTS = join(import.meta.dirname, '../../dist/exports');
const { data } = loadAtlas(contentDir());
const read = (f: string) => readFileSync(join(EXPORTS, f), 'utf8');

describe('data exports', () => {
  it('writes the matrix CSV with a BOM, one row per country and requirement, agreeing with every assessment', () => {
    const text = read('matrix.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(text.slice(1), { columns: true }) as Record<(typeof CSV_COLUMNS)[number], string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(data.countries.length * data.requirements.length);
    const byKey = new Map(rows.map((r) => [`${r.country}/${r.requirement}`, r]));
    for (const a of data.assessments) {
      const row = byKey.get(a.id)!;
      expect(row.rating, a.id).toBe(a.data.rating);
      expect(row.researched).toBe('true');
      expect(row.provisions).toBe(a.data.provisions.map((p) => `${p.law} art. ${p.article}`).join(' | '));
      expect(row.sources).toBe(a.data.sources.join(' | '));
      expect(row.reviewed).toBe(a.data.reviewed);
    }
    // Arabic and French survive the round trip.
    const dz = rows.find((r) => r.country === 'dz')!;
    expect(dz.countryNameFr).toBe(data.countries.find((c) => c.id === 'dz')!.data.names.fr);
  });

  it('writes matrix JSON that its published schema accepts, with the schema version', () => {
    const json = JSON.parse(read('matrix.json')) as unknown;
    const parsed = MatrixExport.parse(json);
    expect(parsed.schemaVersion).toBe(SCHEMA_VERSION);
    expect(parsed.rows.filter((r) => r.researched)).toHaveLength(data.assessments.filter((a) => data.requirements.some((r) => r.id === a.data.requirement)).length);
    const schema = JSON.parse(read(`matrix.schema.v${SCHEMA_VERSION}.json`)) as { properties: { rows: unknown } };
    expect(schema.properties.rows).toBeTruthy();
  });

  it('writes one CSV and one JSON per country holding only that country', () => {
    for (const c of data.countries) {
      const rows = parse(read(`${c.id}.csv`).slice(1), { columns: true }) as { country: string }[];
      expect(rows).toHaveLength(data.requirements.length);
      expect(new Set(rows.map((r) => r.country))).toEqual(new Set([c.id]));
      expect(MatrixExport.parse(JSON.parse(read(`${c.id}.json`))).rows).toHaveLength(data.requirements.length);
    }
  });

  it('writes the catalogue with every instrument, requirement and crosswalk group', () => {
    const cat = JSON.parse(read('catalogue.json')) as { instruments: unknown[]; requirements: { id: string }[]; crosswalk: { id: string; members: string[] }[] };
    expect(cat.instruments).toHaveLength(data.instruments.length);
    expect(cat.requirements.map((r) => r.id).sort()).toEqual(data.requirements.map((r) => r.id).sort());
    const pres = cat.crosswalk.find((g) => g.id === 'expedited-preservation')!;
    expect(pres.members).toContain('budapest-art-16');
  });
});
