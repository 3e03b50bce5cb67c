import { join } from 'node:path';
import { listWiki } from '../../lib/content/files.ts';
import { LAYOUTS } from '../../lib/content/layouts.ts';
import { closestModelName } from '../../lib/models/references.ts';
import { shortenSlug } from '../../lib/short-slug.ts';
import { folderPageSlug } from '../../lib/models/routes.ts';
import { SEVERITIES, type Severity } from '../../schemas/playbook.ts';
import { optionRows, parseCommandArgs, synopsis, usageText, type CommandSpec, type OptionSpecs } from '../args.ts';
import { CliError, EXIT, localDay, requireContentDir, usageError, type CliContext, type StepContext } from '../context.ts';
import { readModelCards } from '../model-cards.ts';
import { readList, readTitle } from '../new-page-args.ts';
import { outputNewFile } from '../output-file.ts';
import { renderPlaybook, type PlaybookTemplateInput } from '../templates/playbook.ts';

/** Arguments of `labbook new playbook`. */
export const newPlaybookCommand = {
  name: 'new playbook',
  positionals: '"<title>"',
  options: {
    service: { type: 'string', value: '<name>', description: 'Service the incident is about, e.g. intent-api (default: a TODO)' },
    severity: { type: 'string', value: '<SEV1-4>', description: 'SEV1 (most urgent) to SEV4 (default: SEV3)' },
    owners: { type: 'string', value: '<a,b>', repeatable: true, description: 'Comma-separated owners, e.g. ml-serving (default: a TODO)' },
    models: { type: 'string', value: '<a,b>', repeatable: true, description: 'model_name of each model card involved; each must exist' },
    mdx: { type: 'boolean', description: 'Write .mdx instead of .md (to use components)' },
    'dry-run': { type: 'boolean', description: 'Print the file instead of writing it' },
  },
} as const satisfies CommandSpec<OptionSpecs>;

/** One line for `labbook --help`. */
export const newPlaybookSummary = 'Start an incident playbook: playbooks/<slug>.md with escalation and incident sections';

/** `labbook new playbook --help`. */
export const newPlaybookHelp = `${synopsis(newPlaybookCommand)}

${newPlaybookSummary}.
Every front matter field is explained in a comment; \`reviewed\` is today. The playbook starts as
a draft (not published) with TODOs for the escalation contacts; delete \`draft: true\` when they
are done. Sections: Symptoms, Diagnosis, Mitigation, Rollback, Escalation. Never overwrites a file.

Options:
${optionRows(newPlaybookCommand)}

Example:
  labbook new playbook "Intent API latency above SLO" --service intent-api --severity SEV2 --models support-intent-classifier
`;

const usage = usageText(newPlaybookCommand);
const fail = (message: string) => usageError(`labbook new playbook: ${message}`, usage);

/** A validated `new playbook` request. */
export interface NewPlaybookInput extends PlaybookTemplateInput {
  /** File name without extension, and the URL slug: `intent-api-latency-above-slo`. */
  slug: string;
}

/** Turn argv (after `new playbook`) into a request, or throw a usage error naming what is expected. */
export function parseNewPlaybookArgs(argv: string[], ctx: Pick<CliContext, 'now'>): { input: NewPlaybookInput; dryRun: boolean } {
  const { values, positionals } = parseCommandArgs(argv, newPlaybookCommand);
  const title = readTitle(positionals, 'labbook new playbook "Intent API latency above SLO"', fail);
  const severity = (values.severity?.trim().toUpperCase() ?? 'SEV3') as Severity;
  if (!SEVERITIES.includes(severity)) throw fail(`--severity expects one of ${SEVERITIES.join(', ')}; got "${values.severity}"`);
  const service = values.service?.trim();
  if (service === '') throw fail('--service expects a name, e.g. --service intent-api; got an empty one');
  const input: NewPlaybookInput = {
    title,
    // A slash in the title is text, not a folder.
    // Cut like a TIL's: a very long title would make a file name past the file system's limit.
    slug: shortenSlug(folderPageSlug(`${title.replace(/\s*\/\s*/g, ' ')}.md`)),
    ...(service ? { service } : {}),
    severity,
    owners: readList(values.owners ?? [], 'owners', 'ml-serving', fail),
    models: readList(values.models ?? [], 'models', 'support-intent-classifier', fail),
    reviewed: localDay(ctx.now),
    format: values.mdx ? 'mdx' : 'md',
  };
  return { input, dryRun: values['dry-run'] ?? false };
}

/** Files under playbooks/ whose URL would be the same as `slug`'s, as the one reader of the wiki lists them. */
function sameSlugFiles(contentDir: string, slug: string): string[] {
  const folder = `${LAYOUTS.labbook.playbooks}/`;
  return listWiki(contentDir, { kinds: ['playbooks'] })
    .paths.filter((path) => folderPageSlug(path.slice(folder.length)) === slug)
    .map((path) => join(contentDir, path));
}

/** Write the new playbook (or print it under --dry-run) after checking that its models have cards. */
export function createPlaybook(input: NewPlaybookInput, ctx: StepContext): void {
  const known = [...new Set(readModelCards(ctx.contentDir).flatMap((card) => (card.modelName ? [card.modelName] : [])))].sort();
  const unknown = input.models.filter((name) => !known.includes(name));
  if (unknown.length) {
    const hints = unknown.map((name) => {
      const close = closestModelName(name, known);
      return `"${name}"${close ? ` (did you mean "${close}"?)` : ''}`;
    });
    throw new CliError(
      `labbook new playbook: no model card is named ${hints.join(', ')}; known models: ${known.join(', ') || 'none yet (labbook new model "Title")'}`,
      EXIT.failure,
    );
  }
  outputNewFile(ctx, {
    path: join(ctx.contentDir, 'playbooks', `${input.slug}.${input.format}`),
    content: renderPlaybook(input),
    clashes: sameSlugFiles(ctx.contentDir, input.slug),
    whenExists: 'pick another title or edit that file',
    notes: [],
  });
}

/** `labbook new playbook ...`: returns the exit code. */
export function newPlaybook(argv: string[], ctx: CliContext): number {
  const { input, dryRun } = parseNewPlaybookArgs(argv, ctx);
  createPlaybook(input, { ...ctx, contentDir: requireContentDir(ctx), dryRun });
  return EXIT.ok;
}
