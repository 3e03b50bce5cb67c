/** The files `labbook new experiment` writes into a new run folder. */

export interface ExperimentTemplateInput {
  id: string;
  name: string;
  baseline?: string;
  model?: string;
  tags: string[];
}

const quote = (text: string) => (/^[\w.-]+$/.test(text) ? text : JSON.stringify(text));

/** config.yml: hyper-parameters, nested keys shown as dotted names on the run's page. */
export function renderExperimentConfig(): string {
  return `# Hyper-parameters of this run. Nested keys show as dotted names (optimizer.lr) on its page,
# and every value that differs from the baseline's is listed there.
optimizer:
  name: adamw
  lr: 0.0003
batch_size: 32
epochs: 3
seed: 42
`;
}

/** metrics.json: final scalars; empty until the run has them (the page says "not stated"). */
export function renderExperimentMetrics(): string {
  return '{}\n';
}

/** README.md: hypothesis, notes and conclusion, with the run's links in front matter. */
export function renderExperimentReadme(input: ExperimentTemplateInput): string {
  const lines = [
    '---',
    '# The run this one is compared with (its id or folder name). Without it: the previous run by id.',
    input.baseline ? `baseline: ${quote(input.baseline)}` : '# baseline: exp-001',
    '# The model card (model_name) this run produced; the card lists its runs.',
    input.model ? `model: ${quote(input.model)}` : '# model: support-intent-classifier',
    `tags: [${input.tags.map(quote).join(', ')}]`,
    '# running, done, failed or abandoned: shown on the leaderboard.',
    'status: running',
    '---',
    '',
    '## Hypothesis',
    '',
    'TODO: what you expect this run to show, and why.',
    '',
    '## Notes',
    '',
    'TODO: what happened. Issues (#42), PRs and commits link to GitHub; other runs\' ids link to their pages.',
    '',
    '## Conclusion',
    '',
    'TODO: what the metrics say about the hypothesis.',
    '',
    'Put final metrics in metrics.json (or metrics.yaml) and step logs (train_log.csv with a `step` column, .tsv or .jsonl) beside this file.',
    '',
  ];
  return lines.join('\n');
}
