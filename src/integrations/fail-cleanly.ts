import type { AstroIntegration } from 'astro';
import { isLabbookFailure } from '../lib/errors.ts';

/** How a failure the author can fix ends the process: its message alone on stderr, exit code 1. */
export type Exit = (message: string) => never;

const exitWithMessage: Exit = (message) => {
  process.stderr.write(`\n${message}\n`);
  process.exit(1);
};

/**
 * The integration with every hook wrapped so that a Labbook failure (src/lib/errors.ts) ends the
 * build with Labbook's message only. Thrown to Astro, it would be printed under "An unhandled error
 * occurred while running the … hook" with Astro's hints. Anything else (a bug) is thrown on as it is,
 * with its stack trace.
 */
export function failCleanly(integration: AstroIntegration, exit: Exit = exitWithMessage): AstroIntegration {
  const hooks: AstroIntegration['hooks'] = {};
  for (const [name, hook] of Object.entries(integration.hooks) as [keyof AstroIntegration['hooks'], (...args: unknown[]) => unknown][]) {
    if (typeof hook !== 'function') continue;
    const wrapped = async (...args: unknown[]) => {
      try {
        return await hook(...args);
      } catch (error) {
        if (isLabbookFailure(error)) exit(error.message);
        throw error;
      }
    };
    (hooks as Record<string, unknown>)[name] = wrapped;
  }
  return { ...integration, hooks };
}

/** `work()`, ending the process with Labbook's message alone when it fails with a Labbook failure (config loading). */
export function exitOnFailure<T>(work: () => T, exit: Exit = exitWithMessage): T {
  try {
    return work();
  } catch (error) {
    if (isLabbookFailure(error)) exit(error.message);
    throw error;
  }
}
