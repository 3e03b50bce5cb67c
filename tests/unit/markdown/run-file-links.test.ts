import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { runFileLinks } from '../../../src/markdown/run-file-links.ts';

const root = mkdtempSync(join(tmpdir(), 'labbook-runlinks-'));
const folder = join(root, 'wiki/experiments/exp-001_a');
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, 'train_log.csv'), 'step,loss\n');
writeFileSync(join(root, 'train.py'), '');
const repoFiles = { repo: 'acme/ml', branch: 'main', root };
async function render(markdown: string, withRepo = true): Promise<string> {
  return (await markdownToHtml(markdown, { mdastPlugins: [runFileLinks({ folder, repoFiles: withRepo ? repoFiles : undefined })] })).html;
}

describe('runFileLinks', () => {
  it('opens files beside a run README (and elsewhere in the repository) on GitHub', async () => {
    expect(await render('[log](train_log.csv)')).toContain('href="https://github.com/acme/ml/blob/main/wiki/experiments/exp-001_a/train_log.csv"');
    expect(await render('[code](../../../train.py#L3)')).toContain('href="https://github.com/acme/ml/blob/main/train.py#L3"');
  });
  it('leaves missing files, absolute URLs and links without a known repository as written', async () => {
    expect(await render('[x](missing.csv)')).toContain('href="missing.csv"');
    expect(await render('[x](https://dvc.org/)')).toContain('href="https://dvc.org/"');
    expect(await render('[log](train_log.csv)', false)).toContain('href="train_log.csv"');
  });
});
