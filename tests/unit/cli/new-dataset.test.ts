import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../src/lib/frontmatter.ts';
import { readContentFiles, validateFiles } from '../../../src/lib/validate-content.ts';
import { datasetCardSchema } from '../../../src/schemas/dataset-card.ts';
import { DATASET_SECTIONS } from '../../../src/cli/templates/dataset.ts';
import { makeWiki, removeTempDirs, runCli } from './helpers.ts';

afterAll(removeTempDirs);

async function newDataset(args: string[], wiki = makeWiki()) {
  const result = await runCli(['new', 'dataset', ...args], { cwd: wiki.root });
  return { ...wiki, ...result, read: (relative: string) => readFileSync(join(wiki.contentDir, relative), 'utf8') };
}

describe('labbook new dataset', () => {
  it('writes a documented draft card with the datasheet sections as prompts, that validates', async () => {
    const { code, stdout, stderr, read, contentDir } = await newDataset(['Support tickets', '--id', 'acme/support-tickets', '--owners', 'data-platform', '--task', 'text-classification']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('content/datasets/support-tickets.md');
    const source = read('datasets/support-tickets.md');
    const { data, body } = parseFrontmatter(source);
    const card = datasetCardSchema.parse(data);
    expect([card.title, card.draft, card.dataset_id, card.owners, card.task_categories]).toEqual(['Support tickets', true, 'acme/support-tickets', ['data-platform'], ['text-classification']]);
    expect(body.match(/^## .+$/gm)).toEqual(DATASET_SECTIONS.map(([heading]) => `## ${heading}`));
    expect(body).toContain('<!-- Why was the dataset created');
    expect(validateFiles(readContentFiles(contentDir))).toEqual([]);
  });

  it('defaults dataset_id to the file name and writes MDX prompts as expressions', async () => {
    const { code, read } = await newDataset(['Click logs', '--mdx']);
    expect(code).toBe(0);
    const source = read('datasets/click-logs.mdx');
    expect(parseFrontmatter(source).data.dataset_id).toBe('click-logs');
    expect(source).toContain('{/* Why was the dataset created');
  });

  it('never overwrites, also not through the .mdx twin', async () => {
    const wiki = makeWiki();
    mkdirSync(join(wiki.contentDir, 'datasets'));
    writeFileSync(join(wiki.contentDir, 'datasets', 'clicks.mdx'), 'mine');
    const { code, stderr } = await newDataset(['Clicks'], wiki);
    expect(code).toBe(1);
    expect(stderr).toBe('content/datasets/clicks.mdx already exists; pick another title or edit that file\n');
    expect(readFileSync(join(wiki.contentDir, 'datasets', 'clicks.mdx'), 'utf8')).toBe('mine');
  });

  it('rejects an id with spaces, naming the form', async () => {
    const { code, stderr } = await newDataset(['X', '--id', 'acme tickets']);
    expect(code).toBe(2);
    expect(stderr).toContain('--id expects letters, digits and . _ / - (no spaces)');
  });
});
