import type { Assessment, Change, Country, Crosswalk, Instrument, Law, Ratification, Requirement } from '../../schemas/index.ts';
import { crossCheck, type AtlasData } from './crosscheck.ts';
import type { Problem } from './problems.ts';
import { readRaw, validate } from './read.ts';

/** Reads, validates and cross-checks everything under `contentDir`. */
export function loadAtlas(contentDir: string): { data: AtlasData; problems: Problem[] } {
  const problems: Problem[] = [];
  const invalid = new Set<string>();
  const v = <T,>(c: Parameters<typeof readRaw>[1]) => validate<T>(c, readRaw(contentDir, c, problems), problems, invalid);
  const data: AtlasData = {
    countries: v<Country>('countries'),
    laws: v<Law>('laws'),
    instruments: v<Instrument>('instruments'),
    requirements: v<Requirement>('requirements'),
    crosswalk: v<Crosswalk>('crosswalk'),
    ratifications: v<Ratification>('ratifications'),
    assessments: v<Assessment>('assessments'),
    changes: v<Change>('changes'),
  };
  problems.push(...crossCheck(data, invalid));
  return { data, problems };
}

const loaded = new Map<string, ReturnType<typeof loadAtlas>>();

/**
 * The same, read once per process: the build's steps (check, search index, offline zip) share one
 * reading of the content instead of parsing every file again.
 */
export function loadAtlasOnce(contentDir: string): ReturnType<typeof loadAtlas> {
  let r = loaded.get(contentDir);
  if (!r) {
    r = loadAtlas(contentDir);
    loaded.set(contentDir, r);
  }
  return r;
}
