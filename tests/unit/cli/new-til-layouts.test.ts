import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LAYOUTS, type KindFolders } from '../../../src/lib/content/layouts.ts';
import { parseFrontmatter } from '../../../src/lib/frontmatter.ts';
import { tilSummariesFromFiles } from '../../../src/lib/til-source.ts';
import { readContentFiles, validateFiles } from '../../../src/lib/validate-content.ts';
import { listFiles, removeTempDirs, runCli, tempDir } from './helpers.ts';

afterAll(removeTempDirs);

/** A temp folder holding `content/` with these files. */
function wiki(files: Record<string, string>): { root: string; contentDir: string; read: (path: string) => string } {
  const root = tempDir();
  const contentDir = join(root, 'content');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(contentDir, path)), { recursive: true });
    writeFileSync(join(contentDir, path), text);
  }
  return { root, contentDir, read: (path) => readFileSync(join(contentDir, path), 'utf8') };
}

/** The project's validator and TIL reader over the wiki, read in its layout. */
function readBack(contentDir: string, folders: KindFolders) {
  const files = readContentFiles(contentDir, folders);
  return { problems: validateFiles(files), tils: tilSummariesFromFiles(files) };
}

/**
 * An engineering diary (src/lib/content/layouts.ts `diary`): daily logs and notes in TILs/, weekly
 * summaries in TILs/WEEKLY/. `layout` is left out when `detected`: the folder says it (TILs/, no til/).
 */
function diary(detected = false) {
  return wiki({
    'labbook.yaml': `title: Diary\n${detected ? '' : 'layout: diary\n'}`,
    'TILs/2026-11-17.md': '## 2026-11-17\n\n### 🐛 [Debugging] NaN after resume\n\nThe scaler state was not saved.\n\nTags: pytorch\n\n**Key Takeaway:** Save the scaler with the checkpoint.',
    'TILs/2026-11-16-pinned-memory.md': '---\ntitle: Pinned memory speeds up copies\ndate: 2026-11-16\ncategory: Data\ntags: [pytorch, dataloader]\n---\nBody.\n',
  });
}

describe('labbook new til in a diary (TILs/ daily logs)', () => {
  it("starts the day's log TILs/<date>.md when the day has none, with the note as its ### entry", async () => {
    const { root, contentDir, read } = diary();
    const { code, stdout, stderr } = await runCli(['new', 'til', 'GradScaler skips steps', '--category', 'Training', '--tags', 'pytorch,amp'], {
      cwd: root,
      gitConfig: (key) => (key === 'github.user' ? 'mira-k' : undefined),
    });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe('content/TILs/2026-11-18.md\na new daily log for 2026-11-18; the note is its ### entry\n');
    expect(existsSync(join(contentDir, 'til'))).toBe(false);
    expect(read('TILs/2026-11-18.md')).toMatchInlineSnapshot(`
      "---
      authors: [mira-k]
      ---
      ## 2026-11-18

      ### [Training] GradScaler skips steps

      #### Symptoms

      <!-- What did you see? Error messages, graphs, numbers. -->

      #### Diagnosis

      <!-- How did you narrow it down? Commands, logs, what you ruled out. -->

      #### Root cause

      <!-- What was actually wrong, and why did it behave that way? -->

      #### Key takeaway

      <!-- The lesson in one sentence, on a line starting **Key Takeaway:**, shown on top of the note and in weekly summaries. -->

      Tags: pytorch, amp

      <!-- Optional lines: "Keywords: a, b" (search terms) and "Related to #42" (an issue). -->
      "
    `);
    const { problems, tils } = readBack(contentDir, LAYOUTS.diary);
    expect(problems).toEqual([]);
    expect(tils.find((til) => til.date === '2026-11-18')).toMatchObject({
      slug: '2026-11-18-gradscaler-skips-steps',
      title: 'GradScaler skips steps',
      category: 'Training',
      tags: ['pytorch', 'amp'],
      authors: ['mira-k'],
      file: 'TILs/2026-11-18.md',
    });
  });

  it("adds the note at the end of the day's existing log, leaving every byte before it as it was", async () => {
    const { root, contentDir, read } = diary();
    const before = read('TILs/2026-11-17.md');
    const { code, stdout, stderr } = await runCli(['new', 'til', 'Resume needs the scaler', '--date', '2026-11-17'], { cwd: root });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe('content/TILs/2026-11-17.md\nentry 2 of the day\'s log, at line 11\n');
    const after = read('TILs/2026-11-17.md');
    // The old text had no final newline: one is added, then a blank line, then the entry.
    expect(after.startsWith(`${before}\n\n### Resume needs the scaler\n`)).toBe(true);
    expect(after.split('\n')[10]).toBe('### Resume needs the scaler');
    const { problems, tils } = readBack(contentDir, LAYOUTS.diary);
    expect(problems).toEqual([]);
    expect(tils.filter((til) => til.file === 'TILs/2026-11-17.md').map((til) => til.title)).toEqual(['NaN after resume', 'Resume needs the scaler']);
    expect(listFiles(contentDir)).toEqual(['TILs/2026-11-16-pinned-memory.md', 'TILs/2026-11-17.md', 'labbook.yaml']);
  });

  it('keeps a byte order mark and CRLF line endings, and refuses a log that is not UTF-8', async () => {
    const { root, contentDir } = diary();
    const crlf = Buffer.from('\uFEFF## 2026-11-19\r\n\r\n### Windows notes\r\n\r\nWritten on Windows.\r\n', 'utf8');
    writeFileSync(join(contentDir, 'TILs/2026-11-19.md'), crlf);
    expect((await runCli(['new', 'til', 'Line endings', '--date', '2026-11-19'], { cwd: root })).code).toBe(0);
    const after = readFileSync(join(contentDir, 'TILs/2026-11-19.md'));
    expect(after.subarray(0, crlf.length).equals(crlf)).toBe(true);
    expect(after.toString('utf8').slice(crlf.toString('utf8').length)).toMatch(/^\r\n### Line endings\r\n\r\n#### Symptoms\r\n/);
    expect(after.toString('utf8').replace(/\r\n/g, '')).not.toContain('\n');
    expect(readBack(contentDir, LAYOUTS.diary).tils.filter((til) => til.date === '2026-11-19').map((til) => til.title).sort()).toEqual(['Line endings', 'Windows notes']);

    const latin1 = Buffer.from('## 2026-11-20\n\n### Caf\xe9\n', 'latin1');
    writeFileSync(join(contentDir, 'TILs/2026-11-20.md'), latin1);
    const refused = await runCli(['new', 'til', 'Accents', '--date', '2026-11-20'], { cwd: root });
    expect(refused).toEqual({ code: 1, stdout: '', stderr: 'content/TILs/2026-11-20.md:3 is not valid UTF-8 (probably Latin-1 or Windows-1252); a note can only be added to a UTF-8 daily log; nothing written\n' });
    expect(readFileSync(join(contentDir, 'TILs/2026-11-20.md')).equals(latin1)).toBe(true);
  });

  it('finds the diary by its folder when labbook.yaml names no layout', async () => {
    const { root, read } = diary(true);
    const { code, stdout } = await runCli(['new', 'til', 'Detected diary'], { cwd: root });
    expect(code).toBe(0);
    expect(stdout).toBe('content/TILs/2026-11-18.md\na new daily log for 2026-11-18; the note is its ### entry\n');
    expect(read('TILs/2026-11-18.md')).toMatch(/^## 2026-11-18\n\n### Detected diary\n/);
  });

  it('without a labbook.yaml, writes where the layout the folder suggests keeps TILs, and says so', async () => {
    const { root, contentDir } = diary(true);
    rmSync(join(contentDir, 'labbook.yaml'));
    const { code, stdout, stderr } = await runCli(['new', 'til', 'No settings yet'], { cwd: root });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '⚠ no labbook.yaml: writing where the diary layout the folder suggests keeps pages\n' });
    expect(stdout.split('\n')[0]).toBe('content/TILs/2026-11-18.md');
  });

  it('with a labbook.yaml that has problems, writes nothing rather than guess the layout', async () => {
    const { root, contentDir } = diary();
    writeFileSync(join(contentDir, 'labbook.yaml'), 'title: Diary\nlayout: dairy\n');
    const before = listFiles(contentDir);
    const { code, stdout, stderr } = await runCli(['new', 'til', 'Where to'], { cwd: root });
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toContain('labbook.yaml:2: layout: expected one of: labbook, diary, til-repo, docs-root');
    expect(stderr).toContain('Fix labbook.yaml first: where a page goes depends on its layout; nothing written.');
    expect(listFiles(contentDir)).toEqual(before);
  });

  it('--dry-run prints the entry it would add and changes nothing', async () => {
    const { root, contentDir } = diary();
    const before = listFiles(contentDir).map((path) => [path, readFileSync(join(contentDir, path), 'utf8')]);
    const { code, stdout } = await runCli(['new', 'til', 'Dry entry', '--date', '2026-11-17', '--dry-run'], { cwd: root });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Dry run, nothing written\. Would add to content\/TILs\/2026-11-17\.md\nentry 2 of the day's log, at line 11\n\n### Dry entry\n\n#### Symptoms\n/);
    expect(listFiles(contentDir).map((path) => [path, readFileSync(join(contentDir, path), 'utf8')])).toEqual(before);
  });

  it('refuses a title the day already has, or whose URL a note of its own has, changing nothing', async () => {
    const { root, contentDir, read } = diary();
    const log = read('TILs/2026-11-17.md');
    const same = await runCli(['new', 'til', 'NaN after resume', '--date', '2026-11-17'], { cwd: root });
    expect(same).toEqual({ code: 1, stdout: '', stderr: 'content/TILs/2026-11-17.md:3 is already the TIL at /til/2026-11-17-nan-after-resume/; pick another title or edit that entry\n' });
    const file = await runCli(['new', 'til', 'Pinned memory', '--date', '2026-11-16'], { cwd: root });
    expect(file).toEqual({ code: 1, stdout: '', stderr: 'content/TILs/2026-11-16-pinned-memory.md is already the TIL at /til/2026-11-16-pinned-memory/; pick another title or edit that file\n' });
    expect(read('TILs/2026-11-17.md')).toBe(log);
    expect(existsSync(join(contentDir, 'TILs/2026-11-16.md'))).toBe(false);
  });

  it('keeps a title that looks like Markdown as written, and refuses what a heading cannot say', async () => {
    const { root, contentDir } = diary();
    const odd = await runCli(['new', 'til', 'Why *args and `x[0]` fail in C #', '--category', 'Python'], { cwd: root });
    expect(odd.code).toBe(0);
    expect(readBack(contentDir, LAYOUTS.diary).tils.find((til) => til.date === '2026-11-18')).toMatchObject({ title: 'Why *args and `x[0]` fail in C #', category: 'Python' });
    const bracket = await runCli(['new', 'til', '[WIP] half a lesson'], { cwd: root });
    expect(bracket.code).toBe(2);
    expect(bracket.stderr).toContain("in a daily log a title starting with [ reads as the entry's [Category]; pass --category");
    const category = await runCli(['new', 'til', 'X', '--category', 'a]b'], { cwd: root });
    expect(category.code).toBe(2);
    expect(category.stderr).toContain('--category cannot contain [ or ]');
  });

  it('--mdx writes a note of its own in TILs/ (a daily log is Markdown only)', async () => {
    const { root, contentDir } = diary();
    const { code, stdout } = await runCli(['new', 'til', 'Components here', '--mdx'], { cwd: root });
    expect(code).toBe(0);
    expect(stdout).toBe('content/TILs/2026-11-18-components-here.mdx\n');
    expect(readBack(contentDir, LAYOUTS.diary).problems).toEqual([]);
  });

  it('suggests the spelling of tags the diary already uses', async () => {
    const { root } = diary();
    const { code, stderr } = await runCli(['new', 'til', 'Typo', '--tags', 'dataloder'], { cwd: root });
    expect(code).toBe(1);
    expect(stderr).toContain('"dataloder" (did you mean "dataloader"?)');
  });
});

describe('labbook weekly in a diary', () => {
  it("writes TILs/WEEKLY/<week>.md from the diary's notes and daily-log entries", async () => {
    const { root, contentDir, read } = diary();
    const { code, stdout, stderr } = await runCli(['weekly', '--week', '2026-W47'], { cwd: root });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe('content/TILs/WEEKLY/2026-W47.md\n2 TILs in 2 categories (2026-11-16 to 2026-11-22).\n');
    expect(read('TILs/WEEKLY/2026-W47.md')).toContain('## Data\n\n- **Pinned memory speeds up copies**');
    expect(read('TILs/WEEKLY/2026-W47.md')).toContain('## Debugging\n\n- **NaN after resume**: Save the scaler with the checkpoint.');
    expect(existsSync(join(contentDir, 'weekly'))).toBe(false);
    expect(readBack(contentDir, LAYOUTS.diary).problems).toEqual([]);
  });
});

/** A TIL repository (jbranchaud/til): topic folders of notes without front matter, README.md at the top. */
function tilRepo() {
  return wiki({
    'labbook.yaml': 'title: TIL\nlayout: til-repo\n',
    'README.md': '# TIL\n\nThings I learned.\n',
    'vim/buffers.md': '# Buffers in Vim\n\nList them with `:ls`.\n',
    'git/amend.md': '---\ntitle: Amend a commit\ndate: 2020-03-04\ntags: [git]\n---\nWith `git commit --amend`.\n',
    'python/packaging/wheels.md': '---\ndate: 2021-05-06\n---\n# Build wheels\n\nWith `pip wheel`.\n',
    'docs/index.md': '---\ntitle: About\n---\nHow this repository works.\n',
  });
}

describe('labbook new til in a TIL repository (<topic>/<note>.md)', () => {
  it('writes <topic>/<slug>.md in the topic --category names, matching an existing folder in any case', async () => {
    const { root, contentDir, read } = tilRepo();
    const { code, stdout, stderr } = await runCli(['new', 'til', 'Jump to a mark', '--category', 'Vim', '--tags', 'motions'], { cwd: root });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe('content/vim/jump-to-a-mark.md\ntopic vim/ (from --category): the note\'s category\n');
    const data = parseFrontmatter(read('vim/jump-to-a-mark.md')).data;
    // The folder is the category: the front matter does not say it again.
    expect(data).toMatchObject({ title: 'Jump to a mark', date: '2026-11-18', tags: ['motions'] });
    expect(data).not.toHaveProperty('category');
    const { problems, tils } = readBack(contentDir, LAYOUTS['til-repo']);
    expect(problems).toEqual([]);
    expect(tils.find((til) => til.file === 'vim/jump-to-a-mark.md')).toMatchObject({ slug: 'vim-jump-to-a-mark', category: 'vim' });
    expect(listFiles(contentDir).filter((path) => path.endsWith('.md') && !path.includes('/'))).toEqual(['README.md']);
  });

  it('takes the topic from the first tag when no --category is given', async () => {
    const { root } = tilRepo();
    const { code, stdout } = await runCli(['new', 'til', 'Editable installs', '--tags', 'python,packaging'], { cwd: root });
    expect(code).toBe(0);
    expect(stdout).toBe('content/python/editable-installs.md\ntopic python/ (from the first tag): the note\'s category\n');
  });

  it('starts a topic folder named as TIL repositories name them when none matches', async () => {
    const { root, contentDir } = tilRepo();
    const { code, stdout } = await runCli(['new', 'til', 'Warmup matters', '--category', 'Machine Learning'], { cwd: root });
    expect(code).toBe(0);
    expect(stdout).toBe('content/machine-learning/warmup-matters.md\nnew topic folder machine-learning/ (from --category): the note\'s category\n');
    const { problems, tils } = readBack(contentDir, LAYOUTS['til-repo']);
    expect(problems).toEqual([]);
    expect(tils.find((til) => til.title === 'Warmup matters')).toMatchObject({ slug: 'machine-learning-warmup-matters', category: 'machine-learning' });
  });

  it('without a topic and without a terminal, fails naming the topics and writes nothing', async () => {
    const { root, contentDir } = tilRepo();
    const before = listFiles(contentDir);
    const { code, stdout, stderr } = await runCli(['new', 'til', 'Somewhere'], { cwd: root });
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain(
      'labbook new til: this wiki is a TIL repository (layout til-repo): each note is in a topic folder, which is its category (this wiki has git/, python/, vim/); pass --category <topic>, or --tags (the first tag is the topic); nothing written\n',
    );
    expect(listFiles(contentDir)).toEqual(before);
  });

  it('at a terminal, asks for the topic when none is given; an empty answer writes nothing', async () => {
    const { root } = tilRepo();
    const questions: string[] = [];
    const asked = await runCli(['new', 'til', 'Interactive rebase'], { cwd: root, ask: async (question) => (questions.push(question), ' Git ') });
    expect(questions).toEqual(['Topic folder of the note, which is its category (this wiki has git/, python/, vim/): ']);
    expect(asked.stdout).toBe('content/git/interactive-rebase.md\ntopic git/ (from your answer): the note\'s category\n');
    const empty = await runCli(['new', 'til', 'Nowhere'], { cwd: root, ask: async () => '' });
    expect(empty).toEqual({ code: 1, stdout: '', stderr: 'labbook new til: no topic given; nothing written\n' });
  });

  it("refuses a topic that is another kind's folder or one the wiki does not read", async () => {
    const { root, contentDir } = tilRepo();
    const before = listFiles(contentDir);
    const docs = await runCli(['new', 'til', 'Not a doc', '--category', 'docs'], { cwd: root });
    expect(docs.code).toBe(2);
    expect(docs.stderr).toContain('the topic "docs" (from --category) would be the folder docs/, which holds another kind of page, not notes');
    const hidden = await runCli(['new', 'til', 'Not read', '--category', '_drafts'], { cwd: root });
    expect(hidden.code).toBe(2);
    expect(hidden.stderr).toContain('which the wiki does not read');
    expect(listFiles(contentDir)).toEqual(before);
  });

  it('never overwrites: a note of the same name in the topic is left as it is', async () => {
    const { root, read } = tilRepo();
    const { code, stderr } = await runCli(['new', 'til', 'Buffers', '--category', 'vim'], { cwd: root });
    expect({ code, stderr }).toEqual({ code: 1, stderr: 'content/vim/buffers.md already exists; pick another title or edit that file\n' });
    expect(read('vim/buffers.md')).toBe('# Buffers in Vim\n\nList them with `:ls`.\n');
  });
});
