import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToJs } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../src/lib/frontmatter.ts';
import { missingSections } from '../../../src/lib/models/completeness.ts';
import { readContentFiles, validateFiles } from '../../../src/lib/validate-content.ts';
import { modelCardSchema } from '../../../src/schemas/model-card.ts';
import { listFiles, makeWiki, removeTempDirs, runCli } from './helpers.ts';

afterAll(removeTempDirs);

/** A fixture wiki with one card, support-intent-classifier 1.2.0. */
function wikiWithCard() {
  const wiki = makeWiki();
  mkdirSync(join(wiki.contentDir, 'models'));
  writeFileSync(
    join(wiki.contentDir, 'models', 'support-intent-classifier-v1.2.0.md'),
    '---\ntitle: Intent v1.2.0\nmodel_name: support-intent-classifier\nversion: 1.2.0\nstatus: production\nowners: [li-wei]\n---\n\n## Intended use\n\n## Limitations\n\n## Ethical considerations\n',
  );
  return wiki;
}

async function newModel(args: string[], wiki = wikiWithCard()) {
  const result = await runCli(['new', 'model', ...args], { cwd: wiki.root });
  return { ...wiki, ...result, read: (relative: string) => readFileSync(join(wiki.contentDir, relative), 'utf8') };
}

describe('labbook new model', () => {
  it('writes a documented draft card that validates, takes name and version from the title, and names the previous version', async () => {
    const { code, stdout, stderr, read, contentDir } = await newModel(['Support intent classifier v1.3.0', '--owners', 'mira-k,ml-platform', '--task', 'text-classification']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(
      'content/models/support-intent-classifier-v1.3.0.md\nprevious version: 1.2.0 (models/support-intent-classifier-v1.2.0.md); its metrics are compared with this card\'s\n',
    );
    const source = read('models/support-intent-classifier-v1.3.0.md');
    const { data, body } = parseFrontmatter(source);
    expect(modelCardSchema.parse(data)).toMatchObject({
      title: 'Support intent classifier v1.3.0',
      draft: true,
      model_name: 'support-intent-classifier',
      version: '1.3.0',
      status: 'staging',
      owners: ['mira-k', 'ml-platform'],
      pipeline_tag: 'text-classification',
      'model-index': [{ name: 'support-intent-classifier', results: [] }],
    });
    // Every field is documented where it is written.
    for (const key of ['draft', 'model_name', 'version', 'status', 'owners', 'model-index']) {
      const lines = source.split('\n');
      const at = lines.findIndex((line) => line.startsWith(`${key}:`));
      expect(lines[at - 1], `comment above ${key}`).toMatch(/^# /);
    }
    expect(missingSections(body)).toEqual([]);
    expect(body).toContain('## Intended use\n\n<!-- What the model is for');
    expect(validateFiles(readContentFiles(contentDir))).toEqual([]);
  });

  it('the commented model-index example is valid when uncommented', async () => {
    const { read } = await newModel(['Reranker', '--owners', 'sam']);
    const source = read('models/reranker-v0.1.0.md')
      .replace('    results: []\n', '')
      .replace(/^ {4}# /gm, '    ');
    const card = modelCardSchema.parse(parseFrontmatter(source).data);
    expect(card['model-index'][0]?.results[0]?.metrics.map((m) => m.type)).toEqual(['accuracy', 'f1']);
  });

  it('defaults to version 0.1.0, staging and a TODO owner, still a valid draft', async () => {
    const { code, stdout, read, contentDir } = await newModel(['Passage reranker']);
    expect(code).toBe(0);
    expect(stdout).toBe('content/models/passage-reranker-v0.1.0.md\n');
    const data = modelCardSchema.parse(parseFrontmatter(read('models/passage-reranker-v0.1.0.md')).data);
    expect(data).toMatchObject({ model_name: 'passage-reranker', version: '0.1.0', status: 'staging', owners: ['TODO'], draft: true });
    expect(validateFiles(readContentFiles(contentDir))).toEqual([]);
  });

  it('--name and --version win over the title', async () => {
    const { stdout, read } = await newModel(['Reranker, German fine-tune', '--name', 'passage-reranker-de', '--version', '2.1.0-rc.1', '--status', 'production']);
    expect(stdout).toBe('content/models/passage-reranker-de-v2.1.0-rc.1.md\n');
    expect(read('models/passage-reranker-de-v2.1.0-rc.1.md')).toContain('\nmodel_name: passage-reranker-de\n');
  });

  it('writes .mdx with MDX comments that compile', async () => {
    const { read } = await newModel(['Reranker', '--mdx']);
    const body = parseFrontmatter(read('models/reranker-v0.1.0.mdx')).body;
    expect(body).not.toContain('<!--');
    expect(() => mdxToJs(body)).not.toThrow();
  });

  it('refuses a second card for the same model version, naming the existing file, and writes nothing', async () => {
    const wiki = wikiWithCard();
    const before = listFiles(wiki.root);
    const { code, stdout, stderr } = await newModel(['Intent classifier again', '--name', 'support-intent-classifier', '--version', '1.2.0'], wiki);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toBe('models/support-intent-classifier-v1.2.0.md is already the card of support-intent-classifier 1.2.0; pick another --version or edit that file\n');
    expect(listFiles(wiki.root)).toEqual(before);
  });

  it('lists cards as the wiki does: one in a _ folder is not published, so it is not the card of that version', async () => {
    const wiki = makeWiki();
    mkdirSync(join(wiki.contentDir, 'models', '_archive'), { recursive: true });
    writeFileSync(join(wiki.contentDir, 'models', '_archive', 'old.md'), '---\ntitle: Old\nmodel_name: support-intent-classifier\nversion: 1.2.0\n---\n');
    const { code, stderr } = await newModel(['Intent classifier', '--name', 'support-intent-classifier', '--version', '1.2.0'], wiki);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });

  it('never overwrites a file that would take the same URL', async () => {
    const wiki = wikiWithCard();
    writeFileSync(join(wiki.contentDir, 'models', 'other-v1.0.0.mdx'), 'my notes\n');
    const { code, stderr } = await newModel(['Other v1.0.0'], wiki);
    expect(code).toBe(1);
    expect(stderr).toBe('content/models/other-v1.0.0.mdx already exists; pick another --version or --name, or edit that file\n');
    expect(readFileSync(join(wiki.contentDir, 'models', 'other-v1.0.0.mdx'), 'utf8')).toBe('my notes\n');
  });

  it('--dry-run prints the file and writes nothing', async () => {
    const wiki = wikiWithCard();
    const before = listFiles(wiki.root);
    const { code, stdout } = await newModel(['Reranker', '--dry-run'], wiki);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Dry run, nothing written\. Would write content\/models\/reranker-v0\.1\.0\.md\n\n---\n/);
    expect(listFiles(wiki.root)).toEqual(before);
  });

  it.each([
    [['X', '--version', '1.3'], 'labbook new model: --version expects MAJOR.MINOR.PATCH with an optional -pre-release, e.g. 1.3.0; got "1.3"'],
    [['X', '--status', 'live'], 'labbook new model: --status expects one of production, staging, archived; got "live"'],
    [['X', '--name', 'has space'], 'labbook new model: --name expects letters, digits and . _ / - (no spaces), e.g. support-intent-classifier; got "has space"'],
    [['X', '--owners', 'a,,b'], 'labbook new model: --owners has an empty item in "a,,b"; separate them with commas, e.g. --owners mira-k,ml-platform'],
    [[], 'labbook new model: expected a title, e.g. labbook new model "Support intent classifier v1.3.0"'],
    [['two', 'words'], 'labbook new model: expected one title, got 2 arguments; quote it: "two words"'],
  ])('%j is a usage error', async (args, message) => {
    const wiki = wikiWithCard();
    const before = listFiles(wiki.root);
    const { code, stderr } = await newModel(args, wiki);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(message);
    expect(listFiles(wiki.root)).toEqual(before);
  });

  it('explains itself with --help', async () => {
    const { code, stdout } = await newModel(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Sections: Intended use, Limitations,\nEthical considerations');
    expect(stdout).toContain('--owners <a,b>');
  });
});
