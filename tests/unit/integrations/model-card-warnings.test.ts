import { describe, expect, it } from 'vitest';
import { contentWarnings } from '../../../src/integrations/validate-content.ts';

describe('contentWarnings for model cards', () => {
  it('warns about a card without the required sections, through the build warnings', () => {
    const files = [
      { path: 'models/complete.md', source: '---\ntitle: A\n---\n## Intended use\n\nx\n\n## Limitations\n\nx\n\n## Ethical considerations\n\nx\n' },
      { path: 'models/bare.md', source: '---\ntitle: B\n---\n## Intended use\n\nx\n\n## Limitations\n\nx\n' },
    ];
    expect(contentWarnings(files, { repo: 'a/b', tagAliases: {} })).toEqual([
      'models/bare.md: model card has no "Ethical considerations" section, so /models/ marks it incomplete. Add "## Ethical considerations" (see labbook new model).',
    ]);
  });
});
