import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyDir, listFiles, makeWiki, removeTempDirs, runCli } from './helpers.ts';

afterAll(removeTempDirs);

const repoRoot = resolve(import.meta.dirname, '../../..');

describe('labbook --help', () => {
  it('lists the commands with one line each, and their options', async () => {
    const { code, stdout, stderr } = await runCli(['--help'], { cwd: emptyDir() });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatchInlineSnapshot(`
      "Usage: labbook <command> [options]

      Commands:
        build [DIR]              Build the wiki in DIR into dist/ (DIR: see LABBOOK_CONTENT below)
        dev [DIR]                Serve the wiki in DIR while you write; pages reload when a note changes
        preview [DIR]            Serve the last build (dist/) as GitHub Pages would
        check [DIR]              Check the wiki as the build does, without rendering (seconds)
        init [DIR]               Set up DIR (default: here) for Labbook: labbook.yaml and a GitHub Pages workflow
        new til "<title>"        Start a TIL note: til/<date>-<slug>.md (or where the layout keeps TILs) with front matter and section prompts
        new model "<title>"      Start a model card: models/<name>-v<version>.md with HF metadata and required sections
        new dataset "<title>"    Start a dataset card: datasets/<name>.md with HF metadata and the datasheet sections
        new playbook "<title>"   Start an incident playbook: playbooks/<slug>.md with escalation and incident sections
        new experiment "<name>"  Start a run: experiments/<id>_<name>/ with config.yml, metrics.json and README.md
        weekly                   Start a weekly summary: weekly/<week>.md (a diary's TILs/WEEKLY/) with that week's TILs by category
        readme                   Update the list of latest TILs between the labbook markers in a README

      Options:
        build           [--out <dir>] [--force]
        dev             [--port <n>] [--host <address>]
        preview         [--port <n>] [--host <address>] [--out <dir>]
        check           [--format <text|json>]
        init            [--dry-run]
        new til         [--category <name>] [--tags <a,b>] [--yes] [--keep-tags] [--date <YYYY-MM-DD>] [--mdx] [--dry-run]
        new model       [--name <model-name>] [--version <x.y.z>] [--status <status>] [--owners <a,b>] [--task <pipeline-tag>] [--mdx] [--dry-run]
        new dataset     [--id <dataset-id>] [--owners <a,b>] [--task <task-category>] [--mdx] [--dry-run]
        new playbook    [--service <name>] [--severity <SEV1-4>] [--owners <a,b>] [--models <a,b>] [--mdx] [--dry-run]
        new experiment  [--id <id>] [--group <folder>] [--baseline <run>] [--model <model-name>] [--tags <a,b>] [--dry-run]
        weekly          [--week <YYYY-Www>] [--dry-run]
        readme          [--target <file>] [--limit <n>] [--feed <url>] [--author <handle>] [--dry-run]
        -h, --help      Show help; "labbook <command> --help" explains one command
        -v, --version   Print Labbook's version

      Environment:
        LABBOOK_CONTENT  The wiki's content folder when DIR is not given, absolute or relative to here
                         (default: here when it holds labbook.yaml, else content)
        LABBOOK_OUT      Where build puts the site when --out is not given (default: dist)

      Files are never overwritten; readme rewrites only the lines between its markers.
      Exit codes: 0 done, 1 failed (problems in the wiki, build failed, file exists, no content folder),
      2 bad arguments, 3 nothing to do (readme: already up to date; init: already set up).
      "
    `);
  });

  it.each([[[]], [['-h']], [['help']]])('%j shows the same help', async (argv) => {
    const cwd = emptyDir();
    expect(await runCli(argv, { cwd })).toEqual(await runCli(['--help'], { cwd }));
  });

  it('explains new til, also when the rest of the line is wrong', async () => {
    const cwd = emptyDir();
    const { code, stdout } = await runCli(['new', 'til', '--help'], { cwd });
    expect(code).toBe(0);
    expect(stdout).toMatchInlineSnapshot(`
      "Usage: labbook new til "<title>" [--category <name>] [--tags <a,b>] [--yes] [--keep-tags] [--date <YYYY-MM-DD>] [--mdx] [--dry-run]

      Start a TIL note: til/<date>-<slug>.md (or where the layout keeps TILs) with front matter and section prompts.
      Sections: Symptoms, Diagnosis, Root cause, Key takeaway; \`takeaway:\` and \`authors:\` in the
      front matter (authors: your git config github.user, else user.name, when set). Never overwrites a file.
      Where the note goes follows the wiki's layout (labbook.yaml \`layout\`, else the one the folder suggests):
        labbook, docs-root  til/<date>-<slug>.md
        diary               a new ### entry of the day's log TILs/<date>.md, created if the day has none and
                            else added at its end, the rest of the file unchanged; its tags on a Tags: line,
                            its takeaway on a **Key Takeaway:** line (--mdx: a note of its own, TILs/<date>-<slug>.mdx)
        til-repo            <topic>/<slug>.md: the topic folder is the note's category, from --category, else
                            the first tag (an existing folder of that name, in any case, else a new one); at a
                            terminal you are asked for it when neither is given, elsewhere the command fails
      A tag the wiki does not use that looks like a typo of one it does ("dataloder" for "dataloader") is
      not written as is: at a terminal you are asked; elsewhere the command fails unless --yes (take the
      suggestion) or --keep-tags (keep it as written) says what to do.

      Options:
        --category <name>    Category, e.g. Training (in a TIL repository: the topic folder)
        --tags <a,b>         Comma-separated tags, e.g. pytorch,cuda; new ones get close existing tags suggested
        --yes                Take the suggested spelling of a tag that looks like a typo of an existing one, without asking
        --keep-tags          Write the tags as given, even one that looks like a typo of an existing one
        --date <YYYY-MM-DD>  Day of the lesson (default: today, local time)
        --mdx                Write .mdx instead of .md (to use components; in a diary, a note of its own)
        --dry-run            Print the file instead of writing it
        -h, --help           Show this help

      Example:
        labbook new til "GradScaler: NaN after resume" --category Training --tags pytorch,amp
      "
    `);
    for (const argv of [['new', 'til', 'X', '--bogus', '-h'], ['help', 'new', 'til']]) {
      expect(await runCli(argv, { cwd })).toEqual({ code: 0, stdout, stderr: '' });
    }
  });

  it('explains weekly', async () => {
    const cwd = emptyDir();
    const { code, stdout } = await runCli(['weekly', '-h'], { cwd });
    expect(code).toBe(0);
    expect(stdout).toMatchInlineSnapshot(`
      "Usage: labbook weekly [--week <YYYY-Www>] [--dry-run]

      Start a weekly summary: weekly/<week>.md (a diary's TILs/WEEKLY/) with that week's TILs by category.
      One section per category (alphabetical, Uncategorised last), one bullet per TIL with its takeaway.
      Drafts are left out. Never overwrites a file.

      Options:
        --week <YYYY-Www>  ISO week to summarise, e.g. 2026-W47 (default: this week)
        --dry-run          Print the file instead of writing it
        -h, --help         Show this help

      Example:
        labbook weekly --week 2026-W47
      "
    `);
    expect(await runCli(['help', 'weekly'], { cwd })).toEqual({ code: 0, stdout, stderr: '' });
  });
});

describe('bad arguments: exit 2, say what is expected, write nothing', () => {
  it.each([
    [['new', 'til'], 'labbook new til: expected a title, e.g. labbook new til "GradScaler: NaN after resume"'],
    [['new', 'til', 'two', 'words'], 'labbook new til: expected one title, got 2 arguments; quote it: labbook new til "two words"'],
    [['new', 'til', '   '], 'labbook new til: expected a title, got an empty one'],
    [['new', 'til', 'a\nb'], 'labbook new til: expected the title on one line, without control characters'],
    [['new', 'til', '🔥 !!'], 'labbook new til: the title "🔥 !!" gives an empty file name; use some letters or digits'],
    [['new', 'til', '🔥'], 'labbook new til: the title "🔥" gives an empty file name; use some letters or digits'],
    [['new', 'til', 'X', '--date', '2026-02-29'], 'labbook new til: --date expects a real calendar date written YYYY-MM-DD, e.g. 2026-11-02; got "2026-02-29"'],
    [['new', 'til', 'X', '--date', '18.11.2026'], 'labbook new til: --date expects a real calendar date written YYYY-MM-DD, e.g. 2026-11-02; got "18.11.2026"'],
    [['new', 'til', 'X', '--date', '2026-11-02', '--date=2026-11-03'], 'labbook new til: --date was given 2 times; give it once'],
    [['new', 'til', 'X', '--tags', 'a,,b'], 'labbook new til: --tags has an empty tag in "a,,b"; separate tags with commas, e.g. --tags pytorch,cuda'],
    [['new', 'til', 'X', '--tags', ' '], 'labbook new til: --tags has an empty tag in " "; separate tags with commas, e.g. --tags pytorch,cuda'],
    [['new', 'til', 'X', '--tags'], 'labbook new til: --tags expects a value <a,b>'],
    [['new', 'til', 'X', '--tags', '--mdx'], 'labbook new til: --tags expects a value <a,b> (for a value starting with "-", write --tags=-...)'],
    [['new', 'til', 'X', '--category', ''], 'labbook new til: --category expects a name, e.g. --category Training; got an empty one'],
    [['new', 'til', 'X', '--mdx=yes'], 'labbook new til: --mdx takes no value'],
    [['new', 'til', 'X', '--bogus'], 'labbook new til: unknown option --bogus; expected one of --category, --tags, --yes, --keep-tags, --date, --mdx, --dry-run, --help'],
    [['new', 'til', 'X', '-t', 'a'], 'labbook new til: unknown option -t; expected one of --category, --tags, --yes, --keep-tags, --date, --mdx, --dry-run, --help'],
    [['new'], 'labbook new: expected what to create; expected one of: til, model, dataset, playbook, experiment'],
    [['new', 'doc', 'X'], 'labbook new: unknown kind "doc"; expected one of: til, model, dataset, playbook, experiment'],
    [['weekly', '--week', '2026-W54'], 'labbook weekly: --week expects an ISO week written YYYY-Www, e.g. 2026-W47; got "2026-W54" (2026 has 53 weeks)'],
    [['weekly', '--week', '2027-W53'], 'labbook weekly: --week expects an ISO week written YYYY-Www, e.g. 2026-W47; got "2027-W53" (2027 has 52 weeks)'],
    [['weekly', '--week', '2026-47'], 'labbook weekly: --week expects an ISO week written YYYY-Www, e.g. 2026-W47; got "2026-47"'],
    [['weekly', '--week'], 'labbook weekly: --week expects a value <YYYY-Www>'],
    [['weekly', '2026-W47'], 'labbook weekly: expected no arguments, got "2026-W47"; choose the week with --week YYYY-Www'],
    [['weekly', '--mdx'], 'labbook weekly: unknown option --mdx; expected one of --week, --dry-run, --help'],
    [['frobnicate'], 'labbook: unknown command "frobnicate"; expected one of: build, dev, preview, check, init, new til, weekly, readme'],
    [['weekyl'], 'labbook: unknown command "weekyl"; did you mean "weekly"?'],
    [['nwe', 'til', 'X'], 'labbook: unknown command "nwe"; did you mean "new til"?'],
    [['w'], 'labbook: unknown command "w"; expected one of: build, dev, preview, check, init, new til, weekly, readme'],
    [['--verbose'], 'labbook: unknown option --verbose; expected a command first: build, dev, preview, check, init, new til, weekly, readme'],
    [['build', 'a', 'b'], 'labbook build: expected one folder, got "a b"'],
    [['check', '--format', 'xml'], 'labbook check: --format expects text or json; got "xml"'],
    [['dev', '--out', 'x'], 'labbook dev: unknown option --out; expected one of --port, --host, --help'],
  ])('%j', async (argv, message) => {
    const wiki = makeWiki();
    const before = listFiles(wiki.root);
    const { code, stdout, stderr } = await runCli(argv, { cwd: wiki.root });
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    const [first, usage] = stderr.split('\n');
    expect(first).toBe(message);
    expect(usage).toMatch(/^Usage: labbook /);
    expect(listFiles(wiki.root)).toEqual(before);
  });

  it('prints the usage line and where to read more under the message', async () => {
    const { stderr } = await runCli(['new', 'til'], { cwd: emptyDir() });
    expect(stderr).toBe(
      [
        'labbook new til: expected a title, e.g. labbook new til "GradScaler: NaN after resume"',
        'Usage: labbook new til "<title>" [--category <name>] [--tags <a,b>] [--yes] [--keep-tags] [--date <YYYY-MM-DD>] [--mdx] [--dry-run]',
        'Run "labbook new til --help" for details.',
        '',
      ].join('\n'),
    );
  });

  it('reports bad arguments before looking for the content folder', async () => {
    expect((await runCli(['weekly', '--week', 'soon'], { cwd: emptyDir() })).code).toBe(2);
  });
});

describe('the content folder', () => {
  it.each([
    [['new', 'til', 'X']],
    [['weekly']],
    [['weekly', '--dry-run']],
  ])('%j fails with exit 1 when there is none', async (argv) => {
    const cwd = emptyDir();
    expect(await runCli(argv, { cwd })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'no content folder at content: run from your wiki repository or set LABBOOK_CONTENT\n',
    });
    expect(listFiles(cwd)).toEqual([]);
  });

  it('names the LABBOOK_CONTENT folder that is missing, and treats a file as missing', async () => {
    const cwd = emptyDir();
    writeFileSync(join(cwd, 'notes'), 'not a folder');
    for (const dir of ['wiki', 'notes']) {
      const { code, stderr } = await runCli(['weekly'], { cwd, env: { LABBOOK_CONTENT: dir } });
      expect(code).toBe(1);
      expect(stderr).toBe(`no content folder at ${dir}: run from your wiki repository or set LABBOOK_CONTENT\n`);
    }
  });

  it('honours a relative LABBOOK_CONTENT, resolved against cwd', async () => {
    const { root } = makeWiki();
    const { code, stdout } = await runCli(['new', 'til', 'Relative'], { cwd: root, env: { LABBOOK_CONTENT: './content' } });
    expect(code).toBe(0);
    expect(stdout).toBe('content/til/2026-11-18-relative.md\n');
    // From inside the content folder itself.
    const inside = await runCli(['weekly'], { cwd: join(root, 'content'), env: { LABBOOK_CONTENT: '.' } });
    expect(inside.stdout.split('\n')[0]).toBe('weekly/2026-W47.md');
    expect(existsSync(join(root, 'content', 'weekly', '2026-W47.md'))).toBe(true);
  });

  it('honours an absolute LABBOOK_CONTENT and shows the absolute path when it is outside cwd', async () => {
    const { contentDir } = makeWiki();
    const cwd = emptyDir();
    const { code, stdout } = await runCli(['new', 'til', 'Absolute'], { cwd, env: { LABBOOK_CONTENT: contentDir } });
    expect(code).toBe(0);
    const written = join(contentDir, 'til', '2026-11-18-absolute.md');
    expect(stdout).toBe(`${written}\n`);
    expect(readFileSync(written, 'utf8')).toContain('title: "Absolute"');
    expect(listFiles(cwd)).toEqual([]);
  });
});

describe('file system failures', () => {
  it('end with exit 1 and the system message, not a stack trace', async () => {
    const { root, contentDir } = makeWiki();
    const tilDir = join(contentDir, 'til');
    rmSync(tilDir, { recursive: true });
    writeFileSync(tilDir, 'a file where the til folder should be');
    const { code, stdout, stderr } = await runCli(['new', 'til', 'X'], { cwd: root });
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toMatch(/^labbook: (ENOTDIR: not a directory|EEXIST: file already exists)/);
  });
});

describe('bin/labbook.mjs', () => {
  const shim = join(repoRoot, 'bin', 'labbook.mjs');

  it('runs the CLI under plain Node and passes on the exit code', () => {
    const help = spawnSync(process.execPath, [shim, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: labbook <command> \[options\]\n/);
    const bad = spawnSync(process.execPath, [shim, 'weekly', '--bogus'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^labbook weekly: unknown option --bogus/);
  });

  it('writes with the real clock, cwd and LABBOOK_CONTENT', () => {
    const { contentDir } = makeWiki();
    const cwd = emptyDir();
    const result = spawnSync(process.execPath, [shim, 'new', 'til', 'From the shim', '--date', '2026-11-02'], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, LABBOOK_CONTENT: contentDir },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${join(contentDir, 'til', '2026-11-02-from-the-shim.md')}\n`);
  });

  it('takes the local calendar day of the time zone it runs in', () => {
    // 2026-11-17 12:00 UTC is already 2026-11-18 in Kiritimati (UTC+14) and still the 17th in Honolulu.
    const script = `
      import { run } from ${JSON.stringify(join(repoRoot, 'src', 'cli', 'index.ts'))};
      await run(['new', 'til', 'Zoned', '--dry-run'], {
        cwd: process.cwd(), env: {}, now: new Date('2026-11-17T12:00:00Z'),
        stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s),
      });`;
    const { root } = makeWiki();
    const dayIn = (TZ: string) =>
      spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', env: { ...process.env, TZ } })
        .stdout.match(/til\/(\d{4}-\d{2}-\d{2})-zoned/)?.[1];
    expect([dayIn('Pacific/Kiritimati'), dayIn('Pacific/Honolulu')]).toEqual(['2026-11-18', '2026-11-17']);
  });
});
