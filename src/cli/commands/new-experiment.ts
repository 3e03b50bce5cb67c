import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listFileFolders } from '../../lib/content/files.ts';
import { LAYOUTS } from '../../lib/content/layouts.ts';
import { runIdOf, RUN_MARKERS } from '../../lib/experiments/run.ts';
import { slugSegment } from '../../lib/routes.ts';
import { optionRows, parseCommandArgs, synopsis, usageText, type CommandSpec, type OptionSpecs } from '../args.ts';
import { CliError, displayPath, EXIT, requireContentDir, usageError, type CliContext, type StepContext } from '../context.ts';
import { readList, readTitle } from '../new-page-args.ts';
import { outputNewFile } from '../output-file.ts';
import { renderExperimentConfig, renderExperimentMetrics, renderExperimentReadme, type ExperimentTemplateInput } from '../templates/experiment.ts';

/** Arguments of `labbook new experiment`. */
export const newExperimentCommand = {
  name: 'new experiment',
  positionals: '"<name>"',
  options: {
    id: { type: 'string', value: '<id>', description: 'Run id, e.g. exp-007 (default: the next exp-NNN of the group)' },
    group: { type: 'string', value: '<folder>', description: 'Sub-folder of experiments/ whose leaderboard it joins, e.g. lr-sweep' },
    baseline: { type: 'string', value: '<run>', description: 'Run to compare with (id or folder name; default: the previous run)' },
    model: { type: 'string', value: '<model-name>', description: 'The model card this run produces' },
    tags: { type: 'string', value: '<a,b>', repeatable: true, description: 'Comma-separated tags' },
    'dry-run': { type: 'boolean', description: 'Print the files instead of writing them' },
  },
} as const satisfies CommandSpec<OptionSpecs>;

/** One line for `labbook --help`. */
export const newExperimentSummary = 'Start a run: experiments/<id>_<name>/ with config.yml, metrics.json and README.md';

/** `labbook new experiment --help`. */
export const newExperimentHelp = `${synopsis(newExperimentCommand)}

${newExperimentSummary}.
The folder gets a config.yml (hyper-parameters), an empty metrics.json and a README.md with
Hypothesis / Notes / Conclusion and its baseline, model and tags in front matter. Never overwrites:
an existing folder is an error.

Options:
${optionRows(newExperimentCommand)}

Example:
  labbook new experiment "lr warmup" --baseline exp-001 --model support-intent-classifier
`;

const usage = usageText(newExperimentCommand);
const fail = (message: string) => usageError(`labbook new experiment: ${message}`, usage);

/** A run id: letters, digits, `-` and `.`, no `_` (it separates id and name in the folder name). */
const RUN_ID = /^[A-Za-z0-9][A-Za-z0-9.-]*$/;

export interface NewExperimentInput extends ExperimentTemplateInput {
  group: string;
  /** The id was chosen by Labbook (the next exp-NNN). */
  idGiven: boolean;
}

export function parseNewExperimentArgs(argv: string[]): { input: NewExperimentInput; dryRun: boolean } {
  const { values, positionals } = parseCommandArgs(argv, newExperimentCommand);
  const title = readTitle(positionals, 'labbook new experiment "lr warmup"', fail);
  const name = slugSegment(title);
  if (!/[\p{L}\p{N}]/u.test(name)) throw fail(`expected a name with letters or digits, e.g. "lr warmup"; got "${title}"`);
  const id = values.id?.trim() ?? '';
  if (values.id !== undefined && !RUN_ID.test(id)) throw fail(`--id expects letters, digits, - and . (no _ or spaces), e.g. exp-007; got "${values.id}"`);
  const group = (values.group ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (group.split('/').some((part) => part === '..' || part.startsWith('.') || part.startsWith('_'))) throw fail(`--group expects a folder inside experiments/, e.g. lr-sweep; got "${values.group}"`);
  const baseline = values.baseline?.trim();
  const model = values.model?.trim();
  return {
    input: { id, idGiven: values.id !== undefined, name, group, tags: readList(values.tags ?? [], 'tags', 'warmup,lr', fail), ...(baseline ? { baseline } : {}), ...(model ? { model } : {}) },
    dryRun: values['dry-run'] ?? false,
  };
}

/** The next `exp-NNN` after the highest one among these folder names (`exp-001` when there is none). */
export function nextRunId(dirNames: readonly string[]): string {
  const numbers = dirNames.map((dir) => /^exp-(\d+)$/i.exec(runIdOf(dir).id)?.[1]).filter((n): n is string => n !== undefined);
  const width = Math.max(3, ...numbers.map((n) => n.length));
  const next = Math.max(0, ...numbers.map(Number)) + 1;
  return `exp-${String(next).padStart(width, '0')}`;
}

export function createExperiment(input: NewExperimentInput, ctx: StepContext): void {
  const root = LAYOUTS.labbook.experiments;
  const groupFolder = input.group ? `${root}/${input.group}` : root;
  const runs = listFileFolders(ctx.contentDir, root, (names) => names.some((name) => RUN_MARKERS.includes(name))).folders;
  const inGroup = runs.filter((run) => run.folder.slice(0, run.folder.lastIndexOf('/')) === groupFolder).map((run) => run.folder.split('/').pop() ?? '');
  const id = input.idGiven ? input.id : nextRunId(inGroup);
  const all = runs.map((run) => run.folder.split('/').pop() ?? '');
  if (input.baseline && !all.some((dir) => dir === input.baseline || runIdOf(dir).id === input.baseline)) {
    throw new CliError(`no run has the id or folder name "${input.baseline}" for --baseline${all.length ? ` (runs: ${all.slice(-8).join(', ')})` : ''}; name an existing run or leave --baseline out`, EXIT.failure);
  }
  const folder = join(ctx.contentDir, groupFolder, `${id}_${input.name}`);
  const sameId = inGroup.find((dir) => runIdOf(dir).id === id);
  if (existsSync(folder) || sameId) {
    throw new CliError(`${displayPath(ctx, sameId ? join(ctx.contentDir, groupFolder, sameId) : folder)} already exists; pick another --id or name, or edit that run`, EXIT.failure);
  }
  const content = { ...input, id };
  const files: [string, string][] = [
    ['config.yml', renderExperimentConfig()],
    ['metrics.json', renderExperimentMetrics()],
    ['README.md', renderExperimentReadme(content)],
  ];
  for (const [name, text] of files) {
    outputNewFile(ctx, { path: join(folder, name), content: text, clashes: [], whenExists: 'pick another --id or name, or edit that run', notes: [] });
  }
}

/** `labbook new experiment ...`: returns the exit code. */
export function newExperiment(argv: string[], ctx: CliContext): number {
  const { input, dryRun } = parseNewExperimentArgs(argv);
  createExperiment(input, { ...ctx, contentDir: requireContentDir(ctx), dryRun });
  return EXIT.ok;
}
