import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { folderPageSlug } from '../../lib/models/routes.ts';
import { shortenSlug } from '../../lib/short-slug.ts';
import { optionRows, parseCommandArgs, synopsis, usageText, type CommandSpec, type OptionSpecs } from '../args.ts';
import { EXIT, requireContentDir, usageError, type CliContext, type StepContext } from '../context.ts';
import { readList, readTitle } from '../new-page-args.ts';
import { outputNewFile } from '../output-file.ts';
import { renderDatasetCard, type DatasetTemplateInput } from '../templates/dataset.ts';

/** Arguments of `labbook new dataset`. */
export const newDatasetCommand = {
  name: 'new dataset',
  positionals: '"<title>"',
  options: {
    id: { type: 'string', value: '<dataset-id>', description: 'dataset_id model cards name in datasets:, e.g. acme/support-tickets (default: the title, slugged)' },
    owners: { type: 'string', value: '<a,b>', repeatable: true, description: 'Comma-separated owners, e.g. data-platform (default: a TODO)' },
    task: { type: 'string', value: '<task-category>', description: 'Hugging Face task category, e.g. text-classification' },
    mdx: { type: 'boolean', description: 'Write .mdx instead of .md (to use components)' },
    'dry-run': { type: 'boolean', description: 'Print the file instead of writing it' },
  },
} as const satisfies CommandSpec<OptionSpecs>;

/** One line for `labbook --help`. */
export const newDatasetSummary = 'Start a dataset card: datasets/<name>.md with HF metadata and the datasheet sections';

/** `labbook new dataset --help`. */
export const newDatasetHelp = `${synopsis(newDatasetCommand)}

${newDatasetSummary}.
Every front matter field is explained in a comment. The card starts as a draft (not published)
with TODOs; delete \`draft: true\` when they are done. Sections, from "Datasheets for Datasets":
Motivation, Composition, Collection process, Preprocessing/cleaning/labeling, Uses, Distribution,
Maintenance; a card where one has only its prompt is marked incomplete on /datasets/. Model cards
whose \`datasets:\` name the dataset_id (or the file name) link to it. Never overwrites a file.

Options:
${optionRows(newDatasetCommand)}

Example:
  labbook new dataset "Support tickets" --id acme/support-tickets --owners data-platform --task text-classification
`;

const usage = usageText(newDatasetCommand);
const fail = (message: string) => usageError(`labbook new dataset: ${message}`, usage);

/** A validated `new dataset` request. */
export interface NewDatasetInput extends DatasetTemplateInput {
  /** File name without extension, and the URL slug: `support-tickets`. */
  slug: string;
}

/** Turn argv (after `new dataset`) into a request, or throw a usage error naming what is expected. */
export function parseNewDatasetArgs(argv: string[]): { input: NewDatasetInput; dryRun: boolean } {
  const { values, positionals } = parseCommandArgs(argv, newDatasetCommand);
  const title = readTitle(positionals, 'labbook new dataset "Support tickets"', fail);
  // A slash in the title is text, not a folder; a long title is cut like a TIL's.
  const slug = shortenSlug(folderPageSlug(`${title.replace(/\s*\/\s*/g, ' ')}.md`));
  const datasetId = values.id?.trim() ?? slug;
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(datasetId)) throw fail(`--id expects letters, digits and . _ / - (no spaces), e.g. acme/support-tickets; got "${datasetId}"`);
  const task = values.task?.trim();
  if (task === '') throw fail('--task expects a Hugging Face task category, e.g. --task text-classification; got an empty one');
  const input: NewDatasetInput = {
    title,
    slug,
    datasetId,
    owners: readList(values.owners ?? [], 'owners', 'data-platform', fail),
    ...(task ? { task } : {}),
    format: values.mdx ? 'mdx' : 'md',
  };
  return { input, dryRun: values['dry-run'] ?? false };
}

/** Files under datasets/ whose URL would be the same as `slug`'s. */
function sameSlugFiles(contentDir: string, slug: string): string[] {
  const root = join(contentDir, 'datasets');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => folderPageSlug(relative(root, path).split(sep).join('/')) === slug);
}

/** Write the new dataset card (or print it under --dry-run); never over a file, nor beside one with the same URL. */
export function createDatasetCard(input: NewDatasetInput, ctx: StepContext): void {
  outputNewFile(ctx, {
    path: join(ctx.contentDir, 'datasets', `${input.slug}.${input.format}`),
    content: renderDatasetCard(input),
    clashes: sameSlugFiles(ctx.contentDir, input.slug),
    whenExists: 'pick another title or edit that file',
    notes: [`model cards link here with datasets: [${input.datasetId}]`],
  });
}

/** `labbook new dataset ...`: returns the exit code. */
export function newDataset(argv: string[], ctx: CliContext): number {
  const { input, dryRun } = parseNewDatasetArgs(argv);
  createDatasetCard(input, { ...ctx, contentDir: requireContentDir(ctx), dryRun });
  return EXIT.ok;
}
