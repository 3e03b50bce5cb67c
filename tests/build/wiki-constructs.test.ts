import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeWorkDir, runBuild, tilFile } from './run-build.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/wiki-site');
const page = (out: string, path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

const SHARED_END = 'The end of the part both files share.</p>';

/**
 * The part of a page's rendered Markdown that both files share, serialised one way: the .mdx page
 * writes attributes in another order and `style` without spaces (Astro's MDX output, not ours), and
 * diagram ids differ by file on purpose.
 */
function shared(html: string): string {
  const start = html.indexOf('<div class="prose">');
  return html
    .slice(start, html.indexOf(SHARED_END, start) + SHARED_END.length)
    .replace(/\bm[0-9a-f]{8}-/g, 'mID-')
    .replace(/>\s+</g, '><')
    .replace(/style="([^"]*)"/g, (_, css: string) => `style="${css.replace(/\s*([:;])\s*/g, '$1').replace(/;$/, '')}"`)
    .replace(/<([a-z][\w-]*)((?:\s+[\w:-]+(?:="[^"]*")?)+)\s*>/g, (_, tag: string, attrs: string) => `<${tag} ${(attrs.trim().match(/[\w:-]+(?:="[^"]*")?/g) ?? []).sort().join(' ')}>`);
}

describe('every construct of issue #17 (tests/fixtures/wiki-site)', () => {
  it('builds the note in .md and .mdx to the same HTML, with wikilinks, backlinks and warnings that name file and line', () => {
    const work = makeWorkDir();
    const site = join(work, 'content');
    cpSync(FIXTURE, site, { recursive: true });
    // What an author gets wrong: each warns with file and line, and the build goes on.
    writeFileSync(join(site, 'til/2026-11-03-slips.md'), tilFile('Slips', '2026-11-03', '', '> [!NOTTE]\n> Typo.\n\n!!! note "Empty"\nNot indented.\n\n$$\nx^2\n'));
    const out = join(work, 'dist');
    const { status, output } = runBuild(site, out);
    expect(status, output).toBe(0);
    expect(output).toMatch(/\[labbook\] til\/2026-11-03-slips\.md:5: unknown callout type "notte"/);
    expect(output).toMatch(/\[labbook\] til\/2026-11-03-slips\.md:8: MkDocs admonition "!!! note "Empty"" has no body/);
    expect(output).toMatch(/\[labbook\] til\/2026-11-03-slips\.md:11: "\$\$" opens a formula that is never closed/);

    const md = page(out, 'docs/constructs');
    const mdx = page(out, 'docs/constructs-mdx');
    // The whole note up to its diagrams (about 19 KB once Mermaid's SVGs are pruned and rounded).
    expect(shared(md).length).toBeGreaterThan(12000);
    expect(shared(md)).toContain('<h2 id="diagrams">');
    expect(shared(mdx)).toBe(shared(md));

    // The constructs are there (the same in both, by the line above).
    expect(md).toContain('<a href="/docs/guide/#first-steps">its first steps</a>');
    expect(md).toContain('<a href="/til/2026-11-02-wikilinks-everywhere/">Wikilinks work in every kind</a>');
    expect(md).toContain('<code>[[Setup Guide]]</code>');
    expect(md).toMatch(/<img alt="The training pipeline"[^>]* src="\/_astro\/pipeline\.[\w-]+\.svg"/);
    expect(md.match(/class="callout callout-/g)?.length).toBe(10);
    expect(md).toMatch(/<details class="callout callout-warning" data-callout="warning">/);
    expect(md).toContain('class="katex-display"');
    expect(md).toMatch(/data-language="mermaid"[\s\S]*<figure class="mermaid-diagram"/);
    expect(md).toMatch(/markdown-extras\.[\w-]+\.css/);
    expect(md).toMatch(/code-marks\.[\w-]+\.css/);
    // The MDX twin's components.
    expect(mdx).toContain('An MDX callout');
    expect(mdx).toMatch(/role="tablist"/);

    const guide = page(out, 'docs/guide');
    for (const title of ['Every construct', 'Every construct, in MDX', 'Wikilinks work in every kind']) expect(guide).toContain(`>${title}</a></li>`);
    // One build that draws diagrams: a ceiling for a loaded 2-core machine, not a measurement.
  }, 300_000);
});
