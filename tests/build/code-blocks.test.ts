import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSite, makeWorkDir, runBuild, tilFile } from './run-build.ts';

const fence = (lang: string, code = 'x') => `\`\`\`${lang}\n${code}\n\`\`\`\n\n`;

describe('astro build with code blocks', () => {
  it('warns once about unknown languages, each once with its count; highlights capitalised names; MDX imports labbook/components from anywhere', () => {
    const site = makeSite({
      'labbook.yaml': 'title: W\n',
      'til/2026-11-02-a.md': tilFile('A', '2026-11-02', '', fence('foolang') + fence('foolang') + fence('JavaScript', 'const a = 1;') + fence('Dockerfile', 'FROM x')),
      'til/2026-11-03-b.md': tilFile('B', '2026-11-03', '', fence('foolang') + fence('barlang') + fence('py', 'x = 1')),
      // A content folder outside the project (a temp folder) still finds the components.
      'docs/c.mdx': "---\ntitle: C\n---\nimport { Callout, Tab, Tabs } from 'labbook/components';\n\n" + fence('barlang') + fence('yml', 'a: 1') +
        '<Callout type="tip">Be kind.</Callout>\n\n<Tabs>\n  <Tab label="pip">P</Tab>\n  <Tab label="uv">U</Tab>\n</Tabs>\n',
    });
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(site, out);
    expect(status, output).toBe(0);
    // One warning for the build, not one line per block; Shiki's own per-block warning never appears.
    expect(output.match(/in a language the highlighter does not know/g)).toHaveLength(1);
    expect(output).toContain('5 code blocks are in a language the highlighter does not know');
    expect(output).toMatch(/foolang: 3 blocks \(til\/2026-11-02-a\.md, til\/2026-11-03-b\.md\)/);
    expect(output).toMatch(/barlang: 2 blocks \(docs\/c\.mdx, til\/2026-11-03-b\.md\)/);
    expect(output).not.toMatch(/\[Shiki\]|doesn't exist/);

    const a = readFileSync(join(out, 'til/2026-11-02-a/index.html'), 'utf8');
    expect(a).toContain('data-language="javascript"');
    expect(a).toContain('<span class="code-lang">JavaScript</span>');
    expect(a).toContain('data-language="dockerfile"');
    expect(a).toContain('<span class="code-lang">foolang</span>');
    const c = readFileSync(join(out, 'docs/c/index.html'), 'utf8');
    expect(c).toContain('data-language="yml"');
    expect(c).toContain('<span class="code-lang">YAML</span>');
    expect(c).toMatch(/<aside class="callout callout-tip" role="note" aria-label="Tip">/);
    expect(c).toMatch(/<button type="button" role="tab" id="tabs-\w+-tab-0"[^>]*aria-selected="true"[^>]*>pip<\/button>/);
  });
});
