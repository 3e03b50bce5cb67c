/**
 * Diagrams start rendering when the build starts (src/lib/mermaid/prefetch-diagrams.ts): two cold
 * builds of one wiki, with and without that, give the same pages byte for byte.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSite, makeWorkDir, runBuild, tilFile } from './run-build.ts';

const STARTING_CHROMIUM = '[labbook] mermaid: starting Chromium';
const SYNCING = '[content] Syncing content';
const flowchart = (label: string) => `\`\`\`mermaid\nflowchart LR\n  A[${label}] --> B[Build]\n\`\`\`\n`;
const broken = '```mermaid\ngraph TD\n  A-->\n```\n';

/** Every HTML file under `dir`, by path. */
function pages(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) found.set(join(entry.parentPath, entry.name).slice(dir.length), readFileSync(join(entry.parentPath, entry.name), 'utf8'));
  }
  return found;
}

describe('astro build starting diagrams early', () => {
  it('gives the same HTML as leaving every diagram to its document, and reports a broken one once', () => {
    const content = makeSite({
      'labbook.yaml': 'title: Diagram Wiki\nmermaid: warn\n',
      // Line endings as written (Windows) in a note, LF in daily-log entries: both found as the parser sees them.
      'til/2026-11-02-flow.md': tilFile('A flow', '2026-11-02', '', `Intro.\n\n${flowchart('Write')}`).replaceAll('\n', '\r\n'),
      'til/2026-11-03.md': `## 2026-11-03\r\n\r\n### [Infra] First entry\r\n\r\nText.\r\n\r\n${flowchart('Log').replaceAll('\n', '\r\n')}`,
      'til/2026-11-04-broken.md': tilFile('Broken', '2026-11-04', '', `Intro.\n\n${broken}`),
      'docs/index.md': `---\ntitle: Handbook\n---\n- step\n\n  ${flowchart('Listed').replaceAll('\n', '\n  ')}\n> ~~~mermaid\n> pie\n>   "a" : 1\n> ~~~\n`,
      'docs/page.mdx': `---\ntitle: MDX page\n---\nexport const x = 1;\n\n${flowchart('Write')}\n\`\`\`mermaid\nsequenceDiagram\n  A->>B: hi\n\`\`\`\n`,
    });
    const build = (prefetch: boolean) => {
      const out = join(makeWorkDir(), 'dist');
      const env = { LABBOOK_MERMAID_CACHE: mkdtempSync(join(tmpdir(), 'labbook-mermaid-cache-')), LABBOOK_MERMAID_PREFETCH: prefetch ? '1' : '0' };
      return { ...runBuild(content, out, env), out };
    };
    const without = build(false);
    expect(without.status, without.output).toBe(0);
    const withPrefetch = build(true);
    expect(withPrefetch.status, withPrefetch.output).toBe(0);

    // Chromium starts once, before Astro syncs the content only with prefetch.
    for (const { output } of [without, withPrefetch]) expect(output.split(STARTING_CHROMIUM)).toHaveLength(2);
    expect(withPrefetch.output.indexOf(STARTING_CHROMIUM)).toBeLessThan(withPrefetch.output.indexOf(SYNCING));
    expect(without.output.indexOf(STARTING_CHROMIUM)).toBeGreaterThan(without.output.indexOf(SYNCING));
    // The broken diagram is reported by its document's render, once, naming file and line.
    for (const { output } of [without, withPrefetch]) expect(output.match(/til\/2026-11-04-broken\.md:7: mermaid diagram does not parse/g)).toHaveLength(1);

    const expected = pages(without.out);
    const got = pages(withPrefetch.out);
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    expect(expected.get('/til/2026-11-02-flow/index.html')).toContain('<figure class="mermaid-diagram"');
    expect(expected.get('/docs/page/index.html')?.match(/<figure class="mermaid-diagram"/g)).toHaveLength(2);
    const differing = [...expected].filter(([path, html]) => got.get(path) !== html).map(([path]) => path);
    expect(differing).toEqual([]);
  });
});
