import { describe, expect, it } from 'vitest';
import { prepareSource, rewriteSource, sourceAsWritten } from '../../../src/markdown/prepare-source.ts';

describe('prepareSource', () => {
  it('escapes prose dollars in a note nested 20,000 quotes deep without overflowing the stack', () => {
    // Before the nesting limit runs: its own walk over the parsed tree must not recurse.
    expect(prepareSource(`${'> '.repeat(20_000)}costs $5 and $x$\n`, 'markdown')).toContain('\\$5 and $x$');
  });

  it('remembers the text as written; rewriteSource does not', () => {
    const pure = 'Pure: it cost $7 and $8 in all.\n';
    const rewritten = rewriteSource(pure, 'markdown');
    expect(rewritten).not.toBe(pure);
    expect(sourceAsWritten(rewritten)).toBe(rewritten);
    const kept = 'Kept: it cost $9 and $10 in all.\n';
    const prepared = prepareSource(kept, 'markdown');
    expect(prepared).not.toBe(kept);
    expect(sourceAsWritten(prepared)).toBe(kept);
  });
});
