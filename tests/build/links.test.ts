import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSite, makeWorkDir, runBuild, tilFile } from './run-build.ts';

const doc = (title: string, body: string) => `---\ntitle: ${title}\n---\n${body}`;

const linkedSite = (config: string, note: string) => ({
  'labbook.yaml': `title: Links Wiki\n${config}`,
  'til/2026-11-02-first.md': tilFile('First note', '2026-11-02', '', note),
  'docs/guide.md': doc('Guide', '## Setup\n\nInstall.\n\n## Rollback\n\nUndo.\n'),
  'docs/ops/runbook.md': doc('Runbook', 'Back to [the guide](../guide.md#rollback), [the note](/til/2026-11-02-first.md) and [tags](/tags/).\n'),
});

describe('links between pages', () => {
  it('are rewritten to published URLs with the base path', () => {
    const out = join(makeWorkDir(), 'dist');
    const result = runBuild(makeSite(linkedSite('base: /acme-wiki/\n', 'See [setup](../docs/guide.md#setup).\n')), out);
    expect(result.status, result.output).toBe(0);
    const note = readFileSync(join(out, 'til/2026-11-02-first/index.html'), 'utf8');
    expect(note).toContain('<a href="/acme-wiki/docs/guide/#setup">setup</a>');
    const runbook = readFileSync(join(out, 'docs/ops/runbook/index.html'), 'utf8');
    expect(runbook).toContain('href="/acme-wiki/docs/guide/#rollback"');
    expect(runbook).toContain('href="/acme-wiki/til/2026-11-02-first/"');
    expect(runbook).toContain('href="/acme-wiki/tags/"');
    expect(result.output).toMatch(/links: \d+ pages checked, no broken links/);
  });

  it('to a missing page fail the build naming file, line and link, and leave dist/ alone', () => {
    const out = join(makeWorkDir(), 'dist');
    const result = runBuild(makeSite(linkedSite('', 'Intro.\n\nSee [nope](../docs/nope.md).\n')), out);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/til\/2026-11-02-first\.md:\d+: link "\.\.\/docs\/nope\.md" points to docs\/nope\.md, which does not exist/);
    expect(existsSync(out)).toBe(false);
  });

  it('to a missing heading fail the build naming file, line and anchor', () => {
    const out = join(makeWorkDir(), 'dist');
    const source = linkedSite('', 'Intro.\n\nSee [gone](../docs/guide.md#nope).\n');
    const result = runBuild(makeSite(source), out);
    expect(result.status).not.toBe(0);
    const line = source['til/2026-11-02-first.md'].split('\n').findIndex((text) => text.includes('#nope')) + 1;
    expect(result.output).toContain(`til/2026-11-02-first.md:${line}: link "/docs/guide/#nope" leads to /docs/guide/#nope, but that page has no heading or element with id "nope"`);
    expect(existsSync(out)).toBe(false);
  });

  it('with brokenLinks: warn are listed once at the end and the site is published', () => {
    const out = join(makeWorkDir(), 'dist');
    const result = runBuild(makeSite(linkedSite('brokenLinks: warn\n', 'See [nope](../docs/nope.md) and [gone](../docs/guide.md#nope).\n')), out);
    expect(result.status, result.output).toBe(0);
    expect(result.output.match(/2 broken links in the built site \(brokenLinks: warn\)/g)).toHaveLength(1);
    expect(result.output).toContain('til/2026-11-02-first.md:');
    expect(result.output).toContain('link "../docs/nope.md"');
    expect(result.output).toContain('id "nope"');
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });
});
