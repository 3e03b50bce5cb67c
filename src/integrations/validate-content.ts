import type { AstroIntegration } from 'astro';
import { kindFolders, type SiteConfig } from '../config/site-config.ts';
import { location, LabbookError } from '../lib/errors.ts';
import { gitHistory, historyWarningText } from '../lib/git/history.ts';
import { prefetchDiagrams } from '../lib/mermaid/prefetch-diagrams.ts';
import { modelCardWarnings } from '../lib/models/completeness.ts';
import { datasetCardWarnings } from '../lib/datasets/completeness.ts';
import { emptySectionProblems } from '../lib/empty-sections.ts';
import { suspectTags } from '../lib/tag-vocabulary.ts';
import { tilSummariesFromFiles } from '../lib/til-source.ts';
import type { RenderReport } from '../lib/dev/render-report.ts';
import { checkContentDir, type CheckedContent, type SourceFile } from '../lib/validate-content.ts';
import { DEV_PROBLEMS_SCRIPT, showProblemsWhileWriting } from './dev-problems.ts';

/** `#42` or `GH-42` outside a word: a reference that needs `repo` to become a link. */
const BARE_ISSUE = /(?:^|[^\w&/])(?:#|GH-)\d{1,9}\b/m;

/** Warnings that do not stop the build: likely tag typos, issue references that cannot link. */
export function contentWarnings(files: SourceFile[], site: Pick<SiteConfig, 'repo' | 'tagAliases'>): string[] {
  const warnings = suspectTags(tilSummariesFromFiles(files), site.tagAliases).map(
    (s) => `${location(s)}: tag "${s.tag}" is used once and looks like "${s.near}". Fix the spelling, or add it to tagAliases in labbook.yaml.`,
  );
  if (!site.repo && files.some((file) => BARE_ISSUE.test(file.source))) {
    warnings.push('labbook.yaml: issue references like #42 stay plain text because `repo` is not set. Add `repo: owner/name` to link them.');
  }
  // Model cards without Intended use, Limitations or Ethical considerations build, marked incomplete.
  warnings.push(...modelCardWarnings(files));
  // Dataset cards without a filled datasheet section build, marked incomplete.
  warnings.push(...datasetCardWarnings(files));
  // Headings left empty, e.g. from a template.
  warnings.push(...emptySectionProblems(files).map((problem) => `${location(problem)}: ${problem.message}`));
  return warnings;
}

/**
 * Checks the whole content folder before Astro starts, so every bad file is reported in one run
 * (Astro stops at the first schema error) and duplicate URLs fail instead of only warning. Under
 * `astro dev` it goes on checking: each page saved, and what rendering each note finds (the
 * Markdown pipeline reports to `report`), shown in the browser until fixed (dev-problems.ts).
 */
export function validateContent(contentDir: string, site: SiteConfig, report?: RenderReport): AstroIntegration {
  let checked: CheckedContent | undefined;
  return {
    name: 'labbook:validate-content',
    hooks: {
      'astro:config:setup': ({ logger, command, injectScript }) => {
        const started = performance.now();
        checked = checkContentDir(contentDir, kindFolders(site));
        const { files, problems } = checked;
        if (problems.length) throw new LabbookError(problems, `Labbook found problems in ${contentDir}`);
        for (const warning of contentWarnings(files, site)) logger.warn(warning);
        // Notes dated by git: one warning when git cannot date them (not a repository, a shallow clone).
        const history = files.some((file) => file.created !== undefined) ? gitHistory(contentDir).warning : undefined;
        if (history) logger.warn(historyWarningText(history, contentDir));
        logger.info(`${files.length} files checked in ${Math.round(performance.now() - started)} ms`);
        // Diagrams not in the cache start rendering now, while Astro starts (not for check/sync/preview).
        if (command === 'build' || command === 'dev') prefetchDiagrams(files);
        if (command === 'dev') {
          // Before any note renders: from now on a note with problems renders with them shown.
          report?.start();
          injectScript('page', DEV_PROBLEMS_SCRIPT);
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        if (checked) showProblemsWhileWriting(server, logger, { contentDir, folders: kindFolders(site), checked, report });
      },
    },
  };
}
