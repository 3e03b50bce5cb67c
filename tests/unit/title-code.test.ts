import { describe, expect, it } from 'vitest';
import { plainTitle, titleParts } from '../../src/lib/title-code.ts';

describe('titles with code spans', () => {
  it.each([
    ['`torch.compile` recompiles', [{ code: true, text: 'torch.compile' }, { code: false, text: ' recompiles' }], 'torch.compile recompiles'],
    ['No code here', [{ code: false, text: 'No code here' }], 'No code here'],
    ['Use `a` and `b`', [{ code: false, text: 'Use ' }, { code: true, text: 'a' }, { code: false, text: ' and ' }, { code: true, text: 'b' }], 'Use a and b'],
    ['`` a`b `` works', [{ code: true, text: 'a`b' }, { code: false, text: ' works' }], 'a`b works'],
    ['An unmatched ` stays', [{ code: false, text: 'An unmatched ` stays' }], 'An unmatched ` stays'],
    ['``x` is not closed', [{ code: false, text: '``x` is not closed' }], '``x` is not closed'],
    ['`<script>` is text', [{ code: true, text: '<script>' }, { code: false, text: ' is text' }], '<script> is text'],
  ])('%j', (title, parts, plain) => {
    expect(titleParts(title)).toEqual(parts);
    expect(plainTitle(title)).toBe(plain);
  });
});
