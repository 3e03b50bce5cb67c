import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../src/lib/errors.ts';
import { readContentFiles, validateContentDir, validateFiles, type SourceFile } from '../../../src/lib/validate-content.ts';

const til = (name: string, frontmatter: string, body = 'Body.\n'): SourceFile => ({
  path: `til/${name}`,
  source: `---\n${frontmatter}\n---\n${body}`,
});
const good = 'title: Good\ndate: 2026-11-02';

describe('validateFiles', () => {
  it('accepts valid TILs and docs', () => {
    expect(
      validateFiles([
        til('2026-11-02-good.md', `${good}\ntags: [pytorch, c++]\nissues: [42, "#7", "pytorch/pytorch#9"]\nauthors: [mira]`),
        { path: 'docs/index.md', source: '---\ntitle: Home\norder: 1\n---\n' },
        { path: 'docs/guides/setup.mdx', source: '---\ntitle: Setup\n---\n' },
      ]),
    ).toEqual([]);
  });

  it('names the file, line and field of each bad front matter, all in one run', () => {
    const found = validateFiles([
      til('2026-11-02-no-title.md', 'date: 2026-11-02'),
      til('2026-11-03-bad-date.md', 'title: Bad date\ndate: 2026-13-45'),
      til('2026-11-04-bad-yaml.md', 'title: "unclosed\ndate: 2026-11-04'),
      til('2026-11-05-bad-tags.md', 'title: T\ndate: 2026-11-05\ntags: { a: 1 }\nissues: [PR-12]'),
      { path: 'docs/page.md', source: '---\ntitle: P\norder: first\n---\n' },
    ]);
    expect(formatProblems(found, 'Problems')).toMatchInlineSnapshot(`
      "Problems (6 problems):
        ✗ docs/page.md:3: order: expected a whole number such as 1, received "first"
        ✗ til/2026-11-02-no-title.md: title: required: expected a title as text, received nothing
        ✗ til/2026-11-03-bad-date.md:3: date: expected a real calendar date written YYYY-MM-DD, e.g. 2026-11-02, received "2026-13-45"
        ✗ til/2026-11-04-bad-yaml.md:3: front matter YAML does not parse: Missing closing "quote. Check indentation and quote values that contain ": " or start with a special character.
        ✗ til/2026-11-05-bad-tags.md:4: tags: expected a list of tags, e.g. [a, b] or "a, b", received {"a":1}
        ✗ til/2026-11-05-bad-tags.md:5: issues[0]: expected an issue number such as 42 or "owner/repo#7", received "PR-12""
    `);
  });

  it.each([
    ['2026-02-30'],
    ['2026-2-3'],
    ['yesterday'],
  ])('rejects the date %s', (date) => {
    const [problem] = validateFiles([til('2026-11-02-x.md', `title: X\ndate: ${date}`)]);
    expect(problem?.message).toMatch(/^date: expected a real calendar date/);
  });

  it('suggests the field a misspelt key was meant to be', () => {
    const found = validateFiles([
      { path: 'playbooks/p.md', source: '---\ntitle: P\nservice: api\nsevrity: SEV1\nowners: [a]\n---\n' },
    ]).map((p) => `${p.file}:${p.line}: ${p.message}`);
    expect(found).toContain('playbooks/p.md:4: sevrity: unknown field: did you mean "severity"? Rename it (keys Labbook does not know are kept for other tools, but this one looks like a typo).');
  });

  it('accepts 29 February in a leap year', () => {
    expect(validateFiles([til('2028-02-29-leap.md', 'title: Leap\ndate: 2028-02-29')])).toEqual([]);
  });

  it('requires the front matter date to match the file name', () => {
    const [problem] = validateFiles([til('2026-11-02-x.md', 'title: X\ndate: 2026-11-03')]);
    expect(problem).toMatchObject({ line: 3, message: 'date: is 2026-11-03 but the file name says 2026-11-02. Make them the same day.' });
  });

  it('rejects TIL file names without a date or a slug', () => {
    const found = validateFiles([til('notes.md', good), til('2026-11-02-.md', good)]);
    expect(found.map((p) => p.code)).toEqual(['file-name', 'file-name']);
    expect(found[0]?.message).toContain('YYYY-MM-DD-slug.md');
  });

  it('fails two files that would get the same URL, naming both', () => {
    const found = validateFiles([
      til('2026-11-02-same.md', good),
      til('2026-11-02-same.mdx', good),
      til('2026-11-02-Same.md', good),
      { path: 'docs/guides.md', source: '---\ntitle: A\n---\n' },
      { path: 'docs/guides/index.md', source: '---\ntitle: B\n---\n' },
    ]);
    expect(found.map((p) => p.message)).toEqual([
      'would be published at /til/2026-11-02-same/, like til/2026-11-02-same.mdx and til/2026-11-02-Same.md. Rename or remove all but one of them.',
      'would be published at /docs/guides/, like docs/guides/index.md. Rename or remove one of them.',
    ]);
  });

  it('treats titles and tags as text, whatever characters they hold', () => {
    const found = validateFiles([til('2026-11-02-x.md', 'title: "\\"><img src=x onerror=alert(1)>"\ndate: 2026-11-02\ntags: [فارسی, 日本語, ci/cd]')]);
    expect(found).toEqual([]);
  });
});

describe('validateContentDir', () => {
  const tmp = () => mkdtempSync(join(tmpdir(), 'labbook-validate-'));

  it('fails a missing folder', () => {
    expect(validateContentDir('/does/not/exist')[0]?.code).toBe('content-dir-missing');
  });

  it('fails a folder without pages', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'labbook.yaml'), 'title: W\n');
    mkdirSync(join(dir, 'til'));
    expect(validateContentDir(dir).map((p) => p.code)).toEqual(['content-dir-empty']);
  });

  it('reads Markdown and MDX pages, skipping _partials, dotfiles and other files', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'til'));
    mkdirSync(join(dir, 'docs', '_drafts'), { recursive: true });
    writeFileSync(join(dir, 'til', '2026-11-02-a.md'), `---\n${good}\n---\n`);
    writeFileSync(join(dir, 'til', '_template.md'), 'x');
    writeFileSync(join(dir, 'til', 'notes.txt'), 'x');
    writeFileSync(join(dir, 'docs', 'b.mdx'), '---\ntitle: B\n---\n');
    writeFileSync(join(dir, 'docs', '_drafts', 'c.md'), 'x');
    writeFileSync(join(dir, 'docs', '.hidden.md'), 'x');
    expect(readContentFiles(dir).map((f) => f.path)).toEqual(['docs/b.mdx', 'til/2026-11-02-a.md']);
    expect(validateContentDir(dir)).toEqual([]);
  });
});

describe('weekly summaries', () => {
  it('accepts weekly/YYYY-Www.md with optional front matter', () => {
    expect(validateFiles([{ path: 'weekly/2026-W47.md', source: 'A good week.\n' }, { path: 'weekly/2026-W53.md', source: '---\ntitle: Last week\nweek: 2026-W53\n---\n' }])).toEqual([]);
  });

  it('rejects weeks that do not exist and front matter that disagrees with the name', () => {
    const found = validateFiles([
      { path: 'weekly/2027-W53.md', source: 'x' },
      { path: 'weekly/week-47.md', source: 'x' },
      { path: 'weekly/2026-W47.md', source: '---\nweek: 2026-W46\n---\n' },
    ]);
    expect(found.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'weekly/2027-W53.md: file name does not fit: a weekly summary lives directly in weekly/ and is named after an ISO week that exists, e.g. weekly/2026-W47.md',
      'weekly/week-47.md: file name does not fit: a weekly summary lives directly in weekly/ and is named after an ISO week that exists, e.g. weekly/2026-W47.md',
      'weekly/2026-W47.md: week: is 2026-W46 but the file name says 2026-W47. Make them the same week.',
    ]);
  });
});

describe('daily logs', () => {
  const log = (entries: string) => ({ path: 'til/2026-11-02.md', source: `---\ntags: [pytorch]\n---\n## 2026-11-02\n\n${entries}` });

  it('accepts a valid log and checks its entries', () => {
    expect(validateFiles([log('### [Training] First\n\nText.\n\n### 🐛 [Debugging] Second\n\nMore.\n')])).toEqual([]);
  });

  it('accepts entries without a category (the diary template) and reports a malformed one with file and line', () => {
    expect(validateFiles([log('### 🐛 Debugging CUDA Memory Leaks\n\nText.\n')])).toEqual([]);
    const [problem] = validateFiles([log('### [Training] First\n\nText.\n\n### [] No category here\n\nMore.\n')]);
    expect(problem).toMatchObject({ file: 'til/2026-11-02.md', line: 10 });
    expect(problem?.message).toMatch(/^entry heading: expected a category inside the brackets/);
  });

  it('fails an entry and a single-file note that would share a URL', () => {
    const found = validateFiles([log('### [Training] Same title\n\nText.\n'), til('2026-11-02-same-title.md', 'title: Same title\ndate: 2026-11-02')]);
    expect(found.map((p) => p.message)).toEqual([
      'would be published at /til/2026-11-02-same-title/, like til/2026-11-02-same-title.md. Rename or remove one of them.',
    ]);
    expect(found[0]?.file).toBe('til/2026-11-02.md:6');
  });
});
