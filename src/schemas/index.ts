import { AssessmentSchema } from './assessment.ts';
import { ChangeSchema } from './change.ts';
import { CountrySchema } from './country.ts';
import { CrosswalkSchema } from './crosswalk.ts';
import { InstrumentSchema } from './instrument.ts';
import { LawSchema } from './law.ts';
import { RatificationSchema } from './ratification.ts';
import { RequirementSchema } from './requirement.ts';

/**
 * Where each collection lives under content/, how its files are shaped
 * ("entry": one MDX file per entry; "list": a YAML file holding a list of entries),
 * and how an entry's id is made from its folder, file name and data.
 */
export const COLLECTIONS = {
  countries: { pattern: 'countries/*/index.mdx', shape: 'entry', schema: CountrySchema },
  laws: { pattern: 'countries/*/laws/*.mdx', shape: 'entry', schema: LawSchema },
  instruments: { pattern: 'instruments/*.mdx', shape: 'entry', schema: InstrumentSchema },
  requirements: { pattern: 'requirements/*.yaml', shape: 'list', schema: RequirementSchema },
  crosswalk: { pattern: 'crosswalk.yaml', shape: 'list', schema: CrosswalkSchema },
  ratifications: { pattern: 'countries/*/ratifications.yaml', shape: 'list', schema: RatificationSchema },
  assessments: { pattern: 'countries/*/assessments.yaml', shape: 'list', schema: AssessmentSchema },
  changes: { pattern: 'changelog.yaml', shape: 'list', schema: ChangeSchema },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;

/** The id of an entry: the legal identifier a drafter would recognise. */
export function entryId(collection: CollectionName, file: string, data: Record<string, unknown>): string {
  const parts = file.split('/');
  const folder = parts[1] ?? '';
  const base = (parts.at(-1) ?? '').replace(/\.(mdx|ya?ml)$/, '');
  switch (collection) {
    case 'countries':
      return folder;
    case 'laws':
      return `${folder}/${base}`;
    case 'instruments':
      return base;
    case 'ratifications':
      return `${folder}/${String(data.instrument ?? '?')}`;
    case 'assessments':
      return `${folder}/${String(data.requirement ?? '?')}`;
    default:
      return String(data.id ?? '?');
  }
}

export { AssessmentSchema, ChangeSchema, CountrySchema, CrosswalkSchema, InstrumentSchema, LawSchema, RatificationSchema, RequirementSchema };
export type { Assessment } from './assessment.ts';
export type { Change } from './change.ts';
export type { Country } from './country.ts';
export type { Crosswalk } from './crosswalk.ts';
export type { Instrument } from './instrument.ts';
export type { Law, Provision } from './law.ts';
export type { Ratification } from './ratification.ts';
export type { Requirement } from './requirement.ts';
