import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSite, makeWorkDir, runBuild, tilFile } from './run-build.ts';

const KATEX_CSS = /_labbook\/katex-[\d.]+\/katex\.css/;
const read = (out: string, path: string) => readFileSync(join(out, path), 'utf8');

describe('astro build with math and callouts', () => {
  it('typesets math at build time, links KaTeX only on pages with math, and draws callouts in .md and .mdx', () => {
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(
      makeSite({
        'labbook.yaml': 'title: Math Wiki\nurl: https://example.org\n',
        'til/2026-11-04-compile.md': tilFile("'`torch.compile` recompiles'", '2026-11-04', '', 'Press <kbd>Ctrl</kbd>.[^1]\n\n[^1]: A note.\n'),
        'til/2026-11-02-loss.md': tilFile('The loss', '2026-11-02', '', 'Intro.\n\nThe loss $\\mathcal{L} = -\\sum_i y_i \\log p_i$.\n\n> [!NOTTE]\n> Typo.\n'),
        'til/2026-11-03-plain.md': tilFile('Plain', '2026-11-03', '', 'Costs $5 and $10, see `$HOME`.\n\n> [!TIP]\n> A tip.\n'),
        'docs/index.mdx': '---\ntitle: Handbook\n---\n\n!!! warning "Careful"\n    Body with $x^2$.\n',
      }),
      out,
    );
    expect(status, output).toBe(0);

    const loss = read(out, 'til/2026-11-02-loss/index.html');
    expect(loss).toContain('<span class="math math-inline"><span class="katex">');
    expect(loss).toMatch(KATEX_CSS);
    expect(output).toMatch(/\[labbook\] til\/2026-11-02-loss\.md:9: unknown callout type "notte"/);

    // A page without math: prices stay prose and no KaTeX stylesheet, font or script is loaded.
    const plain = read(out, 'til/2026-11-03-plain/index.html');
    expect(plain).toContain('Costs $5 and $10');
    expect(plain).not.toMatch(KATEX_CSS);
    expect(plain).not.toMatch(/katex|KaTeX_/i);
    expect(plain).toMatch(/<div class="callout callout-tip" data-callout="tip">\s*<p class="callout-title">Tip<\/p>/);

    const doc = read(out, 'docs/index.html');
    expect(doc).toMatch(/<div class="callout callout-warning" data-callout="warning">\s*<p class="callout-title">Careful<\/p>\s*<p>Body with <span class="math math-inline">/);
    expect(doc).toMatch(KATEX_CSS);

    // A title's code span is code on the page and in lists, plain text in <title> and feeds.
    const compile = read(out, 'til/2026-11-04-compile/index.html');
    expect(compile).toContain('<h1><code>torch.compile</code> recompiles</h1>');
    expect(compile).toContain('<title>torch.compile recompiles · Math Wiki</title>');
    expect(compile).toContain('<h2 class="sr-only" id="footnote-label">Footnotes');
    expect(read(out, 'til/index.html')).toContain('<code>torch.compile</code> recompiles</a>');
    expect(read(out, 'rss.xml')).toMatch(/<title><!\[CDATA\[torch\.compile recompiles\]\]><\/title>/);
    expect(read(out, 'rss.xml')).not.toContain('`');

    // The stylesheet and its woff2 fonts are published by the site itself.
    const [dir] = readdirSync(join(out, '_labbook')).filter((name) => name.startsWith('katex-'));
    const css = read(out, `_labbook/${dir}/katex.css`);
    expect(css).not.toMatch(/\.woff\)|\.ttf\)/);
    for (const font of css.matchAll(/url\((fonts\/[^)]+)\)/g)) expect(existsSync(join(out, '_labbook', dir as string, font[1] as string))).toBe(true);
  });

  it('fails on a formula KaTeX rejects, naming file, line and KaTeX\'s message', () => {
    const { status, output } = runBuild(
      makeSite({ 'labbook.yaml': 'title: Math Wiki\n', 'til/2026-11-02-bad.md': tilFile('Bad', '2026-11-02', '', 'Intro.\n\nThen $\\frac{a}$.\n') }),
      join(makeWorkDir(), 'dist'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/til\/2026-11-02-bad\.md:7: math KaTeX cannot typeset "\\\\frac\{a\}": Unexpected end of input/);
  });
});
