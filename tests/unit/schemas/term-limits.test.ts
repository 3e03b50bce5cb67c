import { describe, expect, it } from 'vitest';
import { MAX_TERMS_PER_NOTE } from '../../../src/schemas/base.ts';
import { validateFiles } from '../../../src/lib/validate-content.ts';

const many = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => `${prefix}-${i}`);

describe('tags and keywords per note', () => {
  it('accepts up to the cap', () => {
    const tags = many(MAX_TERMS_PER_NOTE, 'tag').join(', ');
    expect(validateFiles([{ path: 'til/2026-11-02-ok.md', source: `---\ntitle: T\ndate: 2026-11-02\ntags: [${tags}]\nkeywords: [${tags}]\n---\nText.\n` }])).toEqual([]);
  });

  it.each(['tags', 'keywords'])('refuses a note with 10,000 %s, naming the file and line', (field) => {
    const source = `---\ntitle: T\ndate: 2026-11-02\n${field}: [${many(10_000, 'x').join(', ')}]\n---\nText.\n`;
    const [problem, ...rest] = validateFiles([{ path: 'til/2026-11-02-many.md', source }]);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'til/2026-11-02-many.md', line: 4 });
    expect(problem?.message).toMatch(new RegExp(`^${field}: expected at most 100 ${field} per note, found 10000\\.`));
  });

  it('refuses model cards and playbooks with too many tags', () => {
    const tags = `tags: [${many(101, 't').join(', ')}]`;
    const found = validateFiles([
      { path: 'playbooks/p.md', source: `---\ntitle: P\nservice: s\nseverity: SEV2\nowners: [a]\n${tags}\n---\n` },
    ]);
    expect(found.some((p) => p.file === 'playbooks/p.md' && p.line === 6 && p.message.startsWith('tags: expected at most 100'))).toBe(true);
  });

  it('refuses a daily-log entry whose Tags: line goes past the cap, naming its line', () => {
    const source = `---\ntags: [pytorch]\n---\n## 2026-11-02\n\n### [Debugging] One entry\n\nText.\n\nTags: ${many(100, 'tag').join(', ')}\nKeywords: a, b\n`;
    expect(validateFiles([{ path: 'til/2026-11-02.md', source }])).toEqual([
      expect.objectContaining({ code: 'too-many-terms', file: 'til/2026-11-02.md', line: 10, message: expect.stringMatching(/^tags: expected at most 100 tags per note, found 101\./) }),
    ]);
  });
});
