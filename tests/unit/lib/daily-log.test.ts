import { describe, expect, it } from 'vitest';
import { dailyLogOf, isDailyLogFileName, splitDailyLog, type DailyLogEntry } from '../../../src/lib/daily-log.ts';
import { formatProblems } from '../../../src/lib/errors.ts';

const FILE = 'til/2026-11-02.md';
const split = (source: string, file = FILE) => splitDailyLog(source, file);
/** The entries of a log that must have no problems. */
const entriesOf = (source: string): DailyLogEntry[] => {
  const { entries, problems } = split(source);
  expect(problems).toEqual([]);
  return entries;
};
const only = (source: string): DailyLogEntry => {
  const [entry, ...rest] = entriesOf(source);
  expect(rest).toEqual([]);
  if (!entry) throw new Error('no entry');
  return entry;
};

// Line numbers matter in the assertions below: keep this text as it is, or update them.
const LOG = [
  '---', //                                                                            1
  'tags: [pytorch]',
  'authors: [mira-k, tom]',
  '---',
  '## 2026-11-02', //                                                                  5
  '',
  '### 🐛 [Debugging] GradScaler hides a forward-pass overflow',
  '',
  'The loss went NaN only in fp16. Related to #42, fixes ferrite-ml/platform#7 and #43.',
  '', //                                                                               10
  '```python',
  '### not a heading',
  'scaler.scale(loss).backward()',
  '```',
  '', //                                                                               15
  'Keywords: GradScaler, NaN loss, fp16',
  '',
  '**Key Takeaway:**',
  '> Loss scaling only protects *gradients*;',
  '> the forward pass can still overflow.', //                                         20
  '',
  '### 👩‍💻 [Serving] vLLM preemption is `silent`',
  '',
  '| setting | value |',
  '|---|---|', //                                                                      25
  '| gpu_memory_utilization | 0.9 |',
  '',
  '**Keywords:** vLLM, preemption, KV cache',
  'Tags: serving, pytorch',
  '', //                                                                               30
  '**Key takeaway:** Watch the `num_preemptions` metric.',
  '',
  '~~~',
  '### still code',
  '## 2026-01-01 also code', //                                                        35
  '~~~',
  '',
  '### [Data] Parquet row groups decide scan speed',
  'Closes #42, #51, and ferrite-ml/data#3.',
  '', //                                                                               40
  '',
].join('\n');

describe('splitDailyLog: a realistic log', () => {
  const { entries, problems } = split(LOG);

  it('finds three entries and no problems', () => {
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.slug)).toEqual([
      '2026-11-02-gradscaler-hides-a-forward-pass-overflow',
      '2026-11-02-vllm-preemption-is-silent',
      '2026-11-02-parquet-row-groups-decide-scan-speed',
    ]);
  });

  it.each<[number, keyof DailyLogEntry, unknown]>([
    [0, 'title', 'GradScaler hides a forward-pass overflow'],
    [0, 'date', '2026-11-02'],
    [0, 'icon', '🐛'],
    [0, 'category', 'Debugging'],
    [0, 'tags', ['pytorch']],
    [0, 'keywords', ['GradScaler', 'NaN loss', 'fp16']],
    [0, 'takeaway', 'Loss scaling only protects gradients; the forward pass can still overflow.'],
    [0, 'issues', [42, 'ferrite-ml/platform#7', 43]],
    [0, 'authors', ['mira-k', 'tom']],
    [0, 'draft', false],
    [0, 'line', 7],
    [0, 'bodyLine', 9],
    [1, 'title', 'vLLM preemption is silent'],
    [1, 'icon', '👩‍💻'],
    [1, 'category', 'Serving'],
    [1, 'tags', ['pytorch', 'serving']],
    [1, 'keywords', ['vLLM', 'preemption', 'KV cache']],
    [1, 'takeaway', 'Watch the num_preemptions metric.'],
    [1, 'issues', []],
    [1, 'line', 22],
    [1, 'bodyLine', 24],
    [2, 'title', 'Parquet row groups decide scan speed'],
    [2, 'icon', undefined],
    [2, 'category', 'Data'],
    [2, 'tags', ['pytorch']],
    [2, 'keywords', []],
    [2, 'takeaway', undefined],
    [2, 'issues', [42, 51, 'ferrite-ml/data#3']],
    [2, 'authors', ['mira-k', 'tom']],
    [2, 'line', 38],
    [2, 'bodyLine', 39],
  ])('entry %i has %s %j', (index, field, expected) => {
    expect(entries[index]?.[field]).toEqual(expected);
  });

  it('keeps the metadata lines, code and tables in the bodies', () => {
    expect(entries.map((e) => e.body)).toEqual([
      [
        'The loss went NaN only in fp16. Related to #42, fixes ferrite-ml/platform#7 and #43.',
        '',
        '```python',
        '### not a heading',
        'scaler.scale(loss).backward()',
        '```',
        '',
        'Keywords: GradScaler, NaN loss, fp16',
        '',
        '**Key Takeaway:**',
        '> Loss scaling only protects *gradients*;',
        '> the forward pass can still overflow.',
      ].join('\n'),
      [
        '| setting | value |',
        '|---|---|',
        '| gpu_memory_utilization | 0.9 |',
        '',
        '**Keywords:** vLLM, preemption, KV cache',
        'Tags: serving, pytorch',
        '',
        '**Key takeaway:** Watch the `num_preemptions` metric.',
        '',
        '~~~',
        '### still code',
        '## 2026-01-01 also code',
        '~~~',
      ].join('\n'),
      'Closes #42, #51, and ferrite-ml/data#3.',
    ]);
  });

  it('points bodyLine at the first body line in the file', () => {
    const lines = LOG.split('\n');
    for (const entry of entries) {
      expect(lines[entry.bodyLine - 1]).toBe(entry.body.split('\n')[0]);
      expect(lines[entry.line - 1]).toMatch(/^### /);
    }
  });

  it('gives identical results for a CRLF file with a BOM', () => {
    expect(split(`\uFEFF${LOG.replace(/\n/g, '\r\n')}`)).toEqual(split(LOG));
  });

  it('gives identical results for a classic-Mac CR file', () => {
    expect(split(LOG.replace(/\n/g, '\r'))).toEqual(split(LOG));
  });
});

describe('splitDailyLog: entry headings', () => {
  it.each([
    ['### [Training] Warmup matters', undefined, 'Training', 'Warmup matters'],
    ['### 🐛 [Debugging] A', '🐛', 'Debugging', 'A'],
    ['### 🐛[Debugging] A', '🐛', 'Debugging', 'A'],
    ['### 👩‍💻 [Pairing] ZWJ sequence', '👩‍💻', 'Pairing', 'ZWJ sequence'],
    ['### 👩🏽‍🔬 [Research] skin tone and ZWJ', '👩🏽‍🔬', 'Research', 'skin tone and ZWJ'],
    ['### ❤️ [Team] variation selector', '❤️', 'Team', 'variation selector'],
    ['### 🛠️ [MLOps] Docker Build Cache Invalidation', '🛠️', 'MLOps', 'Docker Build Cache Invalidation'],
    ['### ⚠ [Ops] text-style pictograph', '⚠', 'Ops', 'text-style pictograph'],
    ['### 🏳️‍🌈 [Flags] ZWJ flag', '🏳️‍🌈', 'Flags', 'ZWJ flag'],
    ['### 🇫🇷 [Flags] regional indicators', '🇫🇷', 'Flags', 'regional indicators'],
    ['### 1️⃣ [Steps] keycap', '1️⃣', 'Steps', 'keycap'],
    ['### 🔥 🚀 [Perf] two emoji', '🔥 🚀', 'Perf', 'two emoji'],
    ['### [ Training ]   spaces trimmed  ', undefined, 'Training', 'spaces trimmed'],
    ['### [Training] `torch.compile` *recompiles* on **shape** change', undefined, 'Training', 'torch.compile recompiles on shape change'],
    ['### [Training] Closing hashes ##', undefined, 'Training', 'Closing hashes'],
    ['### [C++] [WIP] second brackets stay', undefined, 'C++', '[WIP] second brackets stay'],
    ['### [数据] 日本語のタイトル', undefined, '数据', '日本語のタイトル'],
    // The diary template: a category is optional, the emoji is the icon.
    ['### 🐛 Debugging CUDA Memory Leaks in PyTorch', '🐛', undefined, 'Debugging CUDA Memory Leaks in PyTorch'],
    ['### 👩‍💻 Pairing notes', '👩‍💻', undefined, 'Pairing notes'],
    ['### 🛠️Docker cache', '🛠️', undefined, 'Docker cache'],
    ['### Plain title', undefined, undefined, 'Plain title'],
    ['### Title with [brackets] later', undefined, undefined, 'Title with [brackets] later'],
    ['### Emoji 🐛 inside the title', undefined, undefined, 'Emoji 🐛 inside the title'],
  ])('%s', (heading, icon, category, title) => {
    const entry = only(`${heading}\n\nBody.\n`);
    expect({ icon: entry.icon, category: entry.category, title: entry.title }).toEqual({ icon, category, title });
  });

  it.each([
    // URLs published before icons existed stay where they were.
    ['### 🐛 [Debugging] Why NaN? (fp16)', '2026-11-02-why-nan-fp16'],
    ['### 🐛 Why NaN? (fp16)', '2026-11-02-why-nan-fp16'],
    ['### [数据] 日本語のタイトル', '2026-11-02-日本語のタイトル'],
  ])('slug of %s is %s (date and title, never icon or category)', (heading, slug) => {
    expect(only(`${heading}\n`).slug).toBe(slug);
  });

  it('keeps a default category for entries without brackets, and their icon', () => {
    expect(only('---\ncategory: Training\n---\n### 🐛 No brackets\n')).toMatchObject({ icon: '🐛', category: 'Training', title: 'No brackets' });
  });

  it.each([
    ['```\n### fenced\n```', '```\n### fenced\n```'],
    ['~~~md\n### tilde fenced\n~~~', '~~~md\n### tilde fenced\n~~~'],
    ['````\n```\n### nested fence\n```\n````', '````\n```\n### nested fence\n```\n````'],
    ['    ### indented code', '    ### indented code'],
    ['> ### quoted heading', '> ### quoted heading'],
    ['- ### heading in a list', '- ### heading in a list'],
    ['#### A sub-section', '#### A sub-section'],
    ['# A level-1 heading', '# A level-1 heading'],
  ])('does not start an entry at %j', (inner, body) => {
    expect(only(`### [A] One\n\n${inner}\n\nAfter.\n`).body).toBe(`${body}\n\nAfter.`);
  });

  it('ends an entry at a level-2 heading', () => {
    const [first, second] = entriesOf('### [A] One\nText.\n## 2026-11-02\n### [B] Two\nMore.\n');
    expect(first?.body).toBe('Text.');
    expect(second).toMatchObject({ body: 'More.', line: 4, bodyLine: 5 });
  });

  it('gives an empty body when the heading is all there is', () => {
    expect(only('### [A] One\n\n\n')).toMatchObject({ body: '', line: 1, bodyLine: 2 });
  });

  it('keeps blank lines inside the body and trims them around it', () => {
    expect(only('### [A] One\n\n\nPara 1.\n\n\nPara 2.\n\n\n')).toMatchObject({ body: 'Para 1.\n\n\nPara 2.', bodyLine: 4 });
  });

  it('allows HTML comments outside entries', () => {
    expect(entriesOf('<!-- template: one ### per lesson -->\n## 2026-11-02\n<!-- x -->\n### [A] One\n')).toHaveLength(1);
  });
});

describe('splitDailyLog: front matter defaults', () => {
  it('applies category, tags, authors and draft to every entry', () => {
    const entries = entriesOf(
      '---\ncategory: 🧪 Experiments\ntags: [a, b]\nauthors: [mira-k]\ndraft: true\n---\n### No category here\nTags: b, c, c\n### [Own] Has its own\n',
    );
    expect(entries.map(({ category, tags, authors, draft }) => ({ category, tags, authors, draft }))).toEqual([
      { category: '🧪 Experiments', tags: ['a', 'b', 'c'], authors: ['mira-k'], draft: true },
      { category: 'Own', tags: ['a', 'b'], authors: ['mira-k'], draft: true },
    ]);
  });

  it('uses empty defaults without front matter', () => {
    const entry = only('### [A] One\n');
    expect(entry).toEqual({
      slug: '2026-11-02-one',
      title: 'One',
      date: '2026-11-02',
      category: 'A',
      tags: [],
      keywords: [],
      issues: [],
      authors: [],
      draft: false,
      body: '',
      line: 1,
      bodyLine: 2,
    });
    expect('takeaway' in entry).toBe(false);
  });

  it('counts lines from the top of the file, front matter included', () => {
    expect(only('---\ntags: [x]\n---\n\n### [A] One\nBody.\n')).toMatchObject({ line: 5, bodyLine: 6 });
  });

  it('accepts an empty front matter block', () => {
    expect(only('---\n---\n### [A] One\n')).toMatchObject({ line: 3, tags: [] });
  });
});

describe('splitDailyLog: metadata lines', () => {
  it.each([
    ['Keywords: a, b', ['a', 'b']],
    ['keywords: a, b', ['a', 'b']],
    ['KEYWORDS:a,b', ['a', 'b']],
    ['**Keywords:** a, b', ['a', 'b']],
    ['**Keywords**: a, b', ['a', 'b']],
    ['__Keywords:__ a, b', ['a', 'b']],
    ['Keywords: `GradScaler`, **NaN loss**, snake_case, , a', ['GradScaler', 'NaN loss', 'snake_case', 'a']],
    ['Keywords: a, b\nKeywords: b, c', ['a', 'b', 'c']],
    ['Some text\nKeywords: a', ['a']],
    ['Keywords:', []],
    ['The keywords: a, b are not a label here', []],
    ['- Keywords: in a list item', []],
    ['```\nKeywords: in code\n```', []],
  ])('%j gives keywords %j', (text, keywords) => {
    expect(only(`### [A] One\n\n${text}\n`).keywords).toEqual(keywords);
  });

  it.each([
    ['**Key Takeaway:**\n> One.', 'One.'],
    ['**Key takeaway:**\n> One.', 'One.'],
    ['**Takeaway:**\n> One.', 'One.'],
    ['**Key Takeaway**:\n> One.', 'One.'],
    ['Key Takeaway:\n> One.', 'One.'],
    ['**Key Takeaway:**\n\n> After a blank line.', 'After a blank line.'],
    ['**Key Takeaway:**\n> Line one,\n> line **two**\n> and `three`.', 'Line one, line two and three.'],
    ['**Key Takeaway:**\n> Para one.\n>\n> Para [two](https://example.com).', 'Para one. Para two.'],
    ['**Key Takeaway:** Same line.', 'Same line.'],
    ['**Key Takeaway:** Wrapped\nonto two lines.', 'Wrapped onto two lines.'],
    ['**Key Takeaway:** Stops here.\nKeywords: k', 'Stops here.'],
    ['Text first.\n**Takeaway:** Mid-paragraph.', 'Mid-paragraph.'],
  ])('%j gives takeaway %j', (text, takeaway) => {
    expect(only(`### [A] One\n\n${text}\n`).takeaway).toBe(takeaway);
  });

  it('reads keywords and tags on lines next to the takeaway label', () => {
    const entry = only('### [A] One\n\n**Key Takeaway:** It.\nKeywords: k\nTags: t\n');
    expect(entry).toMatchObject({ takeaway: 'It.', keywords: ['k'], tags: ['t'] });
  });

  it.each<[string, (number | string)[]]>([
    ['Related to #42.', [42]],
    ['related to #42', [42]],
    ['Fixes #1, #2 and #3.', [1, 2, 3]],
    ['Closes #1, #2, and owner/repo#3', [1, 2, 'owner/repo#3']],
    ['Resolves ferrite-ml/platform#7', ['ferrite-ml/platform#7']],
    ['Fixed #5; closed #6; resolved #7; fix #8', [5, 6, 7, 8]],
    ['Related to #42, fixes #42 and o/r#1. Closes o/r#1', [42, 'o/r#1']],
    ['**Related to** #9', [9]],
    ['See #42 and issue #43.', []],
    ['Prefixes #12 do not count', []],
    ['Related to `#42` in code', []],
    ['Related to #42abc', []],
    ['```\nFixes #42\n```', []],
    ['> Related to #5 in a quote\n\n- fixes #6 in a list', [5, 6]],
    ['| a |\n|---|\n| closes #7 |', [7]],
  ])('%j gives issues %j', (text, issues) => {
    expect(only(`### [A] One\n\n${text}\n`).issues).toEqual(issues);
  });

  it('does not read issues from the heading', () => {
    expect(only('### [A] Fixes #3 for good\n').issues).toEqual([]);
  });
});

const problemsOf = (source: string, file = FILE) => split(source, file).problems;

describe('splitDailyLog: problems', () => {
  it.each([
    [
      'title and date in front matter',
      '---\ntitle: Day\ndate: 2026-11-02\n---\n### [A] One\n',
      [
        { code: 'frontmatter-field', line: 2, message: 'title: not allowed in a daily log\'s front matter: each entry\'s title is its "### Title" heading. Remove it.' },
        { code: 'frontmatter-field', line: 3, message: "date: not allowed in a daily log's front matter: the date comes from the file name (2026-11-02). Remove it." },
      ],
    ],
    [
      'per-entry fields in front matter',
      '---\nkeywords: [a]\ntakeaway: t\nissues: [1]\n---\n### [A] One\n',
      [
        { code: 'frontmatter-field', line: 2, message: 'keywords: not allowed in a daily log\'s front matter: write a "Keywords: a, b" line in each entry. Remove it.' },
        { code: 'frontmatter-field', line: 3, message: 'takeaway: not allowed in a daily log\'s front matter: write "**Key Takeaway:**" and a "> ..." blockquote in each entry. Remove it.' },
        { code: 'frontmatter-field', line: 4, message: 'issues: not allowed in a daily log\'s front matter: write "Related to #42" in the entry it belongs to. Remove it.' },
      ],
    ],
    [
      'wrong types and misspelt fields in front matter (other tools\' keys are kept)',
      '---\ntags: { a: 1 }\ndraft: yes\nauthor: mira\ntgas: [x]\ncssclasses: [wide]\n---\n### [A] One\n',
      [
        { code: 'frontmatter-field', line: 2, message: 'tags: expected a list of tags, e.g. [a, b] or "a, b", received {"a":1}' },
        { code: 'frontmatter-field', line: 3, message: 'draft: expected true or false, received "yes"' },
        { code: 'frontmatter-field', line: 5, message: 'tgas: unknown field: did you mean "tags"? Rename it (keys Labbook does not know are kept for other tools, but this one looks like a typo).' },
      ],
    ],
    [
      'a date heading that is not the file date',
      '## 2026-11-03\n### [A] One\n',
      [{ code: 'daily-log-date', line: 1, message: 'date heading: expected "## 2026-11-02" (the date in the file name), found "## 2026-11-03". Make them the same day.' }],
    ],
    [
      'a level-2 heading that is not a date',
      '### [A] One\nText.\n## Notes\n### [B] Two\n',
      [{ code: 'daily-log-heading', line: 3, message: 'level-2 heading: expected "## 2026-11-02" or an entry heading "### Title", found "## Notes". Use "####" for a section inside an entry.' }],
    ],
    [
      'a setext level-2 heading inside an entry',
      '### [A] One\nSummary\n---\n',
      [{ code: 'daily-log-heading', line: 2, message: 'level-2 heading: expected "## 2026-11-02" or an entry heading "### Title", found "Summary". Use "####" for a section inside an entry.' }],
    ],
    [
      'text before the first entry (one problem for the whole run)',
      '# My day\n\nIntro paragraph.\n\n- a list\n## 2026-11-02\n\n### [A] One\n',
      [{ code: 'daily-log-stray', line: 1, message: 'text outside any entry: "# My day" is not under a "### Title" entry heading, so it would belong to no TIL. Move it under an entry heading or remove it.' }],
    ],
    [
      'text after a level-2 heading, before the next entry',
      '### [A] One\n## 2026-11-02\nOrphan text that is long enough to be cut short in the message.\n### [B] Two\n',
      [{ code: 'daily-log-stray', line: 3, message: 'text outside any entry: "Orphan text that is long enough to be..." is not under a "### Title" entry heading, so it would belong to no TIL. Move it under an entry heading or remove it.' }],
    ],
    [
      'empty brackets',
      '### [] Title\n',
      [{ code: 'daily-log-heading', line: 1, message: 'entry heading: expected a category inside the brackets, e.g. "### [Training] Title", found "### [] Title". Write one, or drop the brackets (a category is optional).' }],
    ],
    [
      'a category without a title',
      '### 🐛 [Debugging]\nBody.\n',
      [{ code: 'daily-log-heading', line: 1, message: 'entry heading: expected a title after the category, e.g. "### [Training] Title", found "### 🐛 [Debugging]".' }],
    ],
    [
      'an empty heading',
      '### [A] One\n###\n',
      [{ code: 'daily-log-heading', line: 2, message: 'entry heading: expected a title after the category, e.g. "### [Training] Title", found "###".' }],
    ],
    [
      'a title without letters or digits',
      '### [Ops] 🚀\n',
      [{ code: 'daily-log-heading', line: 1, message: 'entry heading: the title "🚀" gives an empty URL. Use some letters or digits in the title.' }],
    ],
    [
      'two titles with the same slug',
      '### [A] Foo Bar\n\n### [B] foo bar!\n',
      [{ code: 'duplicate-url', line: 3, message: 'entry would be published at /til/2026-11-02-foo-bar/, like the entry on line 1. Give one of them a different title.' }],
    ],
    [
      'a takeaway label with nothing after it',
      '### [A] One\n\n**Key Takeaway:**\n\nJust a paragraph.\n',
      [{ code: 'daily-log-takeaway', line: 3, message: 'takeaway: expected text after "**Key Takeaway:**" or a "> ..." blockquote right below it, found nothing. Write the lesson in one sentence, or remove the label.' }],
    ],
    [
      'a takeaway label at the end of the entry',
      '### [A] One\n**Takeaway:**\n### [B] Two\n',
      [{ code: 'daily-log-takeaway', line: 2, message: 'takeaway: expected text after "**Takeaway:**" or a "> ..." blockquote right below it, found nothing. Write the lesson in one sentence, or remove the label.' }],
    ],
    [
      'a takeaway label followed by an empty blockquote',
      '### [A] One\n**Key Takeaway:**\n>\n',
      [{ code: 'daily-log-takeaway', line: 2, message: 'takeaway: expected text after "**Key Takeaway:**" or a "> ..." blockquote right below it, found nothing. Write the lesson in one sentence, or remove the label.' }],
    ],
    [
      'two takeaways in one entry',
      '### [A] One\n**Key Takeaway:** First.\n\n**Takeaway:** Second.\n',
      [{ code: 'daily-log-takeaway', line: 4, message: 'takeaway: this entry already has one on line 2. Keep one takeaway per entry.' }],
    ],
    [
      'a file without entries',
      '---\ntags: [a]\n---\n## 2026-11-02\n',
      [{ code: 'daily-log-heading', line: 4, message: 'no entries: expected at least one "### Title" heading (optionally "### 🐛 [Category] Title"). Each one starts a TIL.' }],
    ],
  ])('%s', (_name, source, expected) => {
    expect(problemsOf(source)).toEqual(expected.map((p) => ({ file: FILE, ...p })));
  });

  it('keeps the first of two entries with the same slug', () => {
    const { entries } = split('### [A] Foo Bar\nfirst\n### [B] foo bar!\nsecond\n');
    expect(entries.map((e) => [e.category, e.body])).toEqual([['A', 'first']]);
  });

  it('reads an entry without a category as a TIL whose category is not stated, without a problem', () => {
    const entry = only('### Some title\nBody.\n');
    expect(entry.title).toBe('Some title');
    expect('category' in entry).toBe(false);
    expect('icon' in entry).toBe(false);
  });

  it('still uses a valid default category when another front matter field is wrong', () => {
    const found = problemsOf('---\ncategory: Ops\ntags: 42\n---\n### No brackets\n');
    expect(found.map((p) => p.line)).toEqual([3]);
  });

  it('reports a YAML error and still splits the entries', () => {
    const { entries, problems } = split('---\ntags: [a, b\n---\n### [A] One\n### Two\n');
    expect(problems.map((p) => [p.code, p.line])).toEqual([['frontmatter-yaml', 2]]);
    expect(problems[0]?.message).toMatch(/^front matter YAML does not parse: /);
    expect(entries.map((e) => e.line)).toEqual([4, 5]);
  });

  it('reports an unclosed front matter and nothing else', () => {
    expect(split('---\ntags: [a]\n### [A] One\n')).toEqual({
      entries: [],
      problems: [
        {
          code: 'frontmatter-yaml',
          file: FILE,
          line: 1,
          message:
            'front matter YAML does not parse: the front matter opened on line 1 is never closed with a `---` line. Check indentation and quote values that contain ": " or start with a special character.',
        },
      ],
    });
  });

  it('reports a file named after a day that does not exist', () => {
    expect(problemsOf('### [A] One\n', 'til/2026-02-30.md')).toEqual([
      {
        code: 'file-name',
        file: 'til/2026-02-30.md',
        line: 1,
        message: 'file name does not fit: "2026-02-30.md" is not a real calendar day. Name a daily log after its day, YYYY-MM-DD.md, e.g. 2026-11-02.md.',
      },
    ]);
  });

  it('reports a file that is not named like a daily log', () => {
    expect(split('### [A] One\n', 'til/2026-11-02-notes.md')).toEqual({
      entries: [],
      problems: [{ code: 'file-name', file: 'til/2026-11-02-notes.md', line: 1, message: 'file name does not fit: a daily log is named YYYY-MM-DD.md, e.g. 2026-11-02.md' }],
    });
  });

  it('takes the date from the file name and reports with the path it was given', () => {
    const { entries, problems } = split('## 2028-02-29\n### [A] Leap\n### 🚑 [Ops]\n', 'til/2028-02-29.md');
    expect(entries[0]?.slug).toBe('2028-02-29-leap');
    expect(problems.map((p) => [p.file, p.line])).toEqual([['til/2028-02-29.md', 3]]);
  });

  it('reports every problem of a file in one run, each with a file and line', () => {
    const source = [
      '---', //                                          1
      'title: A day',
      'tags: [amp]',
      '---',
      '## 2026-11-03', //                                5
      'Stray intro.',
      '### 🐛 [Debugging] Same',
      '**Key Takeaway:**',
      '',
      'Not a quote.', //                                10
      '### Same',
      '### 🚑 [Ops]',
      '## Retro',
      '### [Ops] same!',
      '',
    ].join('\r\n');
    const found = problemsOf(`\uFEFF${source}`);
    expect(found.every((p) => p.file === FILE && typeof p.line === 'number')).toBe(true);
    expect(formatProblems(found, 'Problems')).toMatchInlineSnapshot(`
      "Problems (8 problems):
        ✗ til/2026-11-02.md:2: title: not allowed in a daily log's front matter: each entry's title is its "### Title" heading. Remove it.
        ✗ til/2026-11-02.md:5: date heading: expected "## 2026-11-02" (the date in the file name), found "## 2026-11-03". Make them the same day.
        ✗ til/2026-11-02.md:6: text outside any entry: "Stray intro." is not under a "### Title" entry heading, so it would belong to no TIL. Move it under an entry heading or remove it.
        ✗ til/2026-11-02.md:8: takeaway: expected text after "**Key Takeaway:**" or a "> ..." blockquote right below it, found nothing. Write the lesson in one sentence, or remove the label.
        ✗ til/2026-11-02.md:11: entry would be published at /til/2026-11-02-same/, like the entry on line 7. Give one of them a different title.
        ✗ til/2026-11-02.md:12: entry heading: expected a title after the category, e.g. "### [Training] Title", found "### 🚑 [Ops]".
        ✗ til/2026-11-02.md:13: level-2 heading: expected "## 2026-11-02" or an entry heading "### Title", found "## Retro". Use "####" for a section inside an entry.
        ✗ til/2026-11-02.md:14: entry would be published at /til/2026-11-02-same/, like the entry on line 7. Give one of them a different title."
    `);
  });
});

describe('isDailyLogFileName', () => {
  it.each([
    ['2026-11-02.md', true],
    ['2026-11-02.MD', true],
    ['2026-13-45.md', true], // shaped like a day: splitDailyLog says what is wrong with it
    ['2026-11-02.mdx', false],
    ['2026-11-02-notes.md', false],
    ['2026-11-2.md', false],
    ['26-11-02.md', false],
    ['notes.md', false],
    ['2026-11-02.md.bak', false],
    ['til/2026-11-02.md', false],
    ['_2026-11-02.md', false],
  ])('%s → %s', (name, expected) => {
    expect(isDailyLogFileName(name)).toBe(expected);
  });
});

describe('dailyLogOf (a daily log split once per file)', () => {
  it('gives every reader the split of splitDailyLog, each its own copy', () => {
    const file = { path: FILE, source: '### First\n\nOne.\n\n### Second\n\nTwo.\n' };
    const first = dailyLogOf(file);
    first.entries.pop();
    expect(dailyLogOf(file)).toEqual(splitDailyLog(file.source, file.path));
    expect(dailyLogOf(file).entries).toHaveLength(2);
  });
});
