import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findContentDir } from '../../../src/config/content-dir.ts';
import { emptyDir, makeWiki, removeTempDirs, runCli, til } from './helpers.ts';

afterAll(removeTempDirs);

/** A fake Astro that records what it was asked to run, and exits with `code`. */
function fakeAstro(code = 0) {
  const calls: { args: string[]; env: Record<string, string | undefined> }[] = [];
  const runAstro = async (args: string[], env: Record<string, string | undefined>) => {
    calls.push({ args, env });
    return code;
  };
  return { calls, runAstro };
}

/** A notes repository: labbook.yaml at its top, notes beside it, no content/ folder. */
function notesRepo(files: Record<string, string> = {}): string {
  const root = emptyDir();
  const all = { 'labbook.yaml': 'title: Team notes\n', 'til/2026-11-16-a-lesson.md': til('title: A lesson\ndate: 2026-11-16'), ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('findContentDir', () => {
  it('is the folder itself when it holds labbook.yaml, else content/, and $LABBOOK_CONTENT wins', () => {
    const repo = notesRepo();
    const plain = emptyDir();
    expect(findContentDir({}, repo)).toBe(repo);
    expect(findContentDir({}, plain)).toBe(join(plain, 'content'));
    expect(findContentDir({ LABBOOK_CONTENT: 'wiki' }, repo)).toBe(join(repo, 'wiki'));
    expect(findContentDir({ LABBOOK_CONTENT: ' ' }, plain)).toBe(join(plain, 'content'));
  });
});

describe('labbook build, dev, preview', () => {
  it('build runs astro build on the notes here, into ./dist, with caches in ./node_modules/.cache/labbook', async () => {
    const repo = notesRepo();
    const astro = fakeAstro();
    const { code } = await runCli(['build'], { cwd: repo, env: { PATH: '/bin' }, runAstro: astro.runAstro });
    expect(code).toBe(0);
    expect(astro.calls).toHaveLength(1);
    const [{ args, env }] = astro.calls as [(typeof astro.calls)[0]];
    expect(args).toEqual(['build']);
    expect(env.PATH).toBe('/bin');
    expect(env.LABBOOK_CONTENT).toBe(repo);
    expect(env.LABBOOK_OUT).toBe(join(repo, 'dist'));
    const cache = join(repo, 'node_modules/.cache/labbook');
    expect(env.LABBOOK_CACHE).toMatch(new RegExp(`^${cache}/astro-[0-9a-f]{12}$`));
    expect(env.LABBOOK_MERMAID_CACHE).toBe(join(cache, 'mermaid'));
    expect(env.LABBOOK_HIGHLIGHT_CACHE).toBe(join(cache, 'highlight'));
    expect(env.ASTRO_TELEMETRY_DISABLED).toBe('1');
  });

  it('build takes DIR, --out and --force; paths are relative to where it runs', async () => {
    const root = makeWiki().root;
    const astro = fakeAstro();
    await runCli(['build', 'content', '--out', 'site', '--force'], { cwd: root, runAstro: astro.runAstro });
    expect(astro.calls[0]?.args).toEqual(['build', '--force']);
    expect(astro.calls[0]?.env).toMatchObject({ LABBOOK_CONTENT: join(root, 'content'), LABBOOK_OUT: join(root, 'site') });
  });

  it('without DIR, LABBOOK_CONTENT and LABBOOK_OUT still choose the folders (npm run build in this repository)', async () => {
    const root = emptyDir();
    const astro = fakeAstro();
    await runCli(['build'], { cwd: root, env: { LABBOOK_CONTENT: 'wiki', LABBOOK_OUT: 'out', LABBOOK_CACHE: 'c' }, runAstro: astro.runAstro });
    expect(astro.calls[0]?.env).toMatchObject({
      LABBOOK_CONTENT: join(root, 'wiki'),
      LABBOOK_OUT: join(root, 'out'),
      LABBOOK_CACHE: join(root, 'c'),
      LABBOOK_HIGHLIGHT_CACHE: join(root, 'highlight'),
    });
  });

  it("ends with Astro's exit code", async () => {
    const astro = fakeAstro(1);
    expect((await runCli(['build'], { cwd: notesRepo(), runAstro: astro.runAstro })).code).toBe(1);
  });

  it('dev and preview pass --port and --host on; preview takes --out', async () => {
    const repo = notesRepo();
    const astro = fakeAstro();
    await runCli(['dev', '--port', '4400', '--host', '127.0.0.1'], { cwd: repo, runAstro: astro.runAstro });
    await runCli(['preview', '--out', 'public-site'], { cwd: repo, runAstro: astro.runAstro });
    expect(astro.calls.map((call) => call.args)).toEqual([['dev', '--port', '4400', '--host', '127.0.0.1'], ['preview']]);
    expect(astro.calls[1]?.env.LABBOOK_OUT).toBe(join(repo, 'public-site'));
  });

  it('dev does not ask to upgrade Astro (Labbook pins it), unless the environment says otherwise', async () => {
    const repo = notesRepo();
    const astro = fakeAstro();
    await runCli(['dev'], { cwd: repo, env: {}, runAstro: astro.runAstro });
    await runCli(['dev'], { cwd: repo, env: { ASTRO_DISABLE_UPDATE_CHECK: 'false' }, runAstro: astro.runAstro });
    expect(astro.calls.map((call) => call.env.ASTRO_DISABLE_UPDATE_CHECK)).toEqual(['true', 'false']);
  });

  it('--help explains each without running anything', async () => {
    const astro = fakeAstro();
    for (const command of ['build', 'dev', 'preview', 'check']) {
      const { code, stdout } = await runCli([command, '--help'], { cwd: emptyDir(), runAstro: astro.runAstro });
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^Usage: labbook ${command} \\[DIR\\]`));
    }
    expect(astro.calls).toEqual([]);
  });
});

describe('labbook check', () => {
  it('passes a good wiki: exit 0, one line on stdout', async () => {
    const repo = notesRepo();
    expect(await runCli(['check'], { cwd: repo })).toEqual({ code: 0, stdout: '.: 1 files checked, no problems\n', stderr: '' });
  });

  it('fails naming file and line, as the build prints it, and reports labbook.yaml and the notes in one run', async () => {
    const repo = notesRepo({
      'labbook.yaml': 'title: Team notes\ntitel: typo\n',
      'til/2026-11-17-bad-date.md': til('title: Bad date\ndate: 2026-13-45'),
    });
    const { code, stdout, stderr } = await runCli(['check'], { cwd: repo });
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toMatch(/^Labbook found problems in \. \(2 problems\):\n/);
    expect(stderr).toContain('  ✗ labbook.yaml:2: ');
    expect(stderr).toContain('  ✗ til/2026-11-17-bad-date.md:3: ');
  });

  it('checks experiment runs as the build reads them, and a wiki of runs only is not empty', async () => {
    const repo = emptyDir();
    for (const [path, text] of Object.entries({
      'labbook.yaml': 'title: Runs\n',
      'experiments/exp-001_a/metrics.json': '{"loss": 0.5}\n',
      'experiments/exp-002_b/metrics.json': '{"loss": }\n',
    })) {
      mkdirSync(join(repo, path, '..'), { recursive: true });
      writeFileSync(join(repo, path), text);
    }
    const { code, stderr } = await runCli(['check'], { cwd: repo });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Labbook found problems in \. \(1 problem\):\n  ✗ experiments\/exp-002_b\/metrics\.json:1: is not valid JSON \(line 1, column 10\)/);
    writeFileSync(join(repo, 'experiments/exp-002_b/metrics.json'), '{"loss": 0.4}\n');
    expect(await runCli(['check'], { cwd: repo })).toMatchObject({ code: 0, stdout: '.: 2 files checked, no problems\n' });
  });

  it('reads the wiki in its layout: an engineering diary is checked where its notes are', async () => {
    const repo = emptyDir();
    for (const [path, text] of Object.entries({
      'labbook.yaml': 'title: Diary\n',
      'TILs/2023-11-01.md': '## 2023-11-01\n\n### [Debugging] CUDA memory\n\nText.\n',
      'TILs/WEEKLY/2023-W44.md': '# Week 44\n',
      'TILs/2023-11-02-bad.md': til('title: Bad\ndate: 2023-13-45'),
    })) {
      mkdirSync(join(repo, path, '..'), { recursive: true });
      writeFileSync(join(repo, path), text);
    }
    const { code, stderr } = await runCli(['check'], { cwd: repo });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Labbook found problems in \. \(1 problem\):\n  ✗ TILs\/2023-11-02-bad\.md:3: date: expected a real calendar date/);
  });

  it('--format json gives problems with code, file, line and message, and the warnings', async () => {
    const repo = notesRepo({ 'til/2026-11-17-bad-date.md': til('title: Bad date\ndate: 2026-13-45\n', 'See #42.\n') });
    const { code, stdout, stderr } = await runCli(['check', '--format', 'json'], { cwd: repo });
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    const report = JSON.parse(stdout) as { problems: { code: string; file: string; line: number | null; message: string }[]; warnings: string[] };
    expect(report.problems).toEqual([{ code: 'frontmatter-field', file: 'til/2026-11-17-bad-date.md', line: 3, message: expect.stringContaining('date') }]);
    expect(report.warnings).toEqual([expect.stringContaining('`repo` is not set')]);
  });

  it('prints warnings on stderr and still passes', async () => {
    const repo = notesRepo({ 'til/2026-11-17-issue.md': til('title: Issue\ndate: 2026-11-17', 'Fixed in #42.\n') });
    const { code, stderr } = await runCli(['check'], { cwd: repo });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^⚠ labbook\.yaml: issue references like #42/);
  });

  it('a missing folder is one problem, with line null in JSON', async () => {
    const cwd = emptyDir();
    const { code, stdout } = await runCli(['check', 'nowhere', '--format', 'json'], { cwd });
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      problems: [{ code: 'content-dir-missing', file: join(cwd, 'nowhere'), line: null, message: expect.stringContaining('does not exist') }],
      warnings: [],
    });
  });
});

describe('labbook --version', () => {
  it("prints the package's version", async () => {
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const { code, stdout } = await runCli([flag], { cwd: emptyDir() });
      expect({ code, stdout }).toEqual({ code: 0, stdout: `${version}\n` });
    }
  });
});
