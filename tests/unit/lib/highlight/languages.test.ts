import { bundledLanguagesInfo } from 'shiki';
import { describe, expect, it } from 'vitest';
import { createLanguageResolver } from '../../../../src/lib/highlight/languages.ts';
import { createUnknownLanguages } from '../../../../src/lib/highlight/unknown-languages.ts';

describe('createLanguageResolver', () => {
  const fake = createLanguageResolver([{ id: 'python', name: 'Python', aliases: ['py'] }, { id: 'docker', name: 'Dockerfile', aliases: ['dockerfile'] }]);

  it('matches ids and aliases case-insensitively, passing Shiki the lower-case name', () => {
    expect(fake('Python')).toEqual({ kind: 'known', lang: 'python', label: 'Python' });
    expect(fake('PY')).toEqual({ kind: 'known', lang: 'py', label: 'Python' });
    expect(fake(' Dockerfile ')).toEqual({ kind: 'known', lang: 'dockerfile', label: 'Dockerfile' });
  });

  it('plain text on purpose is not unknown', () => {
    for (const name of [undefined, '', 'text', 'TXT', 'plain', 'plaintext']) expect(fake(name)).toEqual({ kind: 'plain' });
  });

  it('keeps an unknown name as written', () => {
    expect(fake('FooLang')).toEqual({ kind: 'unknown', name: 'FooLang' });
  });

  it.each([
    ['JavaScript', 'javascript', 'JavaScript'],
    ['Dockerfile', 'dockerfile', 'Dockerfile'],
    ['py', 'py', 'Python'],
    ['sh', 'sh', 'Shell'],
    ['yml', 'yml', 'YAML'],
    ['C++', 'c++', 'C++'],
    ['mermaid-example', 'mermaid', 'Mermaid'],
    ['ipython3', 'python', 'Python'],
    ['ansi', 'ansi', 'Terminal'],
  ])('with Shiki’s list: %s → %s (%s)', (name, lang, label) => {
    expect(createLanguageResolver(bundledLanguagesInfo)(name)).toEqual({ kind: 'known', lang, label });
  });
});

describe('createUnknownLanguages', () => {
  it('says nothing when every language was known', () => {
    expect(createUnknownLanguages().summary()).toBeUndefined();
  });

  it('lists each language once with its count, most used first, and a few of its files', () => {
    const tally = createUnknownLanguages();
    for (const file of ['a.md', 'b.md', 'c.md', 'd.md', 'a.md']) tally.add('foo', file);
    tally.add('bar');
    expect(tally.summary()).toBe(
      [
        '6 code blocks are in a language the highlighter does not know, shown as plain text:',
        '  foo: 5 blocks (a.md, b.md, c.md, 1 more)',
        '  bar: 1 block',
        'Use a language name or alias from https://shiki.style/languages, or `text` for plain text.',
      ].join('\n'),
    );
  });
});
