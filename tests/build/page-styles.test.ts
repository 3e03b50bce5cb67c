import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSite, makeWorkDir, runBuild, tilFile } from './run-build.ts';

const read = (out: string, path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
const stylesheets = (html: string) => [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] as string);
const scripts = (html: string) => [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1] as string);

describe('optional stylesheets', () => {
  it('a plain TIL links only the site stylesheet; callouts, math and marked code lines bring their own', () => {
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(
      makeSite({
        'labbook.yaml': 'title: Styles Wiki\nurl: https://example.org\n',
        'til/2026-11-02-plain.md': tilFile('Plain', '2026-11-02', '', 'Just text, a [link](https://example.com) and code:\n\n```python\nprint(1)\n```\n'),
        'til/2026-11-03-callout.md': tilFile('Callout', '2026-11-03', '', '> [!WARNING]\n> Careful.\n'),
        'til/2026-11-04-marks.md': tilFile('Marks', '2026-11-04', '', '```python {1}\nprint(1)\n```\n'),
        'til/2026-11-05-math.md': tilFile('Math', '2026-11-05', '', 'So $x^2$.\n'),
      }),
      out,
    );
    expect(status, output).toBe(0);

    const plain = read(out, 'til/2026-11-02-plain');
    const plainSheets = stylesheets(plain);
    // Exactly what a page without any note links (the TIL list): the site's own stylesheet(s).
    expect(plainSheets.length).toBeGreaterThan(0);
    expect(plainSheets.filter((href) => !stylesheets(read(out, 'til')).includes(href)).filter((href) => !/\/models\./.test(href))).toEqual([]);
    expect(plainSheets.join(' ')).not.toMatch(/markdown-extras|code-marks|katex/);
    expect(scripts(plain).join(' ')).not.toMatch(/tabs|mermaid|katex/i);
    for (const href of plainSheets) expect(readFileSync(join(out, href), 'utf8')).not.toMatch(/\.callout|\.line\.highlighted|\.math-display/);

    const callout = read(out, 'til/2026-11-03-callout');
    const extras = stylesheets(callout).find((href) => /markdown-extras\.[\w-]+\.css$/.test(href));
    expect(extras).toBeDefined();
    expect(readFileSync(join(out, extras as string), 'utf8')).toContain('.callout');
    expect(stylesheets(callout).join(' ')).not.toMatch(/code-marks|katex/);

    const marks = stylesheets(read(out, 'til/2026-11-04-marks'));
    expect(marks.join(' ')).toMatch(/code-marks\.[\w-]+\.css/);
    expect(marks.join(' ')).not.toMatch(/markdown-extras/);

    expect(stylesheets(read(out, 'til/2026-11-05-math')).join(' ')).toMatch(/katex\.css.*markdown-extras|markdown-extras.*katex\.css/);
  });
});
