import { describe, expect, it } from 'vitest';
import { collectReferences, MAX_SENTENCE, sentenceAround } from '../../../src/lib/reference-index.ts';

const REPO = 'acme/wiki';
const issue = (n: number, repo = REPO) => `https://github.com/${repo}/issues/${n}`;
/** `[key, line, sentence]` for each reference, the parts a table row can show at a glance. */
const brief = (markdown: string, repo: string | undefined) => collectReferences(markdown, repo).map((r) => [r.key, r.line, r.sentence]);

describe('collectReferences', () => {
  it('finds references with their sentence and line', () => {
    const markdown = [
      '# Fix #42 in the loader', // 1
      '',
      'The loader crashed on empty shards. We fixed it in #43, see also', // 3
      'other/repo#7 for the upstream bug! Unrelated sentence here.', // 4
    ].join('\n');
    expect(collectReferences(markdown, REPO)).toEqual([
      { key: 'acme/wiki#42', label: '#42', url: issue(42), line: 1, sentence: 'Fix #42 in the loader' },
      { key: 'acme/wiki#43', label: '#43', url: issue(43), line: 3, sentence: 'We fixed it in #43, see also other/repo#7 for the upstream bug!' },
      { key: 'other/repo#7', label: 'other/repo#7', url: issue(7, 'other/repo'), line: 4, sentence: 'We fixed it in #43, see also other/repo#7 for the upstream bug!' },
    ]);
  });

  it.each<[string, string, (string | number)[][]]>([
    ['list items whole, markup stripped', '- Retry logic ([details](https://github.com/Acme/Wiki/issues/44)) *landed*. Next: more.\n- Flaky test GH-45\n', [
      ['acme/wiki#44', 1, 'Retry logic (details) landed. Next: more.'],
      ['acme/wiki#45', 2, 'Flaky test GH-45'],
    ]],
    ['table cells whole, code text kept', '| Run | Issue |\n| --- | ----- |\n| r1  | fixes #46, not `#47` |\n', [['acme/wiki#46', 3, 'fixes #46, not #47']]],
    ['code blocks and spans skipped', '```\n#48\n```\n\n    #49\n\n`#50` and <code>#51</code> and <a href="/x">#52</a>\n', []],
    ['HTML blocks skipped', '<div>\n#53\n</div>\n', []],
    ['links to issues counted, other links not scanned', 'See [the bug](https://github.com/o/r/pull/5) and [#54](/local).\n', [['o/r#5', 1, 'See the bug and #54.']]],
    ['reference-style links resolved', 'Tracked in [the epic][e].\n\n[e]: https://github.com/acme/wiki/issues/55\n', [['acme/wiki#55', 1, 'Tracked in the epic.']]],
    ['autolinks read as their label', 'Done in https://github.com/acme/wiki/pull/56. Later.\n', [['acme/wiki#56', 1, 'Done in #56.']]],
    ['commits and users are no issues', 'By @mira in 3f2a9c1 and other/repo@3f2a9c1.\n', []],
    ['abbreviations do not end sentences', 'Old bugs, e.g. #57 and #58, stay. New one.\n', [
      ['acme/wiki#57', 1, 'Old bugs, e.g. #57 and #58, stay.'],
      ['acme/wiki#58', 1, 'Old bugs, e.g. #57 and #58, stay.'],
    ]],
    ['lines counted inside paragraphs and quotes', '> first line\n> second #59\n> third\n', [['acme/wiki#59', 2, 'first line second #59 third']]],
    ['setext headings whole', 'Bug #60 here. Really\n===\n', [['acme/wiki#60', 1, 'Bug #60 here. Really']]],
    ['CJK sentences', '昨日のバグ。#61 で直した。次へ。\n', [['acme/wiki#61', 1, '昨日のバグ。#61 で直した。']]],
  ])('%s', (_, markdown, expected) => {
    expect(brief(markdown, REPO)).toEqual(expected);
  });

  it('without a repo keeps only fully qualified references', () => {
    expect(brief('Fixed #1, other/repo#2 and https://github.com/acme/wiki/issues/3.\n', undefined)).toEqual([
      ['other/repo#2', 1, 'Fixed #1, other/repo#2 and acme/wiki#3.'],
      ['acme/wiki#3', 1, 'Fixed #1, other/repo#2 and acme/wiki#3.'],
    ]);
  });

  it('groups spellings of one issue under one key', () => {
    const keys = collectReferences('#5, GH-5, Acme/Wiki#5, [it](https://github.com/acme/wiki/pull/5)\n', REPO).map((r) => r.key);
    expect(new Set(keys)).toEqual(new Set(['acme/wiki#5']));
    expect(keys).toHaveLength(4);
  });
});

describe('sentenceAround', () => {
  const around = (text: string, ref: string, whole = false) => sentenceAround(text, text.indexOf(ref), text.indexOf(ref) + ref.length, whole);

  it.each<[string, string, boolean, string]>([
    ['One. The second sentence mentions #1 right here! Three?', '#1', false, 'The second sentence mentions #1 right here!'],
    ['One. Two #1 here! Three?', '#1', true, 'One. Two #1 here! Three?'],
    ['Fixed in #1.', '#1', false, 'Fixed in #1.'],
    ['#1 first. Second.', '#1', false, '#1 first.'],
    ['Ends with #1', '#1', false, 'Ends with #1'],
    ['Spread\n  over   lines #1\tand tabs.', '#1', false, 'Spread over lines #1 and tabs.'],
    ['Version 1.2 of #1 works (see v2.0). Next.', '#1', false, 'Version 1.2 of #1 works (see v2.0).'],
    ['She said "done." Then #1 broke the nightly build again for everyone.', '#1', false, 'Then #1 broke the nightly build again for everyone.'],
    ['Arabic and Persian keyboards differ. Related to #1.', '#1', false, 'Arabic and Persian keyboards differ. Related to #1.'],
  ])('%j around %s (whole %s)', (text, ref, whole, expected) => {
    expect(around(text, ref, whole)).toBe(expected);
  });

  it('cuts long sentences at word boundaries around the reference', () => {
    const text = `${'alpha '.repeat(60)}#42 ${'omega '.repeat(60)}`.trim();
    const sentence = around(text, '#42');
    expect(sentence.length).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(sentence.length).toBeGreaterThan(MAX_SENTENCE - 10);
    expect(sentence).toMatch(/^…alpha( alpha)* #42( omega)*…$/);
  });

  it('cuts only the long side when the reference is near one end', () => {
    const text = `Early #42 ${'omega '.repeat(80)}end`;
    const sentence = around(text, '#42');
    expect(sentence).toMatch(/^Early #42( omega)*…$/);
    expect(sentence.length).toBeLessThanOrEqual(MAX_SENTENCE);
  });

  it('falls back to the sentence when a whole list item is too long', () => {
    const text = `${'Long intro. '.repeat(30)}The fix for the loader is in #42 since Monday. ${'More. '.repeat(10)}`;
    expect(around(text, '#42', true)).toBe('The fix for the loader is in #42 since Monday.');
  });
});
