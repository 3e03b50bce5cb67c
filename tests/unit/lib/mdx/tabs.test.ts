import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { htmlToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { findTabPanels, tabsTree } from '../../../../src/lib/mdx/tabs.ts';

const slot = (html: string) => htmlToHast(html, { fragment: true }) as Root;
const TWO = '\n<div data-tab-label="pip"><p>a</p></div>\n<div data-tab-label="uv"><p>b</p></div>\n';

describe('findTabPanels', () => {
  it('finds the tabs among whitespace, in order', () => {
    expect(findTabPanels(slot(TWO)).map((p) => p.label)).toEqual(['pip', 'uv']);
  });

  it('leaves the tabs of a nested group to that group', () => {
    const nested = '<div data-tab-label="outer"><div data-tab-label="inner">x</div></div>';
    expect(findTabPanels(slot(nested)).map((p) => p.label)).toEqual(['outer']);
  });

  it.each([
    ['text outside a tab', 'stray <div data-tab-label="a">x</div>', /only <Tab label/],
    ['an element that is not a tab', '<p>x</p><div data-tab-label="a">x</div>', /only <Tab label/],
    ['two tabs with one label', '<div data-tab-label="a">x</div><div data-tab-label="a">y</div>', /two tabs labelled "a"/],
    ['no tab at all', '  ', /at least one <Tab/],
  ])('refuses %s', (_, html, message) => {
    expect(() => findTabPanels(slot(html))).toThrow(message);
  });
});

describe('tabsTree', () => {
  it('is the WAI-ARIA tabs pattern: first tab selected and focusable, other panels hidden', () => {
    expect(toHtml({ type: 'root', children: tabsTree(findTabPanels(slot(TWO)), 't1') })).toBe(
      '<div role="tablist" class="tabs__list">' +
        '<button type="button" role="tab" id="t1-tab-0" aria-controls="t1-panel-0" aria-selected="true" tabindex="0" data-label="pip">pip</button>' +
        '<button type="button" role="tab" id="t1-tab-1" aria-controls="t1-panel-1" aria-selected="false" tabindex="-1" data-label="uv">uv</button>' +
        '</div>' +
        '<div role="tabpanel" id="t1-panel-0" aria-labelledby="t1-tab-0" tabindex="0" class="tabs__panel" data-label="pip"><p>a</p></div>' +
        '<div role="tabpanel" id="t1-panel-1" aria-labelledby="t1-tab-1" tabindex="0" class="tabs__panel" data-label="uv" hidden><p>b</p></div>',
    );
  });
});
