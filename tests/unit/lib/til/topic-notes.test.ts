import { describe, expect, it } from 'vitest';
import { topicNote, withTopicNoteData } from '../../../../src/lib/til/topic-notes.ts';

describe('topicNote', () => {
  it.each([
    ['til/vim/buffers.md', { topic: 'vim', slug: 'vim-buffers' }],
    ['til/python/packaging/Build Wheels.md', { topic: 'python', slug: 'python-packaging-build-wheels' }],
    ['til/react_native/x.mdx', { topic: 'react_native', slug: 'react_native-x' }],
  ])('%s', (path, expected) => {
    expect(topicNote(path)).toEqual(expected);
  });

  it('is not a TIL directly in til/, nor another kind', () => {
    expect(topicNote('til/2026-11-02-x.md')).toBeUndefined();
    expect(topicNote('docs/vim/x.md')).toBeUndefined();
  });
});

describe('withTopicNoteData', () => {
  it('takes the title from the first heading, the day from git, the category from the folder', () => {
    expect(withTopicNoteData({}, '```\n# not this\n```\n# Buffers in Vim\n', 'til/vim/buffers.md', '2020-03-04T23:00:00-05:00')).toEqual({
      title: 'Buffers in Vim',
      date: '2020-03-04',
      category: 'vim',
    });
  });

  it('falls back to the file name, and leaves the day not stated when git cannot tell', () => {
    expect(withTopicNoteData({}, 'No heading.\n', 'til/git/amend_a-commit.md', undefined)).toEqual({ title: 'amend a commit', category: 'git' });
  });

  it('keeps what the front matter states', () => {
    const data = { title: 'Mine', date: '2019-01-01', category: 'Editors' };
    expect(withTopicNoteData(data, '# Other\n', 'til/vim/x.md', '2020-01-01T00:00:00Z')).toEqual(data);
  });
});
