import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../../src/lib/errors.ts';
import { loadSpec } from '../../../../src/lib/openapi/load-spec.ts';
import { FIXTURES } from './spec-fixtures.ts';

describe('the OpenAPI tic-tac-toe example (3.1, Bearer, callbacks, links, webhooks)', () => {
  it('loads: HTTP auth schemes are case-insensitive, so `scheme: Bearer` is valid', async () => {
    const result = await loadSpec(FIXTURES, 'api/tictactoe.yaml');
    expect(formatProblems(result.problems, 'Problems')).toBe('Problems (0 problems):');
    expect(result.spec?.title).toBe('Tic Tac Toe');
  });
});
