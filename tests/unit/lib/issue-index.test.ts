import { describe, expect, it } from 'vitest';
import { buildIssueIndex, citingPages, issuePath, issueSearchText } from '../../../src/lib/issue-index.ts';

const page = (title: string, date: string | undefined, markdown: string, issues: (number | string)[] = []) => ({
  title,
  url: `/til/${title}/`,
  date,
  kind: date ? ('TIL' as const) : ('Doc' as const),
  markdown,
  issues,
});

describe('buildIssueIndex', () => {
  const pages = [
    page('old', '2026-01-01', 'We hit #42 first. Unrelated sentence.'),
    page('new', '2026-03-01', 'Again #42, see also pytorch/pytorch#9 and `#43` in code.', [42]),
    page('listed-only', '2026-02-01', 'Nothing in the text.', ['other/repo#5']),
    page('doc', undefined, 'The design follows #42 and https://github.com/acme/wiki/pull/44.'),
  ];
  const index = buildIssueIndex(pages, 'acme/wiki');

  it('lists every referenced issue once, newest reference first', () => {
    expect(index.map((i) => [i.label, i.path, i.latest])).toEqual([
      ['#42', '42', '2026-03-01'],
      ['pytorch/pytorch#9', 'pytorch/pytorch/9', '2026-03-01'],
      ['other/repo#5', 'other/repo/5', '2026-02-01'],
      ['#44', '44', undefined],
    ]);
  });

  it('gives each citing page with its sentences, newest first, docs last, code skipped', () => {
    const issue42 = index[0];
    expect(issue42?.url).toBe('https://github.com/acme/wiki/issues/42');
    expect(issue42?.mentions.map((m) => [m.page.title, m.listed, m.sentences])).toEqual([
      ['new', true, ['Again #42, see also pytorch/pytorch#9 and #43 in code.']],
      ['old', false, ['We hit #42 first.']],
      ['doc', false, ['The design follows #42 and #44.']],
    ]);
    expect(index.find((i) => i.label === 'other/repo#5')?.mentions[0]).toMatchObject({ listed: true, sentences: [] });
  });

  it('makes page paths for this repo and others', () => {
    expect(issuePath('acme/wiki#42', 'acme/wiki')).toBe('42');
    expect(issuePath('acme/wiki#42', 'Acme/Wiki')).toBe('42');
    expect(issuePath('pytorch/pytorch#9', 'acme/wiki')).toBe('pytorch/pytorch/9');
    expect(issuePath('acme/wiki#42', undefined)).toBe('acme/wiki/42');
  });
});

describe('citingPages', () => {
  const pages = ['a', 'b', 'c', 'd', 'e'].map((title, i) => page(title, `2026-01-0${i + 1}`, 'See #42.'));
  const [entry] = buildIssueIndex(pages, 'acme/wiki');

  it('shows the newest few citing pages by title and counts the rest', () => {
    const { shown, more } = citingPages(entry!, 3);
    expect(shown.map((p) => p.title)).toEqual(['e', 'd', 'c']);
    expect(shown[0]).toMatchObject({ url: '/til/e/', date: '2026-01-05' });
    expect(more).toBe(2);
  });

  it('shows all when they fit, and none for max 0', () => {
    expect(citingPages(entry!, 5)).toMatchObject({ more: 0 });
    expect(citingPages(entry!, 10).shown).toHaveLength(5);
    expect(citingPages(entry!, 0)).toEqual({ shown: [], more: 5 });
  });
});

describe('issueSearchText', () => {
  it('names the issue and the pages citing it, newest first, as plain text', () => {
    const index = buildIssueIndex([page('Older', '2026-01-01', 'See #42.'), page('`torch.compile` recompiles', '2026-02-01', 'Also #42.'), page('Handbook', undefined, 'Tracked in #42 and #7.')], 'acme/wiki');
    expect(issueSearchText(index.find((i) => i.label === '#42')!)).toBe('#42 is cited by 3 pages: torch.compile recompiles; Older; Handbook.');
    expect(issueSearchText(index.find((i) => i.label === '#7')!)).toBe('#7 is cited by 1 page: Handbook.');
  });
});
