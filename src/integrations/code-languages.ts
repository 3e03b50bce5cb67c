import type { AstroIntegration } from 'astro';
import type { UnknownLanguages } from '../lib/highlight/unknown-languages.ts';

/**
 * Prints the build's one warning about code blocks in languages the highlighter does not know
 * (each language once, with its count), after every page and MDX file has been rendered. The tally
 * is filled by src/markdown/highlight.ts; astro.config.mjs hands the same object to both.
 */
export function codeLanguages(unknownLanguages: UnknownLanguages | undefined): AstroIntegration {
  return {
    name: 'labbook:code-languages',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const summary = unknownLanguages?.summary();
        if (summary) logger.warn(summary);
      },
    },
  };
}
