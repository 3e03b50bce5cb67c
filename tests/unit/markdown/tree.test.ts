import type { Element, Root as HastRoot } from 'hast';
import type { Code, Root as MdastRoot } from 'mdast';
import { markdownToHast, markdownToMdast } from 'satteri';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { collect, EXIT, replaceAt, SKIP, textOf, visit, type NodesOf } from '../../../src/markdown/tree.ts';

const mdast = (markdown: string) => markdownToMdast(markdown, { position: false }) as MdastRoot;
const hast = (markdown: string) => markdownToHast(markdown, { position: false }) as HastRoot;

const DOC = ['# Title', '', '- one `a`', '- two', '', '  ```js', '  code', '  ```', '', '> quote *em*', ''].join('\n');

describe('visit', () => {
  it('visits every node in document order, the root first, with its parent and index', () => {
    const tree = mdast(DOC);
    const seen: string[] = [];
    visit(tree, (node, parent, index) => {
      seen.push(`${node.type}@${parent?.type ?? '-'}:${index ?? '-'}`);
      if (parent && index !== undefined) expect(parent.children[index]).toBe(node);
    });
    expect(seen).toEqual([
      'root@-:-',
      'heading@root:0',
      'text@heading:0',
      'list@root:1',
      'listItem@list:0',
      'paragraph@listItem:0',
      'text@paragraph:0',
      'inlineCode@paragraph:1',
      'listItem@list:1',
      'paragraph@listItem:0',
      'text@paragraph:0',
      'code@listItem:1',
      'blockquote@root:2',
      'paragraph@blockquote:0',
      'text@paragraph:0',
      'emphasis@paragraph:1',
      'text@emphasis:0',
    ]);
  });

  it('leaves the children of a node out when told SKIP, and stops at EXIT', () => {
    const tree = mdast(DOC);
    const skipped: string[] = [];
    visit(tree, (node) => {
      skipped.push(node.type);
      return node.type === 'list' ? SKIP : undefined;
    });
    expect(skipped).not.toContain('listItem');
    expect(skipped).toContain('blockquote');
    const untilCode: string[] = [];
    visit(tree, (node) => {
      untilCode.push(node.type);
      return node.type === 'code' ? EXIT : undefined;
    });
    expect(untilCode.at(-1)).toBe('code');
    expect(untilCode).not.toContain('blockquote');
    const none: string[] = [];
    visit(tree, (node) => {
      none.push(node.type);
      return SKIP;
    });
    expect(none).toEqual(['root']);
  });

  it('walks a tree 20,000 levels deep without overflowing the stack', () => {
    type Deep = { type: 'blockquote'; children: Deep[] } | { type: 'text'; value: string };
    let node: Deep = { type: 'text', value: 'bottom' };
    for (let i = 0; i < 20_000; i++) node = { type: 'blockquote', children: [node] };
    const root = { type: 'root', children: [node] } as unknown as MdastRoot;
    let count = 0;
    visit(root, () => {
      count++;
    });
    expect(count).toBe(20_002);
    expect(collect(root, 'text')).toHaveLength(1);
  });

  it('types the node by the tree it walks: mdast or hast', () => {
    visit(mdast('x'), (node) => {
      if (node.type === 'heading') expectTypeOf(node.depth).toEqualTypeOf<1 | 2 | 3 | 4 | 5 | 6>();
    });
    visit(hast('x'), (node) => {
      if (node.type === 'element') expectTypeOf(node.tagName).toEqualTypeOf<string>();
    });
  });
});

describe('collect', () => {
  it('gives the nodes of one type, typed by that type, in document order', () => {
    const codes = collect(mdast('```mermaid\na\n```\n\n- ```js\n  b\n  ```\n\n> ~~~mermaid\n> c\n> ~~~\n'), 'code');
    expectTypeOf(codes).toEqualTypeOf<Code[]>();
    expect(codes.map((code) => [code.lang, code.value])).toEqual([['mermaid', 'a'], ['js', 'b'], ['mermaid', 'c']]);
  });

  it('gives the nodes of several types as a union, in document order', () => {
    const found = collect(mdast('[a](x) ![i](y)\n\n[d]: z\n'), ['link', 'image', 'definition']);
    expect(found.map((node) => `${node.type} ${node.url}`)).toEqual(['link x', 'image y', 'definition z']);
  });

  it('does not look inside the types it is told to skip', () => {
    const tree = mdast('Text *em `code` [link](u)*\n\n[other](v)\n');
    expect(collect(tree, 'link').map((link) => link.url)).toEqual(['u', 'v']);
    expect(collect(tree, 'link', { skip: ['emphasis'] }).map((link) => link.url)).toEqual(['v']);
  });

  it('collects hast elements', () => {
    const elements: Element[] = collect(hast('# T\n\n[a](x)\n'), 'element');
    expect(elements.map((element) => element.tagName)).toEqual(['h1', 'p', 'a']);
  });
});

describe('replaceAt', () => {
  it('replaces or removes a node during a walk, and the walk goes on with the next original sibling', () => {
    const tree = hast('![gone](javascript:x) text ![kept](y.png) ![alt too](data:z)\n');
    const visited: string[] = [];
    visit(tree, (node, parent, index) => {
      visited.push(node.type === 'element' ? node.tagName : node.type);
      if (node.type !== 'element' || node.tagName !== 'img' || !parent || index === undefined) return undefined;
      if (String(node.properties.src).startsWith('javascript:')) return replaceAt(parent, index, []);
      if (String(node.properties.src).startsWith('data:')) return replaceAt(parent, index, [{ type: 'text', value: 'ALT' }, { type: 'text', value: '!' }]);
      return undefined;
    });
    const paragraph = tree.children[0] as Element;
    expect(paragraph.children.map((child) => (child.type === 'element' ? child.tagName : child.type === 'text' ? child.value : child.type))).toEqual([
      ' text ',
      'img',
      ' ',
      'ALT',
      '!',
    ]);
    // The inserted text nodes were not visited; every original node was, once.
    expect(visited).toEqual(['root', 'p', 'img', 'text', 'img', 'text', 'img']);
  });
});

describe('textOf', () => {
  it('joins the text nodes give, with a separator between siblings chosen by their parent', () => {
    const tree = mdast('# A *b* `c`\n\nOne\ntwo ![alt](x)\n\n```js\ncode\n```\n');
    const text = (node: NodesOf<MdastRoot>) =>
      node.type === 'text' || node.type === 'inlineCode' ? node.value : node.type === 'image' ? node.alt ?? '' : node.type === 'code' ? '' : undefined;
    expect(textOf(tree, text)).toBe('A b cOne\ntwo alt');
    expect(textOf(tree, text, (parent) => (parent.type === 'root' ? ' | ' : ''))).toBe('A b c | One\ntwo alt | ');
  });

  it('does not look inside a node it gives text for, and separates nodes without text too', () => {
    const tree = hast('*a* **b** c\n');
    expect(textOf(tree, (node) => (node.type === 'element' && node.tagName === 'strong' ? '[B]' : node.type === 'text' ? node.value : undefined))).toBe('a [B] c');
    // <p><em>a</em> <strong>b</strong> c</p>: the em gives '', and is still separated from the text after it.
    expect(textOf(tree, (node) => (node.type === 'text' ? node.value : node.type === 'element' && node.tagName === 'em' ? '' : undefined), () => '/')).toBe('/ /b/ c');
  });
});
