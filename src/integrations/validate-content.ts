import type { AstroIntegration } from 'astro';
import { LabbookError } from '../lib/errors.ts';
import { validateContentDir } from '../lib/validate-content.ts';

/**
 * Checks the whole content folder before Astro starts, so every bad file is reported in one run
 * (Astro stops at the first schema error) and duplicate URLs fail instead of only warning.
 */
export function validateContent(contentDir: string): AstroIntegration {
  return {
    name: 'labbook:validate-content',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const started = performance.now();
        const found = validateContentDir(contentDir);
        if (found.length) throw new LabbookError(found, `Labbook found problems in ${contentDir}`);
        logger.info(`content checked in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
