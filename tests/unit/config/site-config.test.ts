import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from '../../../src/config/site-config.ts';
import { resolveContentDir, resolveOutDir } from '../../../src/config/content-dir.ts';

describe('parseSiteConfig', () => {
  it('fills defaults', () => {
    expect(parseSiteConfig('title: Wiki\n').config).toEqual({ title: 'Wiki', base: '/', branch: 'main', brokenLinks: 'error', mermaid: 'error', mermaidTimeout: 60, math: 'error', tagAliases: {}, feedLimit: 50, notebookMaxSize: 20 });
  });

  it('reads experiment leaderboard settings, strictly', () => {
    expect(parseSiteConfig('title: W\nexperiments:\n  metrics: [eval.loss]\n  lowerIsBetter: [latency_ms]\n').config?.experiments).toEqual({ metrics: ['eval.loss'], lowerIsBetter: ['latency_ms'] });
    expect(parseSiteConfig('title: W\nexperiments:\n  metric: [eval.loss]\n').problems[0]?.message).toMatch(/metric/);
  });

  it('accepts every documented field', () => {
    const { config } = parseSiteConfig(
      'title: W\ndescription: D\nrepo: acme/ml-wiki\nurl: https://acme.github.io\nbase: /ml-wiki/\nbrokenLinks: warn\nbranch: trunk\nmermaid: warn\nmath: warn\n',
    );
    expect(config).toMatchObject({ repo: 'acme/ml-wiki', url: 'https://acme.github.io', base: '/ml-wiki/', brokenLinks: 'warn', branch: 'trunk', mermaid: 'warn', math: 'warn' });
  });

  it.each([
    ['repo: not a repo', 'repo: expected a GitHub repository written owner/name, e.g. ferrite-ml/platform, received "not a repo"'],
    ['repo: https://github.com/a/b', 'repo: expected a GitHub repository written owner/name'],
    ['url: ftp://x', 'url: expected an absolute http(s) URL'],
    ['base: wiki', 'base: expected a path starting with /, e.g. /wiki/, received "wiki"'],
    ['brokenLinks: sometimes', 'brokenLinks: expected error or warn, received "sometimes"'],
    ['mermaid: ignore', 'mermaid: expected error or warn, received "ignore"'],
    ['mermaidTimeout: 0', 'mermaidTimeout: expected a positive number of seconds, e.g. 60, received 0'],
    ['mermaidTimeout: soon', 'mermaidTimeout: expected a number of seconds, e.g. 60, received "soon"'],
    ['math: ignore', 'math: expected error or warn, received "ignore"'],
    ['feedLimit: 0', 'feedLimit: expected a positive number of TILs per feed, e.g. 50, received 0'],
    ['feedLimit: 2.5', 'feedLimit: expected a whole number of TILs per feed, e.g. 50, received 2.5'],
    ['feedLimit: many', 'feedLimit: expected a whole number of TILs per feed, e.g. 50, received "many"'],
    ['titel: typo', 'titel: unknown field: did you mean "title"? Rename it, or remove it.'],
    ['feedlimit: 5', 'feedlimit: unknown field: did you mean "feedLimit"? Rename it, or remove it.'],
    ['colour: blue', 'colour: unknown field. Check the spelling or remove it.'],
  ])('rejects %s', (line, message) => {
    const { config, problems } = parseSiteConfig(`title: W\n${line}\n`);
    expect(config).toBeUndefined();
    expect(problems.map((p) => p.message).join('\n')).toContain(message);
    expect(problems[0]).toMatchObject({ file: 'labbook.yaml', line: 2 });
  });

  it('reads mermaidTimeout, in seconds', () => {
    expect(parseSiteConfig('title: W\nmermaidTimeout: 90\n').config?.mermaidTimeout).toBe(90);
  });

  it('reads feedLimit', () => {
    expect(parseSiteConfig('title: W\nfeedLimit: 10\n').config?.feedLimit).toBe(10);
  });

  it('reads tag aliases and rejects a synonym claimed by two tags', () => {
    expect(parseSiteConfig('title: W\ntagAliases:\n  pytorch: [torch, PyTorch]\n').config?.tagAliases).toEqual({ pytorch: ['torch', 'PyTorch'] });
    const { problems } = parseSiteConfig('title: W\ntagAliases:\n  pytorch: [torch]\n  lua: [Torch]\n');
    expect(problems.map((p) => p.message)).toEqual(['tagAliases.lua: "Torch" is already an alias of "pytorch"; a tag can fold into one tag only, received ["Torch"]']);
    expect(parseSiteConfig('title: W\ntagAliases: [torch]\n').problems[0]?.message).toMatch(/^tagAliases: expected tags mapped to lists/);
  });

  it('requires a title', () => {
    const { problems } = parseSiteConfig('description: no title\n');
    expect(problems).toEqual([
      expect.objectContaining({ code: 'config-field', message: 'title: required: expected the site name as text, received nothing' }),
    ]);
  });

  it('reports YAML that does not parse, with its line', () => {
    const { problems } = parseSiteConfig('title: W\nrepo: [a\n');
    expect(problems[0]).toMatchObject({ code: 'config-yaml', file: 'labbook.yaml' });
  });

  it('reports every bad field at once', () => {
    expect(parseSiteConfig('repo: x\nbase: y\n').problems).toHaveLength(3);
  });
});

describe('content and output folders', () => {
  it('defaults to content/ and dist/ under cwd', () => {
    expect(resolveContentDir({}, '/repo')).toBe('/repo/content');
    expect(resolveOutDir({}, '/repo')).toBe('/repo/dist');
  });

  it('takes LABBOOK_CONTENT as an absolute or relative path', () => {
    expect(resolveContentDir({ LABBOOK_CONTENT: '/wikis/team' }, '/repo')).toBe('/wikis/team');
    expect(resolveContentDir({ LABBOOK_CONTENT: '../team-wiki' }, '/repo/app')).toBe('/repo/team-wiki');
    expect(resolveContentDir({ LABBOOK_CONTENT: '  ' }, '/repo')).toBe('/repo/content');
  });
});
