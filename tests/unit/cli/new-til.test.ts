import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToJs } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../src/lib/frontmatter.ts';
import { readContentFiles, validateFiles } from '../../../src/lib/validate-content.ts';
import { listFiles, makeWiki, removeTempDirs, runCli } from './helpers.ts';

afterAll(removeTempDirs);

/** Run `labbook new til ...` in a fresh fixture wiki; `terminal` answers questions as a person would. */
async function newTil(args: string[], now?: Date, more: { ask?: (question: string) => Promise<string>; gitConfig?: (key: string) => string | undefined } = {}) {
  const wiki = makeWiki();
  const result = await runCli(['new', 'til', ...args], { cwd: wiki.root, now, ...more });
  return { ...wiki, ...result, read: (relative: string) => readFileSync(join(wiki.contentDir, relative), 'utf8') };
}

/** The project's own validator over the whole fixture wiki, new file included. */
function problemsIn(contentDir: string) {
  return validateFiles(readContentFiles(contentDir));
}

describe('labbook new til', () => {
  it('writes a TIL with front matter and section prompts that passes validation', async () => {
    const title = 'GradScaler: "NaN" after resume #2 (Überlauf)';
    const { code, stdout, stderr, read, contentDir } = await newTil([title, '--category', 'Training', '--tags', 'pytorch,amp']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe('content/til/2026-11-18-gradscaler-nan-after-resume-2-überlauf.md\n');
    const source = read('til/2026-11-18-gradscaler-nan-after-resume-2-überlauf.md');
    expect(source).toMatchInlineSnapshot(`
      "---
      title: "GradScaler: \\"NaN\\" after resume #2 (Überlauf)"
      date: 2026-11-18
      category: Training
      tags: [pytorch, amp]
      keywords: []
      issues: []
      authors: []
      # The lesson in one sentence, shown on top of the note and in weekly summaries.
      takeaway:
      ---

      ## Symptoms

      <!-- What did you see? Error messages, graphs, numbers. -->

      ## Diagnosis

      <!-- How did you narrow it down? Commands, logs, what you ruled out. -->

      ## Root cause

      <!-- What was actually wrong, and why did it behave that way? -->

      ## Key takeaway

      <!-- The lesson in one sentence. Also copy it into the front matter as \`takeaway:\` to show it on top and in weekly summaries. -->
      "
    `);
    expect(parseFrontmatter(source).data).toEqual({
      title,
      date: '2026-11-18',
      category: 'Training',
      tags: ['pytorch', 'amp'],
      keywords: [],
      issues: [],
      authors: [],
      takeaway: null,
    });
    expect(problemsIn(contentDir)).toEqual([]);
  });

  it('writes empty lists and no category when none is given', async () => {
    const { code, read } = await newTil(['Plain title']);
    expect(code).toBe(0);
    expect(read('til/2026-11-18-plain-title.md').split('---')[1]).toBe(
      '\ntitle: "Plain title"\ndate: 2026-11-18\ntags: []\nkeywords: []\nissues: []\nauthors: []\n# The lesson in one sentence, shown on top of the note and in weekly summaries.\ntakeaway:\n',
    );
  });

  it.each([
    ['a title with ": " and a # comment sign', ['--tags', 'c++,a: b,#x,true,2026,mixed precision', '--keep-tags']],
    ["l'apostrophe, \\backslash\\ and 'quotes'", ['--category', '🔥 Training: "hot"']],
    ['日本語のタイトル — with émoji 🔥', ['--tags', 'Ünïcode,null,- dash']],
  ])('keeps tricky text intact in valid YAML: %s', async (title, options) => {
    const { code, stdout, contentDir } = await newTil([title, ...options]);
    expect(code).toBe(0);
    const source = readFileSync(join(contentDir, '..', stdout.trim()), 'utf8');
    const data = parseFrontmatter(source).data;
    expect(data.title).toBe(title);
    const tagsIndex = options.indexOf('--tags');
    if (tagsIndex !== -1) expect(data.tags).toEqual(options[tagsIndex + 1]?.split(',').map((t) => t.trim()));
    const categoryIndex = options.indexOf('--category');
    if (categoryIndex !== -1) expect(data.category).toBe(options[categoryIndex + 1]);
    expect(problemsIn(contentDir)).toEqual([]);
  });

  it('writes .mdx with MDX comments, which MDX compiles (HTML comments would not)', async () => {
    const { code, stdout, read, contentDir } = await newTil(['Components in notes', '--mdx']);
    expect(code).toBe(0);
    expect(stdout).toBe('content/til/2026-11-18-components-in-notes.mdx\n');
    const source = read('til/2026-11-18-components-in-notes.mdx');
    expect(source).toContain('## Symptoms\n\n{/* What did you see? Error messages, graphs, numbers. */}\n');
    expect(source).not.toContain('<!--');
    const body = parseFrontmatter(source).body;
    expect(() => mdxToJs(body)).not.toThrow();
    expect(() => mdxToJs(body.replace(/\{\/\* (.*) \*\/\}/g, '<!-- $1 -->'))).toThrow(/comment in MDX/);
    expect(problemsIn(contentDir)).toEqual([]);
  });

  it('uses --date for the file name and the front matter', async () => {
    const { code, stdout, read, contentDir } = await newTil(['Leap day lesson', '--date', '2028-02-29']);
    expect(code).toBe(0);
    expect(stdout).toBe('content/til/2028-02-29-leap-day-lesson.md\n');
    expect(read('til/2028-02-29-leap-day-lesson.md')).toContain('\ndate: 2028-02-29\n');
    expect(problemsIn(contentDir)).toEqual([]);
  });

  it('dates the note by the local calendar day of the clock, not the UTC one', async () => {
    // 00:30 local time: in any zone east of UTC this is still the previous day in UTC.
    const { stdout } = await newTil(['After midnight'], new Date(2026, 10, 19, 0, 30));
    expect(stdout).toBe('content/til/2026-11-19-after-midnight.md\n');
  });

  it('--dry-run prints the path and content and writes nothing', async () => {
    const wiki = makeWiki();
    const before = listFiles(wiki.root);
    const { code, stdout, stderr } = await runCli(['new', 'til', 'Dry title', '--tags', 'pytorch', '--dry-run'], { cwd: wiki.root });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^Dry run, nothing written\. Would write content\/til\/2026-11-18-dry-title\.md\n\n---\ntitle: "Dry title"\n/);
    expect(stdout).toContain('## Key takeaway');
    expect(listFiles(wiki.root)).toEqual(before);
  });

  it('never overwrites: an existing file is left unchanged and the exit code is 1', async () => {
    const wiki = makeWiki();
    const target = join(wiki.contentDir, 'til', '2026-11-18-taken.md');
    writeFileSync(target, 'my notes\n');
    const before = listFiles(wiki.root);
    for (const extra of [[], ['--dry-run']]) {
      const { code, stdout, stderr } = await runCli(['new', 'til', 'Taken', ...extra], { cwd: wiki.root });
      expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
      expect(stderr).toBe('content/til/2026-11-18-taken.md already exists; pick another title or edit that file\n');
    }
    expect(readFileSync(target, 'utf8')).toBe('my notes\n');
    expect(listFiles(wiki.root)).toEqual(before);
  });

  it('refuses a file that would share the URL of an existing one (.md next to .mdx)', async () => {
    const wiki = makeWiki();
    const { code, stderr } = await runCli(['new', 'til', 'Activation checkpointing', '--mdx'], { cwd: wiki.root });
    expect(code).toBe(1);
    expect(stderr).toBe(
      'content/til/2026-11-18-activation-checkpointing.md already exists; pick another title or edit that file\n',
    );
    expect(existsSync(join(wiki.contentDir, 'til', '2026-11-18-activation-checkpointing.mdx'))).toBe(false);
  });

  const TYPOS = ['Tag typos', '--tags', 'pytroch,PyTorch,mixed_precision,cuda,Kubernetes,brand-new', '--tags', 'vlm'];

  it('without a terminal, writes nothing for a tag that looks like a typo and says how to go on', async () => {
    const { code, stdout, stderr, contentDir } = await newTil(TYPOS);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'labbook new til: tags "pytroch" (did you mean "pytorch"?), "PyTorch" (did you mean "pytorch"?), "mixed_precision" (did you mean "mixed-precision"?), ' +
        '"Kubernetes" (did you mean "kubernetes"?), "vlm" (did you mean "vllm"?) are new and look like a typo; nothing written. ' +
        'Run again with --yes to use the suggested spelling, with --keep-tags to keep the tags as written, or fix --tags.\n',
    );
    expect(existsSync(join(contentDir, 'til', '2026-11-18-tag-typos.md'))).toBe(false);
  });

  it('--yes takes the suggestions (each once), --keep-tags writes the tags as given', async () => {
    const yes = await newTil([...TYPOS, '--yes']);
    expect(yes.code).toBe(0);
    expect(yes.stderr).toContain('tag "pytroch" is new; using "pytorch", which the wiki already has (--yes)\n');
    expect(yes.read('til/2026-11-18-tag-typos.md')).toContain('\ntags: [pytorch, mixed-precision, cuda, kubernetes, brand-new, vllm]\n');
    const keep = await newTil([...TYPOS, '--keep-tags']);
    expect({ code: keep.code, stderr: keep.stderr }).toEqual({ code: 0, stderr: '' });
    expect(keep.read('til/2026-11-18-tag-typos.md')).toContain('\ntags: [pytroch, PyTorch, mixed_precision, cuda, Kubernetes, brand-new, vlm]\n');
    expect((await newTil([...TYPOS, '--yes', '--keep-tags'])).code).toBe(2);
  });

  it('at a terminal, asks for each suspect tag before writing: yes by default, no keeps it, anything else asks again', async () => {
    const questions: string[] = [];
    const answers = ['', 'n', 'maybe', 'y'];
    const ask = async (question: string) => {
      questions.push(question);
      return answers.shift() ?? '';
    };
    const { code, stderr, read } = await newTil(['Asked', '--tags', 'pytroch,Kubernetes,vlm'], undefined, { ask });
    expect(code).toBe(0);
    expect(questions).toEqual([
      'tag "pytroch" is new; did you mean "pytorch"? [Y]es, use "pytorch" / [n]o, keep "pytroch" / [q]uit: ',
      'tag "Kubernetes" is new; did you mean "kubernetes"? [Y]es, use "kubernetes" / [n]o, keep "Kubernetes" / [q]uit: ',
      'tag "vlm" is new; did you mean "vllm"? [Y]es, use "vllm" / [n]o, keep "vlm" / [q]uit: ',
      'tag "vlm" is new; did you mean "vllm"? [Y]es, use "vllm" / [n]o, keep "vlm" / [q]uit: ',
    ]);
    expect(stderr).toBe('answer y, n or q\n');
    expect(read('til/2026-11-18-asked.md')).toContain('\ntags: [pytorch, Kubernetes, vllm]\n');
  });

  it('at a terminal, q stops without writing', async () => {
    const { code, stderr, contentDir } = await newTil(['Quit', '--tags', 'pytroch'], undefined, { ask: async () => 'q' });
    expect({ code, stderr }).toEqual({ code: 1, stderr: 'labbook new til: stopped; nothing written\n' });
    expect(existsSync(join(contentDir, 'til', '2026-11-18-quit.md'))).toBe(false);
  });

  it('asks nothing when no tag looks like a typo', async () => {
    const { code } = await newTil(['Fine', '--tags', 'cuda,brand-new'], undefined, { ask: async () => { throw new Error('asked'); } });
    expect(code).toBe(0);
  });

  it('fills authors from git: the GitHub handle, else user.name, else empty', async () => {
    const both = await newTil(['Mine'], undefined, { gitConfig: (key) => ({ 'github.user': 'mira-k', 'user.name': 'Mira K' })[key] });
    expect(both.read('til/2026-11-18-mine.md')).toContain('\nauthors: [mira-k]\n');
    const name = await newTil(['Mine'], undefined, { gitConfig: (key) => ({ 'user.name': 'Mira Kovač' })[key] });
    expect(parseFrontmatter(name.read('til/2026-11-18-mine.md')).data.authors).toEqual(['Mira Kovač']);
    expect(problemsIn(name.contentDir)).toEqual([]);
    const none = await newTil(['Mine'], undefined, { gitConfig: () => undefined });
    expect(none.read('til/2026-11-18-mine.md')).toContain('\nauthors: []\n');
  });

  it('keeps a repeated tag once and says so', async () => {
    const { code, stderr, read } = await newTil(['Twice', '--tags', 'cuda, cuda', '--tags', 'cuda']);
    expect(code).toBe(0);
    expect(stderr).toBe('tag "cuda" is given twice; keeping it once\ntag "cuda" is given twice; keeping it once\n');
    expect(read('til/2026-11-18-twice.md')).toContain('\ntags: [cuda]\n');
  });
});

describe('labbook new til with a very long title', () => {
  it.each([
    ['English', `${'Gradient checkpointing trades compute for memory '.repeat(7)}end`],
    ['Japanese, no spaces', '勾配チェックポイントは計算とメモリを交換する'.repeat(14)],
    ['accents written as combining marks', 'Über'.normalize('NFD').repeat(100)],
  ])('%s: writes a file whose name is well under 255 bytes, cut on a word or character boundary', async (_case, title) => {
    expect([...title].length).toBeGreaterThanOrEqual(300);
    const { code, stderr, stdout, contentDir, read } = await newTil([title, '--date', '2026-11-02']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const name = stdout.trim().split('/').at(-1) ?? '';
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(120);
    expect(name).toMatch(/^2026-11-02-[^-].*[^-]\.md$/);
    expect(name).not.toContain('\uFFFD');
    // The title stays whole in the front matter, and the wiki still validates.
    expect(parseFrontmatter(read(`til/${name}`)).data.title).toBe(title);
    expect(problemsIn(contentDir)).toEqual([]);
  });
});
