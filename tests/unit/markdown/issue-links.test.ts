import { markdownToHtml, mdxToJs, type PluginFactoryContext } from 'satteri';
import { describe, expect, it } from 'vitest';
import { headingAnchors } from '../../../src/markdown/heading-anchors.ts';
import { issueLinks, type Options } from '../../../src/markdown/issue-links.ts';

const REPO = 'acme/wiki';
const render = async (markdown: string, options: Options = { repo: REPO }) =>
  (await markdownToHtml(markdown, { mdastPlugins: [issueLinks(options)] })).html;
const plain = (markdown: string) => markdownToHtml(markdown).html;
const ref = (url: string, text: string) => `<a href="${url}" class="gh-ref">${text}</a>`;

/** True when an `<a>` opens inside another: links must never nest. */
function hasNestedLinks(html: string): boolean {
  let depth = 0;
  for (const [, close] of html.matchAll(/<(\/?)a[\s>]/g)) {
    depth += close ? -1 : 1;
    if (depth > 1) return true;
  }
  return false;
}

describe('issueLinks', () => {
  it('links references in text and keeps the text around them', async () => {
    expect(await render('Fixed in #42, see GH-43 and other/repo#7 (thanks @mira) at 3f2a9c1.')).toBe(
      `<p>Fixed in ${ref('https://github.com/acme/wiki/issues/42', '#42')}, see ${ref('https://github.com/acme/wiki/issues/43', '#43')} and ` +
        `${ref('https://github.com/other/repo/issues/7', 'other/repo#7')} (thanks ${ref('https://github.com/mira', '@mira')}) at ` +
        `${ref('https://github.com/acme/wiki/commit/3f2a9c1', '3f2a9c1')}.</p>\n`,
    );
  });

  it('links inside emphasis, list items and table cells', async () => {
    const html = await render('**#1** and _other/repo@3f2a9c1_\n\n- item #2\n\n| a |\n| - |\n| #3 |\n');
    expect(html).toContain(`<strong>${ref('https://github.com/acme/wiki/issues/1', '#1')}</strong>`);
    expect(html).toContain(`<em>${ref('https://github.com/other/repo/commit/3f2a9c1', 'other/repo@3f2a9c1')}</em>`);
    expect(html).toContain(`<li>item ${ref('https://github.com/acme/wiki/issues/2', '#2')}</li>`);
    expect(html).toContain(`<td>${ref('https://github.com/acme/wiki/issues/3', '#3')}</td>`);
  });

  it.each([
    ['code spans', 'Use `#42` or `GH-42` or `3f2a9c1`.\n'],
    ['fenced code', '```sh\ngit revert 3f2a9c1 # undo #42, ping @mira\n```\n'],
    ['indented code', '    #42 @mira\n'],
    ['existing links', '[see #42 and @mira](/x) and [other/repo#7][r]\n\n[r]: /y\n'],
    ['link titles and definitions', '[a](/x "#42") and [b][r]\n\n[r]: https://github.com/o/r/issues/9 "#47"\n'],
    ['raw HTML links and code', 'See <a href="/x">#42 *@mira*</a> and <code>#43</code> and <kbd>GH-44</kbd>.\n'],
    ['HTML blocks', '<div>#42 @mira</div>\n'],
    ['e-mail addresses', 'Write to mira@example.com.\n'],
    ['non-issue GitHub links', 'https://github.com/acme/wiki and https://github.com/acme/wiki/blob/main/x.md\n'],
    ['links whose text differs from the URL', '[the bug](https://github.com/acme/wiki/issues/5)\n'],
  ])('leaves %s alone', async (_, markdown) => {
    expect(await render(markdown)).toBe(plain(markdown));
  });

  it('never nests links', async () => {
    const html = await render(
      '[#1 in a link](https://github.com/acme/wiki/issues/1) <https://github.com/acme/wiki/issues/2> www.github.com/o/r/pull/3 ' +
        '<a href="/x">#4</a> [@mira][m] #5\n\n[m]: /m\n',
    );
    expect(html.match(/<a /g)).toHaveLength(6);
    expect(hasNestedLinks(html)).toBe(false);
  });

  it('leaves MDX <a> and <pre> alone but links inside other components', async () => {
    const { code } = await mdxToJs('<a href="/x">#1</a> <Note>#2</Note>\n\n<pre>#3</pre>\n', { mdastPlugins: [issueLinks({ repo: REPO })], jsx: true });
    expect(code).toContain('<a href="/x">{"#1"}</a>');
    expect(code).toContain('<Note><_components.a href="https://github.com/acme/wiki/issues/2" className="gh-ref">{"#2"}</_components.a></Note>');
    expect(code).toContain('<_components.pre>{"#3"}</_components.pre>');
  });

  it('shortens autolinked issue, pull request and commit URLs, keeping the URL', async () => {
    const html = await render(
      'https://github.com/acme/wiki/issues/5 and <https://github.com/other/repo/pull/6#issuecomment-1> and ' +
        'www.github.com/acme/wiki/pull/7 and https://github.com/acme/wiki/commit/3f2a9c1d0e5b\n',
    );
    expect(html).toBe(
      `<p>${ref('https://github.com/acme/wiki/issues/5', '#5')} and ${ref('https://github.com/other/repo/pull/6#issuecomment-1', 'other/repo#6')} and ` +
        `${ref('http://www.github.com/acme/wiki/pull/7', '#7')} and ${ref('https://github.com/acme/wiki/commit/3f2a9c1d0e5b', '3f2a9c1')}</p>\n`,
    );
  });

  it('links in headings without changing their ids', async () => {
    const headings = '## Fix #42 in other/repo#7 and GH-43\n\n### See https://github.com/acme/wiki/issues/3 and @mira\n\n## Fix #42\n';
    const ids = (html: string) => [...html.matchAll(/<h\d id="([^"]+)"/g)].map((m) => m[1]);
    const withLinks = (await markdownToHtml(headings, { mdastPlugins: [issueLinks({ repo: REPO })], hastPlugins: [headingAnchors()] })).html;
    const without = (await markdownToHtml(headings, { hastPlugins: [headingAnchors()] })).html;
    expect(ids(withLinks)).toEqual(ids(without));
    expect(ids(withLinks)).toEqual(['fix-42-in-otherrepo7-and-gh-43', 'see-httpsgithubcomacmewikiissues3-and-mira', 'fix-42']);
    // The link keeps the text as written (`GH-43`, not `#43`), and the autolink its URL.
    expect(withLinks).toContain(`${ref('https://github.com/acme/wiki/issues/43', 'GH-43')}<a class="heading-anchor"`);
    expect(withLinks).toContain('<a href="https://github.com/acme/wiki/issues/3">https://github.com/acme/wiki/issues/3</a>');
    expect(hasNestedLinks(withLinks.replaceAll(/<a class="heading-anchor"[^>]*><\/a>/g, ''))).toBe(false);
  });

  describe('option repo', () => {
    it('without it, #42, GH-42 and bare SHAs stay text but qualified references link', async () => {
      const html = await render('#42, GH-42, 3f2a9c1, other/repo#7, other/repo@3f2a9c1 and @mira\n', {});
      expect(html).toBe(
        `<p>#42, GH-42, 3f2a9c1, ${ref('https://github.com/other/repo/issues/7', 'other/repo#7')}, ` +
          `${ref('https://github.com/other/repo/commit/3f2a9c1', 'other/repo@3f2a9c1')} and ${ref('https://github.com/mira', '@mira')}</p>\n`,
      );
    });

    it('labels references to its own repository, in any case, as #N', async () => {
      expect(await render('Acme/Wiki#7 and https://github.com/ACME/Wiki/issues/8\n')).toBe(
        `<p>${ref('https://github.com/Acme/Wiki/issues/7', '#7')} and ${ref('https://github.com/ACME/Wiki/issues/8', '#8')}</p>\n`,
      );
    });
  });

  describe('skipping documents', () => {
    const context = (source: string): PluginFactoryContext => ({ source, fileURL: undefined, sourceFormat: 'markdown', data: {} });
    const resolve = (options: Options, source: string) => {
      const entry = issueLinks(options);
      if (typeof entry !== 'function') throw new Error('issueLinks should return a factory');
      return entry(context(source));
    };

    it.each<[Options, string, boolean]>([
      [{ repo: REPO }, '# Title\n\nNo references, just #hashtags, C# and 2 @ 3 GHz.', false],
      [{ repo: REPO }, 'Issue #42', true],
      [{ repo: REPO }, 'GH-42', true],
      [{ repo: REPO }, 'commit 3f2a9c1', true],
      [{ repo: REPO }, 'ping @mira', true],
      [{}, 'commit 3f2a9c1 and GH-42', false],
      [{}, 'see https://GitHub.com/o/r/issues/1', true],
    ])('%j on %j runs: %s', (options, source, runs) => {
      expect(Boolean(resolve(options, source))).toBe(runs);
    });
  });
});
