import { describe, expect, it } from 'vitest';
import { bodyOrSkip, FrontmatterSyntaxError, frontmatterOf, normalizeSource, parseFrontmatter } from '../../../src/lib/frontmatter.ts';

describe('parseFrontmatter', () => {
  it('splits front matter and body, keeping dates as text', () => {
    const parsed = parseFrontmatter('---\ntitle: A\ndate: 2026-11-02\n---\n# Body\n');
    expect(parsed.data).toEqual({ title: 'A', date: '2026-11-02' });
    expect(parsed.body).toBe('# Body\n');
    expect(parsed.keyLines).toEqual({ title: 2, date: 3 });
  });

  it('reads CRLF and BOM files exactly like LF ones', () => {
    const lf = '---\ntitle: Café 日本語\ntags: [a, b]\n---\nLine one\nLine two\n';
    const crlf = `\uFEFF${lf.replace(/\n/g, '\r\n')}`;
    expect(parseFrontmatter(crlf)).toEqual(parseFrontmatter(lf));
    expect(normalizeSource(crlf)).toBe(lf);
  });

  it('gives {} for a file without front matter', () => {
    expect(parseFrontmatter('# Just text\n')).toEqual({ data: {}, body: '# Just text\n', keyLines: {} });
  });

  it('reports YAML syntax errors with the file line', () => {
    const source = '---\ntitle: ok\ntags: [a, b\ndate: 2026-01-01\n---\n';
    try {
      parseFrontmatter(source);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FrontmatterSyntaxError);
      expect((error as FrontmatterSyntaxError).line).toBeGreaterThanOrEqual(3);
    }
  });

  it('rejects an unclosed front matter block', () => {
    expect(() => parseFrontmatter('---\ntitle: x\n')).toThrow(/never closed/);
  });

  it('rejects duplicate keys instead of keeping the last', () => {
    expect(() => parseFrontmatter('---\ntitle: a\ntitle: b\n---\n')).toThrow(FrontmatterSyntaxError);
  });

  it('rejects front matter that is a list, not key: value pairs', () => {
    expect(() => parseFrontmatter('---\n- a\n- b\n---\n')).toThrow(/key: value/);
  });
});

describe('frontmatterOf and bodyOrSkip (a content file parsed once)', () => {
  it('gives every reader the same parse, each its own copy of the data', () => {
    const file = { path: 'til/a.md', source: '---\ntitle: A\ntags: [x]\n---\nBody\n' };
    const first = frontmatterOf(file);
    (first.data.tags as string[]).push('changed');
    first.data.title = 'changed';
    expect(frontmatterOf(file)).toEqual(parseFrontmatter(file.source));
    expect(bodyOrSkip(file)).toBe('Body\n');
  });

  it('throws the syntax error to every reader; bodyOrSkip skips the file', () => {
    const file = { path: 'til/b.md', source: '---\ntitle: [unclosed\n---\n' };
    expect(() => frontmatterOf(file)).toThrow(FrontmatterSyntaxError);
    expect(() => frontmatterOf(file)).toThrow(FrontmatterSyntaxError);
    expect(bodyOrSkip(file)).toBeUndefined();
  });
});
