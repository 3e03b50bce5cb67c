import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { LabbookError, problems, type Problem } from '../lib/errors';

type GlobOptions = Parameters<typeof glob>[0];

/** `Error rendering til/a.md: reason` as logged by Astro's glob loader. */
const RENDER_ERROR = /^Error rendering (.+?): ([\s\S]*)$/;

/**
 * Astro's glob loader, except that a Markdown render error fails the build. The stock loader only
 * logs it and publishes an empty page (withastro/astro#18054). Errors are collected through the
 * logger it is handed, so every broken file is reported in one run, prefixed with `folder`.
 */
export function strictGlob(options: GlobOptions & { folder: string }): Loader {
  const { folder, ...globOptions } = options;
  const inner = glob(globOptions);
  return {
    name: 'labbook-strict-glob',
    load: async (context: LoaderContext) => {
      const failures: Problem[] = [];
      const logger = Object.create(context.logger) as LoaderContext['logger'];
      logger.error = (message: string) => {
        const match = RENDER_ERROR.exec(message);
        if (match?.[1]) failures.push(problems.renderFailed(`${folder}/${match[1]}`, match[2] ?? ''));
        else context.logger.error(message);
      };
      await inner.load({ ...context, logger });
      if (failures.length) throw new LabbookError(failures);
    },
  };
}
