import { describe, expect, it } from 'vitest';
import { resolveInternalLink, type ContentUrlLookup } from '../../../src/lib/internal-links.ts';

const PAGES: Record<string, string> = {
  'docs/guide.md': '/docs/guide/',
  'docs/ops/index.md': '/docs/ops/',
  'docs/ops/runbook.mdx': '/docs/ops/runbook/',
  'playbooks/timeouts.md': '/playbooks/timeouts/',
  'til/2026-11-02-gradscaler-nan.md': '/til/2026-11-02-gradscaler-nan/',
  'docs/a b.md': '/docs/a-b/',
  'notebooks/05.01-What-Is-ML.ipynb': '/notebooks/05-01-what-is-ml/',
};
const lookup: ContentUrlLookup = (path) => (PAGES[path] ? { url: PAGES[path] } : undefined);
const resolve = (href: string, from = 'docs/ops/runbook.mdx', base = '/') =>
  resolveInternalLink(href, { from, lookup, base, paths: () => Object.keys(PAGES) });

describe('resolveInternalLink', () => {
  it.each([
    ['../guide.md', '/docs/guide/'],
    ['../../playbooks/timeouts.md#rollback', '/playbooks/timeouts/#rollback'],
    ['./index.md', '/docs/ops/'],
    ['index.md?tab=2#top', '/docs/ops/?tab=2#top'],
    ['/docs/guide.md', '/docs/guide/'],
    ['/til/2026-11-02-gradscaler-nan.md', '/til/2026-11-02-gradscaler-nan/'],
    ['../a%20b.md', '/docs/a-b/'],
    ['runbook.MDX', undefined],
  ])('%s -> %s', (href, expected) => {
    const result = resolve(href);
    if (expected === undefined) expect(result.kind).toBe('missing');
    else expect(result).toEqual({ kind: 'rewrite', href: expected });
  });

  it('links to a published notebook go to its page with the anchor; other .ipynb links are left as files', () => {
    expect(resolve('05.01-What-Is-ML.ipynb#Classification:-Labels', 'notebooks/05.02-Next.ipynb')).toEqual({ kind: 'rewrite', href: '/notebooks/05-01-what-is-ml/#Classification:-Labels' });
    expect(resolve('../../notebooks/05.01-What-Is-ML.ipynb')).toEqual({ kind: 'rewrite', href: '/notebooks/05-01-what-is-ml/' });
    expect(resolve('../../src/scratch.ipynb')).toEqual({ kind: 'keep' });
  });

  it('adds the base path to content and site links', () => {
    expect(resolve('../guide.md#setup', 'docs/ops/runbook.mdx', '/acme-wiki/')).toEqual({ kind: 'rewrite', href: '/acme-wiki/docs/guide/#setup' });
    expect(resolve('/til/', 'docs/ops/runbook.mdx', '/acme-wiki/')).toEqual({ kind: 'rewrite', href: '/acme-wiki/til/' });
    expect(resolve('/tags/cuda/#top', 'docs/guide.md', '/acme-wiki/')).toEqual({ kind: 'rewrite', href: '/acme-wiki/tags/cuda/#top' });
  });

  it('leaves a site path that already has the base, and site paths without a base', () => {
    expect(resolve('/acme-wiki/til/', 'docs/guide.md', '/acme-wiki/')).toEqual({ kind: 'keep' });
    expect(resolve('/acme-wiki', 'docs/guide.md', '/acme-wiki/')).toEqual({ kind: 'keep' });
    expect(resolve('/til/', 'docs/guide.md', '/')).toEqual({ kind: 'rewrite', href: '/til/' });
  });

  it.each(['https://example.com/a.md', 'mailto:ml@acme.dev', '//cdn.example.com/x.md', '#local', '', 'images/plot.png', '../other/', 'javascript:alert(1)'])(
    'keeps %j',
    (href) => {
      expect(resolve(href)).toEqual({ kind: 'keep' });
    },
  );

  it('names the missing file and suggests a close one', () => {
    expect(resolve('../nope.md')).toMatchObject({ kind: 'missing', target: 'docs/nope.md', reason: expect.stringContaining('does not exist') });
    expect(resolve('../Guide.md')).toMatchObject({ kind: 'missing', reason: expect.stringContaining('did you mean docs/guide.md') });
    expect(resolve('timeouts.md')).toMatchObject({ kind: 'missing', target: 'docs/ops/timeouts.md', reason: expect.stringContaining('playbooks/timeouts.md') });
  });

  it('refuses paths that leave the content folder', () => {
    expect(resolve('../../../README.md')).toMatchObject({ kind: 'missing', target: '../README.md', reason: expect.stringContaining('outside the content folder') });
  });

  it('passes the decoded anchor to the lookup, which may drop it', () => {
    const entry: ContentUrlLookup = (path, fragment) => (path === 'til/2026-11-02.md' && fragment === 'é' ? { url: '/til/x/', dropFragment: true } : undefined);
    expect(resolveInternalLink('2026-11-02.md#%C3%A9', { from: 'til/a.md', lookup: entry, base: '/' })).toEqual({ kind: 'rewrite', href: '/til/x/' });
  });
});

describe('links written for GitHub', () => {
  const pages: Record<string, string> = {
    'docs/README.md': '/docs/',
    'docs/model-parallelism/README.md': '/docs/model-parallelism/',
    'docs/ops/index.md': '/docs/ops/',
    'docs/training/guide.md': '/docs/training/guide/',
  };
  const files = new Set(['docs/training/train.py', 'LICENSE', 'docs/configs']);
  const github = (target: string) => (files.has(target) ? `https://github.com/acme/wiki/blob/main/${target}` : undefined);
  const at = (href: string, from = 'docs/training/guide.md') =>
    resolveInternalLink(href, { from, lookup: (path) => (pages[path] ? { url: pages[path] } : undefined), base: '/wiki/', repoFile: github });

  it.each([
    ['../model-parallelism', '/wiki/docs/model-parallelism/'],
    ['../model-parallelism/', '/wiki/docs/model-parallelism/'],
    ['../model-parallelism#zero', '/wiki/docs/model-parallelism/#zero'],
    ['../ops', '/wiki/docs/ops/'],
    ['..', '/wiki/docs/'],
    ['train.py', 'https://github.com/acme/wiki/blob/main/docs/training/train.py'],
    ['train.py#L10', 'https://github.com/acme/wiki/blob/main/docs/training/train.py#L10'],
    ['../../LICENSE', 'https://github.com/acme/wiki/blob/main/LICENSE'],
  ])('%s -> %s', (href, expected) => {
    expect(at(href)).toEqual({ kind: 'rewrite', href: expected });
  });

  it('leaves a relative link to nothing it knows for the link check', () => {
    expect(at('missing.sh')).toEqual({ kind: 'keep' });
    expect(at('../nowhere/')).toEqual({ kind: 'keep' });
  });

  it('opens a Markdown file of the repository that is not a page on GitHub (a TIL repository\'s README.md)', () => {
    const readme = (target: string) => (target === 'README.md' ? 'https://github.com/acme/til/blob/main/README.md' : undefined);
    const from = 'git/amend.md';
    const lookup: ContentUrlLookup = () => undefined;
    expect(resolveInternalLink('../README.md#usage', { from, lookup, base: '/', repoFile: readme })).toEqual({
      kind: 'rewrite',
      href: 'https://github.com/acme/til/blob/main/README.md#usage',
    });
    // Without `repo` it cannot: the message says the file is there and what to set.
    const without = resolveInternalLink('../README.md', { from, lookup, base: '/', fileExists: (target) => target === 'README.md' });
    expect(without).toMatchObject({ kind: 'missing', target: 'README.md' });
    expect(without.kind === 'missing' && without.reason).toContain('set repo: owner/name');
  });
});
