import { describe, expect, it } from 'vitest';
import { firstHeading, titleFromPath, withDocTitle } from '../../../../src/lib/docs/title.ts';

describe('firstHeading', () => {
  it.each([
    ['# Model parallelism\n\nText.', 'Model parallelism'],
    ['Intro line\n\n## Not this\n\n# This one #\n', 'This one'],
    ['```md\n# inside a fence\n```\n\n# After the fence', 'After the fence'],
    ['~~~~\n```\n# still fenced\n~~~~\n# Out', 'Out'],
    ['# **Bold** and `code`', 'Bold and code'],
    ['#NoSpace\n\n## Only h2', undefined],
    ['\uFEFF# With BOM\r\n', 'With BOM'],
  ])('%j -> %s', (body, expected) => expect(firstHeading(body)).toBe(expected));
});

describe('titleFromPath', () => {
  it.each([
    ['setup_guide.md', 'setup guide'],
    ['model-parallelism/README.md', 'model parallelism'],
    ['a/b/index.mdx', 'b'],
    ['README.md', 'README'],
  ])('%s -> %s', (path, expected) => expect(titleFromPath(path)).toBe(expected));
});

describe('withDocTitle', () => {
  it('keeps a stated title, else takes the first heading, else the file name', () => {
    expect(withDocTitle({ title: 'Stated' }, '# Heading', 'x.md').title).toBe('Stated');
    expect(withDocTitle({ order: 2 }, 'Text\n\n# Heading', 'x.md')).toEqual({ order: 2, title: 'Heading' });
    expect(withDocTitle({}, 'No heading.', 'training/launch-notes.md').title).toBe('launch notes');
  });
});
