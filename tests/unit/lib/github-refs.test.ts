import { describe, expect, it } from 'vitest';
import {
  findGithubRefs,
  insideRawLinkOrCode,
  isAutolinkText,
  looksLikeSha,
  parseGithubUrl,
  parseIssueRef,
} from '../../../src/lib/github-refs.ts';

const REPO = 'acme/wiki';
const issue = (n: number, repo = REPO) => `https://github.com/${repo}/issues/${n}`;
const commit = (sha: string, repo = REPO) => `https://github.com/${repo}/commit/${sha}`;
const SHA40 = '3f2a9c1d0e5b7a6c8d9e0f1a2b3c4d5e6f7a8b9c';

/** `[matched text, label, url]` for each reference, so a table row reads like the page. */
const refs = (text: string, repo: string | undefined) => findGithubRefs(text, repo).map((r) => [r.text, r.label, r.url]);

describe('findGithubRefs with a repo', () => {
  it.each<[string, string[][]]>([
    // Issue numbers
    ['#42', [['#42', '#42', issue(42)]]],
    ['GH-42', [['GH-42', '#42', issue(42)]]],
    ['XGH-42', []],
    ['gh-42', []],
    ['fix-GH-42', []],
    ['(#42)', [['#42', '#42', issue(42)]]],
    ['Fixed in #42.', [['#42', '#42', issue(42)]]],
    ['#42, #43; #44!', [['#42', '#42', issue(42)], ['#43', '#43', issue(43)], ['#44', '#44', issue(44)]]],
    ['#42 starts and ends #43', [['#42', '#42', issue(42)], ['#43', '#43', issue(43)]]],
    ['«#42» and "#43"', [['#42', '#42', issue(42)], ['#43', '#43', issue(43)]]],
    ['#123456789', [['#123456789', '#123456789', issue(123456789)]]],
    ['#1234567890', []],
    ['#0 and #007', []],
    ['#42abc', []],
    ['#42_x', []],
    ['abc#42', []],
    ['&#42;', []],
    ['path/#42', []],
    ['##42', []],
    ['#42#43', [['#42', '#42', issue(42)]]],
    ['#hashtag', []],
    ['colours #fff and #a1b2c3 and #a1b2c3d4', []],
    ['日本語 #42。', [['#42', '#42', issue(42)]]],
    ['日本語#42', []],
    ['café#42', []],
    // Other repositories
    ['see other/repo#7', [['other/repo#7', 'other/repo#7', issue(7, 'other/repo')]]],
    ['Acme/Wiki#7', [['Acme/Wiki#7', '#7', 'https://github.com/Acme/Wiki/issues/7']]],
    ['vercel/next.js#123', [['vercel/next.js#123', 'vercel/next.js#123', issue(123, 'vercel/next.js')]]],
    ['src/models/a#7', []],
    ['example.com/page#7', []],
    ['other/repo#7x', []],
    // Commit SHAs
    ['in 3f2a9c1 we', [['3f2a9c1', '3f2a9c1', commit('3f2a9c1')]]],
    [SHA40, [[SHA40, '3f2a9c1', commit(SHA40)]]],
    [`${SHA40}0`, []],
    ['3f2a9c', []],
    ['defaced, effaced and accede', []],
    ['1234567', []],
    ['ABC1234', []],
    ['3f2a9c1.ckpt', []],
    ['model-3f2a9c1', []],
    ['550e8400-e29b-41d4-a716-446655440000', []],
    ['sha256:3f2a9c1d', []],
    ['other/repo@3f2a9c1', [['other/repo@3f2a9c1', 'other/repo@3f2a9c1', commit('3f2a9c1', 'other/repo')]]],
    [`acme/wiki@${SHA40}`, [[`acme/wiki@${SHA40}`, '3f2a9c1', commit(SHA40)]]],
    ['other/repo@v1.2.3', []],
    // Users
    ['ping @mira', [['@mira', '@mira', 'https://github.com/mira']]],
    ['(@mira-k).', [['@mira-k', '@mira-k', 'https://github.com/mira-k']]],
    ['mira@example.com', []],
    ['@example.com', []],
    ['@-mira @mira- @mi--ra', []],
    [`@${'a'.repeat(39)}`, [[`@${'a'.repeat(39)}`, `@${'a'.repeat(39)}`, `https://github.com/${'a'.repeat(39)}`]]],
    [`@${'a'.repeat(40)}`, []],
    ['@astrojs/mdx and @torch.compile', []],
    ['@ alone and @@x', []],
    // Full URLs
    ['https://github.com/o/r/issues/5', [['https://github.com/o/r/issues/5', 'o/r#5', 'https://github.com/o/r/issues/5']]],
    ['https://github.com/acme/wiki/pull/6#issuecomment-123', [['https://github.com/acme/wiki/pull/6#issuecomment-123', '#6', 'https://github.com/acme/wiki/pull/6#issuecomment-123']]],
    ['http://www.github.com/acme/wiki/pull/6/files.', [['http://www.github.com/acme/wiki/pull/6/files', '#6', 'http://www.github.com/acme/wiki/pull/6/files']]],
    ['https://GitHub.com/Acme/Wiki/issues/9', [['https://GitHub.com/Acme/Wiki/issues/9', '#9', 'https://GitHub.com/Acme/Wiki/issues/9']]],
    [`(https://github.com/o/r/commit/${SHA40})`, [[`https://github.com/o/r/commit/${SHA40}`, 'o/r@3f2a9c1', `https://github.com/o/r/commit/${SHA40}`]]],
    ['www.github.com/o/r/issues/5', [['www.github.com/o/r/issues/5', 'o/r#5', 'https://www.github.com/o/r/issues/5']]],
    ['https://github.com/o/r/issues/5/extra', []],
    ['https://github.com/o/r/issues and https://github.com/o/r', []],
  ])('%s', (text, expected) => {
    expect(refs(text, REPO)).toEqual(expected);
  });

  it('reports offsets, kinds and keys for a mixed sentence', () => {
    const text = 'See #1, Other/Repo#2, @bob and 3f2a9c1.';
    const found = findGithubRefs(text, REPO);
    expect(found.map((r) => [r.start, r.end, r.kind, r.key])).toEqual([
      [4, 6, 'issue', 'acme/wiki#1'],
      [8, 20, 'issue', 'other/repo#2'],
      [22, 26, 'user', undefined],
      [31, 38, 'commit', undefined],
    ]);
    for (const r of found) expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it('gives the same key to every spelling of one issue', () => {
    const keys = findGithubRefs('#5 GH-5 Acme/Wiki#5 https://github.com/ACME/wiki/pull/5', REPO).map((r) => r.key);
    expect(keys).toEqual(['acme/wiki#5', 'acme/wiki#5', 'acme/wiki#5', 'acme/wiki#5']);
  });
});

describe('findGithubRefs without a repo', () => {
  it.each<[string, string[][]]>([
    ['#42 and GH-42', []],
    ['3f2a9c1', []],
    ['other/repo#7', [['other/repo#7', 'other/repo#7', issue(7, 'other/repo')]]],
    ['other/repo@3f2a9c1', [['other/repo@3f2a9c1', 'other/repo@3f2a9c1', commit('3f2a9c1', 'other/repo')]]],
    ['@mira', [['@mira', '@mira', 'https://github.com/mira']]],
    ['https://github.com/acme/wiki/issues/1', [['https://github.com/acme/wiki/issues/1', 'acme/wiki#1', issue(1)]]],
  ])('%s', (text, expected) => {
    expect(refs(text, undefined)).toEqual(expected);
  });
});

describe('parseIssueRef', () => {
  it.each<[number | string, string | undefined, ReturnType<typeof parseIssueRef>]>([
    [42, REPO, { url: issue(42), label: '#42', key: 'acme/wiki#42' }],
    ['42', REPO, { url: issue(42), label: '#42', key: 'acme/wiki#42' }],
    ['#42', REPO, { url: issue(42), label: '#42', key: 'acme/wiki#42' }],
    [' GH-42 ', REPO, { url: issue(42), label: '#42', key: 'acme/wiki#42' }],
    [42, undefined, { url: undefined, label: '#42', key: undefined }],
    ['other/repo#7', REPO, { url: issue(7, 'other/repo'), label: 'other/repo#7', key: 'other/repo#7' }],
    ['Acme/Wiki#7', REPO, { url: 'https://github.com/Acme/Wiki/issues/7', label: '#7', key: 'acme/wiki#7' }],
    ['other/repo#7', undefined, { url: issue(7, 'other/repo'), label: 'other/repo#7', key: 'other/repo#7' }],
    ['https://github.com/o/r/pull/3', REPO, { url: 'https://github.com/o/r/pull/3', label: 'o/r#3', key: 'o/r#3' }],
    ['see #42', REPO, undefined],
    ['3f2a9c1', REPO, undefined],
    [0, REPO, undefined],
    [4.2, REPO, undefined],
    ['', REPO, undefined],
  ])('%j (repo %s)', (ref, repo, expected) => {
    expect(parseIssueRef(ref, repo)).toEqual(expected);
  });
});

describe('parseGithubUrl', () => {
  it.each<[string, string | undefined]>([
    ['https://github.com/acme/wiki/issues/5', '#5'],
    ['https://github.com/acme/wiki/pull/5/files?w=1#diff-abc', '#5'],
    [`https://github.com/o/r/commit/${SHA40}`, 'o/r@3f2a9c1'],
    ['https://github.com/o/r', undefined],
    ['https://github.com/o/r/blob/main/README.md', undefined],
    ['https://gitlab.com/o/r/issues/5', undefined],
    ['https://github.com.evil.test/o/r/issues/5', undefined],
  ])('%s', (url, label) => {
    expect(parseGithubUrl(url, REPO)?.label).toBe(label);
  });
});

describe('small rules', () => {
  it.each<[string, boolean]>([
    ['3f2a9c1', true],
    ['deadbeef', false],
    ['1234567', false],
    ['3F2A9C1', false],
    ['3f2a9c', false],
  ])('looksLikeSha(%s) is %s', (word, expected) => {
    expect(looksLikeSha(word)).toBe(expected);
  });

  it.each<[string[], boolean]>([
    [[], false],
    [['<a href="x">'], true],
    [['<a href="x">', '</a>'], false],
    [['<code>'], true],
    [['<abbr title="x">'], false],
    [['<br>'], false],
    [['<A HREF="x">'], true],
  ])('insideRawLinkOrCode(%j) is %s', (html, expected) => {
    expect(insideRawLinkOrCode(html)).toBe(expected);
  });

  it('knows autolinks by their text', () => {
    expect(isAutolinkText('https://github.com/o/r/issues/5', 'https://github.com/o/r/issues/5')).toBe(true);
    expect(isAutolinkText('www.github.com/o/r/issues/5', 'http://www.github.com/o/r/issues/5')).toBe(true);
    expect(isAutolinkText('the bug', 'https://github.com/o/r/issues/5')).toBe(false);
  });
});
