import type { Code } from 'mdast';
import { defineMdastPlugin, markdownToHtml, mdxToJs, type MdastPluginList } from 'satteri';
import { describe, expect, it } from 'vitest';
import type { DiagramRenderer } from '../../../../src/lib/mermaid/diagram-renderer.ts';
import { findMermaidSources } from '../../../../src/lib/mermaid/find-fences.ts';
import { mermaid } from '../../../../src/markdown/mermaid.ts';

/** Documents in the shapes notes use, each with the sources its ```mermaid fences hold. */
const SHAPES: [name: string, markdown: string, sources: string[]][] = [
  ['a fence', 'Intro.\n\n```mermaid\ngraph TD\n  A-->B\n```\n\nAfter.\n', ['graph TD\n  A-->B']],
  ['a tilde fence', '~~~mermaid\npie\n  "a" : 1\n~~~\n', ['pie\n  "a" : 1']],
  ['two fences, and other languages skipped', '```mermaid\ngraph TD\n```\n\n```js\nx\n```\n\n```mermaid\npie\n```\n', ['graph TD', 'pie']],
  ['an info string after the language', '```mermaid title="flow"\ngraph\n```\n', ['graph']],
  ['a longer fence holding a shorter one', '````mermaid\ngraph\n```\nstill\n````\n', ['graph\n```\nstill']],
  ['a fence indented two spaces', '  ```mermaid\n  graph TD\n    A-->B\n A\nB\n  ```\n', ['graph TD\n  A-->B\nA\nB']],
  ['a closing fence longer than the opening one, with trailing spaces', '```mermaid   \ngraph  \n`````   \n', ['graph  ']],
  ['blank lines inside', '```mermaid\ngraph TD\n\n  A\n\n\n```\n', ['graph TD\n\n  A\n\n']],
  ['an empty fence', '```mermaid\n```\n', ['']],
  ['a fence never closed', '```mermaid\ngraph TD\n\n', ['graph TD\n']],
  ['CRLF line endings, kept', '```mermaid\r\ngraph TD\r\n  A-->B\r\n```\r\n', ['graph TD\r\n  A-->B']],
  ['a tab inside', '```mermaid\n\tgraph TD\n```\n', ['\tgraph TD']],
  ['entities and escapes stay as written', '```mermaid\nA &amp; B \\* C\n```\n', ['A &amp; B \\* C']],
  ['under a list item', '- item\n\n  ```mermaid\n  graph TD\n    A\n  ```\n', ['graph TD\n  A']],
  ['on a list marker', '- ```mermaid\n  graph TD\n    A\n  ```\n', ['graph TD\n  A']],
  ['on an ordered list marker', '1. ```mermaid\n   graph TD\n   ```\n', ['graph TD']],
  ['in a nested list', '- a\n  - b\n\n    ```mermaid\n    graph TD\n      X\n    ```\n', ['graph TD\n  X']],
  ['ending with its list item', '- ```mermaid\n  graph\nout\n', ['graph']],
  ['in a blockquote', '> ```mermaid\n> graph TD\n>   A\n>\n> ```\n', ['graph TD\n  A\n']],
  ['in a blockquote without spaces', '>```mermaid\n>graph TD\n>  A\n>```\n', ['graph TD\n A']],
  ['ending with its blockquote', '> ```mermaid\n> graph TD\nlazy\n', ['graph TD']],
  ['in a blockquote in a list item', '- item\n\n  > ~~~mermaid\n  > pie\n  > ~~~\n', ['pie']],
  ['tab-indented under a list item', '- x\n\n\t```mermaid\n\tgraph\n\t```\n', ['graph']],
  ['not another language, nor another case', '```mermaid-js\na\n```\n\n```Mermaid\nb\n```\n\n```mer\\maid\nc\n```\n', []],
  ['not a ```mermaid shown inside another fence', '````md\n```mermaid\ngraph\n```\n````\n', []],
  ['not inline code', 'Use ```mermaid``` fences.\n\n`mermaid`\n', []],
];

async function parse(markdown: string, format: 'md' | 'mdx', mdastPlugins: MdastPluginList): Promise<void> {
  if (format === 'mdx') await mdxToJs(markdown, { mdastPlugins });
  else await markdownToHtml(markdown, { mdastPlugins });
}

/** What src/markdown/mermaid.ts hands its renderer for `markdown`, parsed by Sätteri as in a build. */
async function pluginSources(markdown: string, format: 'md' | 'mdx' = 'md'): Promise<string[]> {
  const seen: string[] = [];
  const renderer: DiagramRenderer = {
    render: async (sources) => {
      seen.push(...sources);
      return sources.map(() => ({ kind: 'svg', light: '<svg></svg>', dark: '<svg></svg>' }));
    },
  };
  await parse(markdown, format, [mermaid({ renderer })]);
  return seen;
}

/** `code.value` of every code node whose language is `mermaid`, straight from Sätteri's tree. */
async function parserSources(markdown: string, format: 'md' | 'mdx' = 'md'): Promise<string[]> {
  const seen: string[] = [];
  const walk = (node: { type?: string; lang?: string | null; value?: string; children?: unknown[] }) => {
    if (node.type === 'code' && node.lang === 'mermaid') seen.push((node as Code).value);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  await parse(markdown, format, [defineMdastPlugin({ name: 'probe', before: (root) => walk(root) })]);
  return seen;
}


describe('findMermaidSources', () => {
  it.each(SHAPES)('%s', (_, markdown, sources) => {
    expect(findMermaidSources(markdown)).toEqual(sources);
  });

  it.each(SHAPES)('finds what the Markdown plugin receives: %s', async (_, markdown) => {
    expect(findMermaidSources(markdown)).toEqual(await pluginSources(markdown));
  });

  it.each(SHAPES)('finds what the parser gives as code.value, in Markdown and MDX: %s', async (_, markdown) => {
    expect(findMermaidSources(markdown)).toEqual(await parserSources(markdown));
    expect(findMermaidSources(markdown)).toEqual(await parserSources(markdown, 'mdx'));
  });

  it('skips the front matter, as Astro does before parsing', () => {
    const file = '\uFEFF---\ntitle: T\nnote: |\n  ```mermaid\n  not a diagram\n---\n```mermaid\ngraph\n```\n';
    expect(findMermaidSources(file)).toEqual(['graph']);
    expect(findMermaidSources('---\r\ntitle: T\r\n---\r\n```mermaid\r\ngraph\r\n```\r\n')).toEqual(['graph']);
  });

  it('finds a whole note as a build sees it', async () => {
    const body = [
      '# Flow',
      '',
      'Steps:',
      '',
      '1. Write it.',
      '2. Draw it:',
      '',
      '   ```mermaid',
      '   sequenceDiagram',
      '     Alice->>Bob: Hi',
      '   ```',
      '',
      '> **Note**',
      '> ~~~~mermaid',
      '> %%{init: {"theme": "base"}}%%',
      '> graph LR',
      '>   A --> B',
      '> ~~~~',
      '',
      '```python',
      'print("```mermaid")',
      '```',
      '',
      '```mermaid',
      'flowchart TD',
      '  A["one\\ntwo"] -->|go| B',
      '```',
    ].join('\n');
    const found = findMermaidSources(`---\ntitle: Flow\n---\n${body}`);
    expect(found).toHaveLength(3);
    expect(found).toEqual(await pluginSources(body));
  });

  it('reads a 1,000-line note quickly', () => {
    const note = Array.from({ length: 100 }, (_, i) => `Para ${i} about mermaid.\n\n- a\n- b\n\n\`\`\`mermaid\ngraph TD\n  N${i} --> M\n\`\`\`\n`).join('\n');
    const started = performance.now();
    expect(findMermaidSources(note)).toHaveLength(100);
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe('findMermaidSources where it differs from the parser (a wasted render, never wrong output)', () => {
  it('takes a fence indented four spaces for one in a nested list item; in .md it is indented code', async () => {
    const markdown = '    ```mermaid\n    graph\n    ```\n';
    expect(findMermaidSources(markdown)).toEqual(['graph']);
    expect(await pluginSources(markdown)).toEqual([]);
    expect(await pluginSources(markdown, 'mdx')).toEqual(['graph']);
  });
});
