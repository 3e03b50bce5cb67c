import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSite, makeWorkDir, runBuild, tilFile } from './run-build.ts';

const ASTRO_WRAPPERS = /An unhandled error occurred|Unable to load your Astro config|Stack trace|Browser APIs are not available|\[ERROR\]|at file:\/\/|node_modules/;

describe('a failing build speaks with Labbook\'s voice only', () => {
  it('prints exactly the problem for an impossible date, nothing else', () => {
    const site = makeSite({ 'labbook.yaml': 'title: Errors\n', 'til/2026-11-02-a.md': tilFile('A', '2026-13-45') });
    const { status, output } = runBuild(site, join(makeWorkDir(), 'dist'));
    expect(status).toBe(1);
    expect(output.trim()).toBe(
      [
        `Labbook found problems in ${site} (1 problem):`,
        '  ✗ til/2026-11-02-a.md:3: date: expected a real calendar date written YYYY-MM-DD, e.g. 2026-11-02, received "2026-13-45"',
      ].join('\n'),
    );
  });

  it.each([
    ['a broken link', { 'docs/index.md': '---\ntitle: A\n---\nSee [y](/docs/nope/).\n' }, 'docs/index.md:4: link "/docs/nope/" leads to /docs/nope/'],
    ['a diagram that does not parse', { 'docs/index.md': '---\ntitle: A\n---\n\n```mermaid\nflowchart LR\n  A -->\n```\n' }, 'docs/index.md:5: mermaid diagram does not parse'],
    ['a bad OpenAPI spec', { 'docs/index.md': '---\ntitle: A\n---\n', 'api/x.yaml': 'openapi: 3.0.0\ninfo: {title: x}\npaths: {}\n' }, "api/x.yaml:2: /info: must have required property 'version'"],
    ['a misspelt labbook.yaml key', { 'labbook.yaml': 'title: Errors\ntitel: x\n', 'docs/index.md': '---\ntitle: A\n---\n' }, 'labbook.yaml:2: titel: unknown field: did you mean "title"?'],
  ])('%s: names file and line, without Astro\'s wrapper or a stack trace', (_name, files: Record<string, string>, expected) => {
    const site = makeSite({ 'labbook.yaml': 'title: Errors\n', ...files });
    const { status, output } = runBuild(site, join(makeWorkDir(), 'dist'), { LABBOOK_NO_BROWSER: '' });
    expect(status).toBe(1);
    expect(output).toContain(expected);
    expect(output).not.toMatch(ASTRO_WRAPPERS);
  });
});
