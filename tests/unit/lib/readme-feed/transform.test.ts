import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import type { ReadmeItem } from '../../../../src/lib/readme-feed/snippet.ts';
import { checkMarkers, updateReadme } from '../../../../src/lib/readme-feed/transform.ts';

const S = '<!-- labbook:start -->';
const E = '<!-- labbook:end -->';
const items: ReadmeItem[] = [
  { title: 'Newest', url: 'https://acme.github.io/wiki/til/2026-11-03-newest/', date: '2026-11-03', category: 'Training' },
  { title: 'Older', url: 'https://acme.github.io/wiki/til/2026-11-02-older/', date: '2026-11-02' },
];
const LIST =
  '- [Newest](https://acme.github.io/wiki/til/2026-11-03-newest/) · 2026-11-03 · Training\n' +
  '- [Older](https://acme.github.io/wiki/til/2026-11-02-older/) · 2026-11-02\n';

function updated(source: string, list: readonly ReadmeItem[] = items) {
  const result = updateReadme(source, list);
  if (!result.ok) throw new Error(result.problem.message);
  return result;
}

describe('updateReadme', () => {
  it('fills empty markers and leaves every other line alone', () => {
    const source = `# Hi, I am Mira\n\nLatest TILs:\n${S}\n${E}\n\nBye\n`;
    expect(updated(source)).toEqual({ ok: true, changed: true, text: `# Hi, I am Mira\n\nLatest TILs:\n${S}\n${LIST}${E}\n\nBye\n` });
  });

  it('replaces an earlier list, whatever it held', () => {
    const source = `${S}\n- stale\n\nhand-written junk\n${E}\n`;
    expect(updated(source).text).toBe(`${S}\n${LIST}${E}\n`);
  });

  it('is idempotent: a second run with the same items changes nothing', () => {
    const once = updated(`Intro\n${S}\n${E}\nOutro`).text;
    expect(updated(once)).toEqual({ ok: true, changed: false, text: once });
  });

  it('empties the markers when there are no items', () => {
    expect(updated(`${S}\n- old\n${E}\n`, []).text).toBe(`${S}\n${E}\n`);
  });

  it('keeps CRLF line endings and writes the list with them', () => {
    const source = `# Me\r\n${S}\r\n${E}\r\nBye\r\n`;
    const { text } = updated(source);
    expect(text).toBe(`# Me\r\n${S}\r\n${LIST.replaceAll('\n', '\r\n')}${E}\r\nBye\r\n`);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/\n/);
  });

  it('uses the line ending most lines use in a mixed file, and keeps the others', () => {
    const { text } = updated(`a\r\nb\r\n${S}\n${E}\r\nc\n`);
    expect(text).toBe(`a\r\nb\r\n${S}\n${LIST.replaceAll('\n', '\r\n')}${E}\r\nc\n`);
  });

  it('keeps a UTF-8 byte order mark, also with markers on the first line', () => {
    expect(updated(`\uFEFF${S}\n${E}\n`).text).toBe(`\uFEFF${S}\n${LIST}${E}\n`);
    expect(updated(`\uFEFF# Me\n${S}\n${E}\n`).text.startsWith('\uFEFF# Me\n')).toBe(true);
  });

  it('keeps the absence of a final newline, and its presence', () => {
    expect(updated(`${S}\n${E}`).text).toBe(`${S}\n${LIST}${E}`);
    expect(updated(`${S}\n${E}\nlast`).text).toBe(`${S}\n${LIST}${E}\nlast`);
    expect(updated(`${S}\n${E}\n\n`).text).toBe(`${S}\n${LIST}${E}\n\n`);
  });

  it('indents the list like the start marker (markers inside a list item)', () => {
    const source = `- Latest:\n  ${S}\n  ${E}\n`;
    expect(updated(source, items.slice(1)).text).toBe(
      `- Latest:\n  ${S}\n  - [Older](https://acme.github.io/wiki/til/2026-11-02-older/) · 2026-11-02\n  ${E}\n`,
    );
  });

  it('never touches markers written as documentation in a fence', () => {
    const source = `Add:\n\n\`\`\`md\n${S}\n${E}\n\`\`\`\n\n${S}\n${E}\n`;
    expect(updated(source).text).toBe(`Add:\n\n\`\`\`md\n${S}\n${E}\n\`\`\`\n\n${S}\n${LIST}${E}\n`);
  });

  it('returns the marker problem instead of a text', () => {
    expect(updateReadme(`${E}\n${S}\n`, items)).toMatchObject({ ok: false, problem: { code: 'markers-order', line: 1 } });
    expect(checkMarkers(`\uFEFF${S}\n${E}\n`)).toBeUndefined();
    expect(checkMarkers('no markers')).toMatchObject({ code: 'markers-missing' });
  });

  it('renders as a list between two hidden comments, with the text around it intact', () => {
    const { html } = markdownToHtml(updated(`Latest:\n${S}\n${E}\nMore below.\n`).text);
    expect(html).toContain(`${S}\n<ul>\n<li><a href="https://acme.github.io/wiki/til/2026-11-03-newest/">Newest</a> · 2026-11-03 · Training</li>`);
    expect(html).toContain(`</ul>\n${E}\n<p>More below.</p>`);
  });
});
