import { describe, expect, it } from 'vitest';
import { renderOutputs } from '../../../../src/lib/notebooks/outputs.ts';

// A 1x1 PNG.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('renderOutputs', () => {
  it('shows stdout and stderr as escaped text, stderr marked', () => {
    const { html } = renderOutputs(
      [
        { output_type: 'stream', name: 'stdout', text: ['a < b\n'] },
        { output_type: 'stream', name: 'stderr', text: 'warning\n' },
      ],
      'Output of cell 1',
    );
    expect(html).toBe('<div class="nb-output nb-stream"><pre>a &lt; b\n</pre></div><div class="nb-output nb-stream nb-stderr"><pre>warning\n</pre></div>');
  });

  it('writes images as files with content-hashed names, never base64 in the HTML', () => {
    const result = renderOutputs([{ output_type: 'display_data', data: { 'image/png': `${PNG.slice(0, 20)}\n${PNG.slice(20)}`, 'text/plain': '<Figure>' } }], 'Output of cell 2');
    expect(result.images).toHaveLength(1);
    const [image] = result.images;
    expect(image?.name).toMatch(/^output-[0-9a-f]{16}\.png$/);
    expect(image?.base64).toBe(PNG);
    expect(result.html).toBe(`<div class="nb-output nb-image"><img src="${image?.name}" alt="Output of cell 2" loading="lazy" decoding="async"></div>`);
    expect(result.html).not.toContain(PNG.slice(0, 20));
    // The same image gives the same name.
    expect(renderOutputs([{ output_type: 'display_data', data: { 'image/png': PNG } }], 'x').images[0]?.name).toBe(image?.name);
  });

  it('refuses bytes that are not the image they claim to be, and shows the text instead', () => {
    const result = renderOutputs([{ output_type: 'display_data', data: { 'image/png': Buffer.from('<svg onload=alert(1)>').toString('base64'), 'text/plain': 'fallback' } }], 'x');
    expect(result.images).toEqual([]);
    expect(result.html).toContain('fallback');
    expect(result.removed).toEqual(['a image/png output whose bytes are not a PNG image']);
  });

  it('refuses an SVG output that could run code (the active-SVG rule) and keeps a plain one as a file', () => {
    const active = renderOutputs([{ output_type: 'display_data', data: { 'image/svg+xml': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', 'text/plain': 'svg' } }], 'x');
    expect(active.images).toEqual([]);
    expect(active.removed[0]).toMatch(/^an SVG output with /);
    const plain = renderOutputs([{ output_type: 'display_data', data: { 'image/svg+xml': ['<svg xmlns="http://www.w3.org/2000/svg">', '<rect width="1" height="1"/></svg>'] } }], 'x');
    expect(plain.images[0]?.name).toMatch(/\.svg$/);
    expect(plain.removed).toEqual([]);
  });

  it('sanitizes HTML outputs like HTML in .md notes, reporting scripts and handlers but not pandas styling', () => {
    const pandas = '<div><style scoped>.dataframe th { x: y }</style><table border="1" class="dataframe"><tr style="text-align: right;"><td>1</td></tr></table></div>';
    const table = renderOutputs([{ output_type: 'execute_result', data: { 'text/html': pandas, 'text/plain': 'df' } }], 'x');
    expect(table.html).toContain('<table border="1"><tbody><tr><td>1</td></tr></tbody></table>');
    expect(table.removed).toEqual([]);
    const hostile = renderOutputs([{ output_type: 'display_data', data: { 'text/html': '<b>hi</b><script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">' } }], 'x');
    expect(hostile.html).not.toMatch(/<script|onerror/);
    expect(hostile.removed).toEqual(expect.arrayContaining(['<script>', 'onerror on <img>']));
  });

  it('shows a traceback with its ANSI colours as classed spans', () => {
    const { html } = renderOutputs([{ output_type: 'error', ename: 'KeyError', evalue: "'x'", traceback: ['\u001b[0;31mKeyError\u001b[0m: <x>'] }], 'x');
    expect(html).toBe('<div class="nb-output nb-error"><pre><span class="ansi-red">KeyError</span>: &lt;x&gt;</pre></div>');
  });

  it('shows nothing for JavaScript and widget outputs', () => {
    const { html } = renderOutputs([{ output_type: 'display_data', data: { 'application/javascript': 'alert(1)', 'application/vnd.jupyter.widget-view+json': {} } }], 'x');
    expect(html).toBe('');
  });
});
