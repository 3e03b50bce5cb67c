import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../src/lib/frontmatter.ts';
import { readContentFiles, validateFiles } from '../../../src/lib/validate-content.ts';
import { playbookSchema } from '../../../src/schemas/playbook.ts';
import { listFiles, makeWiki, removeTempDirs, runCli } from './helpers.ts';

afterAll(removeTempDirs);

/** A fixture wiki with model cards for support-intent-classifier and passage-reranker. */
function wikiWithModels() {
  const wiki = makeWiki();
  mkdirSync(join(wiki.contentDir, 'models'));
  for (const name of ['support-intent-classifier', 'passage-reranker']) {
    writeFileSync(join(wiki.contentDir, 'models', `${name}.md`), `---\ntitle: ${name}\nmodel_name: ${name}\nversion: 1.0.0\nstatus: production\nowners: [a]\n---\n`);
  }
  return wiki;
}

async function newPlaybook(args: string[], wiki = wikiWithModels(), now?: Date) {
  const result = await runCli(['new', 'playbook', ...args], { cwd: wiki.root, now });
  return { ...wiki, ...result, read: (relative: string) => readFileSync(join(wiki.contentDir, relative), 'utf8') };
}

describe('labbook new playbook', () => {
  it('writes a documented draft playbook, reviewed today, with the incident sections, that validates', async () => {
    const { code, stdout, stderr, read, contentDir } = await newPlaybook([
      'Intent API latency above SLO',
      '--service', 'intent-api',
      '--severity', 'sev2',
      '--owners', 'ml-serving',
      '--models', 'support-intent-classifier',
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe('content/playbooks/intent-api-latency-above-slo.md\n');
    const source = read('playbooks/intent-api-latency-above-slo.md');
    const { data, body } = parseFrontmatter(source);
    expect(playbookSchema.parse(data)).toEqual({
      title: 'Intent API latency above SLO',
      draft: true,
      description: 'TODO: open this when ...',
      service: 'intent-api',
      severity: 'SEV2',
      owners: ['ml-serving'],
      escalation: [
        { role: 'primary', contact: 'TODO: on-call rotation', via: 'TODO: PagerDuty service' },
        { role: 'secondary', contact: 'TODO: backup' },
      ],
      reviewed: '2026-11-18',
      models: ['support-intent-classifier'],
      tags: [],
    });
    for (const key of ['draft', 'service', 'severity', 'owners', 'escalation', 'reviewed', 'models']) {
      const lines = source.split('\n');
      expect(lines[lines.findIndex((line) => line.startsWith(`${key}:`)) - 1], `comment above ${key}`).toMatch(/^# /);
    }
    expect([...body.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual(['Symptoms', 'Diagnosis', 'Mitigation', 'Rollback', 'Escalation']);
    expect(validateFiles(readContentFiles(contentDir))).toEqual([]);
  });

  it('defaults to SEV3 and TODO placeholders, still a valid draft', async () => {
    const { code, read, contentDir } = await newPlaybook(['GPU node NotReady']);
    expect(code).toBe(0);
    const data = playbookSchema.parse(parseFrontmatter(read('playbooks/gpu-node-notready.md')).data);
    expect(data).toMatchObject({ severity: 'SEV3', service: 'TODO-service', owners: ['TODO'], models: [], draft: true });
    expect(validateFiles(readContentFiles(contentDir))).toEqual([]);
  });

  it('a slash or a dot in the title stays in the file name, not a folder', async () => {
    const { stdout } = await newPlaybook(['Triton 2.4 / ONNX load failure']);
    expect(stdout).toBe('content/playbooks/triton-2-4-onnx-load-failure.md\n');
  });

  it('fails on a model without a card, suggesting the closest name, and writes nothing', async () => {
    const wiki = wikiWithModels();
    const before = listFiles(wiki.root);
    const { code, stderr } = await newPlaybook(['X', '--models', 'support-intent-clasifier,nope'], wiki);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'labbook new playbook: no model card is named "support-intent-clasifier" (did you mean "support-intent-classifier"?), "nope"; known models: passage-reranker, support-intent-classifier\n',
    );
    expect(listFiles(wiki.root)).toEqual(before);
  });

  it('never overwrites, also not through the .mdx twin', async () => {
    const wiki = wikiWithModels();
    mkdirSync(join(wiki.contentDir, 'playbooks'));
    writeFileSync(join(wiki.contentDir, 'playbooks', 'disk-full.mdx'), 'mine\n');
    const { code, stderr } = await newPlaybook(['Disk full'], wiki);
    expect(code).toBe(1);
    expect(stderr).toBe('content/playbooks/disk-full.mdx already exists; pick another title or edit that file\n');
    expect(readFileSync(join(wiki.contentDir, 'playbooks', 'disk-full.mdx'), 'utf8')).toBe('mine\n');
  });

  it('sees the playbooks the wiki publishes, also through a symbolic link inside the wiki', async () => {
    const wiki = wikiWithModels();
    mkdirSync(join(wiki.contentDir, 'playbooks'));
    mkdirSync(join(wiki.contentDir, 'shared'));
    writeFileSync(join(wiki.contentDir, 'shared', 'disk.mdx'), 'theirs\n');
    symlinkSync(join(wiki.contentDir, 'shared', 'disk.mdx'), join(wiki.contentDir, 'playbooks', 'disk-full.mdx'));
    const { code, stderr } = await newPlaybook(['Disk full'], wiki);
    expect(code).toBe(1);
    expect(stderr).toBe('content/playbooks/disk-full.mdx already exists; pick another title or edit that file\n');
  });

  it('--dry-run prints the file and writes nothing', async () => {
    const wiki = wikiWithModels();
    const before = listFiles(wiki.root);
    const { code, stdout } = await newPlaybook(['Disk full', '--dry-run'], wiki);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Dry run, nothing written\. Would write content\/playbooks\/disk-full\.md\n\n---\n/);
    expect(listFiles(wiki.root)).toEqual(before);
  });

  it.each([
    [['X', '--severity', 'P1'], 'labbook new playbook: --severity expects one of SEV1, SEV2, SEV3, SEV4; got "P1"'],
    [['X', '--service', ' '], 'labbook new playbook: --service expects a name, e.g. --service intent-api; got an empty one'],
    [['X', '--models', ','], 'labbook new playbook: --models has an empty item in ","; separate them with commas, e.g. --models support-intent-classifier'],
    [[], 'labbook new playbook: expected a title, e.g. labbook new playbook "Intent API latency above SLO"'],
  ])('%j is a usage error', async (args, message) => {
    const { code, stderr } = await newPlaybook(args);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(message);
  });

  it('labbook new --help lists the kinds', async () => {
    const { code, stdout } = await runCli(['new', '--help'], { cwd: makeWiki().root });
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: labbook new til|model|dataset|playbook|experiment "<title>" [options]');
    expect(stdout).toMatch(/Kinds:\n {2}til {9}Start a TIL note.*\n {2}model {7}Start a model card.*\n {2}dataset {5}Start a dataset card.*\n {2}playbook {4}Start an incident playbook.*\n {2}experiment {2}Start a run/);
  });
});

describe('labbook new playbook with a very long title', () => {
  it('writes a file whose name is well under 255 bytes, the title kept whole', async () => {
    const title = `${'Intent API latency above SLO during the nightly reindex '.repeat(6)}end`;
    const { code, stderr, stdout, read } = await newPlaybook([title]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const name = stdout.trim().split('/').at(-1) ?? '';
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(110);
    expect(parseFrontmatter(read(`playbooks/${name}`)).data.title).toBe(title);
  });
});
