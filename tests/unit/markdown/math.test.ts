import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { isProseDollarPair } from '../../../src/lib/math/dollars.ts';
import { hasMath } from '../../../src/lib/math/page-flag.ts';
import { KATEX_DIR, woff2Only } from '../../../src/lib/math/stylesheet.ts';
import { math, type Options } from '../../../src/markdown/math.ts';
import { MATH_FEATURES, prepareSource } from '../../../src/markdown/prepare-source.ts';
import { renderMd, renderMdx, withoutBlockNewlines } from './render-formats.ts';

const render = (markdown: string, options: Options = {}) => renderMd(markdown, [math(options)]);
/** The TeX of every formula in the HTML, from KaTeX's MathML annotation, `display` or `inline`. */
const formulas = (html: string) =>
  [...html.matchAll(/<(span|div) class="math math-(inline|display)">[\s\S]*?<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/g)].map(
    (match) => `${match[2]}:${(match[3] ?? '').replace(/&amp;/g, '&')}`,
  );
/** The HTML without formulas: what stays prose. */
const prose = (html: string) => html.replace(/<(span|div) class="math[^"]*">[\s\S]*?<\/\1>(?=[^<]|<\/p>|$|\n)/g, '[math]');

describe('math', () => {
  describe('dollar signs: math or prose', () => {
    it.each([
      // Prices
      ['$2/$10', [], '<p>$2/$10</p>\n'],
      ['costs $5 and $10', [], '<p>costs $5 and $10</p>\n'],
      ['$0.020 per GB, billed monthly at $', [], '<p>$0.020 per GB, billed monthly at $</p>\n'],
      ['**$5/month** vs **$10/month**', [], '<p><strong>$5/month</strong> vs <strong>$10/month</strong></p>\n'],
      ['from $5 to $10, or $x$ dollars', ['inline:x'], '<p>from $5 to $10, or [math] dollars</p>\n'],
      // Shell variables
      ['$HOME', [], '<p>$HOME</p>\n'],
      ['export PATH=$PATH:$HOME/bin', [], '<p>export PATH=$PATH:$HOME/bin</p>\n'],
      ['`$HOME` and `$x$`', [], '<p><code>$HOME</code> and <code>$x$</code></p>\n'],
      // Escapes
      ['\\$5 and \\$x$', [], '<p>$5 and $x$</p>\n'],
      // Real formulas
      ['$x^2$', ['inline:x^2'], '<p>[math]</p>\n'],
      ['the loss $\\mathcal{L} = -\\sum_i y_i \\log p_i$.', ['inline:\\mathcal{L} = -\\sum_i y_i \\log p_i'], '<p>the loss [math].</p>\n'],
      ['$$\\nabla_\\theta J$$', ['display:\\nabla_\\theta J'], '<p>[math]</p>\n'],
      ["GitHub's $`\\sqrt{2}`$ form", ['inline:\\sqrt{2}'], "<p>GitHub's [math] form</p>\n"],
      ['$$\n\\frac{a}{b}\n$$\n', ['display:\\frac{a}{b}'], '[math]\n'],
      ['```math\na^2 + b^2\n```\n', ['display:a^2 + b^2'], '[math]\n'],
      ['$x$-axis and $n$, then $1', ['inline:x', 'inline:n'], '<p>[math]-axis and [math], then $1</p>\n'],
    ])('%j', async (markdown, tex, html) => {
      const rendered = await render(markdown);
      expect(formulas(rendered)).toEqual(tex);
      expect(prose(rendered)).toBe(html);
    });

    it.each<[string, boolean]>([
      ['$5 and $', true],
      ['$ x$', true],
      ['$x $', true],
      ['$2/$1', true],
      ['$PATH:$H', true],
      ['$x$', false],
      ['$x$.', false],
      ['$$ x $$', false],
      ['$`a`$', false],
    ])('rule: %j is prose: %s', (text, expected) => {
      const end = text.lastIndexOf('$') + 1;
      expect(isProseDollarPair(text, { start: 0, end: text.endsWith('$') ? text.length : end })).toBe(expected);
    });

    it('keeps line numbers: an escape only widens its line', () => {
      const source = 'a $5 and $10\n\nb $x$\n';
      expect(prepareSource(source, 'markdown')).toBe('a \\$5 and $10\n\nb $x$\n');
    });
  });

  it('renders HTML and MathML, no script', async () => {
    const html = await render('$x$');
    expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML">');
    expect(html).toContain('class="katex-html" aria-hidden="true"');
    expect(html).not.toContain('<script');
  });

  it('fails the build on a formula KaTeX rejects, with file, line and KaTeX\'s message', async () => {
    const fileURL = pathToFileURL('/wiki/til/x.md');
    const run = (async () => markdownToHtml(prepareSource('Intro\n\nThen $\\frac{a}$ here.\n', 'markdown'), { mdastPlugins: [math({ contentDir: '/wiki' })], features: MATH_FEATURES, fileURL }))();
    await expect(run).rejects.toThrow(/til\/x\.md:3: math KaTeX cannot typeset "\\\\frac\{a\}": Unexpected end of input in a macro argument/);
  });

  it('with onError: warn, shows the message in the page and warns', async () => {
    const warnings: string[] = [];
    const html = await render('Then $\\frac{a}$ here.\n', { onError: 'warn', warn: (message) => warnings.push(message) });
    expect(html).toContain('<span class="math math-inline math-error"><code class="math-error__source">\\frac{a}</code> <span class="math-error__message">');
    expect(warnings).toEqual([expect.stringMatching(/^\[labbook\] line 1: math KaTeX cannot typeset/)]);
  });

  it('warns about an unclosed $$ and leaves it as text', async () => {
    const warnings: string[] = [];
    const html = await render('Intro\n\n$$\nx^2\n', { warn: (message) => warnings.push(message) });
    expect(html).toBe('<p>Intro</p>\n<p>$$\nx^2</p>\n');
    expect(warnings).toEqual([expect.stringContaining('[labbook] line 3: "$$" opens a formula that is never closed')]);
  });

  it('marks pages with math, and only those', async () => {
    const flag = async (markdown: string) => {
      const data: Record<string, unknown> = { astro: { frontmatter: {} } };
      await markdownToHtml(prepareSource(markdown, 'markdown'), { mdastPlugins: [math()], features: MATH_FEATURES, data });
      return hasMath((data.astro as { frontmatter: Record<string, unknown> }).frontmatter);
    };
    expect(await flag('$x$')).toBe(true);
    expect(await flag('costs $5 and $10')).toBe(false);
    expect(await flag('plain')).toBe(false);
  });

  it('gives the same HTML in .md and .mdx', async () => {
    const markdown = 'Inline $x^2$, $`y`$ and $$z$$; prices $2/$10.\n\n$$\n\\frac{a}{b}\n$$\n\n```math\nc\n```\n';
    expect(withoutBlockNewlines(await renderMdx(markdown, [math()]))).toBe(withoutBlockNewlines(await renderMd(markdown, [math()])));
  });

  it('publishes the stylesheet of the installed KaTeX, with woff2 fonts only', () => {
    expect(KATEX_DIR).toBe(`_labbook/katex-${katex.version}`);
    expect(woff2Only('src:url(fonts/A.woff2) format("woff2"),url(fonts/A.woff) format("woff"),url(fonts/A.ttf) format("truetype")}')).toBe(
      'src:url(fonts/A.woff2) format("woff2")}',
    );
  });
});
