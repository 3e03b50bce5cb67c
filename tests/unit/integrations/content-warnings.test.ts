import { describe, expect, it } from 'vitest';
import { contentWarnings } from '../../../src/integrations/validate-content.ts';

const til = (name: string, tags: string, body = '') => ({ path: `til/${name}.md`, source: `---\ntitle: T\ndate: ${name.slice(0, 10)}\ntags: [${tags}]\n---\n${body}` });

describe('contentWarnings', () => {
  const files = [til('2026-11-02-a', 'pytorch'), til('2026-11-03-b', 'pytorch'), til('2026-11-04-c', 'pytroch', 'See #42.')];

  it('names the file of a likely tag typo and says what to do', () => {
    expect(contentWarnings(files, { repo: 'a/b', tagAliases: {} })).toEqual([
      'til/2026-11-04-c.md: tag "pytroch" is used once and looks like "pytorch". Fix the spelling, or add it to tagAliases in labbook.yaml.',
    ]);
  });

  it('warns once that #N stays text without repo', () => {
    const warnings = contentWarnings([...files, til('2026-11-05-d', 'x', 'GH-7 and #8')], { tagAliases: { pytorch: ['pytroch'] } });
    expect(warnings).toEqual(['labbook.yaml: issue references like #42 stay plain text because `repo` is not set. Add `repo: owner/name` to link them.']);
  });

  it('does not mistake headings, colours or entities for issues', () => {
    expect(contentWarnings([til('2026-11-02-a', 'x', '# Heading\n\ncolor #fff, &#42;, a/#3')], { tagAliases: {} })).toEqual([]);
  });
});
