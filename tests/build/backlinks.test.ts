import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSite, makeWorkDir, runBuild, tilFile } from './run-build.ts';

/** Pages the build copied from its cache (`├─ /til/x/index.html (restored)` in Astro's log). */
function restored(output: string): Set<string> {
  return new Set([...output.matchAll(/├─ (\S+) \((?:restored|cached)\)/g)].map((m) => m[1] as string));
}

const page = (out: string, path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
const linkedFrom = (html: string) => /<h2 id="backlinks-heading">Linked from<\/h2>\s*<ul>([\s\S]*?)<\/ul>/.exec(html)?.[1];

describe('wikilinks and backlinks in a real build', () => {
  it('links [[...]] by title, shows "Linked from", and a new link renders the target again', () => {
    const work = makeWorkDir();
    const out = join(work, 'dist');
    const site = makeSite({
      'labbook.yaml': 'title: Linked Wiki\n',
      'docs/guide.md': '---\ntitle: Setup Guide\naliases: [onboarding]\n---\n\n## First steps\n\nText.\n',
      'docs/ops.mdx': '---\ntitle: Operations\n---\n\nSee [the guide](guide.md).\n',
      'til/2026-11-01-alpha.md': tilFile('Alpha note', '2026-11-01', '', 'Alpha body, per [[Onboarding#First steps|the guide]].\n'),
      'til/2026-11-02-beta.md': tilFile('Beta note', '2026-11-02', '', 'Beta body.\n'),
    });

    const first = runBuild(site, out);
    expect(first.status, first.output).toBe(0);
    expect(page(out, 'til/2026-11-01-alpha')).toContain('<a href="/docs/guide/#first-steps">the guide</a>');
    const guide = linkedFrom(page(out, 'docs/guide'));
    expect(guide).toContain('<a href="/docs/ops/">Operations</a>');
    expect(guide).toContain('<a href="/til/2026-11-01-alpha/">Alpha note</a>');
    expect(guide).not.toContain('Beta note');
    // No section where nothing links.
    expect(page(out, 'til/2026-11-02-beta')).not.toContain('Linked from');

    // A new wikilink in beta: the guide renders again with beta listed; an untouched note is copied.
    writeFileSync(join(site, 'til/2026-11-02-beta.md'), tilFile('Beta note', '2026-11-02', '', 'Beta body, see [[setup guide]].\n'));
    const second = runBuild(site, out);
    expect(second.status, second.output).toBe(0);
    expect(restored(second.output)).not.toContain('/docs/guide/index.html');
    expect(restored(second.output)).toContain('/docs/ops/index.html');
    expect(linkedFrom(page(out, 'docs/guide'))).toContain('<a href="/til/2026-11-02-beta/">Beta note</a>');

    // A wikilink to nothing fails the build with file and line.
    writeFileSync(join(site, 'til/2026-11-02-beta.md'), tilFile('Beta note', '2026-11-02', '', 'Beta body.\n\nSee [[Nowhere]].\n'));
    const third = runBuild(site, out);
    expect(third.status).not.toBe(0);
    expect(third.output).toMatch(/til\/2026-11-02-beta\.md:7: wikilink \[\[Nowhere\]\] leads nowhere/);
    // Three builds one after another: a ceiling for a loaded 2-core machine, not a measurement.
  }, 600_000);
});
