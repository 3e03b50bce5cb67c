import { describe, expect, it } from 'vitest';
import { callouts } from '../../../src/markdown/callouts.ts';
import { sanitizeMarkdown } from '../../../src/markdown/sanitize-html.ts';
import { prepareSource } from '../../../src/markdown/prepare-source.ts';
import { renderMd, renderMdx, withoutBlockNewlines } from './render-formats.ts';

/** `.md` HTML and the warnings printed on the way. */
async function render(markdown: string): Promise<{ html: string; warnings: string[] }> {
  const warnings: string[] = [];
  const html = await renderMd(markdown, [callouts({ warn: (message) => warnings.push(message) })]);
  return { html, warnings };
}

const box = (look: string, type: string, title: string, body: string) =>
  `<div class="callout callout-${look}" data-callout="${type}">\n<p class="callout-title">${title}</p>\n${body}</div>\n`;

describe('callouts', () => {
  it.each([
    ['NOTE', 'note', 'Note'],
    ['TIP', 'tip', 'Tip'],
    ['IMPORTANT', 'important', 'Important'],
    ['WARNING', 'warning', 'Warning'],
    ['CAUTION', 'caution', 'Caution'],
  ])('draws the GitHub alert [!%s]', async (marker, look, title) => {
    const { html, warnings } = await render(`> [!${marker}]\n> Body *text*.\n>\n> Second paragraph.\n`);
    expect(html).toBe(box(look, look, title, '<p>Body <em>text</em>.</p>\n<p>Second paragraph.</p>\n'));
    expect(warnings).toEqual([]);
  });

  it.each([
    ['an Obsidian type on its look', '> [!faq] Why?\n> Because.\n', box('important', 'faq', 'Why?', '<p>Because.</p>\n')],
    ['a title with Markdown', '> [!tip] Use `torch.compile` *now*\n> Body\n', box('tip', 'tip', 'Use <code>torch.compile</code> <em>now</em>', '<p>Body</p>\n')],
    ['a lower-case GitHub marker', '> [!warning]\n> Hot\n', box('warning', 'warning', 'Warning', '<p>Hot</p>\n')],
    ['a title only', '> [!success] Shipped\n', '<div class="callout callout-tip" data-callout="success">\n<p class="callout-title">Shipped</p>\n</div>\n'],
  ])('draws %s', async (_, markdown, expected) => {
    const { html, warnings } = await render(markdown);
    expect(html).toBe(expected);
    expect(warnings).toEqual([]);
  });

  it('folds with - (closed) and + (open) into <details>, no script', async () => {
    const { html } = await render('> [!tip]- Folded\n> Hidden\n\n> [!bug]+\n> Shown\n');
    expect(html).toBe(
      '<details class="callout callout-tip" data-callout="tip">\n<summary class="callout-title">Folded</summary>\n<p>Hidden</p>\n</details>\n' +
        '<details class="callout callout-caution" data-callout="bug" open>\n<summary class="callout-title">Bug</summary>\n<p>Shown</p>\n</details>\n',
    );
  });

  it('nests callouts', async () => {
    const { html } = await render('> [!NOTE]\n> Outer\n>\n> > [!CAUTION]\n> > Inner\n');
    expect(html).toBe(box('note', 'note', 'Note', `<p>Outer</p>\n${box('caution', 'caution', 'Caution', '<p>Inner</p>\n')}`));
  });

  it.each([
    ['plain blockquotes', '> Just a quote.\n> [!NOTE] on a later line\n'],
    ['markers in code', '```md\n> [!NOTE]\n> x\n```\n\n> `[!NOTE]` in code\n'],
    ['a marker outside a blockquote', '[!NOTE] at the start of a paragraph\n'],
  ])('leaves %s alone', async (_, markdown) => {
    const { html, warnings } = await render(markdown);
    expect(html).not.toContain('callout');
    expect(warnings).toEqual([]);
  });

  describe('nothing silent', () => {
    it.each([
      ['an unknown type is drawn as a note', '> [!NOTTE]\n> Body\n', 'line 1: unknown callout type "notte" (did you mean "note"?); drawn as a note', 'callout-note'],
      ['a malformed marker stays a quote', 'Text\n\n> [! NOTE]\n> Body\n', 'line 3: "[! NOTE]" is not a callout marker', '<blockquote>'],
      ['an empty callout', '> [!WARNING]\n', 'line 1: callout "[!warning]" has nothing in it', 'callout-warning'],
    ])('%s, with a warning naming the line', async (_, markdown, warning, html) => {
      const result = await render(markdown);
      expect(result.html).toContain(html);
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0]).toContain(`[labbook] ${warning}`);
    });
  });

  describe('MkDocs admonitions', () => {
    it('renders the indented body as Markdown, not as code', async () => {
      const { html } = await render('!!! warning "Rate limits"\n    The gateway allows **100** rps.\n\n    ```sh\n    curl $URL\n    ```\n\nAfter.\n');
      expect(html).toBe(
        box('warning', 'warning', 'Rate limits', '<p>The gateway allows <strong>100</strong> rps.</p>\n<pre><code class="language-sh">curl $URL\n</code></pre>\n') +
          '<p>After.</p>\n',
      );
    });

    it('folds ??? and opens ???+, takes the type name when there is no title, nests', async () => {
      const { html } = await render('??? info\n    Folded\n\n???+ tip "Open"\n    Shown\n    !!! danger\n        Inner\n');
      expect(html).toContain('<details class="callout callout-note" data-callout="info">\n<summary class="callout-title">Info</summary>\n<p>Folded</p>\n</details>');
      expect(html).toContain('<details class="callout callout-tip" data-callout="tip" open>\n<summary class="callout-title">Open</summary>\n<p>Shown</p>\n');
      expect(html).toContain(box('caution', 'danger', 'Danger', '<p>Inner</p>\n'));
    });

    it.each([
      ['fenced code', '```md\n!!! note\n    untouched\n```\n'],
      ['tilde fences', '~~~~\n!!! note "x"\n    untouched\n~~~~\n'],
      ['admonitions not at the margin', '- !!! note\n      item text\n'],
    ])('leaves %s alone, line for line', (_, markdown) => {
      expect(prepareSource(markdown, 'markdown', { warn: () => undefined })).toBe(markdown);
    });

    it('keeps every line on its line', () => {
      const source = 'a\n\n!!! note "T"\n    one\n\n    two\n\nb\n';
      const prepared = prepareSource(source, 'markdown');
      expect(prepared.split('\n')).toHaveLength(source.split('\n').length);
      expect(prepared.split('\n')[7]).toBe('b');
    });

    it.each([
      ['a header without a body is left as text', 'Intro\n\n!!! note "Empty"\nNot indented\n', 'line 3: MkDocs admonition "!!! note "Empty"" has no body'],
      ['a header that is not one', '!!!note\n    body\n', 'line 1: "!!!note" starts like an MkDocs admonition but is not one'],
    ])('%s, with a warning', (_, markdown, warning) => {
      const warnings: string[] = [];
      expect(prepareSource(markdown, 'markdown', { warn: (message) => warnings.push(message) })).toBe(markdown);
      expect(warnings).toEqual([expect.stringContaining(`[labbook] ${warning}`)]);
    });
  });

  it('survives the sanitizer, which still cleans raw HTML in the body (an admonition with a <table>, as in PagerDuty\'s docs)', async () => {
    const markdown = '!!! note "Escalation"\n    <table><tr><td onclick="x()">SEV1</td></tr></table>\n\n    After the table.\n';
    const html = await renderMd(markdown, [sanitizeMarkdown({ warn: () => undefined }), callouts()]);
    expect(html).toBe(box('note', 'note', 'Escalation', '<table><tbody><tr><td>SEV1</td></tr></tbody></table>\n<p>After the table.</p>\n'));
  });

  it('gives the same HTML in .md and .mdx', async () => {
    const markdown =
      '> [!NOTE]\n> Body *x*\n\n> [!faq]- Folded `code`\n> Hidden\n\n> [!example]+\n> Open\n\n!!! warning "Title"\n    Body **b**\n\n??? tip\n    Folded\n';
    const plugins = () => [callouts({ warn: () => undefined })];
    expect(withoutBlockNewlines(await renderMdx(markdown, plugins()))).toBe(withoutBlockNewlines(await renderMd(markdown, plugins())));
  });
});
