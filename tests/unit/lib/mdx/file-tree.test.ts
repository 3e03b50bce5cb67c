import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { htmlToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { fileTree } from '../../../../src/lib/mdx/file-tree.ts';

const render = (html: string) => toHtml(fileTree((htmlToHast(html, { fragment: true }) as Root).children));
const ICON = '<span class="file-tree__icon" aria-hidden="true"></span>';

describe('fileTree', () => {
  it('a nested item makes a folder, folded with <details>; the rest are files', () => {
    expect(render('<ul>\n<li>src\n<ul>\n<li>index.ts</li>\n</ul>\n</li>\n<li>README.md</li>\n</ul>')).toBe(
      '<div class="file-tree"><ul>' +
        `<li class="file-tree__folder"><details open><summary>${ICON}<span class="file-tree__name">src</span><span class="visually-hidden"> (folder)</span></summary>` +
        `<ul><li class="file-tree__file">${ICON}<span class="file-tree__name">index.ts</span></li></ul></details></li>` +
        `<li class="file-tree__file">${ICON}<span class="file-tree__name">README.md</span></li>` +
        '</ul></div>',
    );
  });

  it('a trailing slash makes an empty folder; bold highlights; text after the name is a note; ... is more', () => {
    const html = render('<ul><li>cache/</li><li><strong>train.py</strong> the <em>entry</em> point</li><li>...</li></ul>');
    expect(html).toContain('<li class="file-tree__folder"><details open><summary>' + ICON + '<span class="file-tree__name">cache</span>');
    expect(html).toContain('<span class="file-tree__name file-tree__name--highlight">train.py</span> <span class="file-tree__note">the <em>entry</em> point</span>');
    expect(html).toContain('<li class="file-tree__more">' + ICON + '<span class="file-tree__name">…</span></li>');
  });

  it('reads loose lists (items in <p>) and plain notes', () => {
    expect(render('<ul><li><p>a.py  does a</p></li></ul>')).toContain('<span class="file-tree__name">a.py</span> <span class="file-tree__note">does a</span>');
  });

  it('needs a list', () => {
    expect(() => render('<p>src/</p>')).toThrow(/Markdown list/);
  });
});
