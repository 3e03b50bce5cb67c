import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from '../../../src/config/site-config.ts';
import { FrontmatterSyntaxError, parseFrontmatter } from '../../../src/lib/frontmatter.ts';
import { validateFiles } from '../../../src/lib/validate-content.ts';

/** "Billion laughs": nine levels of nine aliases each, 9^9 strings once expanded. */
function aliasBomb(): string {
  const lines = ['lol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 9; i++) lines.push(`lol${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
  return lines.join('\n');
}

describe('hostile YAML', () => {
  it('refuses an alias bomb in front matter, naming the file and the line of the first alias', () => {
    const source = `---\ntitle: T\ndate: 2026-11-02\n${aliasBomb()}\n---\nText.\n`;
    expect(validateFiles([{ path: 'til/2026-11-02-bomb.md', source }])).toEqual([
      expect.objectContaining({ code: 'frontmatter-yaml', file: 'til/2026-11-02-bomb.md', line: 5, message: expect.stringContaining('aliases (`*name`) expand too many times') }),
    ]);
  });

  it('refuses an alias bomb in labbook.yaml, naming the line', () => {
    const { config, problems } = parseSiteConfig(`title: W\n${aliasBomb()}\n`);
    expect(config).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({ code: 'config-yaml', file: 'labbook.yaml', line: 3, message: expect.stringContaining('"billion laughs"') }),
    ]);
  });

  it('still reads a few ordinary aliases', () => {
    expect(parseFrontmatter('---\nbase: &b [a, b]\ntags: *b\n---\n').data).toEqual({ base: ['a', 'b'], tags: ['a', 'b'] });
  });

  it.each([
    ['__proto__', 'title: T\ndate: 2026-11-02\n__proto__: { polluted: true }', 4],
    ['constructor', 'title: T\ndate: 2026-11-02\nconstructor: x', 4],
    ['prototype', 'title: T\ndate: 2026-11-02\nextra:\n  prototype: 1', 5],
    ['"__proto__"', 'title: T\n"__proto__": x\ndate: 2026-11-02', 3],
  ])('refuses %s as a front matter key, naming file and line', (key, yaml, line) => {
    const found = validateFiles([{ path: 'til/2026-11-02-proto.md', source: `---\n${yaml}\n---\nText.\n` }]);
    expect(found).toEqual([expect.objectContaining({ code: 'frontmatter-yaml', file: 'til/2026-11-02-proto.md', line })]);
    expect(found[0]?.message).toContain(`\`${key.replaceAll('"', '')}\` cannot be a key`);
  });

  it('refuses __proto__ in labbook.yaml and in a daily log, with the advice to rename it', () => {
    expect(parseSiteConfig('title: W\ntagAliases:\n  __proto__: [x]\n').problems).toEqual([
      expect.objectContaining({ file: 'labbook.yaml', line: 3, message: expect.stringMatching(/`__proto__` cannot be a key\. JavaScript gives "__proto__" a special meaning.*Rename the key\.$/) }),
    ]);
    const log = '---\n__proto__: [x]\n---\n## 2026-11-02\n\n### [Debugging] Entry\n\nText.\n';
    expect(validateFiles([{ path: 'til/2026-11-02.md', source: log }])).toEqual([expect.objectContaining({ file: 'til/2026-11-02.md', line: 2 })]);
  });

  it('throws its own error type, never a bare ReferenceError', () => {
    expect(() => parseFrontmatter(`---\n${aliasBomb()}\n---\n`)).toThrow(FrontmatterSyntaxError);
  });
});
