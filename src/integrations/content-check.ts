import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content/dir.ts';
import { loadAtlas, loadAtlasOnce } from '../lib/content/load.ts';
import { formatProblems } from '../lib/content/problems.ts';

/** Runs the content validator before every build; the build stops on the first bad file, listing every problem. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'atlas-content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // A build reads the content once and shares it with the later steps; dev reads it afresh.
        const dir = contentDir(fileURLToPath(config.root));
        const { problems } = command === 'build' ? loadAtlasOnce(dir) : loadAtlas(dir);
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        if (command === 'build') throw new Error(report);
        logger.error(report);
      },
    },
  };
}
