import { join } from 'node:path';
import { folderPageSlug } from '../../lib/models/routes.ts';
import { compareVersions, isVersion } from '../../lib/models/semver.ts';
import { slugSegment } from '../../lib/routes.ts';
import { MODEL_STATUSES } from '../../schemas/model-card.ts';
import { optionRows, parseCommandArgs, synopsis, usageText, type CommandSpec, type OptionSpecs } from '../args.ts';
import { CliError, EXIT, requireContentDir, usageError, type CliContext, type StepContext } from '../context.ts';
import { readModelCards } from '../model-cards.ts';
import { readList, readTitle } from '../new-page-args.ts';
import { outputNewFile } from '../output-file.ts';
import { renderModelCard, type ModelTemplateInput } from '../templates/model.ts';

/** Arguments of `labbook new model`. */
export const newModelCommand = {
  name: 'new model',
  positionals: '"<title>"',
  options: {
    name: { type: 'string', value: '<model-name>', description: 'model_name shared by all versions (default: the title without its version, slugged)' },
    version: { type: 'string', value: '<x.y.z>', description: 'Version of this card (default: the vX.Y.Z at the end of the title, else 0.1.0)' },
    status: { type: 'string', value: '<status>', description: 'production, staging or archived (default: staging)' },
    owners: { type: 'string', value: '<a,b>', repeatable: true, description: 'Comma-separated owners, e.g. mira-k,ml-platform (default: a TODO)' },
    task: { type: 'string', value: '<pipeline-tag>', description: 'Hugging Face task, e.g. text-classification' },
    mdx: { type: 'boolean', description: 'Write .mdx instead of .md (to use components)' },
    'dry-run': { type: 'boolean', description: 'Print the file instead of writing it' },
  },
} as const satisfies CommandSpec<OptionSpecs>;

/** One line for `labbook --help`. */
export const newModelSummary = 'Start a model card: models/<name>-v<version>.md with HF metadata and required sections';

/** `labbook new model --help`. */
export const newModelHelp = `${synopsis(newModelCommand)}

${newModelSummary}.
Every front matter field is explained in a comment. The card starts as a draft (not published)
with TODOs; delete \`draft: true\` when they are done. Sections: Intended use, Limitations,
Ethical considerations (a card without them is marked incomplete on /models/), Training data.
One card per version: cards sharing a model_name link to each other, and each shows its metric
changes since the previous version. Never overwrites a file.

Options:
${optionRows(newModelCommand)}

Example:
  labbook new model "Support intent classifier v1.3.0" --owners mira-k --task text-classification
`;

const usage = usageText(newModelCommand);
const fail = (message: string) => usageError(`labbook new model: ${message}`, usage);

/** `Support intent classifier v1.3.0` -> the version at the end, and the title without it. */
const TITLE_VERSION = /^(.*?)[\s_-]+v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/i;

/** A validated `new model` request. */
export interface NewModelInput extends ModelTemplateInput {
  /** File path inside models/, without extension: `support-intent-classifier-v1.3.0`. */
  fileStem: string;
}

/** Turn argv (after `new model`) into a request, or throw a usage error naming what is expected. */
export function parseNewModelArgs(argv: string[]): { input: NewModelInput; dryRun: boolean } {
  const { values, positionals } = parseCommandArgs(argv, newModelCommand);
  const title = readTitle(positionals, 'labbook new model "Support intent classifier v1.3.0"', fail);
  const fromTitle = TITLE_VERSION.exec(title);

  const version = values.version?.trim() ?? fromTitle?.[2] ?? '0.1.0';
  if (!isVersion(version)) throw fail(`--version expects MAJOR.MINOR.PATCH with an optional -pre-release, e.g. 1.3.0; got "${version}"`);

  const modelName = values.name?.trim() ?? slugSegment(fromTitle?.[1] ?? title);
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(modelName)) {
    throw fail(`--name expects letters, digits and . _ / - (no spaces), e.g. support-intent-classifier; got "${modelName}"`);
  }

  const status = values.status?.trim() ?? 'staging';
  if (!(MODEL_STATUSES as readonly string[]).includes(status)) throw fail(`--status expects one of ${MODEL_STATUSES.join(', ')}; got "${status}"`);

  const task = values.task?.trim();
  if (task === '') throw fail('--task expects a Hugging Face task, e.g. --task text-classification; got an empty one');

  const input: NewModelInput = {
    title,
    modelName,
    version,
    status: status as NewModelInput['status'],
    owners: readList(values.owners ?? [], 'owners', 'mira-k,ml-platform', fail),
    ...(task ? { task } : {}),
    format: values.mdx ? 'mdx' : 'md',
    fileStem: `${modelName}-v${version}`,
  };
  return { input, dryRun: values['dry-run'] ?? false };
}

/** Write the new card (or print it under --dry-run); refuse a second card for one model version. */
export function createModelCard(input: NewModelInput, ctx: StepContext): void {
  const cards = readModelCards(ctx.contentDir);
  const same = cards.find((card) => card.modelName === input.modelName && card.version === input.version);
  if (same) {
    throw new CliError(`${same.file} is already the card of ${input.modelName} ${input.version}; pick another --version or edit that file`, EXIT.failure);
  }
  const slug = folderPageSlug(`${input.fileStem}.md`);
  const previous = cards
    .filter((card) => card.modelName === input.modelName && card.version && compareVersions(card.version, input.version) < 0)
    .sort((a, b) => compareVersions(b.version ?? '', a.version ?? ''))[0];
  outputNewFile(ctx, {
    path: join(ctx.contentDir, 'models', `${input.fileStem}.${input.format}`),
    content: renderModelCard(input),
    // Another file whose name gives the same URL (the .mdx twin, other case or dots).
    clashes: cards.filter((card) => folderPageSlug(card.file.slice('models/'.length)) === slug).map((card) => join(ctx.contentDir, card.file)),
    whenExists: 'pick another --version or --name, or edit that file',
    notes: previous?.version ? [`previous version: ${previous.version} (${previous.file}); its metrics are compared with this card's`] : [],
  });
}

/** `labbook new model ...`: returns the exit code. */
export function newModel(argv: string[], ctx: CliContext): number {
  const { input, dryRun } = parseNewModelArgs(argv);
  createModelCard(input, { ...ctx, contentDir: requireContentDir(ctx), dryRun });
  return EXIT.ok;
}
