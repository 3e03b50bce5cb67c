import { describe, expect, it } from 'vitest';
import { pagefindTerms } from '../../../../src/lib/search/query-terms.ts';

describe('pagefindTerms', () => {
  it('searches an issue of the wiki\'s own repository as the #N its notes write', () => {
    expect(pagefindTerms('acme/ml#42', 'acme/ml')).toBe('#42');
    expect(pagefindTerms('  Acme/ML#42   cuda ', 'acme/ml')).toBe('#42 cuda');
  });

  it('keeps #N, other repositories and words as typed', () => {
    expect(pagefindTerms('#42', 'acme/ml')).toBe('#42');
    expect(pagefindTerms('pytorch/pytorch#9', 'acme/ml')).toBe('pytorch/pytorch#9');
    expect(pagefindTerms('acme/ml#42', undefined)).toBe('acme/ml#42');
    expect(pagefindTerms('acme/ml#0 a/b', 'acme/ml')).toBe('acme/ml#0 a/b');
    expect(pagefindTerms('', 'acme/ml')).toBe('');
  });
});
