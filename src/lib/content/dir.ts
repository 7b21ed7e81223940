import { resolve } from 'node:path';

/** The content folder: ./content, or ATLAS_CONTENT (used by tests to build fixture sites). */
export function contentDir(root = process.cwd()): string {
  return resolve(root, process.env.ATLAS_CONTENT || 'content');
}
