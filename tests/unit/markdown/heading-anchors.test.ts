import GithubSlugger from 'github-slugger';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { headingAnchors } from '../../../src/markdown/heading-anchors.ts';

const render = async (markdown: string, options = {}) => (await markdownToHtml(markdown, { hastPlugins: [headingAnchors(options)] })).html;

describe('headingAnchors', () => {
  it('gives headings the ids GitHub gives them, duplicates suffixed', async () => {
    const html = await render('# Title\n\n## Setup & Install\n\n## Setup & Install\n\n### Why `torch.compile` falls back?\n\n## 日本語 の 見出し\n');
    const slugger = new GithubSlugger();
    const expected = ['Title', 'Setup & Install', 'Setup & Install', 'Why torch.compile falls back?', '日本語 の 見出し'].map((t) => slugger.slug(t));
    expect(expected).toEqual(['title', 'setup--install', 'setup--install-1', 'why-torchcompile-falls-back', '日本語-の-見出し']);
    const ids = [...html.matchAll(/<h\d id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(expected);
  });

  it('appends a labelled self-link to h2-h4 only by default', async () => {
    const html = await render('# Top\n\n## Section\n\n##### Deep\n');
    expect(html).toContain('<h2 id="section">Section<a class="heading-anchor" href="#section" aria-label="Link to section: Section"></a></h2>');
    expect(html).toContain('<h1 id="top">Top</h1>');
    expect(html).toContain('<h5 id="deep">Deep</h5>');
  });

  it('links the levels it is told to', async () => {
    const html = await render('# Top\n\n## Section\n', { levels: [1] });
    expect(html).toContain('href="#top"');
    expect(html).not.toContain('href="#section"');
  });

  it('starts counting duplicates afresh on each document', async () => {
    expect(await render('## Notes\n')).toContain('id="notes"');
    expect(await render('## Notes\n')).toContain('id="notes"');
  });
});
