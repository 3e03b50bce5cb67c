import { describe, expect, it } from 'vitest';
import { inRanges, parseCodeMeta, parseLineRanges } from '../../../../src/lib/highlight/meta.ts';

describe('parseLineRanges', () => {
  it.each([
    ['2', [[2, 2]]],
    ['2,4-6', [[2, 2], [4, 6]]],
    [' 1 , 3 - 4 ', [[1, 1], [3, 4]]],
  ])('%s', (text, ranges) => expect(parseLineRanges(text)).toEqual(ranges));

  it.each(['', 'a', '0', '3-1', '1-', '1,,2', '1-200000', '1.5'])('refuses %j', (text) => expect(parseLineRanges(text)).toBeUndefined());

  it('inRanges', () => {
    expect([1, 2, 3, 4, 5, 6, 7].filter((n) => inRanges(n, [[2, 2], [4, 6]]))).toEqual([2, 4, 5, 6]);
  });
});

describe('parseCodeMeta', () => {
  const empty = { highlight: [], ins: [], del: [], lineNumbers: false, unknown: [] };

  it('reads nothing from no meta', () => {
    expect(parseCodeMeta(undefined)).toEqual(empty);
    expect(parseCodeMeta('  ')).toEqual(empty);
  });

  it('reads every form, in any order', () => {
    expect(parseCodeMeta('title="train.py" {2,4-6} showLineNumbers ins={3} del={1}')).toEqual({
      title: 'train.py',
      highlight: [[2, 2], [4, 6]],
      ins: [[3, 3]],
      del: [[1, 1]],
      lineNumbers: true,
      unknown: [],
    });
    expect(parseCodeMeta("showLineNumbers title='a b.py' {1}")).toMatchObject({ title: 'a b.py', highlight: [[1, 1]], lineNumbers: true });
  });

  it('keeps spaces and braces inside a quoted title', () => {
    expect(parseCodeMeta('title="my {2} file.py"')).toEqual({ ...empty, title: 'my {2} file.py' });
  });

  it('adds up repeated ranges', () => {
    expect(parseCodeMeta('{1} {3-4}').highlight).toEqual([[1, 1], [3, 4]]);
  });

  it('keeps what it does not understand, as written, instead of guessing', () => {
    expect(parseCodeMeta('{a} ins={x} showlinenumbers foo=bar title={1} linenos').unknown).toEqual(['{a}', 'ins={x}', 'showlinenumbers', 'foo=bar', 'title={1}', 'linenos']);
  });
});
