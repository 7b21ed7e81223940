import type { Assessment, Country, Crosswalk, Instrument, Law, Ratification, Requirement } from '../../schemas/index.ts';
import { crossCheck, type AtlasData } from './crosscheck.ts';
import type { Problem } from './problems.ts';
import { readRaw, validate } from './read.ts';

/** Reads, validates and cross-checks everything under `contentDir`. */
export function loadAtlas(contentDir: string): { data: AtlasData; problems: Problem[] } {
  const problems: Problem[] = [];
  const data: AtlasData = {
    countries: validate<Country>('countries', readRaw(contentDir, 'countries', problems), problems),
    laws: validate<Law>('laws', readRaw(contentDir, 'laws', problems), problems),
    instruments: validate<Instrument>('instruments', readRaw(contentDir, 'instruments', problems), problems),
    requirements: validate<Requirement>('requirements', readRaw(contentDir, 'requirements', problems), problems),
    crosswalk: validate<Crosswalk>('crosswalk', readRaw(contentDir, 'crosswalk', problems), problems),
    ratifications: validate<Ratification>('ratifications', readRaw(contentDir, 'ratifications', problems), problems),
    assessments: validate<Assessment>('assessments', readRaw(contentDir, 'assessments', problems), problems),
  };
  problems.push(...crossCheck(data));
  return { data, problems };
}
