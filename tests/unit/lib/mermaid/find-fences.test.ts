import { parseFrontmatter as astroParseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { splitDailyLog } from '../../../../src/lib/daily-log.ts';
import type { DiagramRenderer } from '../../../../src/lib/mermaid/diagram-renderer.ts';
import { blankFrontMatter, findMermaidSources, parserInputs } from '../../../../src/lib/mermaid/find-fences.ts';
import { prefetchDiagrams } from '../../../../src/lib/mermaid/prefetch-diagrams.ts';
import { mermaid } from '../../../../src/markdown/mermaid.ts';
import { MATH_FEATURES, withPreparedSource } from '../../../../src/markdown/prepare-source.ts';

/** A renderer that records the sources it is asked to draw or prefetch. */
function recorder(): DiagramRenderer & { drawn: string[]; prefetched: string[] } {
  const drawn: string[] = [];
  const prefetched: string[] = [];
  return {
    drawn,
    prefetched,
    render: async (sources) => {
      drawn.push(...sources);
      return sources.map(() => ({ kind: 'svg', light: '<svg></svg>', dark: '<svg></svg>' }));
    },
    prefetch: (sources) => {
      prefetched.push(...sources);
      return sources.length;
    },
  };
}

/**
 * What the render path draws for a file, the way a build renders it: Astro's front-matter rule
 * (its own code), the daily-log loader's entries, the site's processor with prepare-source.ts.
 */
async function drawnByRender(path: string, source: string): Promise<string[]> {
  const renderer = recorder();
  const processor = withPreparedSource(satteri({ mdastPlugins: [mermaid({ renderer })], features: MATH_FEATURES }));
  if (/^til\/\d{4}-\d{2}-\d{2}\.md$/.test(path)) {
    const markdown = await processor.createRenderer({});
    for (const entry of splitDailyLog(source, path).entries) await markdown.render(entry.body, {});
  } else if (path.endsWith('.mdx')) {
    const mdx = await (processor.createMdxRenderer as NonNullable<typeof processor.createMdxRenderer>)({ syntaxHighlight: false }, {} as never);
    await mdx.process(astroParseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).content, `/wiki/${path}`, {});
  } else {
    const markdown = await processor.createRenderer({});
    await markdown.render(astroParseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).content.trim(), {});
  }
  return renderer.drawn;
}

/** What the prefetch hands the renderer for a file. */
function prefetched(path: string, source: string): string[] {
  const renderer = recorder();
  prefetchDiagrams([{ path, source }], renderer, {});
  return renderer.prefetched;
}

const lines = (...text: string[]) => `${text.join('\n')}\n`;

/** Every fence form, each with the diagrams a build draws for it. */
const FORMS: [name: string, markdown: string, diagrams: string[]][] = [
  ['a backtick fence', lines('Intro.', '', '```mermaid', 'graph TD', '  A-->B', '```', '', 'After.'), ['graph TD\n  A-->B']],
  ['a tilde fence', lines('~~~mermaid', 'pie', '  "a" : 1', '~~~'), ['pie\n  "a" : 1']],
  ['a mermaid-example fence (code and diagram)', lines('```mermaid-example', 'graph LR', '```'), ['graph LR']],
  ['four backticks holding three', lines('````mermaid', 'graph', '```', 'still', '````'), ['graph\n```\nstill']],
  ['five tildes', lines('~~~~~mermaid', 'graph', '~~~~~'), ['graph']],
  ['mermaid with more meta', lines('```mermaid title="flow" {1}', 'graph', '```'), ['graph']],
  ['two fences, another language between', lines('```mermaid', 'a', '```', '', '```js', 'x', '```', '', '```mermaid', 'b', '```'), ['a', 'b']],
  ['a fence indented three spaces', lines('   ```mermaid', '   graph TD', '     A', '   ```'), ['graph TD\n  A']],
  ['a fence indented four spaces: indented code, no diagram', lines('    ```mermaid', '    graph', '    ```'), []],
  ['in a list item', lines('- item', '', '  ```mermaid', '  graph TD', '    A', '  ```'), ['graph TD\n  A']],
  ['on a list marker', lines('1. ```mermaid', '   graph TD', '   ```'), ['graph TD']],
  ['in a nested list', lines('- a', '  - b', '', '    ```mermaid', '    graph', '      X', '    ```'), ['graph\n  X']],
  ['in a blockquote', lines('> ```mermaid', '> graph TD', '>   A', '> ```'), ['graph TD\n  A']],
  ['in a blockquote in a list item', lines('- item', '', '  > ~~~mermaid', '  > pie', '  > ~~~'), ['pie']],
  ['ending with its blockquote', lines('> ```mermaid', '> graph TD', 'lazy'), ['graph TD']],
  ['in a GitHub callout', lines('> [!NOTE]', '> Look:', '>', '> ```mermaid', '> graph LR', '> ```'), ['graph LR']],
  ['in an Obsidian callout with a title', lines('> [!tip]- Flow', '> ```mermaid', '> pie', '> ```'), ['pie']],
  ['in a MkDocs admonition body', lines('!!! note "Flow"', '    Look:', '', '    ```mermaid', '    graph TD', '      A', '    ```'), ['graph TD\n  A']],
  ['in a nested MkDocs admonition', lines('??? tip', '    !!! note', '        ```mermaid', '        pie', '        ```'), ['pie']],
  ['not a fence shown inside a longer fence', lines('````md', '```mermaid', 'graph', '```', '````'), []],
  ['not a fence shown inside a tilde fence', lines('~~~', '```mermaid', 'graph', '```', '~~~'), []],
  ['not inside display math', lines('$$', '```mermaid', 'x', '$$'), []],
  ['after prose dollars', lines('It cost $5 and then $6.', '', '```mermaid', 'graph', '```'), ['graph']],
  ['not another language or case', lines('```mermaid-js', 'a', '```', '', '```Mermaid', 'b', '```', '', '```mer\\maid', 'c', '```'), []],
  ['not inline code', lines('Use ```mermaid``` fences, or `mermaid`.'), []],
  ['a fence never closed (Astro trims the end of a .md body)', lines('```mermaid', 'graph TD', ''), ['graph TD']],
  ['CRLF line endings, kept', '```mermaid\r\ngraph TD\r\n  A-->B\r\n```\r\n', ['graph TD\r\n  A-->B']],
  ['an HTML block around it', lines('<details>', '<summary>Flow</summary>', '', '```mermaid', 'graph', '```', '', '</details>'), ['graph']],
];

/** The same forms after front matter, which Astro blanks before parsing. */
const FRONT_MATTER: [name: string, source: string, diagrams: string[]][] = [
  ['YAML front matter with a fence in a value', lines('---', 'title: T', 'note: |', '  ```mermaid', '  not a diagram', '---', '```mermaid', 'graph', '```'), ['graph']],
  ['a byte-order mark and CRLF', '\uFEFF---\r\ntitle: T\r\n---\r\n```mermaid\r\ngraph\r\n```\r\n', ['graph']],
  ['TOML front matter', lines('+++', 'title = "T"', '+++', '```mermaid', 'graph', '```'), ['graph']],
  // Astro trims a .md body: a fence on its first line loses its indentation, not its lines'.
  ['a first line indented two spaces (trimmed)', lines('---', 'title: T', '---', '  ```mermaid', '  graph', '    A', '  ```'), ['  graph\n    A']],
  ['a first line indented four spaces (trimmed: a fence, never closed)', lines('    ```mermaid', '    graph', '    ```'), ['    graph\n    ```']],
];

describe('the prefetch finds the diagrams the render draws', () => {
  it.each(FORMS)('in .md: %s', async (_, form, diagrams) => {
    // After a paragraph: Astro trims the start of a .md body (see the front-matter cases).
    const markdown = `Intro.\n\n${form}`;
    expect(await drawnByRender('docs/page.md', markdown)).toEqual(diagrams);
    expect(prefetched('docs/page.md', markdown)).toEqual(diagrams);
  });

  it.each(FORMS)('in .mdx: %s', async (_, markdown) => {
    const source = `---\ntitle: T\n---\n${markdown}`;
    expect(prefetched('docs/page.mdx', source)).toEqual(await drawnByRender('docs/page.mdx', source));
  });

  it.each(FRONT_MATTER)('after %s', async (_, source, diagrams) => {
    expect(await drawnByRender('til/2026-11-02-a.md', source)).toEqual(diagrams);
    expect(prefetched('til/2026-11-02-a.md', source)).toEqual(diagrams);
    expect(prefetched('docs/a.mdx', source)).toEqual(await drawnByRender('docs/a.mdx', source));
  });

  it('in each entry of a daily log, with LF line endings as its loader hands them over', async () => {
    const log = [
      '---',
      'tags: [infra]',
      '---',
      '## 2026-11-03',
      '',
      '### [Infra] Flow',
      '',
      '```mermaid',
      'graph TD',
      '  A --> B',
      '```',
      '',
      '### 🐛 Second',
      '',
      '- step',
      '',
      '  > [!NOTE]',
      '  > ~~~mermaid',
      '  > pie',
      '  > ~~~',
      '',
      '````md',
      '```mermaid',
      'shown, not drawn',
      '```',
      '````',
      '',
    ].join('\r\n');
    const diagrams = ['graph TD\n  A --> B', 'pie'];
    expect(await drawnByRender('til/2026-11-03.md', log)).toEqual(diagrams);
    expect(prefetched('til/2026-11-03.md', log)).toEqual(diagrams);
  });
});

describe('blankFrontMatter', () => {
  it.each([...FRONT_MATTER.map(([, source]) => source), 'no front matter', '\n\n---\na: 1\n---\ntext', '---\na: 1\n+++\nmixed', '---\nnever closed\n'])(
    "is Astro's own rule: %j",
    (source) => {
      expect(blankFrontMatter(source)).toBe(astroParseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).content);
    },
  );
});

describe('parserInputs', () => {
  it('hands over each daily-log entry, a .md body trimmed and an .mdx body as it is', () => {
    expect(parserInputs({ path: 'til/2026-11-03.md', source: '### A\r\n\r\none\r\n\r\n### B\r\n\r\ntwo\r\n' })).toEqual([
      { text: 'one', format: 'markdown' },
      { text: 'two', format: 'markdown' },
    ]);
    expect(parserInputs({ path: 'docs/a.md', source: '---\na: 1\n---\n\n  text\n' })).toEqual([{ text: 'text', format: 'markdown' }]);
    expect(parserInputs({ path: 'docs/a.mdx', source: '---\na: 1\n---\ntext\n' })).toEqual([{ text: '   \n    \n   \ntext\n', format: 'mdx' }]);
  });

  it('reads a daily log in another layout by its logical path', () => {
    expect(parserInputs({ path: 'TILs/2026-11-03.md', logical: 'til/2026-11-03.md', source: '### A\n\none\n' })).toEqual([{ text: 'one', format: 'markdown' }]);
  });
});

describe('findMermaidSources', () => {
  it('parses nothing for a document that never says mermaid', () => {
    expect(findMermaidSources({ text: '```js\nx\n```\n', format: 'markdown' })).toEqual([]);
  });

  it('finds nothing in MDX that does not compile (its render reports it)', () => {
    expect(findMermaidSources({ text: '<div\n```mermaid\ngraph\n```\n', format: 'mdx' })).toEqual([]);
  });

  it('does not warn about the admonitions it rewrites (the render does, once)', () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(findMermaidSources({ text: '!!! note\n```mermaid\ngraph\n```\n', format: 'markdown' })).toEqual(['graph']);
    } finally {
      console.warn = warn;
    }
    expect(warnings).toEqual([]);
  });
});
